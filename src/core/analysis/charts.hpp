// Plain data for the UI's charts (no ImGui here).
//
//  - Timeline: one element per day of the analysed range (first entry .. today), columnar:
//    back / headache intensity (NaN = not recorded), factor markers as a bitmask (bit i = factor i
//    of `factor_labels` was "yes" by the cut-offs of daily_series.hpp; the 10 built-ins first, then
//    up to 22 custom factors), and whether any medication was taken.
//  - Calendar heat map: one cell per day of the range: headache day (-1 unknown, 0, 1) and back
//    intensity (NaN unknown). In JSON both are columnar: {"start": date, "headache_day": [true |
//    false | null ...], "back": [number | null ...]}, cell i being the day start + i.
//  - Trigger chart (forest plot) rows: for each factor x outcome with enough data, one lag: a lag
//    with a trigger/protector verdict if any, else the one with the smallest p (ties: shorter lag). Selecting the lag is for display only: verdicts come
//    from the Benjamini-Hochberg step over every lag (triggers.hpp). Sorted: triggers, protectors,
//    then the rest, each by p-value.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/analysis/daily_series.hpp"
#include "core/analysis/triggers.hpp"

namespace painlink::analysis {

inline constexpr int kMaxFactorBits = 32;

struct Timeline {
  std::vector<Date> dates;
  std::vector<float> back;
  std::vector<float> headache;
  std::vector<std::uint32_t> factor_bits;
  std::vector<std::string> factor_labels;  // bit i -> label
  std::vector<std::string> factor_ids;     // bit i -> id
  std::vector<std::uint8_t> medication;
};

struct CalendarCell {
  Date date{};
  std::int8_t headache_day = -1;
  float back = 0.0f;  // NaN = not recorded
};

struct TriggerChartRow {
  std::string factor;
  std::string label;
  Outcome outcome = Outcome::headache;
  int lag_days = 0;
  double relative_risk = 0.0;
  double ci_low = 0.0;
  double ci_high = 0.0;
  double p_value = 0.0;
  double q_value = 0.0;
  Verdict verdict = Verdict::no_clear_link;
  bool premonitory = false;
  std::string sentence;
};

struct ChartSeries {
  Timeline timeline;
  std::vector<CalendarCell> calendar;
  std::vector<TriggerChartRow> trigger_rows;
};

ChartSeries build_chart_series(const DailySeries& s, const std::vector<TriggerResult>& triggers);

}  // namespace painlink::analysis
