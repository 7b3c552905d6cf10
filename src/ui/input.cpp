#include "ui/input.hpp"

#include "ui/fonts.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>

#include "imgui_internal.h"
#include "ui/ui_state.hpp"

namespace painlink::ui::input {

namespace {

// A finger must travel this far (CSS px) before a press becomes a scroll: below it, a tap.
constexpr float kTouchSlopPx = 9.0f;
// Fling: velocity decays by this factor per 16 ms; below kFlingStop px/ms it stops.
constexpr float kFlingDecayPer16ms = 0.94f;
constexpr float kFlingStop = 0.02f;

// ImGui scrolls 5 lines' worth of the window's font size per wheel unit (imgui.cpp,
// UpdateMouseWheel). Converting finger pixels to wheel units with the same factor makes the
// content follow the finger exactly.
float pixels_to_wheel(float px) { return px / (5.0f * ImGui::GetFontSize()); }

void set_mods(ImGuiIO& io, int mods) {
  io.AddKeyEvent(ImGuiMod_Ctrl, (mods & 1) != 0);
  io.AddKeyEvent(ImGuiMod_Shift, (mods & 2) != 0);
  io.AddKeyEvent(ImGuiMod_Alt, (mods & 4) != 0);
  io.AddKeyEvent(ImGuiMod_Super, (mods & 8) != 0);
}

ImGuiKey key_from_dom(const char* k) {
  struct Pair {
    const char* dom;
    ImGuiKey key;
  };
  static const Pair kKeys[] = {
      {"Tab", ImGuiKey_Tab},           {"ArrowLeft", ImGuiKey_LeftArrow}, {"ArrowRight", ImGuiKey_RightArrow},
      {"ArrowUp", ImGuiKey_UpArrow},   {"ArrowDown", ImGuiKey_DownArrow}, {"PageUp", ImGuiKey_PageUp},
      {"PageDown", ImGuiKey_PageDown}, {"Home", ImGuiKey_Home},           {"End", ImGuiKey_End},
      {"Insert", ImGuiKey_Insert},     {"Delete", ImGuiKey_Delete},       {"Backspace", ImGuiKey_Backspace},
      {"Enter", ImGuiKey_Enter},       {"Escape", ImGuiKey_Escape},       {" ", ImGuiKey_Space},
      {"a", ImGuiKey_A},               {"c", ImGuiKey_C},                 {"v", ImGuiKey_V},
      {"x", ImGuiKey_X},               {"y", ImGuiKey_Y},                 {"z", ImGuiKey_Z},
      {"A", ImGuiKey_A},               {"C", ImGuiKey_C},                 {"V", ImGuiKey_V},
      {"X", ImGuiKey_X},               {"Y", ImGuiKey_Y},                 {"Z", ImGuiKey_Z},
      {"Shift", ImGuiKey_LeftShift},   {"Control", ImGuiKey_LeftCtrl},    {"Alt", ImGuiKey_LeftAlt},
      {"Meta", ImGuiKey_LeftSuper},
  };
  for (const auto& p : kKeys)
    if (std::strcmp(p.dom, k) == 0) return p.key;
  return ImGuiKey_None;
}

}  // namespace

void pointer(Ui& ui, int kind, float x, float y, int button, int pointer_type, bool primary) {
  ImGui::SetCurrentContext(ui.ctx);
  ImGuiIO& io = ImGui::GetIO();
  ui.frames_after_input = 0;
  const int imgui_button = button == 2 ? 1 : button == 1 ? 2 : 0;  // DOM: 0 left, 1 middle, 2 right
  if (pointer_type != 1) {  // mouse or pen: straight through
    io.AddMouseSourceEvent(pointer_type == 2 ? ImGuiMouseSource_Pen : ImGuiMouseSource_Mouse);
    switch (kind) {
      case 0: io.AddMousePosEvent(x, y); break;
      case 1:
        io.AddMousePosEvent(x, y);
        io.AddMouseButtonEvent(imgui_button, true);
        break;
      case 2:
      case 3:
        io.AddMousePosEvent(x, y);
        io.AddMouseButtonEvent(imgui_button, false);
        break;
      case 4: io.AddMousePosEvent(-FLT_MAX, -FLT_MAX); break;
      default: break;
    }
    return;
  }
  if (!primary) return;
  TouchGesture& g = ui.touch;
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  const double now = ImGui::GetTime() * 1000.0;
  switch (kind) {
    case 1:  // finger down: a press, until it moves too far
      g = TouchGesture{};
      g.active = true;
      g.start_x = g.last_x = x;
      g.start_y = g.last_y = y;
      g.last_ms = now;
      g.press_held_back = ui.semantics.text_field_at(x, y);
      io.AddMousePosEvent(x, y);
      if (!g.press_held_back) io.AddMouseButtonEvent(0, true);
      break;
    case 0: {
      if (!g.active) break;
      const float dx = x - g.last_x;
      const float dy = y - g.last_y;
      if (!g.scrolling) {
        const float moved = std::hypot(x - g.start_x, y - g.start_y);
        // A widget that drags (a chart being panned) keeps the finger; otherwise it scrolls.
        const bool widget_drags = ImGui::IsAnyItemActive() && ui.touch_drag_claimed;
        if (moved > kTouchSlopPx && !widget_drags) {
          g.scrolling = true;
          // Release the press away from every widget, so lifting the finger clicks nothing.
          if (!g.press_held_back) {
            io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
            io.AddMouseButtonEvent(0, false);
          }
          // The wheel goes to the window under the point where the finger started. The position
          // is set once: ImGui's trickled input queue takes one wheel event per frame when each
          // comes after a move, so a move per wheel event would make the content lag the finger.
          io.AddMousePosEvent(g.start_x, g.start_y);
        } else {
          io.AddMousePosEvent(x, y);
        }
      }
      if (g.scrolling) {
        io.AddMouseWheelEvent(pixels_to_wheel(dx), pixels_to_wheel(dy));
        const double dt = std::max(1.0, now - g.last_ms);
        // Smoothed velocity for the fling.
        g.velocity_y = 0.6f * g.velocity_y + 0.4f * static_cast<float>(dy / dt);
        g.velocity_x = 0.6f * g.velocity_x + 0.4f * static_cast<float>(dx / dt);
      }
      g.last_x = x;
      g.last_y = y;
      g.last_ms = now;
      break;
    }
    case 2:  // finger up
    case 3:  // cancelled: by the browser, or by a second finger (a pinch is neither a tap nor a scroll)
      if (!g.active) break;
      if (g.scrolling) {
        g.flinging = kind == 2 && std::fabs(g.velocity_y) > 0.15f;
        g.fling_last_ms = now;
        io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
      } else if (kind == 3) {
        io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);  // release away from every widget: no click
        if (!g.press_held_back) io.AddMouseButtonEvent(0, false);
      } else {
        io.AddMousePosEvent(x, y);
        if (g.press_held_back) io.AddMouseButtonEvent(0, true);  // the tap on a text box, now
        io.AddMouseButtonEvent(0, false);
      }
      g.active = false;
      g.scrolling = false;
      break;
    default: break;
  }
}

