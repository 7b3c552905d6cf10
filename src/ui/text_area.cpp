#include "ui/text_area.hpp"

#include <algorithm>
#include <cfloat>

#include "imgui_internal.h"
#include "ui/semantics.hpp"
#include "ui/ui_state.hpp"
#include "ui/widgets.hpp"

namespace painlink::ui {

namespace {

ImGuiWindow* scrolling_parent(ImGuiWindow* w) {
  while (w && w->ScrollMax.y <= 0.0f && (w->Flags & ImGuiWindowFlags_ChildWindow)) w = w->ParentWindow;
  return w;
}

std::int64_t edit_context(const Ui& ui) {
  return (static_cast<std::int64_t>(ui.tab) << 32) | static_cast<std::uint32_t>(ui.selected.days);
}

void start_edit(Ui& ui, ImGuiID id, const std::string& text) {
  TextAreaEdit& e = ui.text_area;
  e.id = id;
  e.context = edit_context(ui);
  e.text = text;
  e.typed = false;
  e.content_height = 0;
  ++e.serial;
}

// Where the browser lays its text area, and how it looks there. Kept up to date while the box is
// scrolled out of view too: the caret kept above the keyboard is measured from it.
void place_edit(TextAreaEdit& e, const ImRect& bb, const ImRect& clip) {
  const ImGuiStyle& style = ImGui::GetStyle();
  e.drawn = true;
  e.x0 = bb.Min.x;
  e.y0 = bb.Min.y;
  e.x1 = bb.Max.x;
  e.y1 = bb.Max.y;
  e.clip_x0 = std::clamp(clip.Min.x, bb.Min.x, bb.Max.x);
  e.clip_y0 = std::clamp(clip.Min.y, bb.Min.y, bb.Max.y);
  e.clip_x1 = std::clamp(clip.Max.x, bb.Min.x, bb.Max.x);
  e.clip_y1 = std::clamp(clip.Max.y, bb.Min.y, bb.Max.y);
  e.font_px = std::max(kTextAreaMinFontPx, ImGui::GetFontSize());
  e.pad_x = style.FramePadding.x;
  e.pad_y = style.FramePadding.y;
  e.text_color = ImGui::GetColorU32(ImGuiCol_Text);
}

}  // namespace

bool text_area(Ui& ui, const char* id, std::string& text, int max_chars, float min_height, const char* name) {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const ImGuiStyle& style = g.Style;
  const ImGuiID item_id = window->GetID(id);
  TextAreaEdit& e = ui.text_area;
  bool editing = e.id == item_id;
  bool changed = false;

  if (editing) {
    if (e.typed) {
      e.typed = false;
      std::string typed = e.text;
      if (utf8_length(typed) > max_chars) truncate_utf8(typed, max_chars);
      if (typed != text) {
        text = std::move(typed);
        changed = true;
      }
    }
    // The text changed under the box (cut at the limit, another tab's edit of the day): the
    // browser's text area takes it over.
    if (text != e.text) {
      e.text = text;
      ++e.serial;
    }
  }

  const ImVec2 pos = window->DC.CursorPos;
  const float width = std::max(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 4.0f);
  const float wrap = width - 2 * style.FramePadding.x;
  // The text is drawn at the size the browser's text area types it at (16 CSS px at least, below
  // which iOS zooms into the field), so it does not jump in size when typing starts or ends.
  ImFont* font = ImGui::GetFont();
  const float line = std::max(kTextAreaMinFontPx, ImGui::GetFontSize());
  float text_h = font->CalcTextSizeA(line, FLT_MAX, wrap, text.c_str()).y;
  if (!text.empty() && text.back() == '\n') text_h += line;  // the empty line the caret is on
  // While typing, one line to spare: the box grows before the caret reaches its edge.
  float height = std::max(min_height, text_h + 2 * style.FramePadding.y + (editing ? line : 0.0f));
  if (editing) height = std::max(height, e.content_height);
  const ImRect bb(pos, ImVec2(pos.x + width, pos.y + height));
  ImGui::ItemSize(bb, style.FramePadding.y);
  if (editing) {
    place_edit(e, bb, window->ClipRect);
    // A tap anywhere else on the canvas ends typing (taps on the box itself reach the browser's
    // text area, not the canvas).
    ImRect shown = bb;
    shown.ClipWith(window->ClipRect);
    if (g.IO.MouseClicked[0] && !shown.Contains(g.IO.MouseClickedPos[0])) {
      e.id = 0;
      editing = false;
    }
  }
  if (!ImGui::ItemAdd(bb, item_id, nullptr, ImGuiItemFlags_Inputable)) return changed;
  IMGUI_TEST_ENGINE_ITEM_INFO(item_id, id, g.LastItemData.StatusFlags | ImGuiItemStatusFlags_Inputable);

  bool hovered = false, held = false;
  // Typing starts on the press, as in ImGui's own fields: a finger's tap reaches the UI as press
  // and release within the browser's one pointerup handler, where the keyboard may be opened.
  const bool pressed = ImGui::ButtonBehavior(bb, item_id, &hovered, &held, ImGuiButtonFlags_PressedOnClick);
  if (pressed && !editing) {
    start_edit(ui, item_id, text);
    place_edit(e, bb, window->ClipRect);
    editing = true;
    if (ImGuiWindow* s = scrolling_parent(window)) ImGui::ScrollToRect(s, bb, ImGuiScrollFlags_KeepVisibleCenterY);
  }
  if (editing) {
    ImGui::KeepAliveID(item_id);
    if (changed)
      if (ImGuiWindow* s = scrolling_parent(window)) ImGui::ScrollToRect(s, bb, ImGuiScrollFlags_KeepVisibleEdgeY);
  }

  const ImU32 fill = ImGui::GetColorU32(editing  ? ImGuiCol_FrameBgActive
                                        : hovered ? ImGuiCol_FrameBgHovered
                                                  : ImGuiCol_FrameBg);
  ImGui::PushStyleColor(ImGuiCol_Border, ui.theme.field_border);  // it shows as a field (WCAG 1.4.11)
  ImGui::RenderFrame(bb.Min, bb.Max, fill, true, style.FrameRounding);
  ImGui::PopStyleColor();
  if (!editing && !text.empty()) {
    const ImVec2 at(bb.Min.x + style.FramePadding.x, bb.Min.y + style.FramePadding.y);
    window->DrawList->AddText(font, line, at, ImGui::GetColorU32(ImGuiCol_Text), text.c_str(), nullptr, wrap);
    ImGui::LogRenderedText(&at, text.c_str());
  }

  if (SemNode* n = sem_describe(SemRole::textbox, name ? name : "")) n->multiline = true;
  if (editing)
    if (Semantics* s = current_semantics()) s->set_editing(item_id);
  return changed;
}

void text_area_end_frame(Ui& ui) {
  TextAreaEdit& e = ui.text_area;
  if (e.id && e.context != edit_context(ui)) e.id = 0;
  // Not drawn (its card scrolled far out of view): the browser's text area is hidden with it.
  if (e.id && !e.drawn) e.clip_y1 = e.clip_y0;
  e.drawn = false;
}

const TextAreaEdit* text_area_editing(const Ui& ui) { return ui.text_area.id ? &ui.text_area : nullptr; }

}  // namespace painlink::ui
