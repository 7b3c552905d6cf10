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
# The C entry points JavaScript calls are the EMSCRIPTEN_KEEPALIVE functions of
# src/platform/platform_web.cpp: Emscripten exports each of them (as Module._name) by itself, so a
# new one is not listed here. Only the allocator the JS side uses is named.
set(PAINLINK_EXPORTS_CSV "_malloc,_free")
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
if(painlink_split_wasm)
  # SPLIT_MODULE gives the JavaScript that loads the second file when one of its functions is first
  # called; the function names let scripts/split_wasm.mjs list what moves (it strips them after).
  target_link_options(painlink PRIVATE -sSPLIT_MODULE=1 --profiling-funcs)
  add_custom_command(TARGET painlink POST_BUILD
    COMMAND node "${CMAKE_SOURCE_DIR}/scripts/split_wasm.mjs" "${CMAKE_BINARY_DIR}/web"
    VERBATIM)
endif()
painlink_minify_js(painlink "${CMAKE_BINARY_DIR}/web/painlink.js")

# Static files of the web shell (index.html, manifest, service worker...) are assembled by
# scripts/assemble_web.mjs after the link; see the Makefile.
