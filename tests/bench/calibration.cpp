// painlink_calibration: false-positive rates and power of the Insight statistics on synthetic
// diaries (tests/bench/calibration_sim.hpp), printed as the bench's lines
//   name value unit target status
// Usage: painlink_calibration [diaries per cell, default 400] [seed, default 1]
// Null diaries have spells and slow drift (seasons, life phases) in pain and in every habit, and no
// link between any of them; "any" counts a diary with at least one possible trigger/protector
// among all factor x outcome x lag rows (the family-wise rate the patient experiences).
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "bench/calibration_sim.hpp"
#include "core/analysis/connection.hpp"
#include "core/analysis/daily_series.hpp"
#include "core/analysis/insights.hpp"
#include "core/analysis/treatment_effect.hpp"
#include "core/analysis/triggers.hpp"

using namespace painlink;
using namespace painlink::analysis;

namespace {

void line(const std::string& name, double value, const char* unit, const char* target, bool pass, bool info = false) {
  std::printf("%-44s %7.1f %-3s %-5s %s\n", name.c_str(), value, unit, target, info ? "INFO" : (pass ? "PASS" : "MISS"));
}

bool any_reported(const std::vector<TriggerResult>& rows) {
  for (const TriggerResult& r : rows)
    if (r.verdict == Verdict::possible_trigger || r.verdict == Verdict::possible_protector) return true;
  return false;
}

bool planted_found(const std::vector<TriggerResult>& rows) {
  for (const TriggerResult& r : rows)
    if (r.factor == "custom:planted" && r.lag_days == 1 &&
        (r.outcome == Outcome::headache || r.outcome == Outcome::headache_onset) &&
        r.verdict == Verdict::possible_trigger)
      return true;
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  const int n = argc > 1 ? std::max(10, std::atoi(argv[1])) : 400;
  const std::uint64_t seed = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 1;
  std::printf("# %d diaries per row, seed %llu\n", n, static_cast<unsigned long long>(seed));
  for (const double drift : {1.0, 0.0, 2.0}) {
    for (const int days : {90, 180, 365}) {
      if (drift > 1.5 && days < 180) continue;
      int any = 0, lag = 0, link = 0;
      for (int k = 0; k < n; ++k) {
        calibration::SimOptions o;
        o.days = days;
        o.drift = drift;
        const Journal j = calibration::simulate_diary(seed * 1000003ull + static_cast<std::uint64_t>(k * 7919 + days), o);
        const DailySeries s = build_daily_series(j, calibration::sim_start() + (days - 1));
        any += any_reported(analyse_triggers(s));
        const ConnectionResult c = analyse_connection(s);
        lag += c.strongest_lag.has_value();
        link += c.same_day.verdict == LinkVerdict::linked;
      }
      const std::string tag =
          std::string(drift > 1.5 ? "null_strong_drift_" : (drift > 0 ? "null_spells_drift_" : "null_spells_")) +
          std::to_string(days) + "d";
      line("false_any_trigger_" + tag, 100.0 * any / n, "%", "<=10", 100.0 * any / n <= 10.0);
      line("false_strongest_lag_" + tag, 100.0 * lag / n, "%", "<=7", 100.0 * lag / n <= 7.0);
      line("false_connection_" + tag, 100.0 * link / n, "%", "<=7", 100.0 * link / n <= 7.0);
    }
  }
  for (const double rr : {2.0, 3.0}) {
    for (const int days : {180, 365}) {
      int found = 0;
      for (int k = 0; k < n; ++k) {
        calibration::SimOptions o;
        o.days = days;
        o.planted_rr = rr;
        const Journal j =
            calibration::simulate_diary(seed * 2000003ull + static_cast<std::uint64_t>(k * 7919 + days), o);
        found += planted_found(analyse_triggers(build_daily_series(j, calibration::sim_start() + (days - 1))));
      }
      char name[64];
      std::snprintf(name, sizeof name, "power_lag1_rr%.0f_%dd", rr, days);
      line(name, 100.0 * found / n, "%", "-", true, true);
    }
  }
  for (const int days : {180, 365}) {
    int reverse = 0, found = 0;
    for (int k = 0; k < n; ++k) {
      const Journal j = calibration::simulate_reverse_diary(seed * 4000003ull + static_cast<std::uint64_t>(k * 7919 + days), days);
      const std::vector<TriggerResult> rows = analyse_triggers(build_daily_series(j, calibration::sim_start() + (days - 1)));
      bool flagged = false, planted = false;
      for (const TriggerResult& r : rows) {
        if (r.verdict != Verdict::possible_trigger || r.lag_days == 0) continue;
        if (r.factor == "no_exercise") flagged = true;
        if (r.factor == "alcohol" && r.lag_days == 1) planted = true;
      }
      reverse += flagged;
      found += planted;
    }
    line("false_reverse_causation_lag12_" + std::to_string(days) + "d", 100.0 * reverse / n, "%", "<=7",
         100.0 * reverse / n <= 7.0);
    line("power_lag1_rr2.5_with_spells_" + std::to_string(days) + "d", 100.0 * found / n, "%", "-", true, true);
  }
  for (const int weeks : {8, 13, 26}) {
    int back = 0, head = 0, found = 0;
    for (int k = 0; k < n; ++k) {
      const Journal real = calibration::simulate_care_diary(seed * 5000003ull + static_cast<std::uint64_t>(k), weeks, 0.7,
                                                            -3.0 / weeks);
      const TreatmentSummary tr =
          analyse_treatments(real, build_daily_series(real, calibration::sim_start() + (weeks * 7 - 1)));
      found += std::isfinite(tr.back_slope.ci_high) && tr.back_slope.ci_high < 0.0;
      const Journal j = calibration::simulate_care_diary(seed * 3000003ull + static_cast<std::uint64_t>(k * 7919 + weeks), weeks);
      const TreatmentSummary t = analyse_treatments(j, build_daily_series(j, calibration::sim_start() + (weeks * 7 - 1)));
      auto reported = [](const Slope& sl) { return std::isfinite(sl.ci_low) && (sl.ci_low > 0.0 || sl.ci_high < 0.0); };
      back += reported(t.back_slope);
      head += reported(t.headache_slope);
    }
    const double rate = 50.0 * (back + head) / n;  // per series
    line("false_trend_ar1_weeks_" + std::to_string(weeks), rate, "%", "<=7", rate <= 7.0);
    line("power_trend_down_3_points_weeks_" + std::to_string(weeks), 100.0 * found / n, "%", "-", true, true);
  }
  {
    // Speed of the whole Insight computation on a 10-year diary (INFO; the bench's wasm figures
    // are measured in the browser).
    calibration::SimOptions o;
    o.days = 3650;
    const Journal j = calibration::simulate_diary(seed, o);
    double best = 1e9;
    for (int r = 0; r < 5; ++r) {
      const auto t0 = std::chrono::steady_clock::now();
      const Insights in = compute_insights(j, calibration::sim_start() + (o.days - 1));
      const auto t1 = std::chrono::steady_clock::now();
      best = std::min(best, std::chrono::duration<double, std::milli>(t1 - t0).count() + 0.0 * in.days_in_range);
    }
    line("compute_insights_10y_native", best, "ms", "-", true, true);
  }
  return 0;
}
