#include "core/analysis/risk_table.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace painlink::analysis {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

const char* to_string(Outcome o) {
  switch (o) {
    case Outcome::headache: return "headache";
    case Outcome::headache_onset: return "headache_onset";
    case Outcome::back_pain: return "back_pain";
  }
  return "headache";
}

bool RiskComparison::ci_excludes_one() const {
  return enough_data && !std::isnan(ci_low) && !std::isnan(ci_high) && (ci_low > 1.0 || ci_high < 1.0);
}

bool enough_data(const TwoByTwo& t) {
  return t.total() >= kMinPairedDays && t.exposed() >= kMinGroupDays && t.unexposed() >= kMinGroupDays &&
         t.events() >= kMinEvents && t.total() - t.events() >= kMinEvents;
}

std::optional<int> days_needed(const TwoByTwo& t) {
  const int n = t.total();
  if (n == 0) return kMinPairedDays;
  int need = std::max(0, kMinPairedDays - n);
  // Days until a group with `have` of n days so far reaches `want`, at its current rate.
  auto more = [&](int have, int want) -> std::optional<int> {
    if (have >= want) return 0;
    if (have == 0) return std::nullopt;
    const double per_day = static_cast<double>(have) / n;
    return static_cast<int>(std::ceil((want - have) / per_day - 1e-9));
  };
  for (const auto& m : {more(t.exposed(), kMinGroupDays), more(t.unexposed(), kMinGroupDays),
                        more(t.events(), kMinEvents), more(n - t.events(), kMinEvents)}) {
    if (!m) return std::nullopt;
    need = std::max(need, *m);
  }
  return need;
}

TwoByTwo count_table(std::span<const std::int8_t> exposure, std::span<const std::int8_t> outcome, int lag) {
  const int n = static_cast<int>(std::min(exposure.size(), outcome.size()));
  // Outcome day i pairs with exposure day i - lag. Branch-free counting with independent
  // accumulators: the values are -1/0/1 in a data-dependent pattern, so branches (or indexed
  // increments) would cost far more than the arithmetic.
  const int start = std::max(lag, 0);
  const int stop = std::min(n, n + lag);
  const std::int8_t* xs = exposure.data();
  const std::int8_t* ys = outcome.data();
  int total = 0, exposed = 0, events = 0, both = 0;
  for (int i = start; i < stop; ++i) {
    const int x = xs[i - lag], y = ys[i];
    const int known = static_cast<int>((x | y) >= 0);  // both non-negative
    const int xe = static_cast<int>(x > 0), ye = static_cast<int>(y > 0);
    total += known;
    exposed += xe & known;
    events += ye & known;
    both += xe & ye;
  }
  TwoByTwo t;
  t.a = both;
  t.b = exposed - both;
  t.c = events - both;
  t.d = total - exposed - t.c;
  return t;
}

StratifiedTable count_strata(std::span<const std::int8_t> exposure, std::span<const std::int8_t> outcome,
                             std::span<const std::int8_t> state, int lag) {
  StratifiedTable out;
  const int n = static_cast<int>(std::min({exposure.size(), outcome.size(), state.size()}));
  const int start = std::max(lag, 0);
  const int stop = std::min(n, n + lag);
  // Branch-free like count_table: one mask per stratum (state no / yes / unknown).
  int cells[3][4] = {};  // per stratum: total, exposed, events, both
  const std::int8_t* xs = exposure.data();
  const std::int8_t* ys = outcome.data();
  const std::int8_t* ss = state.data();
  for (int i = start; i < stop; ++i) {
    const int x = xs[i - lag], y = ys[i], st = ss[i - lag];
    const int known = static_cast<int>((x | y) >= 0);
    const int xe = static_cast<int>(x > 0), ye = static_cast<int>(y > 0), both = xe & ye;
    const int in[3] = {known & static_cast<int>(st == 0), known & static_cast<int>(st > 0),
                       known & static_cast<int>(st < 0)};
    for (int k = 0; k < 3; ++k) {
      cells[k][0] += in[k];
      cells[k][1] += in[k] & xe;
      cells[k][2] += in[k] & ye;
      cells[k][3] += in[k] & both;
    }
  }
  for (int k = 0; k < 3; ++k) {
    TwoByTwo& t = out.strata[k];
    t.a = cells[k][3];
    t.b = cells[k][1] - t.a;
    t.c = cells[k][2] - t.a;
    t.d = cells[k][0] - cells[k][1] - t.c;
    out.pooled.a += t.a;
    out.pooled.b += t.b;
    out.pooled.c += t.c;
    out.pooled.d += t.d;
  }
  return out;
}

namespace {

RiskComparison compare_strata(const TwoByTwo& pooled, std::span<const TwoByTwo> strata, double design_effect) {
  RiskComparison r;
  const TwoByTwo& t = pooled;
  r.table = t;
  r.design_effect = design_effect;
  r.risk_exposed = t.exposed() > 0 ? static_cast<double>(t.a) / t.exposed() : kNaN;
  r.risk_unexposed = t.unexposed() > 0 ? static_cast<double>(t.c) / t.unexposed() : kNaN;
  r.enough_data = enough_data(t);
  r.relative_risk = r.ci_low = r.ci_high = r.p_value = r.minimum_detectable_rr = kNaN;
  r.stratified = strata.size() > 1;
  r.strata = 0;
  for (const TwoByTwo& s : strata) r.strata += s.exposed() > 0 && s.unexposed() > 0;
  // Below the minimum sample no effect size is produced at all: "not enough data" is the answer.
  if (r.enough_data) {
    const ScoreRiskRatio est = score_risk_ratio(strata, design_effect);
    r.relative_risk = est.rr;
    r.ci_low = est.ci_low;
    r.ci_high = est.ci_high;
    r.corrected = est.corrected;
    r.p_value = est.p_value;
  }
  return r;
}

}  // namespace

RiskComparison compare(const TwoByTwo& t, double design_effect) {
  return compare_strata(t, std::span<const TwoByTwo>(&t, 1), design_effect);
}

RiskComparison compare_stratified(const StratifiedTable& t, double design_effect) {
  return compare_strata(t.pooled, std::span<const TwoByTwo>(t.strata), design_effect);
}

void set_minimum_detectable_rr(RiskComparison& c, double alpha) {
  c.minimum_detectable_rr = kNaN;
  if (!c.enough_data) return;
  const double base = static_cast<double>(c.table.events()) / c.table.total();
  c.minimum_detectable_rr =
      minimum_detectable_rr(c.table.exposed(), c.table.unexposed(), base, c.design_effect, alpha);
}

}  // namespace painlink::analysis
