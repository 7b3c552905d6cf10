#include "ui/chart_intensity.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "imgui_internal.h"  // PushItemFlag
#include "ui/chart_common.hpp"
#include "ui/semantics.hpp"
#include "ui/widgets.hpp"

namespace painlink::ui {

namespace {

struct Transform {
  ImVec2 min, max;  // plot rectangle in screen pixels
  int first, last;  // visible index range
  PlotFrame frame;  // min, max and the 0-10 value range
  float x(int i) const {
    const int span = std::max(1, last - first);
    return min.x + (max.x - min.x) * static_cast<float>(i - first) / static_cast<float>(span);
  }
  float y(float v) const { return frame.y(v); }
};

// One series: line segments between consecutive recorded days (a gap breaks the line, because
// an unrecorded day is unknown, not zero), then dots.
void draw_series(ImDrawList* dl, const Transform& tf, const std::vector<IntensityPoint>& s, bool headache, ImU32 color,
                 float thickness, float dot) {
  auto value = [&](int i) { return headache ? s[static_cast<size_t>(i)].headache : s[static_cast<size_t>(i)].back; };
  for (int i = tf.first; i < tf.last; ++i) {
    const float a = value(i), b = value(i + 1);
    if (std::isnan(a) || std::isnan(b)) continue;
    dl->AddLine(ImVec2(tf.x(i), tf.y(a)), ImVec2(tf.x(i + 1), tf.y(b)), color, thickness);
  }
  for (int i = tf.first; i <= tf.last; ++i) {
    const float v = value(i);
    if (std::isnan(v)) continue;
    dl->AddCircleFilled(ImVec2(tf.x(i), tf.y(v)), dot, color, 12);
  }
}

constexpr float kLegendRowEm = 1.5f;

// The legend's entries left to right, onto another row when the next does not fit the width
// (Larger text on a phone). Returns its height.
float draw_legend(ImDrawList* dl, ImVec2 origin, float width, const Theme& t) {
  const struct {
    ImU32 color;
    const char* text;
    bool triangle;  // medication days are triangles along the bottom
  } entries[] = {{t.back, "Back pain", false}, {t.head, "Headache", false}, {t.text_muted, "Medication", true}};
  const float row = em(kLegendRowEm), r = em(0.3f), mark = 2.6f * r;
  ImVec2 p = origin;
  for (const auto& e : entries) {
    const float w = mark + ImGui::CalcTextSize(e.text).x;
    if (p.x > origin.x && p.x + w > origin.x + width) p = ImVec2(origin.x, p.y + row);
    if (e.triangle)
      dl->AddTriangleFilled(ImVec2(p.x, p.y + em(0.9f)), ImVec2(p.x + em(0.6f), p.y + em(0.9f)),
                            ImVec2(p.x + em(0.3f), p.y + em(0.35f)), e.color);
    else
      dl->AddCircleFilled(ImVec2(p.x + r, p.y + em(0.6f)), r, e.color);
    dl->AddText(ImVec2(p.x + mark, p.y + em(0.05f)), t.text, e.text);
    p.x += w + em(1.0f);
  }
  return p.y + row - origin.y;
}

}  // namespace

int draw_intensity_chart(Ui& ui, const char* id, const std::vector<IntensityPoint>& series,
                         const IntensityChartOptions& opt) {
  const Theme& t = ui.theme;
  if (series.empty()) return -1;
  ImGui::PushID(id);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const float legend_h = draw_legend(dl, origin, width, t);
  const float height = em(opt.height_em) + legend_h - em(kLegendRowEm);  // the plot keeps its height
  const std::vector<AxisTick> ticks = intensity_ticks();
  const float axis_w = value_axis_width(ticks.back().label.c_str());
  const float axis_h = em(1.4f);

  Transform tf;
  tf.first = 0;
  tf.last = static_cast<int>(series.size()) - 1;
  const float dot = em(0.22f);
  tf.min = ImVec2(origin.x + axis_w + dot, origin.y + legend_h + dot);
  tf.max = ImVec2(origin.x + width - dot, origin.y + height - axis_h);
  tf.frame.x0 = tf.min.x;
  tf.frame.x1 = tf.max.x;
  tf.frame.y0 = tf.min.y;
  tf.frame.y1 = tf.max.y;
  tf.frame.label_gap = dot + em(0.3f);

  // Grid at 0, 5 and 10 with labels.
  tf.frame.draw_grid(dl, t, ticks);
  // Date labels: first, middle and last visible day (short, so they fit on a phone).
  for (int i : {tf.first, (tf.first + tf.last) / 2, tf.last}) {
    const CivilDate c = civil_from_date(series[static_cast<size_t>(i)].date);
    char label[16];
    std::snprintf(label, sizeof label, "%d %s", c.day, month_short_name(c.month));
    const ImVec2 sz = ImGui::CalcTextSize(label);
    float x = tf.x(i) - sz.x * 0.5f;
    x = std::clamp(x, tf.min.x, tf.max.x - sz.x);
    dl->AddText(ImVec2(x, tf.max.y + em(0.3f)), t.text_muted, label);
  }
  // Medication days: small triangles along the bottom.
  {
    for (int i = tf.first; i <= tf.last; ++i) {
      if (!series[static_cast<size_t>(i)].medication) continue;
      const float x = tf.x(i);
      dl->AddTriangleFilled(ImVec2(x - em(0.25f), tf.max.y), ImVec2(x + em(0.25f), tf.max.y),
                            ImVec2(x, tf.max.y - em(0.4f)), t.text_muted);
    }
  }
  dl->PushClipRect(ImVec2(tf.min.x - dot, tf.min.y - dot), ImVec2(tf.max.x + dot, tf.max.y + dot), true);
  draw_series(dl, tf, series, false, t.back, em(0.12f), dot);
  draw_series(dl, tf, series, true, t.head, em(0.12f), dot);
  dl->PopClipRect();

  // Hover read-out: the nearest day.
  ImGui::SetCursorScreenPos(origin);
  // A hover and tap read-out, not a keyboard stop: its figures are in the text summary.
  ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
  ImGui::InvisibleButton("##plot", ImVec2(width, height));
  ImGui::PopItemFlag();
  sem_describe(SemRole::image, "Chart of daily back pain and headache (the summary lists the figures)");
  int hovered = -1;
  if (ImGui::IsItemHovered()) {
    const float mx = ImGui::GetIO().MousePos.x;
    const int span = std::max(1, tf.last - tf.first);
    hovered = tf.first + static_cast<int>(std::lround((mx - tf.min.x) / (tf.max.x - tf.min.x) * static_cast<float>(span)));
    hovered = std::clamp(hovered, tf.first, tf.last);
    const float x = tf.x(hovered);
    dl->AddLine(ImVec2(x, tf.min.y), ImVec2(x, tf.max.y), t.text_muted, 1.0f);
    const IntensityPoint& p = series[static_cast<size_t>(hovered)];
    char back[16], head[16];
    if (std::isnan(p.back)) std::snprintf(back, sizeof back, "not recorded");
    else std::snprintf(back, sizeof back, "%.0f / %d", static_cast<double>(p.back), kMaxIntensity);
    if (std::isnan(p.headache)) std::snprintf(head, sizeof head, "not recorded");
    else std::snprintf(head, sizeof head, "%.0f / %d", static_cast<double>(p.headache), kMaxIntensity);
    ImGui::SetTooltip("%s\nBack pain: %s\nHeadache: %s%s", format_date_long(p.date).c_str(), back, head,
                      p.medication ? "\nMedication taken" : "");
  }
  ImGui::PopID();
  return hovered;
}

}  // namespace painlink::ui
