// Where it hurts, for drawing a body map (src/core/analysis/README.md lists the file; its rules
// are here). Over the last kBodyMapWindowDays days up to today:
//   head_left / head_right / head_both: headache days (intensity >= 1) with that side, out of days
//     with the headache section recorded; mean headache intensity on those days. Headache days
//     without a side are counted in headache_side_unknown, not drawn.
//   neck / upper_back / lower_back: back-pain days (intensity >= 1) with that region ticked, out of
//     days with the back section recorded; mean back intensity on those days.
//   arm / leg: back-pain days with pain radiating there, same denominator.
#pragma once

#include <vector>

#include "core/analysis/daily_series.hpp"

namespace painlink::analysis {

inline constexpr int kBodyMapWindowDays = 90;

enum class BodyRegion { head_left, head_right, head_both, neck, upper_back, lower_back, arm, leg };
inline constexpr BodyRegion kAllBodyRegions[] = {BodyRegion::head_left, BodyRegion::head_right,
                                                 BodyRegion::head_both, BodyRegion::neck,
                                                 BodyRegion::upper_back, BodyRegion::lower_back,
                                                 BodyRegion::arm,       BodyRegion::leg};
const char* to_string(BodyRegion r);
const char* label(BodyRegion r);

struct RegionStat {
  BodyRegion region = BodyRegion::head_left;
  int days = 0;            // days with pain there
  int recorded_days = 0;   // denominator
  double share = 0.0;      // days / recorded_days; NaN when nothing recorded
  double mean_intensity = 0.0;  // NaN when days == 0
};

struct BodyMap {
  Date from{};
  Date to{};
  std::vector<RegionStat> regions;  // in kAllBodyRegions order
  int headache_side_unknown = 0;
};

BodyMap analyse_body_map(const DailySeries& s, int window_days = kBodyMapWindowDays);

}  // namespace painlink::analysis
