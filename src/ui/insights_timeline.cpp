// Day by day (the timeline with range chips, pan arrows and factor marks) and month at a glance
// (the calendar heat map with month navigation).
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <string>

#include "ui/chart_calendar.hpp"
#include "ui/chart_common.hpp"
#include "ui/chart_timeline.hpp"
#include "ui/insights_sections.hpp"
#include "ui/widgets.hpp"

namespace painlink::ui {

namespace {

std::string short_date(Date d, bool year) {
  const CivilDate c = civil_from_date(d);
  char buf[32];
  if (year) std::snprintf(buf, sizeof buf, "%d %s %d", c.day, month_short_name(c.month), c.year);
  else std::snprintf(buf, sizeof buf, "%d %s", c.day, month_short_name(c.month));
  return buf;
}

}  // namespace

void draw_insights_timeline(Ui& ui) {
  const Theme& t = ui.theme;
  const analysis::Timeline& tl = ui.insights.data.charts.timeline;
  TimelineView& v = ui.insights_view.timeline;
  section_begin(ui, "##timeline", "Day by day", t.accent);
  if (tl.dates.empty()) {
    insights_empty_state(ui, "Your daily back pain and headaches will appear here as a chart once you record them.");
    section_end();
    return;
  }
  // Range chips, then the pan arrows (on the same line when they fit).
  struct Range {
    int days;
    const char* label;
  };
  static const Range kRanges[] = {{30, "30 days##range"}, {90, "90 days##range"}, {365, "1 year##range"}};
  if (!v.range_chosen) v.range_days = ui.narrow ? 30 : 90;  // a phone shows a month legibly
  {
    Flow flow;
    for (const Range& r : kRanges) {
      flow.next(chip_width(r.label));
      if (choice_chip(r.label, v.range_days == r.days, t) && v.range_days != r.days) {
        // Keep the last visible day where it was.
        v.range_days = r.days;
        v.range_chosen = true;
        v.end_offset = std::min(v.end_offset, timeline_max_offset(tl, r.days));
      }
    }
    const float max_off = timeline_max_offset(tl, v.range_days);
    const float step = std::max(7.0f, std::round(static_cast<float>(v.range_days) * 0.5f));
    const char* earlier = "\xE2\x86\x90 Earlier##timeline";
    const char* later = "Later \xE2\x86\x92##timeline";
    flow.next(chip_width(earlier));
    ImGui::BeginDisabled(v.end_offset >= max_off);
    if (choice_chip(earlier, false, t)) v.end_offset = std::min(max_off, v.end_offset + step);
    ImGui::EndDisabled();
    flow.next(chip_width(later));
    ImGui::BeginDisabled(v.end_offset <= 0);
    if (choice_chip(later, false, t)) v.end_offset = std::max(0.0f, v.end_offset - step);
    ImGui::EndDisabled();
  }
  // The visible dates in words.
  {
    const int n = static_cast<int>(tl.dates.size());
    const int last = n - 1 - static_cast<int>(std::lround(v.end_offset));
    const Date last_date = tl.dates[static_cast<std::size_t>(std::clamp(last, 0, n - 1))];
    const Date first_date = last_date - (v.range_days - 1);
    muted_text(t, "%s \xE2\x80\x93 %s. Pain from 0 (none) to %d (worst); gaps are days without an entry.",
               short_date(first_date, civil_from_date(first_date).year != civil_from_date(last_date).year).c_str(),
               short_date(last_date, true).c_str(), kMaxIntensity);
  }
  TimelineChartOptions opt;
  opt.height_em = ui.narrow ? 9.5f : 11.0f;
  draw_timeline_chart(ui, "timeline", tl, v, opt);

  // What to mark under the chart: medication, and one factor at a time.
  insights_subheading(ui, "Mark on the chart");
  {
    const std::uint32_t seen = ui.insights.timeline_factor_bits;
    Flow flow;
    const char* med = "Medication days##mark";
    flow.next(chip_width(med));
    if (choice_chip(med, v.medication, t)) v.medication = !v.medication;
    if (ui.narrow && seen != 0) {
      // A phone: one drop-down instead of a wall of chips.
      const bool has = v.factor_bit >= 0 && v.factor_bit < static_cast<int>(tl.factor_labels.size());
      const char* preview = has ? tl.factor_labels[static_cast<std::size_t>(v.factor_bit)].c_str() : "Choose a factor";
      ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(em(0.8f), ImGui::GetStyle().FramePadding.y));
      ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, em(1.2f));
      ImGui::SetNextItemWidth(-FLT_MIN);
      ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, em(20.0f)));
      if (combo_begin("##mark-factor", preview, std::string("Factor to mark: ") + preview)) {
        if (combo_option("None##mark-none", !has)) v.factor_bit = -1;
        for (std::size_t f = 0; f < tl.factor_labels.size() && f < 32; ++f) {
          if (!(seen & (1u << f))) continue;
          const std::string label = tl.factor_labels[f] + "##mark-" + tl.factor_ids[f];
          if (combo_option(label.c_str(), v.factor_bit == static_cast<int>(f))) v.factor_bit = static_cast<int>(f);
        }
        ImGui::EndCombo();
      }
      ImGui::PopStyleVar(2);
    } else {
      for (std::size_t f = 0; f < tl.factor_labels.size() && f < 32; ++f) {
        if (!(seen & (1u << f))) continue;
        const std::string label = tl.factor_labels[f] + "##mark-" + tl.factor_ids[f];
        flow.next(chip_width(label.c_str()));
        const bool on = v.factor_bit == static_cast<int>(f);
        if (choice_chip(label.c_str(), on, t)) v.factor_bit = on ? -1 : static_cast<int>(f);
      }
    }
  }
  if (ui.insights.timeline_factor_bits == 0)
    muted_text(t, "Record daily factors (sleep, stress, water...) in Check-in to mark them here.");
  section_end();
}

