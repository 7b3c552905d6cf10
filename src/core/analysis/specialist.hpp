// When to see a specialist: conservative care first, and a specialist when a full course has not
// brought relief, or sooner when the diary shows a pattern a specialist should look at.
//
// Reasons (any one is enough; the sentence names each with its numbers):
//   medication_overuse   a medication row is over its ICHD-3 8.2 limit for more than 3 months
//                        (medication_overuse.hpp at_risk)
//   chronic_headache     headache on >= 15 days a month for more than 3 months (headache_pattern.hpp)
//   back_not_improving / leg_pain_not_improving / headache_not_improving
//                        care recorded for >= kSpecialistAfterDays (6 weeks) and the mean intensity of
//                        the last 14 days (>= 7 recorded) is not meaningfully lower than in the first 14
//                        days of care (>= kMinStartDays recorded): less than 2 points and less than 30%
//                        lower (a common threshold for a meaningful change on a 0-10 scale; Farrar et al.,
//                        Pain 2001;94:149), while still at least moderate (>= 4).
//                        Leg pain: back pain radiating to the leg on at least half of the recent back-pain
//                        days (sciatica, where NICE's pathway asks about a specialist opinion when it is not
//                        improving after 4-6 weeks).
// A product rule in the spirit of NICE NG59 and the National Back and Radicular Pain Pathway, not a
// guideline threshold; red flags (red_flags.hpp) are separate and always come first.
#pragma once

#include <string>
#include <vector>

#include "core/analysis/daily_series.hpp"
#include "core/analysis/headache_pattern.hpp"
#include "core/analysis/medication_overuse.hpp"
#include "core/analysis/treatment_effect.hpp"

namespace painlink::analysis {

inline constexpr int kMinStartDays = 5;
inline constexpr double kMeaningfulPoints = 2.0;
inline constexpr double kMeaningfulShare = 0.30;
inline constexpr double kStillModerate = 4.0;

enum class SpecialistReason {
  medication_overuse,
  chronic_headache,
  back_not_improving,
  leg_pain_not_improving,
  headache_not_improving,
};
const char* to_string(SpecialistReason r);

struct PainChange {
  double start_mean = 0.0;   // first 14 days of care; NaN when < kMinStartDays recorded
  int start_n = 0;
  double recent_mean = 0.0;  // last 14 days; NaN when < kMinRecentDays recorded
  int recent_n = 0;
  bool not_improving = false;
};

struct SpecialistAdvice {
  bool suggest = false;
  std::vector<SpecialistReason> reasons;
  int weeks_of_care = 0;       // whole weeks since care started (0 without care)
  PainChange back;
  PainChange headache;
  bool leg_pain = false;       // recent back pain mostly radiates to the leg
  std::string sentence;        // empty when there is nothing to suggest
};

SpecialistAdvice advise_specialist(const DailySeries& s, const TreatmentSummary& treatments,
                                   const std::vector<MedicationOveruseRow>& medication,
                                   const HeadachePattern& pattern);

}  // namespace painlink::analysis
