#include "platform/webgl_renderer.hpp"

#include <GLES3/gl3.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace painlink::platform::webgl {

namespace {

// Positions arrive in CSS pixels (ImGui's logical units); u_scale/u_offset map them to clip space,
// y pointing down. The atlas holds coverage only (R8), so the colour comes from the vertex.
constexpr const char* kVertexShader = R"(#version 300 es
uniform vec2 u_scale;
uniform vec2 u_offset;
layout(location = 0) in vec2 a_pos;
layout(location = 1) in vec2 a_uv;
layout(location = 2) in vec4 a_color;
out vec2 v_uv;
out vec4 v_color;
void main() {
  v_uv = a_uv;
  v_color = a_color;
  gl_Position = vec4(a_pos * u_scale + u_offset, 0.0, 1.0);
}
)";

constexpr const char* kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D u_coverage;
in vec2 v_uv;
in vec4 v_color;
out vec4 out_color;
void main() {
  out_color = vec4(v_color.rgb, v_color.a * texture(u_coverage, v_uv).r);
}
)";

struct State {
  GLuint program = 0;
  GLint u_scale = -1;
  GLint u_offset = -1;
  GLuint vao = 0;
  GLuint vbo = 0;
  GLuint ebo = 0;
  GLuint atlas = 0;
  bool ready = false;
};
State g;

GLuint compile(GLenum type, const char* source) {
  const GLuint shader = glCreateShader(type);
  glShaderSource(shader, 1, &source, nullptr);
  glCompileShader(shader);
  // Checked once at start-up only: a status query is a round trip to the GPU process.
  GLint ok = 0;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (!ok) {
    char log[512] = {};
    glGetShaderInfoLog(shader, sizeof log, nullptr, log);
    std::fprintf(stderr, "painlink: shader failed to compile: %s\n", log);
    glDeleteShader(shader);
    return 0;
  }
  return shader;
}

// Everything that never changes while the widget lives is set here, once: the widget is the
// only user of its context, so nothing can disturb it between frames.
void set_fixed_state() {
  glUseProgram(g.program);
  glUniform1i(glGetUniformLocation(g.program, "u_coverage"), 0);
  glActiveTexture(GL_TEXTURE0);
  glBindVertexArray(g.vao);
  glBindBuffer(GL_ARRAY_BUFFER, g.vbo);
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_CULL_FACE);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_STENCIL_TEST);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
}

}  // namespace

bool init() {
  const GLuint vs = compile(GL_VERTEX_SHADER, kVertexShader);
  const GLuint fs = compile(GL_FRAGMENT_SHADER, kFragmentShader);
  if (!vs || !fs) return false;
  g.program = glCreateProgram();
  glAttachShader(g.program, vs);
  glAttachShader(g.program, fs);
  glLinkProgram(g.program);
  glDeleteShader(vs);
  glDeleteShader(fs);
  GLint ok = 0;
  glGetProgramiv(g.program, GL_LINK_STATUS, &ok);
  if (!ok) {
    std::fprintf(stderr, "painlink: shader program failed to link\n");
    return false;
  }
  g.u_scale = glGetUniformLocation(g.program, "u_scale");
  g.u_offset = glGetUniformLocation(g.program, "u_offset");

  glGenVertexArrays(1, &g.vao);
  glGenBuffers(1, &g.vbo);
  glGenBuffers(1, &g.ebo);
  glBindVertexArray(g.vao);
  glBindBuffer(GL_ARRAY_BUFFER, g.vbo);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, g.ebo);  // recorded in the vertex array
  const auto stride = static_cast<GLsizei>(sizeof(ImDrawVert));
  glEnableVertexAttribArray(0);
  glEnableVertexAttribArray(1);
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
  glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, col)));
  set_fixed_state();

  ImGuiIO& io = ImGui::GetIO();
  io.BackendRendererName = "painlink_webgl2";
  g.ready = true;
  return true;
}

