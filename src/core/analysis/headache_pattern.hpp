// Headache pattern for the doctor (README "Headache pattern"). Features that fit ICHD-3 criteria
// (Cephalalgia 2018;38(1):1-211), never a diagnosis: ICHD-3 needs repeated attacks, a clinical
// history and exclusion of other causes, which a diary cannot give.
//
// Intensity mapping of the 0-10 scale: mild 1-3, moderate 4-6, severe 7-10.
// A day whose duration is not recorded is not classified (duration is a required criterion).
// Unticked features count as absent (the form's default), an unknown side as neither side.
//
// Migraine-like day (ICHD-3 1.1 criteria B-D):
//   B duration 4-72 h;
//   C at least two of: one-sided (left or right), pulsating, moderate or severe (>= 4),
//     worse with routine physical activity;
//   D at least one of: nausea; light AND sound sensitivity.
// Tension-type-like day (ICHD-3 2.x criteria B-D):
//   B duration >= 0.5 h (30 min to 7 days; a diary day holds at most 72 h);
//   C at least two of: both sides, not pulsating, mild or moderate (1-6), not worse with activity;
//   D no nausea, and not both light and sound sensitivity.
//   (ICHD-3 also excludes vomiting; the diary does not record it separately from nausea.)
// The two definitions exclude each other through D.
// Chronic pattern (ICHD-3 1.3, appendix / 2.3): headache on >= 15 days a month for more than 3
// months, i.e. at least 4 consecutive calendar months counted like medication_overuse.hpp (a
// partial current month that is not there yet is skipped); chronic migraine-like additionally has
// >= 8 migraine-like days in each of those months. Unrecorded days count as headache-free here,
// so a sparse diary can only under-count.
#pragma once

#include <string>
#include <vector>

#include "core/analysis/daily_series.hpp"

namespace painlink::analysis {

inline constexpr int kPatternMonths = 6;
inline constexpr int kChronicHeadacheDays = 15;
inline constexpr int kChronicMigraineDays = 8;
inline constexpr int kChronicMinMonths = 4;  // "more than 3 months"
inline constexpr float kModerateIntensity = 4.0f;
inline constexpr float kSevereIntensity = 7.0f;

bool migraine_like(const HeadacheDay& h);
bool tension_type_like(const HeadacheDay& h);

struct MonthPattern {
  int year = 0;
  int month = 0;
  bool complete = false;
  int recorded_days = 0;  // days with the headache section recorded
  int headache_days = 0;
  int migraine_like_days = 0;
  int tension_type_like_days = 0;
  int aura_days = 0;
};

struct HeadachePattern {
  std::vector<MonthPattern> months;  // last kPatternMonths calendar months, oldest first, current last
  // Mean headache days over the complete months in `months` that have any headache record; NaN if
  // there are none. (Months before the diary started are not averaged in as zero.)
  double average_headache_days = 0.0;
  int complete_months = 0;  // the months averaged
  int months_chronic = 0;            // consecutive months with >= 15 headache days
  int months_chronic_migraine = 0;   // ... and >= 8 migraine-like days
  bool chronic_pattern = false;
  bool chronic_migraine_like_pattern = false;
  std::string sentence;
};

HeadachePattern analyse_headache_pattern(const DailySeries& s);

}  // namespace painlink::analysis
