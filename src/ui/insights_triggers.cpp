// "What comes before bad days?": each factor's relative risk with its 95% CI for one outcome and
// lag (chips), verdict colours, the analysis' sentence per row, and the multiple-testing note.
#include <algorithm>
#include <cmath>
#include <string>

#include "core/stable_order.hpp"
#include "ui/chart_common.hpp"
#include "ui/chart_forest.hpp"
#include "ui/insights_sections.hpp"
#include "ui/widgets.hpp"

namespace painlink::ui {

namespace {

int verdict_rank(analysis::Verdict v) {
  switch (v) {
    case analysis::Verdict::possible_trigger: return 0;
    case analysis::Verdict::possible_protector: return 1;
    case analysis::Verdict::no_clear_link: return 2;
    case analysis::Verdict::not_enough_data: return 3;
  }
  return 3;
}

// Rows for the chosen outcome and lag, rebuilt only when the analysis or the choice changes.
void refresh_rows(Ui& ui) {
  TriggerView& v = ui.insights_view.triggers;
  if (v.rows_generation == ui.insights.generation && v.rows_outcome == v.outcome && v.rows_lag == v.lag) return;
  v.rows_generation = ui.insights.generation;
  v.rows_outcome = v.outcome;
  v.rows_lag = v.lag;
  v.rows.clear();
  v.rows_with_data = 0;
  std::vector<std::pair<double, ForestRow>> sorted;
  for (const analysis::TriggerResult& r : ui.insights.data.triggers) {
    if (r.outcome != v.outcome || r.lag_days != v.lag) continue;
    ForestRow row;
    row.label = r.label;
    row.factor = r.factor;
    row.relative_risk = r.comparison.enough_data ? r.comparison.relative_risk : NAN;
    row.ci_low = r.comparison.ci_low;
    row.ci_high = r.comparison.ci_high;
    row.verdict = r.verdict;
    row.premonitory = r.premonitory;
    row.sentence = r.sentence;
    if (r.comparison.enough_data) ++v.rows_with_data;
    sorted.emplace_back(std::isfinite(r.comparison.p_value) ? r.comparison.p_value : 2.0, row);
  }
  stable_sort_by(sorted, [](const auto& a, const auto& b) {
    const int ra = verdict_rank(a.second.verdict), rb = verdict_rank(b.second.verdict);
    return ra != rb ? ra < rb : a.first < b.first;
  });
  for (auto& s : sorted) v.rows.push_back(s.second);
}

const char* outcome_explanation(analysis::Outcome o) {
  switch (o) {
    case analysis::Outcome::headache: return "Outcome: a day with a headache.";
    case analysis::Outcome::headache_onset: return "Outcome: a new headache, starting after a headache-free day.";
    case analysis::Outcome::back_pain: return "Outcome: a back-pain flare day.";
  }
  return "";
}

}  // namespace

void draw_insights_triggers(Ui& ui) {
  const Theme& t = ui.theme;
  TriggerView& v = ui.insights_view.triggers;
  section_begin(ui, "##triggers", "What comes before bad days?", t.warning);
  if (!ui.insights.any_trigger_data) {
    std::string hint = ui.insights.hint_triggers;
    if (hint.empty())
      hint = "Record your daily factors (sleep, stress, water, screen time and so on) with your pain: each factor "
             "needs at least 5 days with it and 5 without before it can be compared.";
    insights_empty_state(ui, hint);
    section_end();
    return;
  }
  ImGui::TextUnformatted(
      "Each factor is compared between days with it and days without it: how much more (or less) likely the "
      "pain was.");
  ImGui::Dummy(ImVec2(0, em(0.2f)));
  {
    struct O {
      analysis::Outcome o;
      const char* label;
    };
    static const O kOutcomes[] = {{analysis::Outcome::headache, "Headache##trigger-outcome"},
                                  {analysis::Outcome::headache_onset, "New headache##trigger-outcome"},
                                  {analysis::Outcome::back_pain, "Back-pain flare##trigger-outcome"}};
    Flow flow;
    for (const O& o : kOutcomes) {
      flow.next(chip_width(o.label));
      if (choice_chip(o.label, v.outcome == o.o, t)) {
        v.outcome = o.o;
        v.chosen = true;
      }
    }
  }
  {
    static const char* kLags[] = {"Same day##trigger-lag", "1 day before##trigger-lag", "2 days before##trigger-lag"};
    Flow flow;
    for (int lag = 0; lag < 3; ++lag) {
      flow.next(chip_width(kLags[lag]));
      if (choice_chip(kLags[lag], v.lag == lag, t)) {
        v.lag = lag;
        v.chosen = true;
      }
    }
  }
  std::string explain = outcome_explanation(v.outcome);
  explain += v.lag == 0 ? " Factor on the same day." : v.lag == 1 ? " Factor on the day before." : " Factor two days before.";
  muted_text(t, "%s", explain.c_str());
  refresh_rows(ui);

  if (v.rows_with_data == 0) {
    insights_empty_state(ui, "Not enough data yet for this outcome and timing: each factor needs at least 5 days "
                             "with it and 5 without, and some days with and some without the pain.");
  } else {
    const std::span<const ForestRow> shown(v.rows.data(),
                                           static_cast<std::size_t>(v.show_without_data ? static_cast<int>(v.rows.size())
                                                                                        : v.rows_with_data));
    // A phone shows the sentence of possible triggers and protectors; other rows fold (tap to open).
    for (ForestRow& r : v.rows) {
      const bool verdict = r.verdict == analysis::Verdict::possible_trigger ||
                           r.verdict == analysis::Verdict::possible_protector;
      r.details = !ui.narrow || verdict ||
                  std::find(v.unfolded.begin(), v.unfolded.end(), r.factor) != v.unfolded.end();
    }
    ImGui::Dummy(ImVec2(0, em(0.3f)));
    const int tapped = draw_forest_plot(ui, "forest", shown);
    if (tapped >= 0 && ui.narrow) {
      const std::string factor(v.rows[static_cast<std::size_t>(tapped)].factor);
      auto it = std::find(v.unfolded.begin(), v.unfolded.end(), factor);
      if (it != v.unfolded.end()) v.unfolded.erase(it);
      else v.unfolded.push_back(factor);
    }
    // Verdict colours.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 p = ImGui::GetCursorScreenPos();
    const float left = p.x, right = p.x + ImGui::GetContentRegionAvail().x;
    const float y0 = p.y;
    for (analysis::Verdict verdict : {analysis::Verdict::possible_trigger, analysis::Verdict::possible_protector,
                                      analysis::Verdict::no_clear_link, analysis::Verdict::not_enough_data})
      legend_entry(dl, p, left, right, Swatch::square, verdict_color(t, verdict), verdict_label(verdict), t.text);
    ImGui::Dummy(ImVec2(right - left, legend_height(y0, p)));
  }
  const int without = static_cast<int>(v.rows.size()) - v.rows_with_data;
  if (without > 0 && v.rows_with_data > 0) {
    char label[80];
    std::snprintf(label, sizeof label, "%s factors without enough data (%d)##trigger-more",
                  v.show_without_data ? "Hide" : "Show", without);
    if (choice_chip(label, v.show_without_data, t)) v.show_without_data = !v.show_without_data;
  }
  muted_text(t,
             "Checked for chance findings across every factor, outcome and timing (Benjamini\xE2\x80\x93Hochberg "
             "correction, false discovery rate %.0f%%). A possible trigger is a pattern, not proof of cause.",
             analysis::kFalseDiscoveryRate * 100.0);
  section_end();
}

}  // namespace painlink::ui
