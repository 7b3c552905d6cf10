// What the patient used and how it went (src/core/analysis/README.md "Treatments and when to see a
// specialist").
// Descriptive only: relief is the patient's own 0-10 rating, and comparing treated with untreated
// days would be confounded by indication (people treat the bad days), so no "effect" is estimated
// against untreated days.
//
//  - Per treatment type, per medication drug class and per medication name (trimmed,
//    case-insensitive; shown with its first spelling): times used (records), days used (distinct
//    days), mean relief with n and a t-based 95% CI (n >= 2).
//  - Care start: the first day with any treatment recorded. Weeks of care are 7-day blocks from that
//    day (week 1 = care start .. +6); the last up to 26 weeks up to today are reported with the
//    mean back-pain and mean headache intensity (recorded days only, 0 included) and n.
//  - Trend: OLS slope of the weekly means on the week number (points per week), using weeks with
//    >= 3 recorded days, at least 4 such weeks. Pain levels persist from week to week (flares last,
//    life phases last), so the plain OLS CI (df = weeks - 2) reports a "trend" far too often; the
//    95% CI uses the AR(1)-corrected SE of the slope and effective df (stats.hpp
//    linear_slope_ar1: bias-corrected lag-1 autocorrelation of the residuals).
//  - Recent means (last 14 days, >= 7 recorded) feed the specialist suggestion (specialist.hpp),
//    which insights.cpp copies into suggest_specialist.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/analysis/daily_series.hpp"
#include "core/analysis/stats.hpp"

namespace painlink::analysis {

inline constexpr int kTrendWeeks = 26;
inline constexpr int kMinDaysPerWeek = 3;
inline constexpr int kMinTrendWeeks = 4;
inline constexpr int kSpecialistAfterDays = 42;
inline constexpr int kRecentWindowDays = 14;
inline constexpr int kMinRecentDays = 7;

struct TreatmentStat {
  std::string key;    // "heat", "nsaid", "ibuprofen"
  std::string label;  // "Heat", "NSAID ...", "Ibuprofen" (first spelling)
  int times_used = 0;
  int days_used = 0;
  MeanCi relief;      // relief.n = records with a relief rating
};

struct WeekTrend {
  int week = 0;       // 1 = the week care started
  Date start{};
  double back_mean = 0.0;  // NaN when no day recorded
  int back_n = 0;
  double headache_mean = 0.0;
  int headache_n = 0;
};

struct TreatmentSummary {
  std::vector<TreatmentStat> by_type;
  std::vector<TreatmentStat> by_drug_class;
  std::vector<TreatmentStat> by_name;
  std::optional<Date> care_start;
  int weeks_of_care = 0;
  std::vector<WeekTrend> weekly;  // oldest first
  Slope back_slope;               // per week; NaN when too few weeks
  Slope headache_slope;
  double back_recent_mean = 0.0;  // last 14 days, NaN when < 7 recorded days
  int back_recent_n = 0;
  double headache_recent_mean = 0.0;
  int headache_recent_n = 0;
  bool suggest_specialist = false;  // set from specialist.hpp by compute_insights
  std::string sentence;
};

TreatmentSummary analyse_treatments(const Journal& journal, const DailySeries& s);

}  // namespace painlink::analysis
