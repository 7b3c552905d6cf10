// "Are my back pain and headaches connected?": same-day and next-day comparison (percent of days
// with a headache after / on flare days vs other days, relative risk with its CI), which tends to
// come first (lagged correlation), and neck vs lower back.
#include <cmath>
#include <string>
#include <vector>

#include "ui/chart_bars.hpp"
#include "core/analysis/wording.hpp"
#include "ui/chart_common.hpp"
#include "ui/insights_sections.hpp"
#include "ui/widgets.hpp"

namespace painlink::ui {

namespace {

void verdict_line(Ui& ui, const analysis::LinkResult& r) {
  const Theme& t = ui.theme;
  const auto& c = r.comparison;
  const bool protective = std::isfinite(c.relative_risk) && c.relative_risk < 1.0;
  const ImU32 vc = link_color(t, r.verdict, protective);
  const char* label = r.verdict == analysis::LinkVerdict::linked
                          ? (protective ? "Linked: fewer headaches" : "Linked")
                          : link_label(r.verdict);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const ImVec2 ps = draw_pill(dl, p, label, mix_color(t.card, vc, 0.18f), mix_color(vc, t.text, 0.25f));
  float x = p.x + ps.x + em(0.6f);
  if (c.enough_data && std::isfinite(c.relative_risk)) {
    const std::string rr =
        "Relative risk " + analysis::format_ratio(c.relative_risk) + "  (95% CI " + analysis::format_ci(c.ci_low, c.ci_high) + ")";
    const float avail_right = p.x + ImGui::GetContentRegionAvail().x;
    const ImVec2 rs = ImGui::CalcTextSize(rr.c_str());
    if (x + rs.x <= avail_right) {
      dl->AddText(ImVec2(x, p.y + em(0.15f)), t.text_muted, rr.c_str());
      ImGui::Dummy(ImVec2(0, ps.y));
    } else {
      ImGui::Dummy(ImVec2(0, ps.y));
      text_wrapped_color(t.text_muted, rr);
    }
  } else {
    ImGui::Dummy(ImVec2(0, ps.y));
  }
  (void)x;
}

void risk_bars(Ui& ui, const char* id, const analysis::RiskComparison& c, const std::string& exposed_label,
               const std::string& other_label) {
  const Theme& t = ui.theme;
  const ShareBar bars[] = {
      {exposed_label, c.risk_exposed, c.table.a, c.exposed_days(), t.head},
      {other_label, c.risk_unexposed, c.table.c, c.unexposed_days(), mix_color(t.card, t.head, 0.5f)},
  };
  draw_share_bars(ui, id, bars);
}

void same_and_next_day(Ui& ui) {
  const Theme& t = ui.theme;
  const analysis::Insights& in = ui.insights.data;
  const analysis::ConnectionResult& c = in.connection;
  const std::string flare = "a back-pain flare (" + std::to_string(in.back_flare_threshold) + "+ out of " + std::to_string(kMaxIntensity) + ")";

  insights_subheading(ui, "On the same day");
  verdict_line(ui, c.same_day);
  text_wrapped_color(t.text, c.same_day.sentence);
  ImGui::Dummy(ImVec2(0, em(0.2f)));
  risk_bars(ui, "same-day", c.same_day.comparison, "Headache on days with " + flare, "Headache on other days");

  insights_subheading(ui, "The next day");
  verdict_line(ui, c.next_day);
  text_wrapped_color(t.text_muted, c.next_day.sentence);
  ImGui::Dummy(ImVec2(0, em(0.2f)));
  risk_bars(ui, "next-day", c.next_day.comparison, "Headache the day after a flare", "Headache the day after other days");
}

void timing_and_regions(Ui& ui) {
  const Theme& t = ui.theme;
  const analysis::ConnectionResult& c = ui.insights.data.connection;
  insights_subheading(ui, "Which tends to come first?");
  draw_lag_chart(ui, "lags", c.lags, c.strongest_lag);
  text_wrapped_color(t.text, c.lag_sentence);

  insights_subheading(ui, "Neck or lower back?");
  const analysis::NeckVsLowerBack& nl = c.neck_vs_lower_back;
  const ShareBar bars[] = {
      {"Headache on days with neck pain", nl.neck.comparison.risk_exposed, nl.neck.comparison.table.a,
       nl.neck.comparison.exposed_days(), t.back},
      {"Headache on days with lower-back pain", nl.lower_back.comparison.risk_exposed, nl.lower_back.comparison.table.a,
       nl.lower_back.comparison.exposed_days(), mix_color(t.card, t.back, 0.7f)},
      {"Headache on days without back pain", nl.neck.comparison.risk_unexposed, nl.neck.comparison.table.c,
       nl.neck.comparison.unexposed_days(), mix_color(t.card, t.text_muted, 0.45f)},
  };
  draw_share_bars(ui, "regions", bars);
  text_wrapped_color(t.text, nl.sentence);
  if (nl.neck_next_day.verdict == analysis::LinkVerdict::linked && nl.neck_next_day_premonitory)
    text_wrapped_color(t.text_muted, nl.neck_next_day.sentence);
}

}  // namespace

void draw_insights_connection(Ui& ui) {
  const Theme& t = ui.theme;
  const analysis::Insights& in = ui.insights.data;
  const analysis::ConnectionResult& c = in.connection;
  section_begin(ui, "##connection", "Are my back pain and headaches connected?", t.accent);
  if (!c.same_day.comparison.enough_data) {
    insights_empty_state(ui, ui.insights.hint_connection.empty() ? c.same_day.sentence : ui.insights.hint_connection);
    if (c.days_both_recorded == 0) {
      section_end();
      return;
    }
  }
  TwoColumns cols;
  if (columns_begin(ui, cols, "##connection-cols")) {
    same_and_next_day(ui);
    columns_next(cols);
    timing_and_regions(ui);
    columns_end(cols);
  } else {
    same_and_next_day(ui);
    timing_and_regions(ui);
  }
  section_end();
}

}  // namespace painlink::ui
