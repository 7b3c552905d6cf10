// The first-visit self-assessment's questions, as data: a typed id, the id stored in
// Journal.assessment (AssessmentTake.answers), the section, the patient's wording and the answers
// it offers. The safety section is not here: it is the red-flag screening (analysis/red_flags.hpp),
// stored once in Journal.screening. README.md in this folder gives each rule's source.
//
// Wording is our own, from ICHD-3 (Cephalalgia 2018;38(1):1-211) and NICE CKS criteria; no licensed
// questionnaire text. Every question may be left unanswered, which is not the same as "no".
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "core/model.hpp"

namespace painlink::assessment {

enum class Section : std::uint8_t { headache, neck, back, everyday, medicines };
const char* to_string(Section s);      // "headache", ...
const char* section_title(Section s);  // "Your usual headache", ... in the active language

enum class AnswerKind : std::uint8_t {
  yes_no_unsure,  // options "yes", "no", "unsure"
  choice,         // one of the question's options
};

// Typed ids, in the order the questions are asked.
enum class Q : std::uint8_t {
  headache_any, headache_days, headache_duration, headache_side, headache_quality, headache_severity,
  headache_nausea, headache_light, headache_sound, headache_aura, headache_activity,
  neck_start_spread, neck_movement, neck_reduced, neck_same_side,
  back_any, back_where, back_since, back_below_knee, back_leg_worse, back_leg_numb, back_worse_sitting,
  back_worse_standing,
  cause_stress, cause_desk, cause_screen, cause_fluids, cause_sleep, cause_injury,
  med_kind_paracetamol, med_kind_nsaid, med_kind_triptan, med_kind_ergot, med_kind_opioid, med_kind_combination,
  med_simple_days, med_specific_days,
  care_rest, care_otc, care_ice_heat, care_posture, care_lifestyle, care_duration, care_helped,
  count_
};
inline constexpr int kQuestionCount = static_cast<int>(Q::count_);

struct Option {
  const char* id;    // stored answer
  const char* text;  // shown to the patient, through i18n::tr (English here)
  // The least the option stands for, where the rules compare it with a number: days a month
  // (headache and medicine days) or days of care (care_duration). 0 elsewhere.
  int from;
};

struct Question {
  Q q;
  const char* id;  // stable key in AssessmentTake.answers
  Section section;
  AnswerKind kind;
  const char* text;                 // shown to the patient, through i18n::tr (English here)
  std::span<const Option> options;  // yes/no/unsure questions: the shared three
};

std::span<const Question> questions();  // every question, in order; questions()[int(q)].q == q
const Question& question(Q q);
const Question* find_question(std::string_view id);
const Option* find_option(const Question& q, std::string_view answer);

// The stored answer of a question, nullptr when it is unanswered or not one of its options.
const Option* answer_of(const AssessmentTake& take, Q q);
// Shorthand for yes/no/unsure questions: true for "yes", false for "no", nullopt otherwise.
std::optional<bool> yes_no(const AssessmentTake& take, Q q);

// Ids in `take` that this version cannot use: the question is unknown, or the answer is not one of
// its options. Kept in the journal (a newer version may know them), listed for the patient.
std::vector<std::string> unknown_answer_ids(const AssessmentTake& take);

}  // namespace painlink::assessment
