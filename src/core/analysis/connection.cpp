#include "core/analysis/connection.hpp"

#include <cmath>

#include "core/analysis/wording.hpp"

namespace painlink::analysis {

namespace {

LinkVerdict verdict_of(const RiskComparison& c) {
  if (!c.enough_data) return LinkVerdict::not_enough_data;
  return c.ci_excludes_one() ? LinkVerdict::linked : LinkVerdict::no_clear_link;
}

// Same-day comparisons use one table; next-day ones are stratified by the headache on the exposure
// day (risk_table.hpp), so a headache spell that began with the flare is not read as "follows".
LinkResult link(const RiskComparison& comparison, const std::string& exposure, int lag, int flare_threshold,
                const char* linked_text, const char* others = nullptr) {
  LinkResult r;
  const TwoByTwo& t = comparison.table;
  r.comparison = comparison;
  set_minimum_detectable_rr(r.comparison, 0.05);
  r.verdict = verdict_of(r.comparison);
  const std::string outcome = outcome_phrase(Outcome::headache, flare_threshold);
  switch (r.verdict) {
    case LinkVerdict::not_enough_data:
      r.sentence = "Not enough data yet: " + missing_data_phrase(t, exposure, outcome) + ".";
      break;
    case LinkVerdict::linked:
      r.sentence = risk_sentence(outcome, exposure, lag, r.comparison, others, "a headache");
      if (r.comparison.relative_risk < 1.0)
        r.sentence += " Headaches were less common on these days.";
      else if (*linked_text)
        r.sentence += std::string(" ") + linked_text;
      break;
    case LinkVerdict::no_clear_link:
      r.sentence = risk_sentence(outcome, exposure, lag, r.comparison, others, "a headache") + " " +
                   no_clear_link_phrase(r.comparison, "headaches");
      break;
  }
  return r;
}

std::vector<std::int8_t> region_vs_none(const DailySeries& s, std::uint8_t region) {
  std::vector<std::int8_t> out(static_cast<std::size_t>(s.days), -1);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const float b = s.back[i];
    if (std::isnan(b)) continue;
    if (b < 1.0f)
      out[i] = 0;
    else if (s.back_regions[i] & region)
      out[i] = 1;
  }
  return out;
}

}  // namespace

const char* to_string(LinkVerdict v) {
  switch (v) {
    case LinkVerdict::linked: return "linked";
    case LinkVerdict::no_clear_link: return "no_clear_link";
    case LinkVerdict::not_enough_data: return "not_enough_data";
  }
  return "not_enough_data";
}

const char* to_string(RegionVerdict v) {
  switch (v) {
    case RegionVerdict::neck_stronger: return "neck_stronger";
    case RegionVerdict::lower_back_stronger: return "lower_back_stronger";
    case RegionVerdict::no_clear_difference: return "no_clear_difference";
    case RegionVerdict::not_enough_data: return "not_enough_data";
  }
  return "not_enough_data";
}

