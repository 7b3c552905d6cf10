# The web widget (Emscripten only). Included from the top-level CMakeLists.txt.
# Dear ImGui, the fonts and src/ui as the painlink_ui library: cmake/ui.cmake (shared with the
# native build, where the headless UI tests use it).
include("${CMAKE_CURRENT_LIST_DIR}/ui.cmake")

# ---- The widget ---------------------------------------------------------------------------------
# The browser half of the platform seam; null_platform.cpp is the native one (tests/ui).
file(GLOB_RECURSE PAINLINK_PLATFORM_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/platform/*.cpp")
list(FILTER PAINLINK_PLATFORM_SOURCES EXCLUDE REGEX "null_platform\\.cpp$")
add_executable(painlink ${PAINLINK_PLATFORM_SOURCES})
target_link_libraries(painlink PRIVATE painlink_ui)
target_include_directories(painlink PRIVATE "${CMAKE_SOURCE_DIR}/src")
target_compile_options(painlink PRIVATE ${PAINLINK_WARNINGS})

set(PAINLINK_JS_DIR "${CMAKE_SOURCE_DIR}/src/platform")
set(PAINLINK_EXPORTS
  _malloc _free _pl_init _pl_frame _pl_resize _pl_pointer _pl_wheel _pl_key _pl_text _pl_focus
  _pl_wants_text_input _pl_text_input_rect _pl_storage_changed _pl_flush _pl_file_loaded _pl_font_loaded
  _pl_api_add_entry _pl_api_entries _pl_api_export _pl_api_import _pl_api_insights _pl_api_status
  _pl_api_set_option _pl_destroy _pl_test_items
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
