#include "ui/two_columns.hpp"

#include <algorithm>

#include <imgui_internal.h>  // ImGuiWindow: WorkRect, ContentRegionRect, DC

namespace painlink::ui {

namespace {
// Narrows the window's regions to [x0, x0 + width) and opens a group there, at the columns' top.
void open_column(const TwoColumns& cols, float x0, float width) {
  ImGuiWindow* w = ImGui::GetCurrentWindow();
  w->WorkRect.Min.x = x0;
  w->WorkRect.Max.x = x0 + width;
  // GetContentRegionAvail() and text wrapping read this one when no table or column is open.
  w->ContentRegionRect.Min.x = x0;
  w->ContentRegionRect.Max.x = x0 + width;
  w->DC.ItemWidth = width * 0.65f;  // what ImGui gives a window or a table column by default
  w->DC.CursorPos = ImVec2(x0, cols.origin.y);
  ImGui::BeginGroup();
}
}  // namespace

void two_columns_begin(TwoColumns& cols, const char* id, float left_weight, float right_weight, float gap_px) {
  ImGuiWindow* w = ImGui::GetCurrentWindow();
  ImGui::PushID(id);
  const float total = std::max(ImGui::GetContentRegionAvail().x, 1.0f);
  cols.gap = std::clamp(gap_px, 0.0f, total * 0.5f);
  const float weights = std::max(left_weight + right_weight, 1e-6f);
  cols.left_width = std::max(1.0f, (total - cols.gap) * left_weight / weights);
  cols.right_width = std::max(1.0f, total - cols.gap - cols.left_width);
  cols.origin = w->DC.CursorPos;
  cols.saved_work_min_x = w->WorkRect.Min.x;
  cols.saved_work_max_x = w->WorkRect.Max.x;
  cols.saved_content_min_x = w->ContentRegionRect.Min.x;
  cols.saved_content_max_x = w->ContentRegionRect.Max.x;
  cols.saved_item_width = w->DC.ItemWidth;
  open_column(cols, cols.origin.x, cols.left_width);
}

void two_columns_next(TwoColumns& cols) {
  ImGui::EndGroup();
  cols.left_bottom = ImGui::GetItemRectMax().y;
  open_column(cols, cols.origin.x + cols.left_width + cols.gap, cols.right_width);
}

void two_columns_end(TwoColumns& cols) {
  ImGui::EndGroup();
  const float bottom = std::max(cols.left_bottom, ImGui::GetItemRectMax().y);
  ImGuiWindow* w = ImGui::GetCurrentWindow();
  w->WorkRect.Min.x = cols.saved_work_min_x;
  w->WorkRect.Max.x = cols.saved_work_max_x;
  w->ContentRegionRect.Min.x = cols.saved_content_min_x;
  w->ContentRegionRect.Max.x = cols.saved_content_max_x;
  w->DC.ItemWidth = cols.saved_item_width;
  // One item as tall as the taller column: the layout continues on the line below both.
  w->DC.CursorPos = cols.origin;
  ImGui::ItemSize(ImVec2(cols.left_width + cols.gap + cols.right_width, bottom - cols.origin.y));
  ImGui::PopID();
}

}  // namespace painlink::ui