void upload_font_atlas() {
  if (!g.ready) return;
  ImGuiIO& io = ImGui::GetIO();
  // The atlas as ui/fonts.cpp built it (GetTexDataAsAlpha8 would link ImGui's default font).
  const unsigned char* pixels = io.Fonts->TexPixelsAlpha8;
  const int width = io.Fonts->TexWidth;
  const int height = io.Fonts->TexHeight;
  if (!pixels || width <= 0 || height <= 0) return;
  if (!g.atlas) glGenTextures(1, &g.atlas);
  glBindTexture(GL_TEXTURE_2D, g.atlas);
  // Glyphs are rasterised at device pixels (ui/fonts.cpp), so they are sampled 1:1.
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
  io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(g.atlas)));
  // The CPU copy is only needed for the upload; a new one is made when the fonts are rebuilt.
  io.Fonts->ClearTexData();
}

void render(const ImDrawData* data, int fb_w, int fb_h, const ImVec4& clear) {
  if (!g.ready || fb_w <= 0 || fb_h <= 0) return;
  glViewport(0, 0, fb_w, fb_h);
  glDisable(GL_SCISSOR_TEST);  // the clear covers the whole canvas
  glClearColor(clear.x, clear.y, clear.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  if (!data || data->CmdListsCount == 0 || data->DisplaySize.x <= 0 || data->DisplaySize.y <= 0) return;

  const ImVec2 origin = data->DisplayPos;
  const ImVec2 size = data->DisplaySize;
  const ImVec2 to_pixels = data->FramebufferScale;
  glUniform2f(g.u_scale, 2.0f / size.x, -2.0f / size.y);
  glUniform2f(g.u_offset, -1.0f - origin.x * 2.0f / size.x, 1.0f + origin.y * 2.0f / size.y);
  glEnable(GL_SCISSOR_TEST);

  GLuint bound_texture = 0;
  constexpr GLenum kIndexType = sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT;
  for (int n = 0; n < data->CmdListsCount; ++n) {
    const ImDrawList* list = data->CmdLists[n];
    // Orphan-and-fill: the driver hands out fresh storage instead of waiting for the last draw.
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->VtxBuffer.Size) * sizeof(ImDrawVert),
                 list->VtxBuffer.Data, GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->IdxBuffer.Size) * sizeof(ImDrawIdx),
                 list->IdxBuffer.Data, GL_STREAM_DRAW);
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (cmd.UserCallback) {  // the widget registers none; honour the contract anyway
        if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(list, &cmd);
        set_fixed_state();
        continue;
      }
      // Clip rectangle: CSS px -> framebuffer px, culled when empty or off screen.
      const float x0 = (cmd.ClipRect.x - origin.x) * to_pixels.x;
      const float y0 = (cmd.ClipRect.y - origin.y) * to_pixels.y;
      const float x1 = (cmd.ClipRect.z - origin.x) * to_pixels.x;
      const float y1 = (cmd.ClipRect.w - origin.y) * to_pixels.y;
      if (x1 <= x0 || y1 <= y0 || x1 <= 0 || y1 <= 0 || x0 >= static_cast<float>(fb_w) || y0 >= static_cast<float>(fb_h))
        continue;
      glScissor(static_cast<GLint>(x0), static_cast<GLint>(static_cast<float>(fb_h) - y1),
                static_cast<GLsizei>(x1 - x0), static_cast<GLsizei>(y1 - y0));
      const auto texture = static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(cmd.GetTexID()));
      if (texture != bound_texture) {
        glBindTexture(GL_TEXTURE_2D, texture);
        bound_texture = texture;
      }
      glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount), kIndexType,
                     reinterpret_cast<void*>(static_cast<std::uintptr_t>(cmd.IdxOffset * sizeof(ImDrawIdx))));
    }
  }
}

void shutdown() {
  if (g.atlas) glDeleteTextures(1, &g.atlas);
  if (g.ebo) glDeleteBuffers(1, &g.ebo);
  if (g.vbo) glDeleteBuffers(1, &g.vbo);
  if (g.vao) glDeleteVertexArrays(1, &g.vao);
  if (g.program) glDeleteProgram(g.program);
  if (ImGui::GetCurrentContext()) ImGui::GetIO().Fonts->SetTexID(ImTextureID{});
  g = State{};
}

}  // namespace painlink::platform::webgl
