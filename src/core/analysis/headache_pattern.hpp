// Headache pattern for the doctor (src/core/analysis/README.md "Headache pattern"). Features that fit ICHD-3 criteria
// (Cephalalgia 2018;38(1):1-211), never a diagnosis: ICHD-3 needs a clinical history and the
// exclusion of other causes, which a diary cannot give. Every sentence says "to discuss with your
// doctor".
//
// Intensity mapping of the 0-10 scale: mild 1-3, moderate 4-6, severe 7-10.
// A feature counts only as answered: an unanswered one is unknown, neither present nor absent, and
// a criterion that hinges on it is not met (tension-type needs nausea answered "no"). An unknown
// side counts as neither side, an unknown duration as outside every duration criterion.
//
// Migraine-like day (ICHD-3 1.1 criteria B-D):
//   B duration 4-72 h (a day without a recorded duration does not meet B);
//   C at least two of: one-sided (left or right), pulsating, moderate or severe (>= 4),
//     worse with routine physical activity;
//   D at least one of: nausea; light AND sound sensitivity.
// Probable-migraine-like day (1.5.1): meets two of B, C, D, the answers rule the third out, and
//   they rule out tension-type-like too (ICHD-3 codes a day that fits tension-type headache as
//   that, not as probable migraine).
// Tension-type-like day (ICHD-3 2.x criteria B-D):
//   B duration >= 0.5 h (30 min to 7 days; a diary day holds at most 72 h);
//   C at least two of: both sides, not pulsating, mild or moderate (1-6), not worse with activity;
//   D no nausea, and not both light and sound sensitivity.
//   (ICHD-3 also excludes vomiting; the diary does not record it separately from nausea.)
// Attacks: a run of consecutive headache days is one attack (a 3-day migraine is one attack, not
//   three); a run longer than 3 days (72 h, the longest attack 1.1 B allows) counts one attack per
//   3 days. 1.1 A needs >= 5 migraine-like attacks: with 1-4 the features fit probable migraine
//   (1.5.1, "fewer than 5 attacks so far"). Episodic tension-type headache needs >= 10 episodes.
// Tension-type frequency (2.1 / 2.2 / 2.3), from the mean tension-type-like days a month over the
//   complete months with records: infrequent < 1, frequent 1-14, chronic >= 15; frequent and
//   chronic also need that for more than 3 months (kMoreThan3Months months with records).
// Chronic pattern (ICHD-3 1.3): headache on >= 15 days a month for more than 3 months (the same
//   kMoreThan3Months run rule as medication_overuse.hpp). Chronic migraine-like adds, in each of
//   those months, >= 8 days that meet 1.1 C and D whatever their duration (treated attacks are short)
//   or on which a triptan or ergot brought relief (rated >= kRelievedRating of 10), and >= 5
//   migraine-like attacks in the diary (1.3 B). Unrecorded days count as headache-free here, so a
//   sparse diary can only under-count.
// Perimenstrual (appendix A1.1.1 / A1.1.2): day 1 is the first day of bleeding (a menstruation day
//   after a day that was not one, at least 14 days after the previous day 1); the window is days
//   -2 to +3 (ICHD-3 has no day 0: the two days before day 1 and days 1-3). A cycle counts as
//   recorded when >= 3 of its 5 window days have a headache record. It fits when, in at least 2 of
//   the last 3 recorded cycles, a migraine-like day falls in the window, with >= 3 cycles
//   recorded; "pure" when no migraine-like day falls outside the windows, else "related".
#pragma once

#include <string>
#include <vector>

#include "core/analysis/daily_series.hpp"

namespace painlink::analysis {

inline constexpr int kPatternMonths = 6;
inline constexpr int kChronicHeadacheDays = 15;
inline constexpr int kChronicMigraineDays = 8;
inline constexpr int kMigraineAttacks = 5;        // 1.1 A
inline constexpr int kTensionTypeEpisodes = 10;   // 2.1 / 2.2 A
inline constexpr int kRelievedRating = 5;         // "relieved": at least half (5 of 10)
inline constexpr float kModerateIntensity = 4.0f;
inline constexpr float kSevereIntensity = 7.0f;
inline constexpr int kMenstrualCycleMinGap = 14;  // days between two day-1s
inline constexpr int kMenstrualCyclesNeeded = 3;
inline constexpr int kMenstrualCyclesWithAttack = 2;  // of the last 3

bool migraine_like(const HeadacheDay& h);
bool probable_migraine_like(const HeadacheDay& h);
bool tension_type_like(const HeadacheDay& h);
// ICHD-3 1.3 C: a day meeting 1.1 C and D (no duration needed), or relieved by a triptan or ergot.
bool chronic_migraine_day(const HeadacheDay& h, int triptan_or_ergot_relief);

struct MonthPattern {
  int year = 0;
  int month = 0;
  bool complete = false;
  int recorded_days = 0;  // days with the headache section recorded
  int headache_days = 0;
  int migraine_like_days = 0;
  int probable_migraine_like_days = 0;
  int chronic_migraine_days = 0;  // 1.3 C days
  int tension_type_like_days = 0;
  int aura_days = 0;
};

enum class TensionTypeBand { not_enough_data, none, infrequent, frequent, chronic };
const char* to_string(TensionTypeBand b);

enum class MenstrualFit { not_enough_data, no_clear_pattern, menstrually_related, pure_menstrual };
const char* to_string(MenstrualFit f);

struct MenstrualPattern {
  int cycles = 0;                 // day-1s whose window has >= 3 days with headache records
  int recent_cycles = 0;          // of the last 3 of those
  int recent_with_attack = 0;     // ... with a migraine-like day in the window
  int window_headache_days = 0;   // headache days inside the windows (all cycles)
  int window_recorded_days = 0;
  int outside_headache_days = 0;  // recorded days outside every window
  int outside_recorded_days = 0;
  int outside_migraine_like_days = 0;
  MenstrualFit fit = MenstrualFit::not_enough_data;
  std::string sentence;           // empty when no menstruation was recorded
};

struct HeadachePattern {
  std::vector<MonthPattern> months;  // last kPatternMonths calendar months, oldest first, current last
  // Mean headache days over the complete months in `months` that have any headache record; NaN if
  // there are none. (Months before the diary started are not averaged in as zero.)
  double average_headache_days = 0.0;
  int complete_months = 0;  // the months averaged
  int months_chronic = 0;            // consecutive months with >= 15 headache days
  int months_chronic_migraine = 0;   // ... and >= 8 chronic-migraine (1.3 C) days
  bool chronic_pattern = false;
  bool chronic_migraine_like_pattern = false;
  int migraine_like_attacks = 0;       // in the whole diary
  int tension_type_like_episodes = 0;  // in the whole diary
  bool migraine_attack_count_met = false;  // >= 5 (1.1 A); 1-4: probable migraine (1.5.1)
  double average_tension_type_days = 0.0;  // over the complete months averaged; NaN if none
  TensionTypeBand tension_type_band = TensionTypeBand::not_enough_data;
  MenstrualPattern menstrual;
  std::string sentence;
};

HeadachePattern analyse_headache_pattern(const DailySeries& s);

}  // namespace painlink::analysis