ConnectionResult analyse_connection(const DailySeries& s) {
  ConnectionResult out;
  const auto n = static_cast<std::size_t>(s.days);
  for (std::size_t i = 0; i < n; ++i)
    if (!std::isnan(s.back[i]) && !std::isnan(s.headache[i])) ++out.days_both_recorded;

  const int thr = s.back_flare_threshold;
  const std::string flare = "a back-pain flare (" + std::to_string(thr) + " or more out of 10)";
  const Acf acf_flare = acf(std::span<const std::int8_t>(s.back_flare));
  const Acf acf_headache = acf(std::span<const std::int8_t>(s.headache_day));
  const double deff_flare = design_effect(acf_flare, acf_headache);

  out.same_day = link(compare(count_table(s.back_flare, s.headache_day, 0), deff_flare), flare, 0, thr,
                      "Your back pain and headaches seem to be linked.");
  out.next_day = link(compare_stratified(count_strata(s.back_flare, s.headache_day, s.headache_day, 1), deff_flare),
                      flare, 1, thr, "Headaches seem to follow back-pain flares.");

  // Lagged correlation of intensities.
  const double deff_intensity = design_effect(acf(std::span<const float>(s.back)), acf(std::span<const float>(s.headache)));
  const int days = s.days;
  const double sidak_z = normal_quantile(1.0 - (1.0 - std::pow(0.95, 1.0 / kCorrelationLags)) / 2.0);
  double best_r = -2.0;
  for (int lag = -kMaxCorrelationLag; lag <= kMaxCorrelationLag; ++lag) {
    PearsonAccumulator acc;
    for (int d = 0; d < days; ++d) {
      const int h = d + lag;
      if (h < 0 || h >= days) continue;
      const float b = s.back[static_cast<std::size_t>(d)];
      const float y = s.headache[static_cast<std::size_t>(h)];
      if (std::isnan(b) || std::isnan(y)) continue;
      acc.add(b, y);
    }
    LagCorrelation lc;
    lc.lag = lag;
    lc.correlation = acc.result(deff_intensity);
    fisher_z_ci(lc.correlation.r, lc.correlation.n_effective, lc.ci_low_adjusted, lc.ci_high_adjusted, sidak_z);
    if (lc.correlation.n >= kMinPairedDays && std::isfinite(lc.ci_low_adjusted) && lc.ci_low_adjusted > 0.0 &&
        lc.correlation.r > best_r) {
      best_r = lc.correlation.r;
      out.strongest_lag = lag;
    }
    out.lags.push_back(lc);
  }
  int usable_lags = 0;
  for (const LagCorrelation& lc : out.lags)
    if (lc.correlation.n >= kMinPairedDays && std::isfinite(lc.correlation.r)) ++usable_lags;
  if (out.strongest_lag) {
    const int k = *out.strongest_lag;
    const LagCorrelation& best = out.lags[static_cast<std::size_t>(k + kMaxCorrelationLag)];
    const Correlation& c = best.correlation;
    std::string when;
    if (k == 0)
      when = "on the same day";
    else if (k > 0)
      when = "when back pain came " + plural(k, "day", "days") + " before the headache";
    else
      when = "when the headache came " + plural(-k, "day", "days") + " before the back pain";
    out.lag_sentence = "Back pain and headache rose and fell together most clearly " + when + " (r = " +
                       format_fixed(c.r, 2) + ", between " + format_fixed(best.ci_low_adjusted, 2) + " and " +
                       format_fixed(best.ci_high_adjusted, 2) + " allowing for the 7 timings checked, from " +
                       plural(c.n, "day", "days") + "). This shows timing, not cause.";
  } else if (usable_lags == 0) {
    out.lag_sentence = "Not enough data yet: it needs at least " + std::to_string(kMinPairedDays) +
                       " days with both back pain and headache recorded.";
  } else {
    out.lag_sentence =
        "Back pain and headache did not clearly rise and fall together, on the same day or up to 3 days apart.";
  }

  // Neck vs lower back.
  NeckVsLowerBack& nl = out.neck_vs_lower_back;
  const std::vector<std::int8_t> neck = region_vs_none(s, kRegionNeck);
  const std::vector<std::int8_t> lower = region_vs_none(s, kRegionLowerBack);
  std::vector<std::int8_t> neck_only(n, -1);
  for (std::size_t i = 0; i < n; ++i) {
    if (std::isnan(s.back[i]) || s.back[i] < 1.0f) continue;
    const bool has_neck = s.back_regions[i] & kRegionNeck, has_lower = s.back_regions[i] & kRegionLowerBack;
    if (has_neck != has_lower) neck_only[i] = has_neck ? 1 : 0;
  }
  const double deff_neck = design_effect(acf(std::span<const std::int8_t>(neck)), acf_headache);
  const double deff_lower = design_effect(acf(std::span<const std::int8_t>(lower)), acf_headache);
  const double deff_direct = design_effect(acf(std::span<const std::int8_t>(neck_only)), acf_headache);
  const char* kNoBack = "days without back pain";
  nl.neck = link(compare(count_table(neck, s.headache_day, 0), deff_neck), "neck pain", 0, thr, "", kNoBack);
  nl.lower_back =
      link(compare(count_table(lower, s.headache_day, 0), deff_lower), "lower-back pain", 0, thr, "", kNoBack);
  nl.neck_next_day = link(compare_stratified(count_strata(neck, s.headache_day, s.headache_day, 1), deff_neck),
                          "neck pain", 1, thr,
                          "Neck pain the day before a headache can be an early sign of the attack itself rather "
                          "than its cause.",
                          "after days without back pain");
  nl.neck_vs_lower =
      link(compare(count_table(neck_only, s.headache_day, 0), deff_direct), "neck pain only", 0, thr, "");

  const RiskComparison& d = nl.neck_vs_lower.comparison;
  if (!d.enough_data) {
    nl.verdict = RegionVerdict::not_enough_data;
    nl.sentence = "Not enough data yet to compare neck pain with lower-back pain: " +
                  missing_data_phrase(d.table, "neck pain only (against lower-back pain only)", "a headache") + ".";
  } else if (d.ci_excludes_one()) {
    nl.verdict = d.relative_risk > 1.0 ? RegionVerdict::neck_stronger : RegionVerdict::lower_back_stronger;
    nl.sentence = std::string(d.relative_risk > 1.0 ? "Neck pain was more closely linked to headaches than lower-back pain"
                                                    : "Lower-back pain was more closely linked to headaches than neck pain") +
                  ": you had a headache on " + std::to_string(d.table.a) + " of " +
                  std::to_string(d.exposed_days()) + " neck-pain days (" + format_percent(d.risk_exposed) + ") against " +
                  std::to_string(d.table.c) + " of " + std::to_string(d.unexposed_days()) + " lower-back-pain days (" +
                  format_percent(d.risk_unexposed) + "): " + effect_phrase(d) + " with neck pain (relative risk " +
                  format_ratio(d.relative_risk) + ", 95% CI " + format_ci(d.ci_low, d.ci_high) + ", from " +
                  plural(d.days(), "day", "days") + "). A pattern to discuss with your doctor, not a diagnosis.";
  } else {
    nl.verdict = RegionVerdict::no_clear_difference;
    nl.sentence = "Headaches were about as common with neck pain (" + std::to_string(d.table.a) + " of " +
                  std::to_string(d.exposed_days()) + " days, " + format_percent(d.risk_exposed) +
                  ") as with lower-back pain (" + std::to_string(d.table.c) + " of " +
                  std::to_string(d.unexposed_days()) + " days, " + format_percent(d.risk_unexposed) + "); relative risk " +
                  format_ratio(d.relative_risk) + ", 95% CI " + format_ci(d.ci_low, d.ci_high) + ", from " +
                  plural(d.days(), "day", "days") + ": no clear difference.";
  }
  if (nl.neck_next_day.verdict == LinkVerdict::linked && nl.neck_next_day.comparison.relative_risk > 1.0)
    nl.sentence += " Neck pain the day before a headache can be an early sign of the attack itself rather than its cause.";
  nl.neck_vs_lower.sentence = nl.sentence;
  return out;
}

}  // namespace painlink::analysis
