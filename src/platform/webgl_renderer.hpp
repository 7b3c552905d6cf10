// Draws ImGui's draw lists with WebGL 2 (through Emscripten's GLES3 layer).
//
// Why not Dear ImGui's imgui_impl_opengl3: that backend shares the GL context with a host
// application, so every frame it reads back about twenty pieces of GL state (glGetIntegerv,
// glIsEnabled) to restore them afterwards. In a browser most of those reads are synchronous round
// trips to the GPU process: `make bench` measured them at ~25 ms of a 28 ms frame under headless
// Chromium. The widget owns its canvas and its context outright, so this renderer sets the fixed
// state once and per frame only uploads vertices and draws. It also keeps the font atlas as a
// one-byte-per-pixel texture (a quarter of the RGBA upload at start-up and on every text-size
// change).
#pragma once

#include "imgui.h"

namespace painlink::platform::webgl {

// Compiles the program and creates the buffers; false (with a console message) if WebGL refuses.
bool init();
// (Re)uploads ImGui's font atlas; call after the fonts were (re)built.
void upload_font_atlas();
// Clears to `clear` and draws one frame of ImGui output into a framebuffer of fb_w x fb_h pixels.
void render(const ImDrawData* data, int fb_w, int fb_h, const ImVec4& clear);
void shutdown();

}  // namespace painlink::platform::webgl
