#include "core/analysis/triggers.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/analysis/wording.hpp"

namespace painlink::analysis {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

const char* outcome_plural(Outcome o) {
  switch (o) {
    case Outcome::headache: return "headaches";
    case Outcome::headache_onset: return "new headaches";
    case Outcome::back_pain: return "back-pain flares";
  }
  return "headaches";
}

std::string when_phrase(int lag) {
  if (lag <= 0) return "on days with";
  if (lag == 1) return "the day after a day with";
  if (lag == 2) return "two days after a day with";
  return std::to_string(lag) + " days after a day with";
}

bool is_headache_outcome(Outcome o) { return o == Outcome::headache || o == Outcome::headache_onset; }

// The pain state on the exposure day that lagged comparisons are stratified by.
const std::vector<std::int8_t>& state_series(const DailySeries& s, Outcome o) {
  return o == Outcome::back_pain ? s.back_flare : s.headache_day;
}
const char* state_phrase(Outcome o) { return o == Outcome::back_pain ? "a back-pain flare" : "a headache"; }

}  // namespace

const char* to_string(Verdict v) {
  switch (v) {
    case Verdict::possible_trigger: return "possible_trigger";
    case Verdict::possible_protector: return "possible_protector";
    case Verdict::no_clear_link: return "no_clear_link";
    case Verdict::not_enough_data: return "not_enough_data";
  }
  return "not_enough_data";
}

const std::vector<std::int8_t>& outcome_series(const DailySeries& s, Outcome o) {
  switch (o) {
    case Outcome::headache: return s.headache_day;
    case Outcome::headache_onset: return s.headache_onset;
    case Outcome::back_pain: return s.back_flare;
  }
  return s.headache_day;
}

std::vector<TriggerResult> analyse_triggers(const DailySeries& s) {
  constexpr std::size_t kOutcomes = std::size(kTriggerOutcomes);
  constexpr std::size_t kLags = std::size(kTriggerLags);
  std::vector<TriggerResult> rows;
  rows.reserve(s.factors.size() * kOutcomes * kLags);

  Acf outcome_acf[kOutcomes];
  for (std::size_t o = 0; o < kOutcomes; ++o)
    outcome_acf[o] = acf(std::span<const std::int8_t>(outcome_series(s, kTriggerOutcomes[o])));

  for (const FactorSeries& f : s.factors) {
    // A factor never recorded gives rows without data; skip the ACF work for it.
    const Acf factor_acf = f.known_days > 0 ? acf(std::span<const std::int8_t>(f.exposed)) : Acf{};
    const bool premonitory_factor = !f.custom && factor_info(static_cast<BuiltinFactor>(f.builtin)).premonitory;
    const bool changeable = f.custom || factor_info(static_cast<BuiltinFactor>(f.builtin)).pain_can_change_it;
    for (std::size_t o = 0; o < kOutcomes; ++o) {
      const Outcome outcome = kTriggerOutcomes[o];
      const std::vector<std::int8_t>& y = outcome_series(s, outcome);
      const double deff = design_effect(factor_acf, outcome_acf[o]);
      for (const int lag : kTriggerLags) {
        TriggerResult r;
        r.factor = f.id;
        r.label = f.label;
        r.custom = f.custom;
        r.outcome = outcome;
        r.lag_days = lag;
        // Lag 0: one table. Lags >= 1: strata by the pain state on the exposure day, so that a
        // habit the pain changes is not credited with the rest of the spell.
        r.comparison = lag == 0 ? compare(count_table(f.exposed, y, lag), deff)
                                : compare_stratified(count_strata(f.exposed, y, state_series(s, outcome), lag), deff);
        r.q_value = kNaN;
        r.premonitory = premonitory_factor && is_headache_outcome(outcome) && lag <= kPremonitoryMaxLag;
        r.reverse_causation_possible = changeable && lag == 0;
        rows.push_back(std::move(r));
      }
    }
  }

  std::vector<double> p(rows.size(), kNaN);
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (rows[i].comparison.enough_data) p[i] = rows[i].comparison.p_value;
  const std::vector<double> q = benjamini_hochberg(p);
  // Level a single real effect must reach to pass BH as the smallest p among m tests: q / m.
  int tests = 0;
  for (const double v : p) tests += std::isfinite(v);
  const double detect_alpha = kFalseDiscoveryRate / std::max(1, tests);

  for (std::size_t i = 0; i < rows.size(); ++i) {
    TriggerResult& r = rows[i];
    const RiskComparison& c = r.comparison;
    const std::string& exposure = s.factors[i / (kOutcomes * kLags)].exposure;
    const std::string outcome = outcome_phrase(r.outcome, s.back_flare_threshold);
    if (!c.enough_data) {
      r.verdict = Verdict::not_enough_data;
      r.sentence = std::string("Not enough data yet to tell whether ") + outcome_plural(r.outcome) +
                   " are more common " + when_phrase(r.lag_days) + " " + exposure + ": " +
                   missing_data_phrase(c.table, exposure, outcome) + ".";
      continue;
    }
    r.q_value = q[i];
    set_minimum_detectable_rr(r.comparison, detect_alpha);
    const bool significant = std::isfinite(r.q_value) && r.q_value <= kFalseDiscoveryRate && c.ci_excludes_one();
    if (significant)
      r.verdict = c.relative_risk > 1.0 ? Verdict::possible_trigger : Verdict::possible_protector;
    else
      r.verdict = Verdict::no_clear_link;
    r.sentence = risk_sentence(outcome, exposure, r.lag_days, c, nullptr, state_phrase(r.outcome));
    switch (r.verdict) {
      case Verdict::possible_trigger:
        r.sentence += " A possible trigger to discuss with your doctor: it stands out even after allowing for the "
                      "many things checked, but it does not prove cause.";
        break;
      case Verdict::possible_protector:
        r.sentence += " Possibly protective, to discuss with your doctor: it stands out even after allowing for the "
                      "many things checked, but it does not prove cause.";
        break;
      default:
        r.sentence += ' ';
        r.sentence += no_clear_link_phrase(r.comparison, outcome_plural(r.outcome));
        break;
    }
    if (r.verdict == Verdict::possible_trigger && r.premonitory)
      r.sentence += " This may be an early sign of the attack rather than its cause.";
    if (r.verdict != Verdict::no_clear_link && r.reverse_causation_possible)
      r.sentence += " On the same day, the pain may have changed this rather than the other way round.";
  }
  return rows;
}

}  // namespace painlink::analysis