bool advance_fling(Ui& ui, double now_ms) {
  TouchGesture& g = ui.touch;
  if (!g.flinging) return false;
  const double dt = std::max(1.0, now_ms - g.fling_last_ms);
  g.fling_last_ms = now_ms;
  const float decay = std::pow(kFlingDecayPer16ms, static_cast<float>(dt / 16.0));
  g.velocity_y *= decay;
  if (std::fabs(g.velocity_y) < kFlingStop) {
    g.flinging = false;
    return false;
  }
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(g.last_x, g.last_y);
  io.AddMouseWheelEvent(0, pixels_to_wheel(g.velocity_y * static_cast<float>(dt)));
  io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
  return true;
}

void wheel(Ui& ui, float x, float y, float dx_lines, float dy_lines) {
  ImGui::SetCurrentContext(ui.ctx);
  ImGuiIO& io = ImGui::GetIO();
  ui.frames_after_input = 0;
  io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
  io.AddMousePosEvent(x, y);
  io.AddMouseWheelEvent(dx_lines, dy_lines);
}

void key(Ui& ui, const char* name, bool down, int mods) {
  ImGui::SetCurrentContext(ui.ctx);
  ImGuiIO& io = ImGui::GetIO();
  ui.frames_after_input = 0;
  set_mods(io, mods);
  const ImGuiKey k = key_from_dom(name);
  if (k != ImGuiKey_None) io.AddKeyEvent(k, down);
  // Keyboard use: show the focus ring from now on.
  if (down && k != ImGuiKey_None && k != ImGuiKey_LeftShift && k != ImGuiKey_LeftCtrl && k != ImGuiKey_LeftAlt &&
      k != ImGuiKey_LeftSuper) {
    ui.keyboard_used = true;
  }
}

void text(Ui& ui, const char* utf8) {
  ImGui::SetCurrentContext(ui.ctx);
  ui.frames_after_input = 0;
  want_more_face_for(ui, utf8);  // typing Greek or Cyrillic fetches the glyphs for it
  ImGui::GetIO().AddInputCharactersUTF8(utf8);
}

void focus(Ui& ui, bool focused) {
  ImGui::SetCurrentContext(ui.ctx);
  ui.has_focus = focused;
  if (!focused) ui.text_area.id = 0;  // typing ends when the patient goes elsewhere on the page
  ImGui::GetIO().AddFocusEvent(focused);
}

void text_area_changed(Ui& ui, const char* utf8, float content_height) {
  TextAreaEdit& e = ui.text_area;
  if (!e.id) return;
  ui.frames_after_input = 0;
  e.text = utf8 ? utf8 : "";
  e.typed = true;
  e.content_height = std::max(e.content_height, content_height);
  want_more_face_for(ui, e.text.c_str());
}

void text_area_done(Ui& ui, bool tab_follows) {
  ImGui::SetCurrentContext(ui.ctx);
  ui.frames_after_input = 0;
  ui.text_area.id = 0;
  // The box has the keyboard focus (a press on it takes it): a Tab that follows moves on from it.
  // After a mouse press ImGui would take the first Tab to show that focus, and start typing again.
  if (tab_follows) ui.ctx->NavDisableHighlight = false;
}

}  // namespace painlink::ui::input
