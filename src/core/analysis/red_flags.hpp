// Red-flag safety questions: the questions (ids are what Journal.screening.answers stores), the
// tier of care each "yes" calls for, and their evaluation into one level and one message.
//
// Tiers (the highest "yes" sets the level):
//   emergency  call the local emergency number or go to an emergency department now: signs of a
//              bleed in or around the brain, stroke, meningitis, a serious head injury, acute
//              angle-closure glaucoma, or cauda equina syndrome. NICE CKS Headache - assessment
//              (immediate admission); NICE CKS Sciatica and GIRFT 2023 (suspected cauda equina:
//              immediate referral); SNNOOP10 red flags (Do et al., Neurology 2019;92:134-144).
//   urgent     a doctor the same day: a new headache over 50 with jaw pain on chewing, scalp
//              tenderness or eyesight change (giant cell arteritis); a new headache in pregnancy or
//              after birth (pre-eclampsia, venous thrombosis); headache brought on by coughing,
//              straining or exertion, or much worse standing or lying; swelling at the back of the
//              eye or new eyesight loss; back pain with fever (spinal infection); back pain with a
//              cancer history that is new or worse at night (spinal metastasis); back pain after a
//              recent fall or accident (fracture).
//   soon       tell a doctor within days to weeks: history items and slowly changing signs (past
//              cancer, weakened immunity, headache onset after 50, back pain onset before 20 or
//              after 55, weight loss, a changed or steadily worse headache pattern, painkillers on
//              most days, a headache since an injury, one-sided eye pain with a watering eye).
//              SNNOOP10 orange flags; NICE CKS low back pain red flags without acute signs.
// Where timing carries the meaning the question asks about a recent window (`window_days`), so an
// old, already-assessed event is not reported as an emergency.
// Questions are written here for patients from those sources; `source` names the item.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"

namespace painlink::analysis {

enum class RedFlagGroup { headache, back, general };
const char* to_string(RedFlagGroup g);

// Ordered: a higher tier is more urgent.
enum class RedFlagTier { none, soon, urgent, emergency };
const char* to_string(RedFlagTier t);  // "none" | "soon" | "urgent" | "emergency"

struct RedFlagQuestion {
  const char* id;           // stable key in Screening.answers
  RedFlagGroup group;
  RedFlagTier tier;         // what a "yes" calls for
  int window_days;          // the question asks about the last N days; 0 = not time-bound
  const char* question;     // shown to the patient, answered yes/no (through i18n::tr: English here)
  const char* short_label;  // used in the message: "a sudden, thunderclap headache" (through i18n::tr)
  const char* source;       // list and item
  bool cauda_equina;        // a cauda equina sign (its own explanation in the emergency message)
};

std::span<const RedFlagQuestion> red_flag_questions();
const RedFlagQuestion* find_red_flag_question(std::string_view id);

struct RedFlagItem {
  const RedFlagQuestion* question = nullptr;
  std::optional<bool> answer;  // nullopt: not answered
};

struct RedFlagResult {
  RedFlagTier level = RedFlagTier::none;  // the highest tier answered yes
  bool urgent = false;     // level is urgent or emergency: a doctor today or sooner
  bool emergency = false;  // level is emergency
  bool any_yes = false;    // any answer yes, whatever its tier
  std::optional<Date> answered_on;
  std::vector<RedFlagItem> items;          // every question, in order
  std::vector<std::string> positive_ids;   // the yes answers
  std::vector<std::string> stale_ids;      // yes answers older than their question's window
  int unanswered = 0;
  std::string headline;    // what to do and how fast, e.g. "See a doctor today"; empty at none
  std::string message;     // the full sentence for the patient (both in the active language)
};

// `today` ages the answers: a "yes" to an emergency question answered longer ago than the window it
// asks about ("in the last week") is no longer a sign of something happening now, but it may never
// have been checked: it counts as urgent (a doctor today), is listed in `stale_ids`, and the message
// asks for the questions to be answered again.
RedFlagResult evaluate_red_flags(const Screening& screening, std::optional<Date> today = std::nullopt);

// The headline of a tier ("Call your emergency number now", ...); "" for none.
const char* red_flag_headline(RedFlagTier t);

}  // namespace painlink::analysis
