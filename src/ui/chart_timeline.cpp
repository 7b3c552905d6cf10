#include "ui/chart_timeline.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "imgui_internal.h"  // PushItemFlag
#include "ui/chart_common.hpp"
#include "ui/semantics.hpp"
#include "ui/widgets.hpp"

namespace painlink::ui {

namespace {

// Day slots: day i of the series sits in the middle of its slot.
struct Transform {
  ImVec2 min, max;  // plot rectangle (screen pixels)
  int first = 0;    // series index of the first visible slot (may be < 0: before the first entry)
  int range = 1;    // slots visible
  PlotFrame frame;  // min, max and the 0-10 value range (padded so dots at the ends stay inside)
  float slot() const { return (max.x - min.x) / static_cast<float>(range); }
  float x(int i) const { return min.x + (static_cast<float>(i - first) + 0.5f) * slot(); }
  float y(float v) const { return frame.y(v); }
  int index_at(float px) const {
    return first + static_cast<int>(std::floor((px - min.x) / slot()));
  }
};

// One series: segments between consecutive recorded days (a gap breaks the line: an unrecorded
// day is unknown, not zero), then dots where there is room, and always for isolated days.
void draw_series(ImDrawList* dl, const Transform& tf, const std::vector<float>& v, int lo, int hi, ImU32 color,
                 float thickness, float dot, bool dots) {
  auto at = [&](int i) { return v[static_cast<std::size_t>(i)]; };
  for (int i = lo; i < hi; ++i) {
    const float a = at(i), b = at(i + 1);
    if (std::isnan(a) || std::isnan(b)) continue;
    dl->AddLine(ImVec2(tf.x(i), tf.y(a)), ImVec2(tf.x(i + 1), tf.y(b)), color, thickness);
  }
  for (int i = lo; i <= hi; ++i) {
    const float a = at(i);
    if (std::isnan(a)) continue;
    const bool isolated = (i == lo || std::isnan(at(i - 1))) && (i == hi || std::isnan(at(i + 1)));
    if (dots || isolated) dl->AddCircleFilled(ImVec2(tf.x(i), tf.y(a)), dot, color, 12);
  }
}

}  // namespace

float timeline_max_offset(const analysis::Timeline& tl, int range_days) {
  const int n = static_cast<int>(tl.dates.size());
  return static_cast<float>(std::max(0, n - range_days));
}

int draw_timeline_chart(Ui& ui, const char* id, const analysis::Timeline& tl, TimelineView& view,
                        const TimelineChartOptions& opt) {
  const Theme& t = ui.theme;
  const int n = static_cast<int>(tl.dates.size());
  if (n == 0) return -1;
  ImGui::PushID(id);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const float line = ImGui::GetTextLineHeight();
  const int range = std::max(7, view.range_days);
  view.end_offset = std::clamp(view.end_offset, 0.0f, timeline_max_offset(tl, range));
  const bool has_factor = view.factor_bit >= 0 && view.factor_bit < static_cast<int>(tl.factor_labels.size());

  // Legend (wraps on a phone).
  float legend_h = 0;
  {
    ImVec2 p = origin;
    const float right = origin.x + width;
    legend_entry(dl, p, origin.x, right, Swatch::dot, t.back, "Back pain", t.text);
    legend_entry(dl, p, origin.x, right, Swatch::dot, t.head, "Headache", t.text);
    if (view.medication) legend_entry(dl, p, origin.x, right, Swatch::triangle, t.text_muted, "Medication", t.text);
    if (has_factor) {
      const std::string& label = tl.factor_labels[static_cast<std::size_t>(view.factor_bit)];
      legend_entry(dl, p, origin.x, right, Swatch::bar, t.accent, label.c_str(), t.text);
    }
    legend_h = legend_height(origin.y, p) + em(0.5f);
  }

  const std::vector<AxisTick> ticks = intensity_ticks();
  const float axis_w = value_axis_width(ticks.back().label.c_str());
  Transform tf;
  tf.range = range;
  const int last = n - 1 - static_cast<int>(std::lround(view.end_offset));
  tf.first = last - range + 1;
  tf.min = ImVec2(origin.x + axis_w, origin.y + legend_h);
  tf.max = ImVec2(origin.x + width - em(0.2f), tf.min.y + em(opt.height_em));
  tf.frame.x0 = tf.min.x;
  tf.frame.x1 = tf.max.x;
  tf.frame.y0 = tf.min.y;
  tf.frame.y1 = tf.max.y;
  tf.frame.pad = em(0.3f);
  const float row_h = em(0.75f);
  const float med_y = tf.max.y + em(0.3f);
  const float factor_y = med_y + (view.medication ? row_h + em(0.2f) : 0.0f);
  const float marks_bottom = factor_y + (has_factor ? row_h : 0.0f);
  const float dates_y = marks_bottom + em(0.3f);
  const float chart_bottom = dates_y + line;

  const int lo = std::max(0, tf.first);
  const int hi = std::min(n - 1, last);

  // Background: the plot area, and a hatch-free pale band before the first entry.
  tf.frame.draw_background(dl, t);
  if (tf.first < 0) {
    const float x_end = tf.x(0) - tf.slot() * 0.5f;
    dl->AddRectFilled(tf.min, ImVec2(x_end, tf.max.y), mix_color(t.card, t.grid, 0.8f), em(0.3f));
    const char* before = "Before your first entry";
    const ImVec2 sz = ImGui::CalcTextSize(before);
    if (x_end - tf.min.x > sz.x + em(1.0f))
      dl->AddText(ImVec2((tf.min.x + x_end - sz.x) * 0.5f, (tf.min.y + tf.max.y - sz.y) * 0.5f), t.text_muted, before);
  }
  // Grid: 0, 5, 10 with labels; month starts as faint vertical lines.
  tf.frame.draw_grid(dl, t, ticks);

  // Date labels: Mondays on short ranges, month starts otherwise; skipped where they would touch.
  {
    float last_right = -1e9f;
    const Date first_date = tl.dates.front() + tf.first;  // may be before the series
    for (int k = 0; k < range; ++k) {
      const Date d = first_date + k;
      const CivilDate c = civil_from_date(d);
      char label[24];
      bool tick = false;
      if (range <= 45) {
        tick = weekday(d) == 0;
        std::snprintf(label, sizeof label, "%d %s", c.day, month_short_name(c.month));
      } else {
        tick = c.day == 1;
        if (c.month == 1)
          std::snprintf(label, sizeof label, "%s %d", month_short_name(c.month), c.year);
        else
          std::snprintf(label, sizeof label, "%s", month_short_name(c.month));
      }
      if (!tick) continue;
      const float x = tf.x(tf.first + k);
      dl->AddLine(ImVec2(x, tf.min.y), ImVec2(x, tf.max.y), t.grid, 1.0f);
      const ImVec2 sz = ImGui::CalcTextSize(label);
      const float lx = std::clamp(x - sz.x * 0.5f, tf.min.x, tf.max.x - sz.x);
      if (lx < last_right + em(0.5f)) continue;
      dl->AddLine(ImVec2(x, marks_bottom), ImVec2(x, dates_y), t.grid, 1.0f);
      dl->AddText(ImVec2(lx, dates_y), t.text_muted, label);
      last_right = lx + sz.x;
    }
  }

  // Marks under the plot: medication days, then the chosen factor's days.
  if (hi >= lo) {
    const float w = std::clamp(tf.slot() * 0.7f, 1.5f, em(0.6f));
    if (view.medication) {
      for (int i = lo; i <= hi; ++i) {
        if (!tl.medication[static_cast<std::size_t>(i)]) continue;
        const float x = tf.x(i);
        dl->AddTriangleFilled(ImVec2(x - w * 0.5f, med_y + row_h), ImVec2(x + w * 0.5f, med_y + row_h),
                              ImVec2(x, med_y + em(0.1f)), t.text_muted);
      }
    }
    if (has_factor) {
      const std::uint32_t bit = 1u << view.factor_bit;
      for (int i = lo; i <= hi; ++i) {
        if (!(tl.factor_bits[static_cast<std::size_t>(i)] & bit)) continue;
        const float x = tf.x(i);
        dl->AddRectFilled(ImVec2(x - w * 0.5f, factor_y), ImVec2(x + w * 0.5f, factor_y + row_h), t.accent,
                          std::min(w * 0.3f, em(0.12f)));
      }
    }
  }

  // The two series, clipped to the plot.
  const float dot = std::clamp(tf.slot() * 0.28f, em(0.12f), em(0.24f));
  const bool dots = tf.slot() >= em(0.45f);
  const float thick = tf.slot() >= em(0.2f) ? em(0.12f) : em(0.08f);
  dl->PushClipRect(tf.min, tf.max, true);
  if (hi >= lo) {
    draw_series(dl, tf, tl.back, lo, hi, t.back, thick, dot, dots);
    draw_series(dl, tf, tl.headache, lo, hi, t.head, thick, dot, dots);
  }
  dl->PopClipRect();

  // Interaction: one invisible button over plot and marks.
  int readout = -1;
  {
    ImGui::SetCursorScreenPos(tf.min);
    // A hover and tap read-out, not a keyboard stop: its figures are in the text summary.
    ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
    ImGui::InvisibleButton("##timeline-plot", ImVec2(tf.max.x - tf.min.x, marks_bottom - tf.min.y));
    ImGui::PopItemFlag();
    sem_describe(SemRole::image, "Timeline of pain, possible triggers and treatments");
    ImGuiIO& io = ImGui::GetIO();
    const bool touch = io.MouseSource == ImGuiMouseSource_TouchScreen;
    if (ImGui::IsItemActive()) {
      const ImVec2 drag = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 0.0f);
      // A finger that moves mostly sideways pans the chart; up and down it scrolls the page.
      if (!touch || std::fabs(drag.x) > std::fabs(drag.y)) ui.touch_drag_claimed = true;
      if (ImGui::IsMouseDragging(ImGuiMouseButton_Left, em(0.3f)) && (!touch || ui.touch_drag_claimed)) {
        view.drag_carry += io.MouseDelta.x / tf.slot();
        const float whole = std::trunc(view.drag_carry);
        if (whole != 0.0f) {
          view.end_offset = std::clamp(view.end_offset + whole, 0.0f, timeline_max_offset(tl, range));
          view.drag_carry -= whole;
        }
      }
    }
    if (ImGui::IsItemDeactivated()) {
      const ImVec2 drag = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 0.0f);
      if (std::fabs(drag.x) < em(0.5f) && std::fabs(drag.y) < em(0.5f)) {  // a tap or click: pick that day
        const int i = std::clamp(tf.index_at(io.MousePos.x), lo, std::max(lo, hi));
        view.picked = view.picked == i ? -1 : i;
      }
      view.drag_carry = 0;
    }
    if (ImGui::IsItemHovered() && !touch && !ImGui::IsItemActive()) {
      ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
      readout = std::clamp(tf.index_at(io.MousePos.x), lo, std::max(lo, hi));
    }
    if (readout < 0 && view.picked >= lo && view.picked <= hi) readout = view.picked;
    if (readout >= 0 && readout < n) {
      const float x = tf.x(readout);
      dl->AddLine(ImVec2(x, tf.min.y), ImVec2(x, marks_bottom), mix_color(t.card, t.text, 0.5f), 1.0f);
      const float b = tl.back[static_cast<std::size_t>(readout)];
      const float h = tl.headache[static_cast<std::size_t>(readout)];
      if (!std::isnan(b)) dl->AddCircle(ImVec2(x, tf.y(b)), em(0.38f), t.back, 16, em(0.12f));
      if (!std::isnan(h)) dl->AddCircle(ImVec2(x, tf.y(h)), em(0.38f), t.head, 16, em(0.12f));
    }
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, chart_bottom + em(0.3f)));

  // Read-out line below the chart (readable on a phone, where tooltips do not work).
  {
    if (readout >= 0 && readout < n) {
      const std::size_t i = static_cast<std::size_t>(readout);
      std::string s = format_date_long(tl.dates[i]) + ":  back pain " + intensity_value_text(tl.back[i]) + ",  headache " +
                      intensity_value_text(tl.headache[i]);
      if (tl.medication[i]) s += ",  medication taken";
      for (std::size_t f = 0; f < tl.factor_labels.size() && f < 32; ++f)
        if (tl.factor_bits[i] & (1u << f)) s += ",  " + tl.factor_labels[f];
      ImGui::PushFont(ui.font_bold);
      text_wrapped_color(t.text, s);
      ImGui::PopFont();
    } else {
      muted_text(t, "%s", ui.narrow ? "Tap a day to see its values. Swipe sideways on the chart or use the arrows "
                                      "to move in time."
                                    : "Point at a day to see its values; drag the chart sideways to move in time.");
    }
  }
  ImGui::PopID();
  return readout;
}

}  // namespace painlink::ui
