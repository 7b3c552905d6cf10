# Dear ImGui, the embedded fonts and src/ui as one library, painlink_ui: the widget links it into
# the wasm (cmake/web.cmake) and the native build into the headless UI tests (tests/ui), so the
# UI compiles and is tested without a browser.
if(NOT EXISTS "${IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui not found in ${IMGUI_DIR}: run scripts/setup.sh (make does it)")
endif()

# ---- Dear ImGui (Debian source package imgui 1.90.1) ----------------------------------------------
add_library(imgui STATIC
  "${IMGUI_DIR}/imgui.cpp" "${IMGUI_DIR}/imgui_draw.cpp" "${IMGUI_DIR}/imgui_tables.cpp"
  "${IMGUI_DIR}/imgui_widgets.cpp")
# The renderer is our own (src/platform/webgl_renderer.*): see there why not imgui_impl_opengl3.
target_include_directories(imgui SYSTEM PUBLIC "${IMGUI_DIR}")
# No imgui.ini, no demo window, no default font file I/O: the widget does no file I/O of its own.
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_FILE_FUNCTIONS IMGUI_DISABLE_DEMO_WINDOWS
  IMGUI_DISABLE_DEBUG_TOOLS IMGUI_DISABLE_OBSOLETE_FUNCTIONS
  # Item hooks for ui/item_registry.cpp (off at run time unless mounted with testHooks).
  IMGUI_ENABLE_TEST_ENGINE
  # 32-bit ImWchar: with 16 bits, InputText holds every code point above U+FFFF (emoji, skin tones,
  # musical symbols) as U+FFFD, and editing a note writes that back over the patient's text.
  IMGUI_USE_WCHAR32)

# ---- Font: Inter from Debian's fonts-inter, subset at build time to the glyphs the widget can show
# The glyph ranges are one file, assets/font_ranges.tsv: subset_font.py keeps those glyphs in each
# subset (and fails the build on a line it cannot read), and the same file is compiled into the
# widget (cmake/embed_asset.cmake), where ui/fonts.cpp hands its ranges to ImGui.
set(PAINLINK_FONT_DIR "/usr/share/fonts/opentype/inter" CACHE PATH "Where Inter's OTF files are")
set(PAINLINK_FONT_GEN "${CMAKE_BINARY_DIR}/generated")
set(PAINLINK_FONT_RANGES "${CMAKE_SOURCE_DIR}/assets/font_ranges.tsv")
set(PAINLINK_FONT_SOURCES "")
painlink_embed_asset(font_ranges.tsv kFontRangesTsv PAINLINK_FONT_SOURCES)
# Regular carries body text in every script the subset holds; SemiBold only the widget's own
# labels and headings (ASCII, Latin-1 letters and a few symbols), as ui/fonts.cpp loads them.
foreach(weight Regular SemiBold)
  if(weight STREQUAL "Regular")
    set(font_faces body)
  else()
    set(font_faces bold,heading,bold-i18n,heading-i18n)
  endif()
  set(src_font "${PAINLINK_FONT_DIR}/Inter-${weight}.otf")
  set(sub_font "${PAINLINK_FONT_GEN}/Inter-${weight}-subset.otf")
  set(font_cpp "${PAINLINK_FONT_GEN}/font_inter_${weight}.cpp")
  string(TOLOWER "${weight}" weight_lc)
  add_custom_command(OUTPUT "${font_cpp}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${PAINLINK_FONT_GEN}"
    COMMAND /usr/bin/python3 "${CMAKE_SOURCE_DIR}/scripts/subset_font.py" "${src_font}" "${sub_font}"
            "${font_cpp}" "painlink_font_inter_${weight_lc}" "${PAINLINK_FONT_RANGES}" "${font_faces}"
    DEPENDS "${src_font}" "${CMAKE_SOURCE_DIR}/scripts/subset_font.py" "${PAINLINK_FONT_RANGES}"
    COMMENT "Subsetting and embedding Inter ${weight}")
  list(APPEND PAINLINK_FONT_SOURCES "${font_cpp}")
endforeach()
# The "more" face (Central European Latin, Greek, Cyrillic) is a file of its own, shipped next to
# the widget and fetched only when the journal or the keyboard needs it (ui/fonts.cpp).
set(PAINLINK_MORE_FONT "${PAINLINK_FONT_GEN}/Inter-Regular-more.otf")
add_custom_command(OUTPUT "${PAINLINK_MORE_FONT}"
  COMMAND "${CMAKE_COMMAND}" -E make_directory "${PAINLINK_FONT_GEN}"
  COMMAND /usr/bin/python3 "${CMAKE_SOURCE_DIR}/scripts/subset_font.py"
          "${PAINLINK_FONT_DIR}/Inter-Regular.otf" "${PAINLINK_MORE_FONT}" - - "${PAINLINK_FONT_RANGES}" more
  DEPENDS "${PAINLINK_FONT_DIR}/Inter-Regular.otf" "${CMAKE_SOURCE_DIR}/scripts/subset_font.py" "${PAINLINK_FONT_RANGES}"
  COMMENT "Subsetting Inter Regular's extra scripts (fetched on demand)")
add_custom_target(painlink_more_font ALL DEPENDS "${PAINLINK_MORE_FONT}")

# ---- src/ui --------------------------------------------------------------------------------------
file(GLOB_RECURSE PAINLINK_UI_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/ui/*.cpp")
add_library(painlink_ui STATIC ${PAINLINK_UI_SOURCES} ${PAINLINK_FONT_SOURCES})
target_link_libraries(painlink_ui PUBLIC painlink_core imgui)
target_include_directories(painlink_ui PUBLIC "${CMAKE_SOURCE_DIR}/src")
target_compile_options(painlink_ui PRIVATE ${PAINLINK_WARNINGS})
painlink_precompile(painlink_ui)
add_dependencies(painlink_ui painlink_more_font)
