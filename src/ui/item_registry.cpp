#include "ui/item_registry.hpp"

#include <algorithm>

#include "imgui.h"
#include "imgui_internal.h"

namespace painlink::ui {

namespace {
bool g_enabled = false;
std::vector<ItemRect> g_items;
}  // namespace

void item_registry_enable(ImGuiContext*, bool on) { g_enabled = on; }

void item_registry_new_frame() {
  if (g_enabled) g_items.clear();
}

const std::vector<ItemRect>& item_registry_items() { return g_items; }

Json item_registry_json() {
  Json out = Json::array();
  for (const auto& it : g_items) {
    out.push_back({{"label", it.label}, {"x0", it.x0}, {"y0", it.y0}, {"x1", it.x1}, {"y1", it.y1},
                   {"visible", it.visible}, {"focused", it.focused}, {"fullHeight", it.full_height}});
  }
  return out;
}

void item_registry_record(ImGuiContext* ctx, ImGuiID id, const char* label) {
  if (!g_enabled) return;
  const ImRect r = ctx->LastItemData.Rect;
  ImRect clip = ctx->CurrentWindow->ClipRect;
  ImRect vis(ImMax(r.Min, clip.Min), ImMin(r.Max, clip.Max));
  const bool visible = vis.Min.x < vis.Max.x && vis.Min.y < vis.Max.y;
  if (!visible) vis = r;
  const bool focused = id != 0 && id == ctx->NavId && !ctx->NavDisableHighlight;
  // ImGui draws a visible label inside the frame, after the frame padding on each side (a child
  // window's name is not drawn).
  const float text_width = ImGui::FindWindowByID(id) ? 0.0f : ImGui::CalcTextSize(label, nullptr, true).x;
  const float text_room = r.GetWidth() - 2.0f * ctx->Style.FramePadding.x;
  g_items.push_back({label, vis.Min.x, vis.Min.y, vis.Max.x, vis.Max.y, visible, focused, r.GetHeight(),
                     r.GetWidth(), id, text_width, text_room});
}

void item_registry_note_text(ImGuiID id, float text_width, float text_room) {
  if (!g_enabled || id == 0) return;
  for (auto it = g_items.rbegin(); it != g_items.rend(); ++it) {
    if (it->id != id) continue;
    it->text_width = text_width;
    it->text_room = text_room;
    return;
  }
}

}  // namespace painlink::ui

