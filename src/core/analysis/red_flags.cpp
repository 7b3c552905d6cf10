#include "core/analysis/red_flags.hpp"

#include "core/i18n/format.hpp"
#include "core/i18n/translate.hpp"

namespace painlink::analysis {

namespace {

using G = RedFlagGroup;
using T = RedFlagTier;

// Order: the emergency signs first (headache, then cauda equina), then same-day signs, then the
// ones to tell a doctor about soon. The UI groups them by `group` and keeps this order inside.
constexpr RedFlagQuestion kQuestions[] = {
    // --- Emergency: now ---
    {"headache_thunderclap", G::headache, T::emergency, 7,
     i18n::msg("In the last week, has a headache come on suddenly and reached its worst within about a minute, like a "
               "thunderclap?"),
     i18n::msg("a sudden headache that reached its worst within a minute"),
     "SNNOOP10 O: sudden or abrupt onset (thunderclap); NICE CKS Headache: suspected subarachnoid haemorrhage", false},
    {"headache_neuro", G::headache, T::emergency, 7,
     i18n::msg("In the last week, have you had new weakness or numbness on one side of your body or face, trouble "
               "speaking or "
               "understanding, sudden confusion, fainting or a seizure?"),
     i18n::msg("new weakness, numbness, speech trouble, confusion, fainting or a seizure"),
     "SNNOOP10 N: neurological deficit or dysfunction, decreased consciousness; NICE CKS Headache: stroke", false},
    {"headache_fever_neck", G::headache, T::emergency, 1,
     i18n::msg(
         "Right now, do you have a headache with a fever and a stiff neck, a rash that does not fade when pressed, or "
         "confusion?"),
     i18n::msg("a headache with fever and a stiff neck, a rash or confusion"),
     "SNNOOP10 S: systemic symptoms with fever; NICE CKS Headache: suspected meningitis or encephalitis", false},
    {"headache_head_injury", G::headache, T::emergency, 7,
     i18n::msg("In the last week, did you hit your head and since then have a headache with vomiting, drowsiness, or a "
               "headache that keeps getting worse?"),
     i18n::msg("a headache after a recent head injury with vomiting, drowsiness or worsening"),
     "SNNOOP10 P: post-traumatic onset; NICE CKS Headache: head injury with signs of intracranial injury", false},
    {"headache_red_eye", G::headache, T::emergency, 1,
     i18n::msg("Right now, is one eye red and painful, with blurred vision or coloured rings (halos) around lights?"),
     i18n::msg("a painful red eye with blurred vision or halos"),
     "NICE CKS Headache: acute angle-closure glaucoma (painful red eye, halos, reduced vision)", false},
    {"back_bladder_bowel", G::back, T::emergency, 14,
     i18n::msg(
         "In the last 2 weeks, have you had new trouble passing urine, leaked urine or stools, or not felt when your "
         "bladder is full?"),
     i18n::msg("new bladder or bowel problems"),
     "Cauda equina: bladder or bowel disturbance (NICE CKS Sciatica; GIRFT 2023)", true},
    {"back_saddle_numbness", G::back, T::emergency, 14,
     i18n::msg("In the last 2 weeks, has the skin between your legs, around your bottom or your genitals felt numb or "
               "different (for example when wiping), or has sexual feeling changed?"),
     i18n::msg("numbness between the legs or around the bottom or genitals"),
     "Cauda equina: saddle or genital sensory loss, sexual dysfunction (NICE CKS Sciatica; GIRFT 2023)", true},
    {"back_both_legs", G::back, T::emergency, 14,
     i18n::msg("In the last 2 weeks, has pain, numbness or pins and needles started going down both legs?"),
     i18n::msg("pain or numbness going down both legs"),
     "Cauda equina: bilateral sciatica (NICE CKS Sciatica; GIRFT 2023)", true},
    {"back_leg_weakness", G::back, T::emergency, 14,
     i18n::msg(
         "In the last 2 weeks, have your legs become weak or weaker (for example tripping, or trouble standing up or "
         "walking)?"),
     i18n::msg("severe or worsening leg weakness"),
     "Cauda equina: severe or progressive neurological deficit in the legs (NICE CKS Sciatica; GIRFT 2023)", true},
    // --- Urgent: a doctor today ---
    {"headache_jaw_scalp", G::headache, T::urgent, 0,
     i18n::msg(
         "Are you over 50 with a headache that is new for you, and pain in the jaw when chewing, a tender scalp (for "
         "example when brushing your hair) or changes in your eyesight?"),
     i18n::msg("a new headache over 50 with jaw pain on chewing, a tender scalp or eyesight changes"),
     "SNNOOP10 O: older age at onset; NICE CKS Headache: suspected giant cell arteritis", false},
    {"headache_pregnancy", G::headache, T::urgent, 0,
     i18n::msg("Are you pregnant or have you given birth in the last 6 weeks, and is this headache new or different "
               "for you?"),
     i18n::msg("a new or different headache in pregnancy or after a birth"),
     "SNNOOP10 P: pregnancy or puerperium; NICE CKS Headache: pre-eclampsia, venous sinus thrombosis", false},
    {"headache_cough_exertion", G::headache, T::urgent, 0,
     i18n::msg("Has a headache started recently that comes on with coughing, sneezing, straining or exercise?"),
     i18n::msg("a new headache brought on by coughing, sneezing, straining or exercise"),
     "SNNOOP10 P: precipitated by sneezing, coughing or exercise", false},
    {"headache_positional", G::headache, T::urgent, 0,
     i18n::msg(
         "Has a headache started recently that gets much worse when you stand up, or much worse when you lie down?"),
     i18n::msg("a new headache that changes a lot with standing or lying down"), "SNNOOP10 P: positional headache",
     false},
    {"headache_vision", G::headache, T::urgent, 0,
     i18n::msg(
         "Has a doctor or optician found swelling at the back of your eye, or have you recently lost part of your "
         "eyesight?"),
     i18n::msg("swelling at the back of the eye or recent loss of eyesight"), "SNNOOP10 P: papilloedema", false},
    {"fever_unwell", G::back, T::urgent, 7,
     i18n::msg("In the last week, along with your back pain, have you had a fever, chills or shivering, or felt very "
               "unwell?"),
     i18n::msg("back pain with a fever or feeling very unwell"),
     "NICE CKS Low back pain: suspected spinal infection (fever, systemically unwell)", false},
    {"back_cancer_pain", G::back, T::urgent, 0,
     i18n::msg("Have you had cancer, and is your back pain new, or worse at night?"),
     i18n::msg("back pain that is new or worse at night after cancer"),
     "NICE CKS Low back pain and Sciatica: suspected spinal metastasis (cancer history with new back pain)", false},
    {"back_major_trauma", G::back, T::urgent, 14,
     i18n::msg(
         "In the last 2 weeks, did your back pain start after a fall or an accident (for example a car crash, or a "
         "minor fall if you have thin bones)?"),
     i18n::msg("back pain that started after a recent fall or accident"),
     "NICE CKS Low back pain: suspected fracture (significant trauma, or minor trauma with osteoporosis)", false},
    // --- Soon: tell a doctor within days to weeks ---
    {"headache_onset_after_50", G::headache, T::soon, 0,
     i18n::msg("Did your headaches first start after you turned 50?"), i18n::msg("headaches that began after age 50"),
     "SNNOOP10 O: older age at onset (after 50 years)", false},
    {"headache_pattern_change", G::headache, T::soon, 0,
     i18n::msg(
         "Have your headaches started in the last few months, or clearly changed in how they feel or how often they "
         "come?"),
     i18n::msg("new or clearly changed headaches"), "SNNOOP10 P: pattern change or recent onset of headache", false},
    {"headache_progressive", G::headache, T::soon, 0,
     i18n::msg("Are your headaches getting steadily worse week by week, or unlike any headache you have had before?"),
     i18n::msg("steadily worsening or unusual headaches"),
     "SNNOOP10 P: progressive headache and atypical presentations", false},
    {"headache_painful_eye", G::headache, T::soon, 0,
     i18n::msg(
         "Is the pain around one eye, with a red or watering eye, a drooping eyelid or a runny nose on that side?"),
     i18n::msg("pain around one eye with watering, a drooping eyelid or a runny nose"),
     "SNNOOP10 P: painful eye with autonomic features", false},
    {"headache_after_injury", G::headache, T::soon, 0,
     i18n::msg("Did your headaches start after a blow to the head or another injury?"),
     i18n::msg("headaches that began after an injury"), "SNNOOP10 P: post-traumatic onset of headache", false},
    {"headache_new_medicine", G::headache, T::soon, 0,
     i18n::msg(
         "Did your headaches start or change after starting a new medicine, or do you take painkillers on most days?"),
     i18n::msg("headaches linked to a new medicine or painkillers on most days"),
     "SNNOOP10 P: painkiller overuse or new drug at onset of headache", false},
    {"cancer_history", G::general, T::soon, 0, i18n::msg("Have you ever had cancer?"), i18n::msg("a history of cancer"),
     "SNNOOP10 N: neoplasm in history; NICE CKS Low back pain: malignancy", false},
    {"immune_weakened", G::general, T::soon, 0,
     i18n::msg(
         "Do you have a condition or take medicine that weakens your immune system (for example HIV, chemotherapy or "
         "long-term steroids)?"),
     i18n::msg("a weakened immune system"),
     "SNNOOP10 P: pathology of the immune system such as HIV; NICE CKS Low back pain: immunosuppression", false},
    {"weight_loss", G::general, T::soon, 0, i18n::msg("Have you lost weight in the last few months without trying?"),
     i18n::msg("weight loss without trying"), "NICE CKS Low back pain: malignancy (unexplained weight loss)", false},
    {"back_night_pain", G::back, T::soon, 0,
     i18n::msg("Is your back pain constant and just as bad or worse at night, even when you lie still?"),
     i18n::msg("constant back pain that is worse at night"),
     "NICE CKS Low back pain: malignancy or infection (non-mechanical, night pain)", false},
    {"back_age_onset", G::back, T::soon, 0, i18n::msg("Did this back pain first start before age 20 or after age 55?"),
     i18n::msg("back pain that began before 20 or after 55"), "NICE CKS Low back pain: age at onset < 20 or > 55",
     false},
};

std::string labels_at(const std::vector<const RedFlagQuestion*>& yes, RedFlagTier tier) {
  std::vector<std::string> parts;
  for (const RedFlagQuestion* q : yes)
    if (q->tier == tier) parts.emplace_back(i18n::tr(q->short_label));
  return i18n::join_list(parts);
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

const char* to_string(RedFlagTier t) {
  switch (t) {
    case RedFlagTier::none: return "none";
    case RedFlagTier::soon: return "soon";
    case RedFlagTier::urgent: return "urgent";
    case RedFlagTier::emergency: return "emergency";
  }
  return "none";
}

const char* red_flag_headline(RedFlagTier t) {
  switch (t) {
    case RedFlagTier::emergency: return i18n::tr("Emergency: call your local emergency number now");
    case RedFlagTier::urgent: return i18n::tr("See a doctor today");
    case RedFlagTier::soon: return i18n::tr("Tell a doctor in the next few days");
    case RedFlagTier::none: return "";
  }
  return "";
}

std::span<const RedFlagQuestion> red_flag_questions() { return kQuestions; }

const RedFlagQuestion* find_red_flag_question(std::string_view id) {
  for (const RedFlagQuestion& q : kQuestions)
    if (id == q.id) return &q;
  return nullptr;
}

RedFlagResult evaluate_red_flags(const Screening& screening, std::optional<Date> today) {
  RedFlagResult out;
  out.answered_on = screening.answered_on;
  const int age = today && screening.answered_on ? *today - *screening.answered_on : 0;
  // Questions whose answers are evaluated at a tier other than their own (aged emergency answers).
  std::vector<RedFlagQuestion> aged;
  aged.reserve(std::size(kQuestions));
  std::vector<const RedFlagQuestion*> yes;
  bool cauda = false;
  for (const RedFlagQuestion& q : kQuestions) {
    RedFlagItem item;
    item.question = &q;
    const auto it = screening.answers.find(q.id);
    if (it != screening.answers.end()) item.answer = it->second;
    if (!item.answer) ++out.unanswered;
    if (item.answer.value_or(false)) {
      out.positive_ids.emplace_back(q.id);
      const RedFlagQuestion* counted = &q;
      if (q.tier == RedFlagTier::emergency && q.window_days > 0 && age > q.window_days) {
        out.stale_ids.emplace_back(q.id);
        aged.push_back(q);
        aged.back().tier = RedFlagTier::urgent;
        counted = &aged.back();
      }
      yes.push_back(counted);
      if (counted->tier > out.level) out.level = counted->tier;
      cauda = cauda || (counted->cauda_equina && counted->tier == RedFlagTier::emergency);
    }
    out.items.push_back(item);
  }
  out.any_yes = !yes.empty();
  out.urgent = out.level >= RedFlagTier::urgent;
  out.emergency = out.level == RedFlagTier::emergency;
  out.headline = red_flag_headline(out.level);

  // What to do and how fast first, then what was answered, then the lower tiers.
  const std::string emergency = labels_at(yes, RedFlagTier::emergency);
  const std::string urgent = labels_at(yes, RedFlagTier::urgent);
  const std::string soon = labels_at(yes, RedFlagTier::soon);
  switch (out.level) {
    case RedFlagTier::emergency:
      out.message = i18n::tr(
          "Call your local emergency number (such as 911, 112 or 999) or go to the nearest "
          "emergency department now. Do not wait to see if it gets better, and do not drive "
          "yourself. You answered yes to {signs}.",
          {{"signs", emergency}});
      out.message += " ";
      out.message += cauda ? i18n::tr(
                                 "With back pain, bladder, bowel, saddle or two-leg symptoms can mean the nerves "
                                 "at the bottom of the spine are squeezed (cauda equina syndrome), which needs "
                                 "treatment within hours to protect bladder, bowel and leg function.")
                           : i18n::tr(
                                 "This can be a sign of a serious problem such as bleeding in the head, a stroke "
                                 "or an infection, which needs checking straight away.");
      if (!urgent.empty()) out.message += " " + i18n::tr("You also answered yes to {signs}.", {{"signs", urgent}});
      if (!soon.empty()) out.message += " " + i18n::tr("Tell the doctor too about {signs}.", {{"signs", soon}});
      break;
    case RedFlagTier::urgent:
      out.message = i18n::tr(
          "Call your doctor's practice or an urgent care service now and say it is urgent; if "
          "you cannot get seen today, go to an emergency department. You answered yes to {signs}. "
          "This needs a doctor's check the same day. If you get much worse, for example a sudden "
          "very bad headache, weakness or confusion, call your local emergency number (such as "
          "911, 112 or 999).",
          {{"signs", urgent}});
      if (!soon.empty()) out.message += " " + i18n::tr("Tell the doctor too about {signs}.", {{"signs", soon}});
      break;
    case RedFlagTier::soon:
      out.message = i18n::tr(
          "Book an appointment with a doctor in the next few days and mention that you answered "
          "yes to {signs}. On its own this does not need care today, but a doctor should know "
          "about it when looking at your back pain and headaches. If something new happens, "
          "answer the safety questions again.",
          {{"signs", soon}});
      break;
    case RedFlagTier::none:
      if (out.unanswered == static_cast<int>(std::size(kQuestions)))
        out.message = i18n::tr("Please answer the safety questions: some signs need a doctor straight away.");
      else if (out.unanswered > 0)
        out.message =
            i18n::trn("No warning signs in your answers so far; {n} question is still unanswered.",
                      "No warning signs in your answers so far; {n} questions are still unanswered.", out.unanswered);
      else
        out.message = i18n::tr("No warning signs in your answers. If anything changes, answer the questions again.");
      break;
  }
  if (!out.stale_ids.empty())
    out.message += " " + i18n::trn(
                             "Some of your answers are from {n} day ago and ask about a shorter time: if it is "
                             "happening again now, call your local emergency number; answer the safety questions "
                             "again so this advice is up to date.",
                             "Some of your answers are from {n} days ago and ask about a shorter time: if it is "
                             "happening again now, call your local emergency number; answer the safety questions "
                             "again so this advice is up to date.",
                             age);
  return out;
}

}  // namespace painlink::analysis
