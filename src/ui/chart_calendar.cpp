#include "ui/chart_calendar.hpp"

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

struct DayValues {
  float back = NAN;
  float headache = NAN;
  bool in_range = false;
};

DayValues values_at(const analysis::ChartSeries& cs, Date d) {
  DayValues v;
  if (cs.calendar.empty()) return v;
  const int i = d - cs.calendar.front().date;
  if (i < 0 || i >= static_cast<int>(cs.calendar.size())) return v;
  const std::size_t k = static_cast<std::size_t>(i);
  v.in_range = true;
  v.back = cs.calendar[k].back;
  if (k < cs.timeline.headache.size()) v.headache = cs.timeline.headache[k];
  if (std::isnan(v.headache) && cs.calendar[k].headache_day >= 0)  // headache day without intensity
    v.headache = cs.calendar[k].headache_day == 1 ? 5.0f : 0.0f;
  return v;
}

// Cell colours: the shared intensity scale, with "none" (0) a little stronger than the theme's so
// it stays distinct from white (not recorded).
ImU32 cell_color(const Theme& t, float v, bool headache) {
  const int i = static_cast<int>(v);
  if (i <= 0) return mix_color(t.card, headache ? t.head : t.back, 0.16f);
  return intensity_color(t, i, headache);
}

void draw_cell(ImDrawList* dl, const Theme& t, ImVec2 a, ImVec2 b, const DayValues& v) {
  const ImU32 blank = t.card;
  const ImU32 border = mix_color(t.card, t.text, 0.18f);
  dl->AddRectFilled(a, b, blank);
  if (!std::isnan(v.back)) dl->AddTriangleFilled(a, ImVec2(b.x, a.y), ImVec2(a.x, b.y), cell_color(t, v.back, false));
  if (!std::isnan(v.headache)) dl->AddTriangleFilled(ImVec2(b.x, a.y), b, ImVec2(a.x, b.y), cell_color(t, v.headache, true));
  dl->AddRect(a, b, border, 0, 0, 1.0f);
}

}  // namespace

MonthSummary summarize_month(const analysis::ChartSeries& cs, Date month) {
  MonthSummary m;
  const CivilDate c = civil_from_date(month);
  m.days_in_month = days_in_month(c.year, c.month);
  double back_sum = 0;
  for (int k = 0; k < m.days_in_month; ++k) {
    const DayValues v = values_at(cs, month + k);
    if (!v.in_range) continue;
    const bool b = !std::isnan(v.back), h = !std::isnan(v.headache);
    if (b || h) ++m.recorded;
    if (b) {
      ++m.back_recorded;
      back_sum += static_cast<double>(v.back);
    }
    if (h) {
      ++m.headache_recorded;
      if (v.headache >= 1.0f) ++m.headache_days;
    }
  }
  m.back_mean = m.back_recorded > 0 ? back_sum / m.back_recorded : NAN;
  return m;
}

