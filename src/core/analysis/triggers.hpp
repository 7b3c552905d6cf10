// Possible triggers (src/core/analysis/README.md "Triggers").
//
// For every factor (daily_series.hpp: 10 built-in cut-offs + each custom yes/no factor) x outcome
// (headache day, headache onset, back-pain flare) x lag (0, 1, 2 days: factor on day d - lag,
// outcome on day d) one 2x2 comparison (risk_table.hpp): counts, absolute risks, RR with its score
// 95% CI, score p-value, each with the autocorrelation design effect. Headache onset is defined
// only on days that follow a recorded headache-free day, so it asks "does the factor come before a
// *new* headache" without counting the later days of an attack.
//
// Lags 1 and 2 are stratified by the pain on the exposure day (headache day for the headache
// outcomes, flare for back pain; unknown is its own stratum): pain comes in spells, so a habit the
// pain changes (skipping exercise on headache days) would otherwise "predict" the next days' pain.
// Within days that started in the same state that path is closed; a factor that really raises the
// next day's risk still shows.
//
// Multiple testing: Benjamini-Hochberg over ALL comparisons that reached the minimum sample (those
// below it are not tests and get no p-value), false discovery rate q = 0.10.
// Verdict:
//   not_enough_data     below the minimum sample (risk_table.hpp)
//   possible_trigger    q <= 0.10 AND the 95% CI lies above 1
//   possible_protector  q <= 0.10 AND the 95% CI lies below 1
//   no_clear_link       otherwise
// Requiring the CI as well as q keeps the verdict consistent with the numbers in the sentence.
// The sentence gives the counts first, then the plain range, then the statistics; a pattern is
// "to discuss with your doctor", never a cause. A row with no clear link says how strong a factor
// would have to be to stand out here (comparison.minimum_detectable_rr: 80% power at level
// q / m, m = comparisons with enough data, roughly what BH needs for a single real effect), so
// "no clear link" is not read as "no link".
//
// Caveats carried as flags (and said in the sentence of a trigger/protector):
//   premonitory: headache outcomes, lag 0 or 1, factors that can be early symptoms of the attack
//     itself (tiredness/short sleep, appetite change/skipped meal, light sensitivity/eye strain at
//     the screen; Giffin et al. Neurology 2003;60:935; Karsan & Goadsby, Curr Opin Neurol 2018).
//   reverse_causation_possible: lag 0, factors the pain can change the same day (screen time,
//     sitting, water, caffeine, alcohol, exercise, meals, stress, custom factors).
#pragma once

#include <string>
#include <vector>

#include "core/analysis/daily_series.hpp"
#include "core/analysis/risk_table.hpp"

namespace painlink::analysis {

enum class Verdict { possible_trigger, possible_protector, no_clear_link, not_enough_data };
const char* to_string(Verdict v);

inline constexpr double kFalseDiscoveryRate = 0.10;
inline constexpr int kTriggerLags[] = {0, 1, 2};
inline constexpr Outcome kTriggerOutcomes[] = {Outcome::headache, Outcome::headache_onset, Outcome::back_pain};
inline constexpr int kPremonitoryMaxLag = 1;

struct TriggerResult {
  std::string factor;  // "short_sleep", "custom:red wine"
  std::string label;   // "Under 6 h sleep"
  bool custom = false;
  Outcome outcome = Outcome::headache;
  int lag_days = 0;
  RiskComparison comparison;
  double q_value = 0.0;  // NaN unless comparison.enough_data
  Verdict verdict = Verdict::not_enough_data;
  bool premonitory = false;
  bool reverse_causation_possible = false;
  std::string sentence;
};

// Rows in the order factor (as in s.factors) x outcome (kTriggerOutcomes) x lag (kTriggerLags).
std::vector<TriggerResult> analyse_triggers(const DailySeries& s);

// The outcome series of s for an outcome.
const std::vector<std::int8_t>& outcome_series(const DailySeries& s, Outcome o);

}  // namespace painlink::analysis
