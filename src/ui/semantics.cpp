#include "ui/semantics.hpp"

#include <algorithm>

#include "imgui_internal.h"
#include "ui/item_registry.hpp"

namespace painlink::ui {

const char* sem_role_name(SemRole role) {
  switch (role) {
    case SemRole::button: return "button";
    case SemRole::radio: return "radio";
    case SemRole::radiogroup: return "radiogroup";
    case SemRole::tab: return "tab";
    case SemRole::tablist: return "tablist";
    case SemRole::spinbutton: return "spinbutton";
    case SemRole::textbox: return "textbox";
    case SemRole::checkbox: return "checkbox";
    case SemRole::combobox: return "combobox";
    case SemRole::heading: return "heading";
    case SemRole::image: return "img";
  }
  return "button";
}

std::string sem_visible_label(const char* label) {
  if (!label) return {};
  return std::string(label, ImGui::FindRenderedTextEnd(label));
}

namespace {

// The nearest window that scrolls (cards are child windows that do not).
ImGuiWindow* scroller_of(ImGuiWindow* w) {
  while (w && w->ScrollMax.y <= 0.0f && (w->Flags & ImGuiWindowFlags_ChildWindow)) w = w->ParentWindow;
  return w;
}

}  // namespace

void Semantics::attach(ImGuiContext* ctx) {
  ctx_ = ctx;
  ctx->TestEngine = this;
  ctx->TestEngineHookItems = true;  // ImGui calls the item hooks below for every item
}

void Semantics::begin_frame() {
  frame_.nodes.clear();
  open_groups_.clear();
  last_heading_.clear();
}

SemNode* Semantics::find(std::uint32_t id) {
  if (id == 0) return nullptr;
  for (auto it = frame_.nodes.rbegin(); it != frame_.nodes.rend(); ++it)
    if (it->id == id) return &*it;
  return nullptr;
}

void Semantics::on_item(std::uint32_t id, const char* label, int status_flags) {
  ImGuiContext& g = *ctx_;
  ImGuiWindow* window = g.CurrentWindow;
  if (!enabled_ || id == 0 || !window) return;
  if (ImGui::FindWindowByID(id)) return;  // ImGui registers each window as an item too
  const ImRect r = g.LastItemData.Rect;
  const ImRect clip = window->ClipRect;
  const ImRect vis(ImMax(r.Min, clip.Min), ImMin(r.Max, clip.Max));
  if (vis.Min.x >= vis.Max.x || vis.Min.y >= vis.Max.y) return;  // scrolled out of view
  SemNode* n = find(id);
  if (!n) {
    frame_.nodes.push_back({});
    n = &frame_.nodes.back();
    n->id = id;
    if (status_flags & ImGuiItemStatusFlags_Inputable) {
      n->role = SemRole::textbox;
    } else if (status_flags & ImGuiItemStatusFlags_Checkable) {
      n->role = SemRole::checkbox;
      n->checked = (status_flags & ImGuiItemStatusFlags_Checked) ? 1 : 0;
    } else if (status_flags & ImGuiItemStatusFlags_Openable) {
      n->role = SemRole::combobox;
    }
    n->name = sem_visible_label(label);
    if (!open_groups_.empty()) n->group = frame_.nodes[open_groups_.back()].id;
  }
  n->disabled = (g.LastItemData.InFlags & ImGuiItemFlags_Disabled) != 0;
  n->x0 = vis.Min.x;
  n->y0 = vis.Min.y;
  n->x1 = vis.Max.x;
  n->y1 = vis.Max.y;

  if (pending_focus_ == id) {
    pending_focus_ = 0;
    ImGui::SetFocusID(id, window);
    g.NavDisableHighlight = false;
    g.NavDisableMouseHover = true;
    if (ImGuiWindow* s = scroller_of(window)) ImGui::ScrollToRect(s, r, ImGuiScrollFlags_KeepVisibleEdgeY);
  }
}

SemNode* Semantics::describe_last(SemRole role, const std::string& name) {
  SemNode* n = find(ctx_->LastItemData.ID);
  if (!n) return nullptr;  // not visible this frame
  n->role = role;
  if (!name.empty()) n->name = name;
  return n;
}

void Semantics::group_begin(SemRole role, const std::string& name) {
  if (!enabled_) return;
  SemNode n;
  n.id = ImGui::GetID(("##sem-group:" + name).c_str());
  n.role = role;
  n.name = name;
  n.x0 = n.y0 = 1e9f;
  n.x1 = n.y1 = -1e9f;
  if (!open_groups_.empty()) n.group = frame_.nodes[open_groups_.back()].id;
  frame_.nodes.push_back(std::move(n));
  open_groups_.push_back(frame_.nodes.size() - 1);
}

void Semantics::group_end() {
  if (open_groups_.empty()) return;
  const std::size_t at = open_groups_.back();
  open_groups_.pop_back();
  SemNode& grp = frame_.nodes[at];
  bool any = false;
  for (std::size_t i = at + 1; i < frame_.nodes.size(); ++i) {
    const SemNode& c = frame_.nodes[i];
    if (c.group != grp.id) continue;
    any = true;
    grp.x0 = std::min(grp.x0, c.x0);
    grp.y0 = std::min(grp.y0, c.y0);
    grp.x1 = std::max(grp.x1, c.x1);
    grp.y1 = std::max(grp.y1, c.y1);
  }
  if (!any) frame_.nodes.erase(frame_.nodes.begin() + static_cast<std::ptrdiff_t>(at));
}

void Semantics::heading(const std::string& text, int level) {
  ImGuiWindow* window = ctx_->CurrentWindow;
  last_heading_ = sem_visible_label(text.c_str());
  if (!enabled_ || !window || text.empty()) return;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, true);
  const ImRect clip = window->ClipRect;
  const ImRect vis(ImMax(p, clip.Min), ImMin(ImVec2(p.x + size.x, p.y + size.y), clip.Max));
  if (vis.Min.x >= vis.Max.x || vis.Min.y >= vis.Max.y) return;
  SemNode n;
  n.id = ImGui::GetID(("##sem-heading:" + text).c_str());
  n.role = SemRole::heading;
  n.name = sem_visible_label(text.c_str());
  n.level = static_cast<std::uint8_t>(level);
  n.x0 = vis.Min.x;
  n.y0 = vis.Min.y;
  n.x1 = vis.Max.x;
  n.y1 = vis.Max.y;
  if (!open_groups_.empty()) n.group = frame_.nodes[open_groups_.back()].id;
  frame_.nodes.push_back(std::move(n));
}

