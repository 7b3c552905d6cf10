// Stand-in for Dear ImGui's examples/libs/emscripten/emscripten_mainloop_stub.h, which Debian's
// "+ds" source tarball drops. Same behaviour: the example's loop body becomes a lambda that
// emscripten_set_main_loop calls on every animation frame (fps 0 = requestAnimationFrame).
// Found by example_glfw_opengl3/main.cpp's `#include "../libs/emscripten/..."` through the
// -I <this folder>/../../shell include path set in CMakeLists.txt.
#pragma once
#include <emscripten.h>
#include <functional>

static std::function<void()> PainlinkBenchMainLoop;
static void PainlinkBenchMainLoopTrampoline() { PainlinkBenchMainLoop(); }
#define EMSCRIPTEN_MAINLOOP_BEGIN PainlinkBenchMainLoop = [&]()
#define EMSCRIPTEN_MAINLOOP_END ; emscripten_set_main_loop(PainlinkBenchMainLoopTrampoline, 0, true)
