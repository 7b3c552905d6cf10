// Bar charts for the Insights tab and the report: share bars (percent of days, with n), the
// lagged-correlation bars with CI whiskers, threshold bars (medication days vs the ICHD-3 limit),
// monthly headache columns, the weekly pain trend during care and relief ratings per treatment.
// Each takes (Ui&, id, data, options), draws with ImDrawList and reserves its space in the layout.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/analysis/connection.hpp"
#include "core/analysis/headache_pattern.hpp"
#include "core/analysis/treatment_effect.hpp"
#include "ui/ui_state.hpp"

namespace painlink::ui {

// ---- share bars: "45% of days (18 of 40)" ------------------------------------------------------
struct ShareBar {
  std::string label;  // "Days with a back-pain flare"
  double share = 0;   // 0..1, NaN = no days
  int events = 0;     // days with the outcome
  int days = 0;       // days in the group
  ImU32 color = 0;
};
void draw_share_bars(Ui& ui, const char* id, std::span<const ShareBar> bars);

// ---- lagged correlation -3..+3 --------------------------------------------------------------------
struct LagChartOptions {
  float height_em = 8.0f;
};
void draw_lag_chart(Ui& ui, const char* id, std::span<const analysis::LagCorrelation> lags,
                    std::optional<int> strongest, const LagChartOptions& opt = {});

// ---- threshold bars ------------------------------------------------------------------------------
struct ThresholdBar {
  std::string label;    // "NSAIDs"
  int value = 0;        // days this month
  int threshold = 0;    // 0 = no limit
  std::string detail;   // "Jan 16 · Feb 17 · Mar 12 so far"
  ImU32 color = 0;
  bool alert = false;   // drawn with a danger outline and bold value
};
struct ThresholdBarOptions {
  int scale_max = 31;   // days in the longest month
  const char* unit = "days";
};
void draw_threshold_bars(Ui& ui, const char* id, std::span<const ThresholdBar> bars,
                         const ThresholdBarOptions& opt = {});

// ---- headache days per month (stacked) -----------------------------------------------------------
struct MonthColumnsOptions {
  float height_em = 9.0f;
  int reference_days = analysis::kChronicHeadacheDays;  // dashed line ("15 days", chronic pattern); 0 = none
};
void draw_month_columns(Ui& ui, const char* id, std::span<const analysis::MonthPattern> months,
                        const MonthColumnsOptions& opt = {});

// ---- weekly means during care --------------------------------------------------------------------
struct WeeklyTrendOptions {
  float height_em = 8.0f;
};
void draw_weekly_trend(Ui& ui, const char* id, std::span<const analysis::WeekTrend> weeks,
                       const WeeklyTrendOptions& opt = {});

// ---- relief per treatment ------------------------------------------------------------------------
void draw_relief_rows(Ui& ui, const char* id, std::span<const analysis::TreatmentStat> stats);

}  // namespace painlink::ui
