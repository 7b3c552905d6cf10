#include "core/analysis/red_flags.hpp"

namespace painlink::analysis {

namespace {

using G = RedFlagGroup;

// Order: emergencies first, then the SNNOOP10 items in list order, then the back items.
constexpr RedFlagQuestion kQuestions[] = {
    // --- Cauda equina (NICE CKS Sciatica; GIRFT national suspected CES pathway 2023) ---
    {"back_bladder_bowel", G::back,
     "In the last 2 weeks, have you had new trouble passing urine, leaked urine or stools, or not felt when your "
     "bladder is full?",
     "new bladder or bowel problems", "Cauda equina: bladder or bowel disturbance (NICE CKS Sciatica; GIRFT 2023)",
     true},
    {"back_saddle_numbness", G::back,
     "In the last 2 weeks, has the skin between your legs, around your bottom or your genitals felt numb or "
     "different (for example when wiping), or has sexual feeling changed?",
     "numbness between the legs or around the bottom or genitals",
     "Cauda equina: saddle or genital sensory loss, sexual dysfunction (NICE CKS Sciatica; GIRFT 2023)", true},
    {"back_both_legs", G::back,
     "In the last 2 weeks, has pain, numbness or pins and needles started going down both legs?",
     "pain or numbness going down both legs", "Cauda equina: bilateral sciatica (NICE CKS Sciatica; GIRFT 2023)",
     true},
    {"back_leg_weakness", G::back,
     "Are your legs weak, or getting weaker (for example tripping, or trouble standing up or walking)?",
     "severe or worsening leg weakness",
     "Cauda equina: severe or progressive neurological deficit in the legs (NICE CKS Sciatica; GIRFT 2023)", true},
    // --- Headache: SNNOOP10 (Do et al., Neurology 2019) ---
    {"fever_unwell", G::general,
     "Along with your pain, have you had a fever, chills, night sweats, or felt generally very unwell?",
     "fever or feeling very unwell",
     "SNNOOP10 S: systemic symptoms including fever; NICE CKS low back pain: infection", false},
    {"cancer_history", G::general, "Have you ever had cancer?", "a history of cancer",
     "SNNOOP10 N: neoplasm in history; NICE CKS low back pain: malignancy", false},
    {"headache_neuro", G::headache,
     "With a headache, have you had weakness or numbness on one side, trouble speaking, confusion, fainting or a "
     "seizure?",
     "weakness, numbness, speech problems, confusion or a seizure",
     "SNNOOP10 N: neurological deficit or dysfunction (including decreased consciousness)", false},
    {"headache_thunderclap", G::headache,
     "Has a headache ever come on suddenly and reached its worst within a minute, like a thunderclap?",
     "a sudden, thunderclap headache", "SNNOOP10 O: onset is sudden or abrupt", false},
    {"headache_onset_after_50", G::headache, "Did your headaches first start after you turned 50?",
     "headaches that began after age 50", "SNNOOP10 O: older age at onset (after 50 years)", false},
    {"headache_pattern_change", G::headache,
     "Have your headaches started recently, or clearly changed in how they feel or how often they come?",
     "new or clearly changed headaches", "SNNOOP10 P: pattern change or recent onset of headache", false},
    {"headache_positional", G::headache,
     "Does your headache get much worse when you stand up, or much better when you lie down (or the other way "
     "round)?",
     "a headache that changes with standing or lying down", "SNNOOP10 P: positional headache", false},
    {"headache_cough_exertion", G::headache,
     "Is your headache brought on by coughing, sneezing, straining or exercise?",
     "a headache brought on by coughing, sneezing, straining or exercise",
     "SNNOOP10 P: precipitated by sneezing, coughing or exercise", false},
    {"headache_vision", G::headache,
     "Has a doctor or optician found swelling at the back of your eye, or do you have new problems with your "
     "eyesight?",
     "eyesight problems or swelling at the back of the eye", "SNNOOP10 P: papilloedema", false},
    {"headache_progressive", G::headache,
     "Are your headaches getting steadily worse week by week, or unlike any headache you have had before?",
     "steadily worsening or unusual headaches", "SNNOOP10 P: progressive headache and atypical presentations",
     false},
    {"headache_pregnancy", G::headache, "Are you pregnant, or have you given birth in the last 6 weeks?",
     "pregnancy or a recent birth", "SNNOOP10 P: pregnancy or puerperium", false},
    {"headache_painful_eye", G::headache,
     "Is the pain in or around one eye, with a red or watering eye, a drooping eyelid or a runny nose on that side?",
     "a painful eye with redness, watering or a drooping eyelid", "SNNOOP10 P: painful eye with autonomic features",
     false},
    {"headache_after_injury", G::headache, "Did your headaches start after a blow to the head or another injury?",
     "headaches that began after an injury", "SNNOOP10 P: post-traumatic onset of headache", false},
    {"immune_weakened", G::general,
     "Do you have a condition or take medicine that weakens your immune system (for example HIV, chemotherapy or "
     "long-term steroids)?",
     "a weakened immune system",
     "SNNOOP10 P: pathology of the immune system such as HIV; NICE CKS low back pain: immunosuppression", false},
    {"headache_new_medicine", G::headache,
     "Did your headaches start or change after starting a new medicine, or do you take painkillers on most days?",
     "headaches linked to a new medicine or painkillers on most days",
     "SNNOOP10 P: painkiller overuse or new drug at onset of headache", false},
    // --- Back: NICE NG59 / NICE CKS red flags for serious pathology ---
    {"back_major_trauma", G::back,
     "Did your back pain start after a major accident, such as a car crash or a fall from a height?",
     "back pain after a major accident", "NICE CKS low back pain: fracture (significant trauma)", false},
    {"weight_loss", G::general, "Have you lost weight recently without trying?", "unexplained weight loss",
     "NICE CKS low back pain: malignancy (unexplained weight loss)", false},
    {"back_night_pain", G::back,
     "Is your back pain constant and just as bad or worse at night, even when you lie still?",
     "constant back pain that is worse at night",
     "NICE CKS low back pain: malignancy or infection (non-mechanical, night pain)", false},
    {"back_age_onset", G::back, "Did this back pain first start before age 20 or after age 55?",
     "back pain that began before 20 or after 55", "NICE CKS low back pain: age at onset < 20 or > 55", false},
};

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += (i + 1 == parts.size()) ? " and " : ", ";
    out += parts[i];
  }
  return out;
}

}  // namespace