void draw_insights_calendar(Ui& ui) {
  const Theme& t = ui.theme;
  const analysis::Insights& in = ui.insights.data;
  CalendarView& v = ui.insights_view.calendar;
  section_begin(ui, "##calendar", "Month at a glance", t.accent);
  if (in.charts.calendar.empty()) {
    insights_empty_state(ui, "Each day you record gets a coloured square here: back pain and headache at a glance.");
    section_end();
    return;
  }
  const Date newest = month_start(ui.today);
  const Date oldest = month_start(in.charts.calendar.front().date);
  if (!v.chosen) v.month = newest;
  v.month = std::clamp(v.month, oldest, newest);
  const CivilDate mc = civil_from_date(v.month);

  // Month navigation: previous / title / next on one row, or the title above the two buttons
  // when it does not fit between them (Larger text on a phone).
  {
    const char* prev = "\xE2\x86\x90 Previous##cal";
    const char* next = "Next \xE2\x86\x92##cal";
    char title[40];
    std::snprintf(title, sizeof title, "%s %d", month_name(mc.month), mc.year);
    ImGui::PushFont(ui.font_bold);
    const ImVec2 ts = ImGui::CalcTextSize(title);
    ImGui::PopFont();
    const float avail = ImGui::GetContentRegionAvail().x;
    const float prev_w = chip_width(prev), next_w = chip_width(next);
    const bool between = ts.x + em(1.0f) <= avail - prev_w - next_w;
    if (!between) {
      ImGui::PushFont(ui.font_bold);
      ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - ts.x) * 0.5f);
      ImGui::TextUnformatted(title);
      ImGui::PopFont();
    }
    const ImVec2 row = ImGui::GetCursorScreenPos();
    const float chip_h = chip_height();
    ImGui::BeginDisabled(v.month <= oldest);
    if (choice_chip(prev, false, t)) {
      v.month = month_start(v.month - 1);
      v.chosen = true;
    }
    ImGui::EndDisabled();
    ImGui::SetCursorScreenPos(ImVec2(row.x + avail - next_w, row.y));
    ImGui::BeginDisabled(v.month >= newest);
    if (choice_chip(next, false, t)) {
      v.month = month_start(v.month + 31);
      v.chosen = v.month != newest;
    }
    ImGui::EndDisabled();
    if (between) {
      ImGui::PushFont(ui.font_bold);
      const float mid = row.x + prev_w + (avail - prev_w - next_w) * 0.5f;
      ImGui::GetWindowDrawList()->AddText(ImVec2(mid - ts.x * 0.5f, row.y + (chip_h - ts.y) * 0.5f), t.text, title);
      ImGui::PopFont();
    }
    ImGui::SetCursorScreenPos(ImVec2(row.x, row.y + chip_h + ImGui::GetStyle().ItemSpacing.y));
  }
  const MonthSummary s = summarize_month(in.charts, v.month);
  {
    std::string line;
    char buf[96];
    std::snprintf(buf, sizeof buf, "%d headache day%s", s.headache_days, s.headache_days == 1 ? "" : "s");
    line += buf;
    if (std::isfinite(s.back_mean)) {
      std::snprintf(buf, sizeof buf, "  \xC2\xB7  back pain %.1f/%d on average", s.back_mean, kMaxIntensity);
      line += buf;
    }
    std::snprintf(buf, sizeof buf, "  \xC2\xB7  %d of %d days recorded", s.recorded, s.days_in_month);
    line += buf;
    text_wrapped_color(t.text, line);
  }
  ImGui::Dummy(ImVec2(0, em(0.2f)));
  draw_calendar_month(ui, "calendar", in.charts, v.month, v);
  if (v.has_picked && month_start(v.picked) == v.month) {
    const int i = v.picked - in.charts.calendar.front().date;
    std::string text = format_date_long(v.picked) + ": ";
    if (i < 0 || i >= static_cast<int>(in.charts.calendar.size())) {
      text += "not recorded";
    } else {
      const std::size_t k = static_cast<std::size_t>(i);
      const float b = in.charts.calendar[k].back;
      const float h = in.charts.timeline.headache[k];
      text += "back pain ";
      text += intensity_value_text(b);
      text += ", headache ";
      text += intensity_value_text(h);
    }
    ImGui::PushFont(ui.font_bold);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopFont();
  } else {
    muted_text(t, "%s", ui.narrow ? "Tap a day to see its values." : "Point at or click a day to see its values.");
  }
  section_end();
}

}  // namespace painlink::ui
