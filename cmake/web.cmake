# The web widget (Emscripten only). Included from the top-level CMakeLists.txt.
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
# labels and headings (ASCII and a few symbols), as ui/fonts.cpp loads them.
foreach(weight Regular SemiBold)
  if(weight STREQUAL "Regular")
    set(font_faces body)
  else()
    set(font_faces bold,heading)
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

# ---- The widget ---------------------------------------------------------------------------------
file(GLOB_RECURSE PAINLINK_UI_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/ui/*.cpp")
file(GLOB_RECURSE PAINLINK_PLATFORM_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/platform/*.cpp")
add_executable(painlink ${PAINLINK_UI_SOURCES} ${PAINLINK_PLATFORM_SOURCES} ${PAINLINK_FONT_SOURCES})
target_link_libraries(painlink PRIVATE painlink_core imgui)
target_include_directories(painlink PRIVATE "${CMAKE_SOURCE_DIR}/src")
target_compile_options(painlink PRIVATE ${PAINLINK_WARNINGS})

set(PAINLINK_JS_DIR "${CMAKE_SOURCE_DIR}/src/platform")
set(PAINLINK_EXPORTS
  _malloc _free _pl_init _pl_frame _pl_resize _pl_pointer _pl_wheel _pl_key _pl_text _pl_focus
  _pl_wants_text_input _pl_text_input_rect _pl_storage_changed _pl_flush _pl_file_loaded
  _pl_api_add_entry _pl_api_entries _pl_api_export _pl_api_import _pl_api_insights _pl_api_status
  _pl_api_set_option _pl_destroy _pl_wants_keyboard _pl_test_items
  _pl_bench_run  # tests/bench (make bench) only
  _pl_set_persisted _pl_tab_set_role _pl_tab_outgoing _pl_tab_pending _pl_tab_ack _pl_tab_receive_changes
  _pl_tab_take_saved _pl_tab_receive_saved _pl_retry_save _pl_unsaved)
list(JOIN PAINLINK_EXPORTS "," PAINLINK_EXPORTS_CSV)
target_link_options(painlink PRIVATE
  -sMODULARIZE=1 -sEXPORT_NAME=createPainlinkModule -sENVIRONMENT=web
  -sUSE_WEBGL2=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  # Core WebGL 2 only (webgl_renderer.cpp): no extension is enabled, no GLES emulation, no GL error
  # tracking. Less JavaScript, and a faster context creation (see pl_init).
  -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0 -sGL_SUPPORT_SIMPLE_ENABLE_EXTENSIONS=0
  -sGL_EXTENSIONS_IN_PREFIXED_FORMAT=0 -sGL_EMULATE_GLES_VERSION_STRING_FORMAT=0 -sGL_TRACK_ERRORS=0
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=16777216 -sTOTAL_STACK=1048576
  -sEXPORTED_FUNCTIONS=${PAINLINK_EXPORTS_CSV}
  -sEXPORTED_RUNTIME_METHODS=UTF8ToString,stringToUTF8,lengthBytesUTF8
  -sFILESYSTEM=0 -sEXIT_RUNTIME=0 --no-entry
  "--pre-js=${PAINLINK_JS_DIR}/web_platform.js"
  "--extern-post-js=${PAINLINK_JS_DIR}/web_api.js")
set_target_properties(painlink PROPERTIES LINK_DEPENDS
  "${PAINLINK_JS_DIR}/web_platform.js;${PAINLINK_JS_DIR}/web_api.js")
set_target_properties(painlink PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/web")
painlink_minify_js(painlink "${CMAKE_BINARY_DIR}/web/painlink.js")

# Static files of the web shell (index.html, manifest, service worker...) are assembled by
# scripts/assemble_web.mjs after the link; see the Makefile.
