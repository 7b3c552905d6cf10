// One exposure-vs-outcome comparison over days: the 2x2 table, absolute risks, RR with 95% CI,
// p-value, and whether there is enough data to say anything. Shared by connection.* and triggers.*.
//
// Pairing: exposure on day d - lag, outcome on day d; a day counts only when both are known.
//
// Statistics (stats.hpp): the score (Miettinen-Nurminen) test and CI for the RR, with the
// autocorrelation design effect. Test and CI come from one statistic, so the CI excludes 1 exactly
// when p < 0.05, and a zero cell (12 of 20 against 0 of 68) gives a CI that is finite on the side
// that matters (ci_high = +inf) instead of a Haldane-shrunk Wald interval that hides the evidence.
//
// Optional strata (count_strata): the days can be split by the outcome's state on the exposure
// day (d - lag). Pain comes in spells, so a habit the pain changes (no exercise on headache days)
// is followed by more pain days simply because the spell goes on; comparing only days that started
// in the same state (Mantel-Haenszel weights, stratified score statistic) removes that path.
// Absolute risks and counts shown to the patient are always the pooled, uncorrected ones.
//
// Minimum sample (src/core/analysis/README.md "2x2 comparisons", the "Minimum data" rule): a comparison is evaluated
// only with
//   >= kMinPairedDays (14) paired days, >= kMinGroupDays (5) exposed AND >= 5 unexposed days,
//   >= kMinEvents (3) days with the outcome AND >= kMinEvents (3) days without it.
// Below that the verdict is "not enough data": counts and absolute risks are kept (descriptive),
// but no RR, CI or p-value is produced (they are NaN, JSON null).
#pragma once

#include <cstdint>
#include <optional>
#include <span>

#include "core/analysis/stats.hpp"

namespace painlink::analysis {

inline constexpr int kMinPairedDays = 14;
inline constexpr int kMinGroupDays = 5;
inline constexpr int kMinEvents = 3;

enum class Outcome : std::uint8_t { headache, headache_onset, back_pain };
const char* to_string(Outcome o);

struct RiskComparison {
  TwoByTwo table;             // a: exposed+outcome, b: exposed only, c: outcome only, d: neither
  double risk_exposed = 0.0;  // a / (a + b), uncorrected; NaN for an empty group
  double risk_unexposed = 0.0;
  double relative_risk = 0.0;  // NaN unless enough_data
  double ci_low = 0.0;
  double ci_high = 0.0;
  double p_value = 0.0;        // NaN unless enough_data
  double design_effect = 1.0;
  bool corrected = false;      // no finite Mantel-Haenszel RR (zero margin): Haldane-corrected point estimate
  bool used_fisher = false;    // always false: the score test serves every table
  bool enough_data = false;
  bool stratified = false;     // compared within strata of the outcome's state on the exposure day
  int strata = 1;              // strata that held both exposed and unexposed days
  // The RR that would have about 80% power here (set by the caller, who knows the multiple-testing
  // level); NaN when not enough data or when even a certain outcome would not stand out.
  double minimum_detectable_rr = 0.0;

  int days() const { return table.total(); }
  int exposed_days() const { return table.exposed(); }
  int unexposed_days() const { return table.unexposed(); }
  // True when enough_data and the 95% CI lies entirely above or below 1 (an open side counts).
  bool ci_excludes_one() const;
};

bool enough_data(const TwoByTwo& t);

// About how many more paired days are needed to reach the minimum, if the days to come look like
// the ones so far: 0 when already enough, kMinPairedDays when nothing is recorded yet, nullopt when
// a needed group (e.g. flare days) has not occurred at all, so no estimate is possible.
std::optional<int> days_needed(const TwoByTwo& t);

// Counts the table (no allocation) and computes the statistics.
TwoByTwo count_table(std::span<const std::int8_t> exposure, std::span<const std::int8_t> outcome, int lag);
RiskComparison compare(const TwoByTwo& t, double design_effect);

// Strata by state[d - lag] (0, 1, unknown) for outcome day d; the pooled table is their sum.
struct StratifiedTable {
  TwoByTwo pooled;
  TwoByTwo strata[3];
};
StratifiedTable count_strata(std::span<const std::int8_t> exposure, std::span<const std::int8_t> outcome,
                             std::span<const std::int8_t> state, int lag);
RiskComparison compare_stratified(const StratifiedTable& t, double design_effect);

// Fills c.minimum_detectable_rr for a two-sided test at level alpha with 80% power, from the
// comparison's exposed / unexposed days, its overall outcome risk (the baseline if the factor did
// nothing) and its design effect.
void set_minimum_detectable_rr(RiskComparison& c, double alpha);

}  // namespace painlink::analysis
