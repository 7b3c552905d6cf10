// Red-flag screening questionnaire: the questions (ids are what Journal.screening.answers stores)
// and their evaluation. Any "yes" means urgent: the patient is told plainly to seek medical care
// now, listing the answers; cauda equina signs get their own emergency (same-day) wording.
//
// Sources:
//  - Headache: SNNOOP10 list, Do TP et al. "Red and orange flags for secondary headaches in
//    clinical practice: SNNOOP10 list." Neurology 2019;92(3):134-144.
//  - Back: NICE NG59 "Low back pain and sciatica in over 16s" (2016, updated 2020) and NICE CKS
//    "Low back pain without radiculopathy" and "Sciatica (lumbar radiculopathy)" red flags
//    (cancer, infection, fracture, cauda equina).
//  - Cauda equina: NICE CKS "Sciatica" (suspected cauda equina syndrome: emergency referral) and
//    GIRFT "National suspected cauda equina syndrome pathway" (2023).
//  - ICHD-3: Cephalalgia 2018;38(1):1-211.
// Questions are written for the patient; `source` says which list item each comes from.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/model.hpp"

namespace painlink::analysis {

enum class RedFlagGroup { headache, back, general };
const char* to_string(RedFlagGroup g);

struct RedFlagQuestion {
  const char* id;           // stable key in Screening.answers
  RedFlagGroup group;
  const char* question;     // shown to the patient, answered yes/no
  const char* short_label;  // used in the urgent message: "a sudden, thunderclap headache"
  const char* source;       // list and item
  bool cauda_equina;        // a "yes" is an emergency (same day)
};

std::span<const RedFlagQuestion> red_flag_questions();
const RedFlagQuestion* find_red_flag_question(std::string_view id);

struct RedFlagItem {
  const RedFlagQuestion* question = nullptr;
  std::optional<bool> answer;  // nullopt: not answered
};

struct RedFlagResult {
  bool urgent = false;     // any yes
  bool emergency = false;  // any cauda-equina yes
  std::optional<Date> answered_on;
  std::vector<RedFlagItem> items;          // every question, in order
  std::vector<std::string> positive_ids;   // the yes answers
  int unanswered = 0;
  std::string message;
};

RedFlagResult evaluate_red_flags(const Screening& screening);

}  // namespace painlink::analysis