const char* to_string(RedFlagGroup g) {
  switch (g) {
    case RedFlagGroup::headache: return "headache";
    case RedFlagGroup::back: return "back";
    case RedFlagGroup::general: return "general";
  }
  return "general";
}

std::span<const RedFlagQuestion> red_flag_questions() { return kQuestions; }

const RedFlagQuestion* find_red_flag_question(std::string_view id) {
  for (const RedFlagQuestion& q : kQuestions)
    if (id == q.id) return &q;
  return nullptr;
}

RedFlagResult evaluate_red_flags(const Screening& screening) {
  RedFlagResult out;
  out.answered_on = screening.answered_on;
  std::vector<std::string> emergency_labels, urgent_labels;
  for (const RedFlagQuestion& q : kQuestions) {
    RedFlagItem item;
    item.question = &q;
    const auto it = screening.answers.find(q.id);
    if (it != screening.answers.end()) item.answer = it->second;
    if (!item.answer) ++out.unanswered;
    if (item.answer.value_or(false)) {
      out.urgent = true;
      out.positive_ids.emplace_back(q.id);
      if (q.cauda_equina) {
        out.emergency = true;
        emergency_labels.emplace_back(q.short_label);
      } else {
        urgent_labels.emplace_back(q.short_label);
      }
    }
    out.items.push_back(item);
  }
  if (out.emergency) {
    out.message = "EMERGENCY: go to an emergency department today, now. You answered yes to " +
                  join(emergency_labels) +
                  ". Together with back pain these can be signs of cauda equina syndrome, a nerve emergency that needs "
                  "same-day assessment to protect bladder, bowel and leg function. Do not wait to see if it gets "
                  "better.";
    if (!urgent_labels.empty()) out.message += " You also answered yes to " + join(urgent_labels) + ".";
  } else if (out.urgent) {
    out.message = "Seek urgent medical care now: you answered yes to " + join(urgent_labels) +
                  ". These can be signs of a condition that a doctor needs to check soon. Contact your doctor today; "
                  "if you cannot reach one, go to urgent care or an emergency department.";
  } else if (out.unanswered == static_cast<int>(std::size(kQuestions))) {
    out.message = "Please answer the safety questions: some signs need a doctor straight away.";
  } else if (out.unanswered > 0) {
    out.message = "No warning signs in your answers so far; " + std::to_string(out.unanswered) +
                  " questions are still unanswered.";
  } else {
    out.message = "No warning signs in your answers. If anything changes, answer the questions again.";
  }
  return out;
}

}  // namespace painlink::analysis
