// Small drawing helpers shared by the charts (ImDrawList only; sizes in em, colours from the theme).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis/connection.hpp"
#include "core/analysis/triggers.hpp"
#include "core/model.hpp"
#include "ui/ui_state.hpp"

namespace painlink::ui {

// Dark text on pale fills, white on deep ones.
ImU32 chart_text_on(ImU32 fill);

// Verdict colours and words, shared by the trigger chart, its legend and the connection view.
ImU32 verdict_color(const Theme& t, analysis::Verdict v);
const char* verdict_label(analysis::Verdict v);
ImU32 link_color(const Theme& t, analysis::LinkVerdict v, bool protective);
const char* link_label(analysis::LinkVerdict v);

// A rounded label ("Possible trigger") at pos; returns its size.
ImVec2 draw_pill(ImDrawList* dl, ImVec2 pos, const char* text, ImU32 fill, ImU32 text_color);
ImVec2 pill_size(const char* text);

// A legend entry (swatch + text) that wraps to a new line inside [left, right]; advances pos.
enum class Swatch { dot, square, triangle, line, bar };
void legend_entry(ImDrawList* dl, ImVec2& pos, float left, float right, Swatch shape, ImU32 color, const char* text,
                  ImU32 text_color);
// Height the legend entries took (pos.y after the last entry - start y + one line).
inline float legend_height(float start_y, const ImVec2& pos) { return pos.y - start_y + ImGui::GetTextLineHeight(); }

// Breaks `text` into lines no wider than `width`, at spaces only: ImGui's own wrapping also breaks
// after '.', which would split a number such as "0.46" across two lines.
std::string wrap_at_spaces(const char* text, float width, ImFont* font = nullptr);

// Wrapped text drawn straight into the draw list; returns its height.
float draw_wrapped(ImDrawList* dl, ImVec2 pos, float width, ImU32 color, const char* text, ImFont* font = nullptr);

// ImGui text that wraps (at spaces) inside the current column and uses a colour.
void text_wrapped_color(ImU32 color, const std::string& text);

// The bold face holds ASCII and a few symbols: a label with other letters (a custom factor or a
// medicine named in French or Greek) is drawn in regular, where every letter it may hold exists.
ImFont* bold_if_in_face(const Ui& ui, std::string_view text);

// "45%" (or "-" for NaN).
std::string percent_text(double share);
// A 0-10 rating in a read-out: "6/10", or "not recorded" for NaN.
std::string intensity_value_text(float v);

// ---- the plot frame shared by the value charts (timeline, last 30 days, weekly trend, month
// columns, lag bars): a value range mapped to [y0, y1], the pale plot area, a horizontal grid line
// per tick and the tick labels right-aligned left of x0. The x axis (days, weeks, months, lags) is
// each chart's own.
struct AxisTick {
  double value = 0;
  std::string label;
  bool strong = false;  // the reference line (0 of a correlation): darker and thicker
};
// Ticks lo, lo + step, ... up to hi, labelled "%d".
std::vector<AxisTick> value_ticks(int lo, int hi, int step);
// 0, 5, 10: the pain scales (core kMaxIntensity).
std::vector<AxisTick> intensity_ticks();
// Room for the tick labels left of the plot: the widest label plus a gap.
float value_axis_width(const char* widest_label);

struct PlotFrame {
  float x0 = 0, x1 = 0;  // plot left and right (screen pixels)
  float y0 = 0, y1 = 0;  // plot top and bottom
  double lo = 0, hi = kMaxIntensity;  // values at the bottom and at the top
  float pad = 0;                      // keeps dots at lo and hi inside the area
  float label_gap = 0;                // between a tick label's right edge and x0 (0: em(0.35))
  float y(double v) const {
    return y1 - pad - (y1 - y0 - 2 * pad) * static_cast<float>((v - lo) / (hi - lo));
  }
  void draw_background(ImDrawList* dl, const Theme& t) const;  // the pale, rounded plot area
  void draw_grid(ImDrawList* dl, const Theme& t, std::span<const AxisTick> ticks) const;
};

}  // namespace painlink::ui
