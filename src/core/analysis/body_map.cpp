#include "core/analysis/body_map.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace painlink::analysis {

static_assert(static_cast<int>(HeadacheSide::left) == static_cast<int>(BodyRegion::head_left) &&
              static_cast<int>(HeadacheSide::right) == static_cast<int>(BodyRegion::head_right) &&
              static_cast<int>(HeadacheSide::both) == static_cast<int>(BodyRegion::head_both));

const char* to_string(BodyRegion r) {
  switch (r) {
    case BodyRegion::head_left: return "head_left";
    case BodyRegion::head_right: return "head_right";
    case BodyRegion::head_both: return "head_both";
    case BodyRegion::neck: return "neck";
    case BodyRegion::upper_back: return "upper_back";
    case BodyRegion::lower_back: return "lower_back";
    case BodyRegion::arm: return "arm";
    case BodyRegion::leg: return "leg";
  }
  return "neck";
}

const char* label(BodyRegion r) {
  switch (r) {
    case BodyRegion::head_left: return "Head, left side";
    case BodyRegion::head_right: return "Head, right side";
    case BodyRegion::head_both: return "Head, both sides";
    case BodyRegion::neck: return "Neck";
    case BodyRegion::upper_back: return "Upper back";
    case BodyRegion::lower_back: return "Lower back";
    case BodyRegion::arm: return "Arm (pain spreading)";
    case BodyRegion::leg: return "Leg (pain spreading)";
  }
  return "";
}

BodyMap analyse_body_map(const DailySeries& s, int window_days) {
  constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
  BodyMap out;
  out.to = s.today;
  out.from = s.today - (std::max(1, window_days) - 1);
  constexpr std::size_t kN = std::size(kAllBodyRegions);
  int days[kN] = {}, recorded[kN] = {};
  double sum[kN] = {};
  const Date from = std::max(out.from, s.first);
  for (Date d = from; d <= s.today; d = d + 1) {
    if (!s.contains(d)) continue;
    const auto i = static_cast<std::size_t>(s.index_of(d));
    const float h = s.headache[i];
    if (!std::isnan(h)) {
      for (std::size_t r = 0; r < 3; ++r) ++recorded[r];
      if (h >= 1.0f) {
        const int side = s.headache_side[i];
        if (side < 0) {
          ++out.headache_side_unknown;
        } else {
          const auto r = static_cast<std::size_t>(side);  // left, right, both == region order
          ++days[r];
          sum[r] += h;
        }
      }
    }
    const float b = s.back[i];
    if (!std::isnan(b)) {
      for (std::size_t r = 3; r < kN; ++r) ++recorded[r];
      if (b >= 1.0f) {
        const std::uint8_t bits[] = {kRegionNeck, kRegionUpperBack, kRegionLowerBack, kRegionArm, kRegionLeg};
        for (std::size_t k = 0; k < 5; ++k)
          if (s.back_regions[i] & bits[k]) {
            ++days[3 + k];
            sum[3 + k] += b;
          }
      }
    }
  }
  for (std::size_t r = 0; r < kN; ++r) {
    RegionStat st;
    st.region = kAllBodyRegions[r];
    st.days = days[r];
    st.recorded_days = recorded[r];
    st.share = recorded[r] > 0 ? static_cast<double>(days[r]) / recorded[r] : kNaN;
    st.mean_intensity = days[r] > 0 ? sum[r] / days[r] : kNaN;
    out.regions.push_back(st);
  }
  return out;
}

}  // namespace painlink::analysis