void draw_calendar_month(Ui& ui, const char* id, const analysis::ChartSeries& cs, Date month, CalendarView& view,
                         const CalendarChartOptions& opt) {
  const Theme& t = ui.theme;
  ImGui::PushID(id);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float avail = ImGui::GetContentRegionAvail().x;
  const float gap = em(0.22f);
  const float cell = std::min((avail - 6 * gap) / 7.0f, em(opt.max_cell_em));
  const float grid_w = 7 * cell + 6 * gap;
  const float line = ImGui::GetTextLineHeight();

  // Weekday header.
  for (int wd = 0; wd < 7; ++wd) {
    const char* name = weekday_short_name(wd);
    const float w = ImGui::CalcTextSize(name).x;
    dl->AddText(ImVec2(origin.x + static_cast<float>(wd) * (cell + gap) + (cell - w) * 0.5f, origin.y), t.text_muted,
                name);
  }
  const float top = origin.y + line + em(0.3f);
  const CivilDate mc = civil_from_date(month);
  const int lead = weekday(month);
  const int days = days_in_month(mc.year, mc.month);
  const int rows = (lead + days + 6) / 7;
  const float small = ImGui::GetFontSize() * 0.78f;
  for (int k = 0; k < days; ++k) {
    const int slot = lead + k;
    const ImVec2 a(origin.x + static_cast<float>(slot % 7) * (cell + gap), top + static_cast<float>(slot / 7) * (cell + gap));
    const ImVec2 b(a.x + cell, a.y + cell);
    const Date d = month + k;
    const DayValues v = values_at(cs, d);
    if (d > ui.today) {
      dl->AddRect(a, b, mix_color(t.card, t.text, 0.08f), 0, 0, 1.0f);
    } else {
      draw_cell(dl, t, a, b, v);
    }
    char num[4];
    std::snprintf(num, sizeof num, "%d", k + 1);
    const ImU32 under = std::isnan(v.back) ? t.card : cell_color(t, v.back, false);
    dl->AddText(ui.font_regular, small, ImVec2(a.x + em(0.18f), a.y + em(0.08f)),
                d > ui.today ? mix_color(t.card, t.text_muted, 0.5f) : chart_text_on(under), num);
    if (d == ui.today) dl->AddRect(ImVec2(a.x - 1, a.y - 1), ImVec2(b.x + 1, b.y + 1), t.accent, 0, 0, em(0.14f));
    if (view.has_picked && view.picked == d)
      dl->AddRect(ImVec2(a.x - 2, a.y - 2), ImVec2(b.x + 2, b.y + 2), t.text, 0, 0, em(0.12f));
  }
  const float grid_bottom = top + static_cast<float>(rows) * (cell + gap) - gap;

  {
    ImGui::SetCursorScreenPos(ImVec2(origin.x, top));
    // A hover and tap read-out, not a keyboard stop: its figures are in the text summary.
    ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
    ImGui::InvisibleButton("##calendar-grid", ImVec2(grid_w, grid_bottom - top));
    ImGui::PopItemFlag();
    sem_describe(SemRole::image, "Calendar of pain days, coloured by how bad each day was");
    auto day_under_mouse = [&](Date& out) {
      const ImVec2 m = ImGui::GetIO().MousePos;
      const int col = static_cast<int>((m.x - origin.x) / (cell + gap));
      const int row = static_cast<int>((m.y - top) / (cell + gap));
      if (col < 0 || col > 6 || row < 0 || row >= rows) return false;
      const int k = row * 7 + col - lead;
      if (k < 0 || k >= days) return false;
      out = month + k;
      return true;
    };
    Date d;
    if (ImGui::IsItemClicked() && day_under_mouse(d)) {
      if (view.has_picked && view.picked == d) view.has_picked = false;
      else {
        view.picked = d;
        view.has_picked = true;
      }
    }
    if (ImGui::IsItemHovered() && ImGui::GetIO().MouseSource != ImGuiMouseSource_TouchScreen && day_under_mouse(d) &&
        d <= ui.today) {
      const DayValues v = values_at(cs, d);
      ImGui::SetTooltip("%s\nBack pain: %s\nHeadache: %s", format_date_long(d).c_str(), intensity_value_text(v.back).c_str(),
                        intensity_value_text(v.headache).c_str());
    }
  }

  // Legend beside the grid when there is room, else below it.
  float bottom = grid_bottom;
  {
    const bool beside = avail - grid_w >= em(14.0f);
    const ImVec2 lp = beside ? ImVec2(origin.x + grid_w + em(1.2f), top) : ImVec2(origin.x, grid_bottom + em(0.6f));
    const float lw = beside ? avail - grid_w - em(1.2f) : avail;
    const float s = em(2.0f);
    DayValues sample;
    sample.back = 6;
    sample.headache = 7;
    sample.in_range = true;
    draw_cell(dl, t, lp, ImVec2(lp.x + s, lp.y + s), sample);
    const float tx = lp.x + s + em(0.6f);
    float y = lp.y;
    y += draw_wrapped(dl, ImVec2(tx, y), lw - s - em(0.6f), t.text, "Top left: back pain") ;
    y += draw_wrapped(dl, ImVec2(tx, y), lw - s - em(0.6f), t.text, "Bottom right: headache");
    y = std::max(y, lp.y + s) + em(0.5f);
    // Colour scales 0..10 for both.
    const float name_w = ImGui::CalcTextSize("Headache").x + em(0.6f);
    const float sw = std::min(lw, em(16.0f));
    constexpr int kSteps = kMaxIntensity + 1;  // 0..kMaxIntensity
    const float step = (sw - name_w) / static_cast<float>(kSteps);
    const float x0 = lp.x + name_w;
    for (int series = 0; series < 2; ++series) {
      dl->AddText(ImVec2(lp.x, y), t.text_muted, series == 0 ? "Back" : "Headache");
      for (int v = 0; v <= kMaxIntensity; ++v)
        dl->AddRectFilled(ImVec2(x0 + static_cast<float>(v) * step, y + em(0.15f)),
                          ImVec2(x0 + static_cast<float>(v + 1) * step, y + line - em(0.15f)),
                          cell_color(t, static_cast<float>(v), series == 1));
      y += line + em(0.25f);
    }
    {
      dl->AddText(ImVec2(x0, y), t.text_muted, "0 none");
      const std::string worst = std::to_string(kMaxIntensity) + " worst";
      const ImVec2 ten = ImGui::CalcTextSize(worst.c_str());
      dl->AddText(ImVec2(x0 + kSteps * step - ten.x, y), t.text_muted, worst.c_str());
      y += line + em(0.3f);
    }
    y += draw_wrapped(dl, ImVec2(lp.x, y), lw, t.text_muted, "White: not recorded. Outlined: today.");
    bottom = beside ? std::max(grid_bottom, y) : y;
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, bottom + em(0.4f)));
  ImGui::Dummy(ImVec2(avail, 0));
  ImGui::PopID();
}

}  // namespace painlink::ui