void Semantics::end_frame(bool body_at_end, ImU32 ring_color, float ring_width) {
  ImGuiContext& g = *ctx_;
  if (!enabled_) return;
  while (!open_groups_.empty()) group_end();
  frame_.focus = find(g.NavId) ? g.NavId : 0;
  if (restore_focus_) {
    if (g.NavId != restore_focus_ && find(restore_focus_)) {
      pending_focus_ = restore_focus_;  // taken back on the next frame, and reported as kept
      frame_.focus = restore_focus_;
    }
    restore_focus_ = 0;
  }
  frame_.focus_visible = frame_.focus != 0 && !g.NavDisableHighlight;
  const SemNode* editing = editing_ ? find(editing_) : g.IO.WantTextInput ? find(g.ActiveId) : nullptr;
  editing_ = 0;
  frame_.editing = editing && editing->role == SemRole::textbox ? editing->id : 0;
  std::uint32_t first = 0, last = 0;
  for (const SemNode& n : frame_.nodes) {
    if (!n.focusable()) continue;
    if (!first) first = n.id;
    last = n.id;
  }
  frame_.leave_forward = frame_.focus != 0 && frame_.focus == last && body_at_end;
  frame_.leave_backward = frame_.focus != 0 && frame_.focus == first;
  // ImGui's own highlight is thin and missing on hand-drawn widgets: one clear ring for all.
  if (frame_.focus_visible) {
    const SemNode& n = *find(frame_.focus);
    const float pad = ring_width * 0.5f + 1.0f;
    ImGui::GetForegroundDrawList()->AddRect(ImVec2(n.x0 - pad, n.y0 - pad), ImVec2(n.x1 + pad, n.y1 + pad),
                                            ring_color, ring_width * 2.0f, 0, ring_width);
  }
}

bool Semantics::text_field_at(float x, float y) const {
  for (const SemNode& n : frame_.nodes)
    if (n.role == SemRole::textbox && x >= n.x0 && x < n.x1 && y >= n.y0 && y < n.y1) return true;
  return false;
}

const SemFrame* Semantics::take_if_changed() {
  if (!enabled_) return nullptr;
  if (taken_once_ && frame_ == taken_) return nullptr;
  taken_ = frame_;
  taken_once_ = true;
  return &taken_;
}

void Semantics::request_focus(std::uint32_t id) {
  const SemNode* n = nullptr;
  for (const SemNode& c : frame_.nodes)
    if (c.id == id) n = &c;
  if (!n || !n->focusable()) return;
  if (n->role == SemRole::textbox) {
    // A text box that gets focus is one being typed into, as in any web form.
    request_activate(id);
    return;
  }
  pending_focus_ = id;
}

void Semantics::request_activate(std::uint32_t id, bool focus) {
  if (id == 0) return;
  ImGui::ActivateItemByID(id);
  ctx_->NavNextActivateFlags = ImGuiActivateFlags_PreferInput;  // text fields start editing
  if (focus) pending_focus_ = id;
  else restore_focus_ = pending_focus_ ? pending_focus_ : ctx_->NavId;  // a restore still on its way
}

Semantics* current_semantics() {
  ImGuiContext* g = ImGui::GetCurrentContext();
  return g ? static_cast<Semantics*>(g->TestEngine) : nullptr;
}

SemNode* sem_describe(SemRole role, const std::string& name) {
  Semantics* s = current_semantics();
  return s ? s->describe_last(role, name) : nullptr;
}

void sem_group_begin(SemRole role, const std::string& name) {
  if (Semantics* s = current_semantics()) s->group_begin(role, name);
}

void sem_group_end() {
  if (Semantics* s = current_semantics()) s->group_end();
}

SemNode* sem_node(std::uint32_t id) {
  Semantics* s = current_semantics();
  return s ? s->node(id) : nullptr;
}

std::string sem_last_heading() {
  Semantics* s = current_semantics();
  return s ? s->last_heading() : std::string();
}

}  // namespace painlink::ui

// ImGui's item hooks (compiled in with IMGUI_ENABLE_TEST_ENGINE, called while
// ctx->TestEngineHookItems is on, which Semantics::attach sets): each labelled item goes to the
// semantics tree and, when browser tests asked for it, to the item registry.
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID, const ImRect&, const ImGuiLastItemData*) {}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
  if (!label || !ctx->CurrentWindow) return;
  painlink::ui::item_registry_record(ctx, id, label);
  if (auto* s = static_cast<painlink::ui::Semantics*>(ctx->TestEngine)) s->on_item(id, label, flags);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
