// Medication days (against the ICHD-3 overuse limits), the headache pattern per month, treatments
// (relief and the weekly trend during care) and where it hurts (body map).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "core/stable_order.hpp"
#include "ui/body_map.hpp"
#include "ui/chart_bars.hpp"
#include "ui/chart_common.hpp"
#include "ui/insights_sections.hpp"
#include "ui/widgets.hpp"

namespace painlink::ui {

namespace {

std::string months_detail(const analysis::MedicationOveruseRow& r) {
  std::string s = "Days per month: ";
  for (std::size_t i = 0; i < r.months.size(); ++i) {
    const auto& m = r.months[i];
    char buf[48];
    std::snprintf(buf, sizeof buf, "%s%s %d%s", i ? ",  " : "", month_short_name(m.month), m.days,
                  m.complete ? "" : " so far");
    s += buf;
  }
  if (!r.ichd_code.empty()) s += "  (ICHD-3 " + r.ichd_code + ")";
  return s;
}

}  // namespace

void draw_insights_medication(Ui& ui) {
  const Theme& t = ui.theme;
  const auto& rows = ui.insights.data.medication_overuse;
  section_begin(ui, "##medication", "Medication days", t.danger);
  std::vector<ThresholdBar> bars;
  std::vector<const analysis::MedicationOveruseRow*> alerts;
  for (const auto& r : rows) {
    int any = 0;
    for (const auto& m : r.months) any += m.days;
    if (any == 0 && r.days_per_month == 0) continue;
    ThresholdBar b;
    b.label = r.label;
    b.value = r.days_per_month;
    b.threshold = r.threshold;
    b.alert = r.at_risk;
    b.color = r.at_risk ? t.danger : r.approaching ? t.warning : t.accent;
    b.detail = months_detail(r);
    if (r.threshold == 0) b.detail += "  \xC2\xB7  no ICHD-3 limit";
    bars.push_back(std::move(b));
    if (r.at_risk || r.approaching) alerts.push_back(&r);
  }
  if (bars.empty()) {
    insights_empty_state(ui, "No medication recorded in the last 3 months. Medication you record in Check-in is "
                             "counted here, one day per day taken.");
    section_end();
    return;
  }
  for (const auto* r : alerts) {  // the sentences name the medicine and give the counts
    if (r->at_risk) banner(t.danger, t.danger_soft, t.text, r->sentence.c_str());
    else banner(t.warning, t.warning_soft, t.text, r->sentence.c_str());
    ImGui::Dummy(ImVec2(0, em(0.2f)));
  }
  draw_threshold_bars(ui, "medication-bars", bars);
  muted_text(t,
             "Days with any dose, whatever the pain was. The vertical line is the limit for medication-overuse "
             "headache (ICHD-3): %d days a month for simple painkillers, %d for triptans, ergots, opioids and "
             "combinations.",
             analysis::kSimpleAnalgesicDays, analysis::kSpecificDrugDays);
  section_end();
}

void draw_insights_pattern(Ui& ui) {
  const Theme& t = ui.theme;
  const analysis::HeadachePattern& p = ui.insights.data.headache_pattern;
  section_begin(ui, "##pattern", "Headache pattern", t.head);
  int recorded = 0;
  for (const auto& m : p.months) recorded += m.recorded_days;
  if (recorded == 0) {
    insights_empty_state(ui, ui.insights.hint_pattern.empty() ? p.sentence : ui.insights.hint_pattern);
    section_end();
    return;
  }
  if (p.chronic_pattern || p.chronic_migraine_like_pattern) {
    char text[400];
    std::snprintf(text, sizeof text,
                  "For your doctor: headaches on 15 or more days a month for %d months in a row%s. Doctors call "
                  "this a chronic pattern (ICHD-3); it is worth discussing at your next appointment.",
                  p.months_chronic,
                  p.chronic_migraine_like_pattern ? ", with 8 or more migraine-like days in each of those months" : "");
    banner(t.head, t.head_soft, t.text, text);
    ImGui::Dummy(ImVec2(0, em(0.2f)));
  }
  text_wrapped_color(t.text_muted, "Headache days in each calendar month (the number above each bar):");
  MonthColumnsOptions opt;
  opt.height_em = ui.narrow ? 8.0f : 9.0f;
  draw_month_columns(ui, "months", p.months, opt);
  text_wrapped_color(t.text, p.sentence);
  int mig = 0, tt = 0, aura = 0, days = 0;
  for (const auto& m : p.months) {
    mig += m.migraine_like_days;
    tt += m.tension_type_like_days;
    aura += m.aura_days;
    days += m.headache_days;
  }
  muted_text(t, "Last %d months: %d headache days, %d migraine-like, %d tension-type-like, %d with aura.",
             static_cast<int>(p.months.size()), days, mig, tt, aura);
  if (!ui.insights.hint_pattern.empty()) muted_text(t, "%s", ui.insights.hint_pattern.c_str());
  muted_text(t, "Features that fit the ICHD-3 criteria, counted from your entries: not a diagnosis. The dashed "
                "line marks 15 days a month.");
  section_end();
}

void draw_insights_treatments(Ui& ui) {
  const Theme& t = ui.theme;
  const analysis::TreatmentSummary& s = ui.insights.data.treatments;
  section_begin(ui, "##treatments", "Treatments", t.ok);
  if (ui.insights.data.specialist.suggest) {
    banner(t.warning, t.warning_soft, t.text, ui.insights.data.specialist.sentence.c_str());
    ImGui::Dummy(ImVec2(0, em(0.2f)));
  }
  if (!s.care_start) {
    insights_empty_state(ui, "No treatments recorded yet. Add what you use (medication, heat, stretching...) in "
                             "Check-in, with how much it helped, to see it here.");
    section_end();
    return;
  }
  TwoColumns two;
  const bool cols = columns_begin(ui, two, "##treatment-cols");
  insights_subheading(ui, "What you used and how much it helped");
  draw_relief_rows(ui, "by-type", s.by_type);
  if (s.by_name.size() >= 2) {  // one medicine is already the "Medication" row
    insights_subheading(ui, "Medicines");
    draw_relief_rows(ui, "by-name", s.by_name);
  }
  if (cols) columns_next(two);
  insights_subheading(ui, "Pain week by week since you started");
  if (s.weekly.size() >= 2) {
    draw_weekly_trend(ui, "weekly", s.weekly);
  } else {
    muted_text(t, "The weekly chart appears after two weeks of treatment records.");
  }
  text_wrapped_color(t.text, s.sentence);
  if (!ui.insights.hint_treatments.empty()) muted_text(t, "%s", ui.insights.hint_treatments.c_str());
  if (cols) columns_end(two);
  muted_text(t, "Relief is your own rating. Treated and untreated days are not compared: people treat their worst "
                "days, so such a comparison would mislead.");
  section_end();
}

void draw_insights_body_map(Ui& ui) {
  const Theme& t = ui.theme;
  const analysis::BodyMap& map = ui.insights.data.body_map;
  section_begin(ui, "##bodymap", "Where it hurts", t.back);
  int recorded = 0;
  for (const auto& r : map.regions) recorded = std::max(recorded, r.recorded_days);
  if (recorded == 0) {
    insights_empty_state(ui, "Tick where your back hurts and which side your headache is on in Check-in; the "
                             "places that hurt most often will be shaded here.");
    section_end();
    return;
  }
  muted_text(t, "Last %d days (%s to %s), seen from behind. Darker = more often.", map.to - map.from + 1,
             format_date_long(map.from).c_str(), format_date_long(map.to).c_str());
  const RegionShares shares = region_shares(map);
  TwoColumns two;
  const bool cols = columns_begin(ui, two, "##bodymap-cols", 1.0f, 1.2f);
  BodyMapFrequencyOptions bm;
  bm.height_em = 16.0f;
  draw_body_map_frequency(ui, shares, "frequency", bm);
  if (cols) columns_next(two);
  else ImGui::Dummy(ImVec2(0, em(0.3f)));
  // The same numbers as a list (exact values, and readable without the figure).
  std::vector<const analysis::RegionStat*> sorted;
  for (const auto& r : map.regions) sorted.push_back(&r);
  stable_sort_by(sorted, [](const auto* a, const auto* b) {
    const double sa = std::isfinite(a->share) ? a->share : -1, sb = std::isfinite(b->share) ? b->share : -1;
    return sa > sb;
  });
  for (const auto* r : sorted) {
    if (r->recorded_days == 0 || r->days == 0) continue;
    const bool head = r->region == analysis::BodyRegion::head_left || r->region == analysis::BodyRegion::head_right ||
                      r->region == analysis::BodyRegion::head_both;
    char buf[200];
    if (std::isfinite(r->mean_intensity))
      std::snprintf(buf, sizeof buf, "%s: %s of recorded days (%d of %d), on average %.1f/%d", analysis::label(r->region),
                    percent_text(r->share).c_str(), r->days, r->recorded_days, r->mean_intensity, kMaxIntensity);
    else
      std::snprintf(buf, sizeof buf, "%s: %s of recorded days (%d of %d)", analysis::label(r->region),
                    percent_text(r->share).c_str(), r->days, r->recorded_days);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float r_dot = em(0.28f);
    dl->AddCircleFilled(ImVec2(p.x + r_dot, p.y + ImGui::GetTextLineHeight() * 0.5f), r_dot, head ? t.head : t.back);
    ImGui::SetCursorScreenPos(ImVec2(p.x + 2 * r_dot + em(0.4f), p.y));
    text_wrapped_color(t.text, buf);
  }
  if (map.headache_side_unknown > 0)
    muted_text(t, "%d headache day%s without a side recorded.", map.headache_side_unknown,
               map.headache_side_unknown == 1 ? "" : "s");
  if (cols) columns_end(two);
  section_end();
}

}  // namespace painlink::ui
