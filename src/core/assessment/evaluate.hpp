// What the self-assessment's answers mean, as typed data (enums and numbers); wording.hpp gives
// the patient's sentence for each. README.md in this folder lists every rule with its source.
//
//   AssessmentResult r = evaluate_assessment(journal, today);
//   r.red_flags first (the screening's own result), then r.patterns, r.medication, r.specialist,
//   r.track; compare(previous, current) lists what changed between two takes.
//
// A pattern is something to discuss with a doctor, never a diagnosis. "Not sure" and unanswered
// both count as unknown: a pattern fits only on answers that were given, and when the unknowns
// could still make it fit, it is `not_enough_answers`, not `does_not_fit`.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/analysis/red_flags.hpp"
#include "core/assessment/questions.hpp"
#include "core/model.hpp"

namespace painlink::assessment {

enum class Feature : std::uint8_t {
  // ICHD-3 1.1 (migraine without aura)
  duration_4_to_72h,       // B
  one_sided,               // C1
  pulsating,               // C2
  moderate_or_severe,      // C3
  worse_with_activity,     // C4
  nausea_or_vomiting,      // D1
  light_and_sound,         // D2: both, not either
  // ICHD-3 1.2 (migraine with aura)
  aura,
  // ICHD-3 2.x (tension-type)
  duration_30min_or_more,  // B: 30 minutes to 7 days
  both_sides,              // C1
  pressing,                // C2
  mild_or_moderate,        // C3
  not_worse_with_activity, // C4
  no_nausea,               // D1
  not_light_and_sound,     // D2: at most one of the two
  // ICHD-3 11.2.1 (cervicogenic)
  neck_provoked,           // brought on by neck movement or sustained posture
  neck_reduced,            // reduced neck movement
  neck_start_spread,       // starts in the neck, spreads forward
  same_side,               // side-locked
  // NICE CKS Sciatica
  below_knee,
  leg_worse_than_back,
  leg_numbness,
};

enum class FeatureState : std::uint8_t { met, not_met, unknown };  // unknown: unanswered or "not sure"

struct FeatureCheck {
  Feature feature;
  FeatureState state;
};

enum class Pattern : std::uint8_t {
  migraine_like,            // ICHD-3 1.1 B-D
  migraine_with_aura_like,  // ICHD-3 1.2
  tension_type_like,        // ICHD-3 2.x B-D
  neck_related,             // ICHD-3 11.2.1 features a patient can report
  sciatica_like,            // NICE CKS Sciatica
};
inline constexpr int kPatternCount = 5;

enum class Fit : std::uint8_t {
  fits,                // the answers meet the rule
  not_enough_answers,  // they do not yet, but unknown answers could still make it fit
  does_not_fit,        // the answers given rule it out
};

struct PatternMatch {
  Pattern pattern;
  Fit fit = Fit::does_not_fit;
  std::vector<FeatureCheck> features;  // every feature the rule looks at, met or not
};

// The ICHD-3 8.2 medicine-day limits against the answered bands (a band lies wholly on one side of
// each limit, so "reached" is exact).
struct MedicationDays {
  const Option* simple = nullptr;    // med_simple_days answer; nullptr when unanswered
  const Option* specific = nullptr;  // med_specific_days answer
  bool simple_reached = false;       // >= kSimpleAnalgesicDays (15) days a month
  bool specific_reached = false;     // >= kSpecificDrugDays (10) days a month
  bool warning() const { return simple_reached || specific_reached; }
};

enum class SpecialistReason : std::uint8_t {
  care_not_helping,  // conservative care for >= 6 weeks has not clearly helped
};

struct SpecialistFlag {
  bool suggest = false;
  std::vector<SpecialistReason> reasons;
};

struct TrackSuggestions {
  std::vector<FactorField> factors;      // in kAllFactorFields order
  std::vector<DrugClass> medicines;      // in kAllDrugClasses order
  bool empty() const { return factors.empty() && medicines.empty(); }
};

struct AnsweredQuestion {
  const Question* question;
  const Option* answer;
};

struct AssessmentResult {
  analysis::RedFlagResult red_flags;  // the screening's result, exactly as the check-in shows it
  std::vector<PatternMatch> patterns;  // one per Pattern, in enum order
  MedicationDays medication;
  SpecialistFlag specialist;
  TrackSuggestions track;
  std::vector<AnsweredQuestion> answers;  // the usable answers of the current take, in question order
  int answered = 0;                       // == answers.size()
  std::vector<std::string> unknown_ids;   // stored answers this version cannot use
  std::optional<Date> answered_on;
};

AssessmentResult evaluate_assessment(const Journal& journal, Date today);
// The same on one take (the red flags still come from `screening`).
AssessmentResult evaluate_take(const AssessmentTake& take, const Screening& screening, Date today);

const PatternMatch& pattern(const AssessmentResult& r, Pattern p);

struct AnswerChange {
  const Question* question;
  const Option* before;  // nullptr: unanswered then
  const Option* after;   // nullptr: unanswered now
};
// The questions whose usable answer differs between two takes, in question order.
std::vector<AnswerChange> compare(const AssessmentTake& previous, const AssessmentTake& current);

}  // namespace painlink::assessment
