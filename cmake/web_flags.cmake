# Release flags of every Emscripten build: the widget, its wasm test suite, and the benchmark's
# Dear ImGui baseline (tests/bench/baseline), which must be built exactly like the widget.
# -Oz with LTO, measured by `make bench` (wasm gzip: 516 KB at -O3, 400 KB at -Oz, 363 KB at
# -Oz + LTO): the widget is downloaded on every first visit, while its hot paths (a frame, the
# analysis of a 10-year journal) stay far inside their time budgets at -Oz.
set(PAINLINK_WEB_OPT "-Oz" CACHE STRING "Optimisation level of Release web builds")
option(PAINLINK_WEB_LTO "Link-time optimisation in Release web builds" ON)
set(painlink_web_flags "${PAINLINK_WEB_OPT}")
if(PAINLINK_WEB_LTO)
  string(APPEND painlink_web_flags " -flto")
endif()
# No RTTI: nothing uses typeid or dynamic_cast, and each std::function target otherwise ships its
# mangled type name.
set(CMAKE_CXX_FLAGS_RELEASE "${painlink_web_flags} -fno-rtti -DNDEBUG")
set(CMAKE_C_FLAGS_RELEASE "${painlink_web_flags} -DNDEBUG")
set(CMAKE_EXE_LINKER_FLAGS_RELEASE "${painlink_web_flags}")

# A first visit downloads only what it runs: Release builds of the widget move the functions marked
# PAINLINK_ON_DEMAND (src/core/on_demand.hpp) into painlink.deferred.wasm (cmake/web.cmake,
# scripts/split_wasm.mjs). Off, or in Debug, the widget is one painlink.wasm.
option(PAINLINK_SPLIT_WASM "Split Release web builds into painlink.wasm and painlink.deferred.wasm" ON)
if(PAINLINK_SPLIT_WASM AND CMAKE_BUILD_TYPE STREQUAL "Release")
  set(painlink_split_wasm ON)
  add_compile_definitions(PAINLINK_SPLIT_WASM)
else()
  set(painlink_split_wasm OFF)
endif()

# painlink_minify_js(TARGET JS_FILE): after each Release link, terser renames the locals of
# Emscripten's JavaScript and drops its dead branches (scripts/minify_js.mjs says why). Called for
# the widget and for the benchmark's baseline alike.
set(PAINLINK_MINIFY_JS "${CMAKE_CURRENT_LIST_DIR}/../scripts/minify_js.mjs")
function(painlink_minify_js target js_file)
  if(CMAKE_BUILD_TYPE STREQUAL "Release")
    add_custom_command(TARGET ${target} POST_BUILD
      COMMAND node "${PAINLINK_MINIFY_JS}" "${js_file}"
      VERBATIM)
  endif()
endfunction()
