// Is back pain connected with headache? (src/core/analysis/README.md "Connection")
//
//  - same_day (the primary analysis, it sets the headline verdict): exposure = back-pain flare
//    (back intensity >= Settings.back_flare_threshold) on day d, outcome = headache (intensity >= 1)
//    on day d. Days count only when both sections are recorded.
//  - next_day: flare on day d, headache on day d+1 (secondary), stratified by the headache on day
//    d: headaches come in spells, so a spell that began with the flare would otherwise read as
//    "headaches follow flares" (risk_table.hpp, count_strata).
//  - lagged correlation of the two daily intensities (0-10) for lags -3..+3: Pearson r between
//    back[d] and headache[d+lag], so a positive lag means back pain comes first. Fisher-z 95% CI
//    with the Bartlett design effect of the two series (pain runs in spells and drifts). Descriptive:
//    the "strongest lag" is the lag with the highest r among those (n >= 14) whose simultaneous
//    CI over the 7 lags lies above 0 (Sidak: level 0.95^(1/7) each, z = 2.69), because it is the
//    best of 7 looks; the sentence reports that adjusted CI. It shows timing, not cause.
//  - neck vs lower back: headache on days with neck pain (back intensity >= 1 with the neck region)
//    vs days with no back pain at all (back intensity 0), and the same for lower-back pain; days
//    with both regions count in both. The direct comparison uses only back-pain days with exactly
//    one of the two regions: neck-only vs lower-back-only days (disjoint groups, one RR and CI).
//    neck_next_day: neck pain on day d vs no back pain on day d, headache on d+1 (stratified like
//    next_day); neck pain before a
//    headache can be an early (premonitory) symptom of the attack itself (Giffin et al., Neurology
//    2003;60:935), so it is flagged as such and never called a cause.
// Verdicts: not_enough_data below the minimum sample of risk_table.hpp (14 paired days, 5 flare and
// 5 non-flare days, 3 days with and 3 without a headache); linked when the score 95% CI excludes 1
// (either direction; the sentence says which); otherwise no_clear_link, whose sentence gives the
// RR that would have had 80% power at the 5% level here (comparison.minimum_detectable_rr), so it
// does not read as reassurance when the data could not have shown a link.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/analysis/daily_series.hpp"
#include "core/analysis/risk_table.hpp"

namespace painlink::analysis {

enum class LinkVerdict { linked, no_clear_link, not_enough_data };
const char* to_string(LinkVerdict v);

struct LinkResult {
  RiskComparison comparison;
  LinkVerdict verdict = LinkVerdict::not_enough_data;
  std::string sentence;
};

struct LagCorrelation {
  int lag = 0;  // > 0: back pain first
  Correlation correlation;  // with its own (pointwise) 95% CI
  // Simultaneous CI over the 7 lags (Sidak: each at 1 - 0.05/7 approximately, 99.27%): the one
  // used to pick and to report the strongest lag, so picking the best of 7 does not make chance
  // look like timing.
  double ci_low_adjusted = 0.0;
  double ci_high_adjusted = 0.0;
};

enum class RegionVerdict { neck_stronger, lower_back_stronger, no_clear_difference, not_enough_data };
const char* to_string(RegionVerdict v);

struct NeckVsLowerBack {
  LinkResult neck;            // neck-pain days vs no-back-pain days, same day
  LinkResult lower_back;      // lower-back-pain days vs no-back-pain days, same day
  LinkResult neck_vs_lower;   // neck-only vs lower-back-only days (RR > 1: neck links more)
  LinkResult neck_next_day;   // neck pain day d vs no back pain, headache day d+1
  bool neck_next_day_premonitory = true;
  RegionVerdict verdict = RegionVerdict::not_enough_data;
  std::string sentence;
};

struct ConnectionResult {
  int days_both_recorded = 0;  // back and headache recorded on the same day
  LinkResult same_day;
  LinkResult next_day;
  std::vector<LagCorrelation> lags;  // -3..+3 in order
  std::optional<int> strongest_lag;
  std::string lag_sentence;
  NeckVsLowerBack neck_vs_lower_back;
};

inline constexpr int kMaxCorrelationLag = 3;
inline constexpr int kCorrelationLags = 2 * kMaxCorrelationLag + 1;

ConnectionResult analyse_connection(const DailySeries& s);

}  // namespace painlink::analysis
