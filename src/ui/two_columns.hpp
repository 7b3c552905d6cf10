#pragma once
// Two side-by-side columns for wide screens, without Dear ImGui's tables.
//
// Why not BeginTable: the widget needs only "left column, then right column" in two places
// (Check-in, some Insights sections), and linking the table engine for that costs ~11 KB of gzip
// in every first download (make bench, issue 6). This narrows the window's work and content
// region to one column at a time, so everything that sizes itself from the available width
// (cards, wrapped text, charts, item widths) fits its column, exactly as inside a table cell.
#include <imgui.h>

namespace painlink::ui {

struct TwoColumns {
  ImVec2 origin;          // top-left of both columns (screen pixels)
  float left_width = 0;   // pixels
  float right_width = 0;  // pixels
  float gap = 0;          // pixels between the columns
  float left_bottom = 0;  // lowest point the left column reached
  float saved_work_min_x = 0, saved_work_max_x = 0;
  float saved_content_min_x = 0, saved_content_max_x = 0;
  float saved_item_width = 0;
};

// Starts the left column. Weights share the available width after the gap (gap_px >= 0).
// Call two_columns_next() once, then two_columns_end(); the cursor continues below the taller one.
void two_columns_begin(TwoColumns& cols, const char* id, float left_weight, float right_weight, float gap_px);
void two_columns_next(TwoColumns& cols);
void two_columns_end(TwoColumns& cols);

}  // namespace painlink::ui
