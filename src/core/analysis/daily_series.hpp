// Dense per-day arrays built from the journal in one pass; every analysis counts over these.
//
// Day i of a series is the date `first + i`; the range runs from the first entry to `today`
// (entries after today are ignored; at most kMaxAnalysisDays are kept, the most recent ones).
// A day with no entry, or an entry without the section, is "unknown" (NaN / -1), never "none".
//
// Factor exposures (yes/no per day, -1 = unknown) use these documented cut-offs
// (src/core/analysis/README.md "Factor cut-offs"):
//   short_sleep    sleep_hours < 6        (the night that ended that morning)
//   high_stress    stress >= 7            (0-10)
//   low_water      water_glasses < 4
//   long_screen    screen_hours > 8
//   long_sitting   sitting_hours >= 8
//   alcohol        alcohol_units >= 3
//   high_caffeine  caffeine_cups >= 4
//   no_exercise    exercise_minutes == 0
//   skipped_meal   skipped_meal == true
//   menstruating   menstruating == true
//   custom:<name>  the custom yes/no factor is true. On a day whose factors section exists and that
//                  is on/after the first day the name was ever used, a missing key counts as "no"
//                  (the UI may store only ticked boxes); before that day it is unknown.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/model.hpp"

namespace painlink::analysis {

inline constexpr int kMaxAnalysisDays = 20 * 366;  // about 20 years of dense days

enum class BuiltinFactor : std::uint8_t {
  short_sleep,
  high_stress,
  low_water,
  long_screen,
  long_sitting,
  alcohol,
  high_caffeine,
  no_exercise,
  skipped_meal,
  menstruating,
};
inline constexpr int kBuiltinFactorCount = 10;

struct FactorInfo {
  const char* id;          // "short_sleep"
  const char* label;       // chart label: "Under 6 h sleep"
  const char* exposure;    // completes "days with ...": "under 6 hours of sleep"
  const char* rule;        // the cut-off as documented: "sleep_hours < 6"
  // Could be an early (premonitory) sign of a headache attack rather than its cause, when it is
  // seen on the day of or the day before the headache (src/core/analysis/README.md "Triggers":
  // "Premonitory and reverse").
  bool premonitory;
  // The pain itself can plausibly change this on the same day (reverse causation at lag 0).
  bool pain_can_change_it;
};
const FactorInfo& factor_info(BuiltinFactor f);

// Back-pain region bits (BackPain's flags).
inline constexpr std::uint8_t kRegionNeck = 1, kRegionUpperBack = 2, kRegionLowerBack = 4, kRegionArm = 8,
                              kRegionLeg = 16;
// Headache feature bits: one mask of the features answered yes, one of those answered at all (yes
// or no); a feature in neither is unknown, never "no".
inline constexpr std::uint8_t kFeatPulsating = 1, kFeatAura = 2, kFeatNausea = 4, kFeatLight = 8, kFeatSound = 16,
                              kFeatWorseActivity = 32;

struct FactorSeries {
  std::string id;        // builtin id, or "custom:<name>"
  std::string label;     // chart label
  std::string exposure;  // phrase for sentences
  bool custom = false;
  int builtin = -1;      // BuiltinFactor as int, -1 for custom factors
  std::vector<std::int8_t> exposed;  // 1 yes, 0 no, -1 unknown
  int known_days = 0;
  int exposed_days = 0;
};

// The settings' flare threshold as the analysis uses it: clamped to 1..10.
inline int flare_threshold(const Settings& settings) {
  return std::clamp(settings.back_flare_threshold, 1, kMaxIntensity);
}

struct DailySeries {
  Date first{};
  Date today{};
  int days = 0;                    // size of every per-day vector
  int entries = 0;                 // entries inside the range
  int back_flare_threshold = 4;    // from Settings, clamped to 1..10

  std::vector<std::uint8_t> recorded;          // an entry exists that day
  std::vector<float> back;                     // 0-10, NaN = not recorded
  std::vector<std::uint8_t> back_regions;      // kRegion* bits
  std::vector<float> headache;                 // 0-10, NaN = not recorded
  std::vector<float> headache_hours;           // NaN = unknown
  std::vector<std::int8_t> headache_side;      // -1 unknown, else (int)HeadacheSide
  std::vector<std::uint8_t> headache_features; // kFeat* bits answered yes
  std::vector<std::uint8_t> headache_answered; // kFeat* bits answered yes or no
  std::vector<std::uint16_t> med_classes;      // bit (1 << (int)DrugClass) per class taken that day
  std::vector<std::uint8_t> any_treatment;     // any treatment of any type that day
  // Best relief (0-10) given by a triptan or an ergot that day; -1 when none was taken or rated
  // (ICHD-3 1.3 C counts a day "relieved by a triptan or ergot" as a migraine day).
  std::vector<std::int8_t> migraine_med_relief;

  // Outcomes, 1 yes, 0 no, -1 unknown.
  std::vector<std::int8_t> headache_day;    // headache intensity >= 1
  std::vector<std::int8_t> headache_onset;  // defined only on days after a recorded headache-free day
  std::vector<std::int8_t> back_flare;      // back intensity >= back_flare_threshold

  std::vector<FactorSeries> factors;  // the 10 builtins in enum order, then custom factors by name

  Date date(int i) const { return first + i; }
  int index_of(Date d) const { return d - first; }
  bool contains(Date d) const { return d >= first && d - first < days; }
};

DailySeries build_daily_series(const Journal& journal, Date today);

// The per-day headache features in the series, for classification (headache_pattern.hpp).
struct HeadacheDay {
  float intensity = 0.0f;
  float hours = 0.0f;      // NaN = unknown
  std::int8_t side = -1;   // -1 unknown
  std::uint8_t features = 0;  // kFeat* answered yes
  std::uint8_t answered = 0;  // kFeat* answered yes or no
  bool yes(std::uint8_t feat) const { return (features & feat) != 0; }
  bool no(std::uint8_t feat) const { return (answered & feat) != 0 && (features & feat) == 0; }
};
HeadacheDay headache_day_at(const DailySeries& s, int i);
HeadacheDay headache_day_from(const Headache& h);

}  // namespace painlink::analysis
