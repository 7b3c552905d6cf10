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
set(CMAKE_CXX_FLAGS_RELEASE "${painlink_web_flags} -DNDEBUG")
set(CMAKE_C_FLAGS_RELEASE "${painlink_web_flags} -DNDEBUG")
set(CMAKE_EXE_LINKER_FLAGS_RELEASE "${painlink_web_flags}")
