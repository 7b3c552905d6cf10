#include "core/assessment/wording.hpp"

#include "core/i18n/translate.hpp"

namespace painlink::assessment {

const char* pattern_name(Pattern p) {
  switch (p) {
    case Pattern::migraine_like: return i18n::tr("Migraine-like headache");
    case Pattern::migraine_with_aura_like: return i18n::tr("Migraine with aura");
    case Pattern::tension_type_like: return i18n::tr("Tension-type-like headache");
    case Pattern::neck_related: return i18n::tr("Headache with neck-related features");
    case Pattern::sciatica_like: return i18n::tr("Sciatica-like leg pain");
  }
  return "";
}

const char* pattern_sentence(Pattern p) {
  switch (p) {
    case Pattern::migraine_like:
      return i18n::tr(
          "Your usual headache has the features doctors look for in migraine (how long it lasts, how it feels, "
          "and feeling sick or bothered by light and sound). This is not a diagnosis: it is a pattern to "
          "discuss with your doctor, who can confirm it and talk about treatment.");
    case Pattern::migraine_with_aura_like:
      return i18n::tr(
          "The changes in eyesight or feeling you describe before a headache sound like what doctors call an "
          "aura. This is not a diagnosis: tell your doctor about it, especially if it is new or lasts longer "
          "than an hour.");
    case Pattern::tension_type_like:
      return i18n::tr(
          "Your usual headache has the features of a tension-type headache, the most common kind (pressing, "
          "on both sides, not made worse by activity). This is not a diagnosis: it is a pattern to discuss "
          "with your doctor.");
    case Pattern::neck_related:
      return i18n::tr(
          "Your headache seems linked to your neck: neck movement or posture brings it on and your neck "
          "moves less than it did. This is not a diagnosis: a doctor or physiotherapist needs to examine your "
          "neck to tell whether the headache comes from it.");
    case Pattern::sciatica_like:
      return i18n::tr(
          "Pain going below the knee with numbness or with leg pain worse than back pain fits what doctors "
          "call sciatica (an irritated nerve from the lower back). This is not a diagnosis: it is a pattern "
          "to discuss with your doctor.");
  }
  return "";
}

const char* fit_text(Fit f) {
  switch (f) {
    case Fit::fits: return i18n::tr("Your answers fit this pattern");
    case Fit::not_enough_answers: return i18n::tr("Not enough answers to tell");
    case Fit::does_not_fit: return i18n::tr("Your answers do not fit this pattern");
  }
  return "";
}

const char* feature_text(Feature f) {
  switch (f) {
    case Feature::duration_4_to_72h: return i18n::tr("An untreated headache lasts 4 hours to 3 days");
    case Feature::one_sided: return i18n::tr("The pain is on one side of the head");
    case Feature::pulsating: return i18n::tr("The pain throbs or pulses");
    case Feature::moderate_or_severe: return i18n::tr("The pain is moderate or severe");
    case Feature::worse_with_activity: return i18n::tr("Everyday activity makes it worse");
    case Feature::nausea_or_vomiting: return i18n::tr("Feeling sick or throwing up");
    case Feature::light_and_sound: return i18n::tr("Both light and sound bother you");
    case Feature::aura: return i18n::tr("Eyesight or feeling changes for 5 to 60 minutes before the headache");
    case Feature::duration_30min_or_more: return i18n::tr("A headache lasts 30 minutes or more");
    case Feature::both_sides: return i18n::tr("The pain is on both sides");
    case Feature::pressing: return i18n::tr("The pain presses or feels tight");
    case Feature::mild_or_moderate: return i18n::tr("The pain is mild or moderate");
    case Feature::not_worse_with_activity: return i18n::tr("Everyday activity does not make it worse");
    case Feature::no_nausea: return i18n::tr("No feeling sick");
    case Feature::not_light_and_sound: return i18n::tr("Not both light and sound bother you");
    case Feature::neck_provoked: return i18n::tr("Neck movement or a held posture brings it on");
    case Feature::neck_reduced: return i18n::tr("Your neck moves less than it did");
    case Feature::neck_start_spread: return i18n::tr("It starts in the neck and spreads forward");
    case Feature::same_side: return i18n::tr("It is always on the same side");
    case Feature::below_knee: return i18n::tr("Pain goes below the knee");
    case Feature::leg_worse_than_back: return i18n::tr("Leg pain is worse than back pain");
    case Feature::leg_numbness: return i18n::tr("Numbness or tingling in the leg or foot");
  }
  return "";
}

const char* feature_state_text(FeatureState s) {
  switch (s) {
    case FeatureState::met: return i18n::tr("yes");
    case FeatureState::not_met: return i18n::tr("no");
    case FeatureState::unknown: return i18n::tr("not answered or not sure");
  }
  return "";
}

const char* medication_sentence(const MedicationDays& m) {
  if (m.simple_reached && m.specific_reached)
    return i18n::tr(
        "You take simple painkillers on 15 or more days a month and triptans, ergotamine, opioids or "
        "combination painkillers on 10 or more days a month. Taking them this often can itself cause more "
        "frequent headaches (medication-overuse headache). This is not a diagnosis: talk to your doctor "
        "before changing how you take them.");
  if (m.simple_reached)
    return i18n::tr(
        "You take simple painkillers (paracetamol, ibuprofen, naproxen, aspirin) on 15 or more days a month. "
        "Taking them this often can itself cause more frequent headaches (medication-overuse headache). This "
        "is not a diagnosis: talk to your doctor before changing how you take them.");
  if (m.specific_reached)
    return i18n::tr(
        "You take triptans, ergotamine, opioids or combination painkillers on 10 or more days a month. Taking "
        "them this often can itself cause more frequent headaches (medication-overuse headache). This is not "
        "a diagnosis: talk to your doctor before changing how you take them.");
  if (m.simple || m.specific)
    return i18n::tr(
        "Your painkiller days are below the limits where they can cause more headaches (15 days a month for "
        "simple painkillers, 10 for triptans, ergotamine, opioids and combination painkillers). Counting them "
        "in the journal keeps it that way.");
  return "";
}

const char* specialist_sentence(SpecialistReason r) {
  switch (r) {
    case SpecialistReason::care_not_helping:
      return i18n::tr(
          "You have tried self-care for 6 weeks or more and it has not clearly helped. Ask your doctor "
          "about seeing a specialist (for example a physiotherapist, a pain clinic or a headache clinic).");
  }
  return "";
}

const char* factor_label(FactorField f) {
  switch (f) {
    case FactorField::sleep_hours: return i18n::tr("Hours of sleep");
    case FactorField::stress: return i18n::tr("Stress");
    case FactorField::screen_hours: return i18n::tr("Screen time");
    case FactorField::sitting_hours: return i18n::tr("Hours sitting");
    case FactorField::water_glasses: return i18n::tr("Glasses of water");
    case FactorField::caffeine_cups: return i18n::tr("Caffeine");
    case FactorField::alcohol_units: return i18n::tr("Alcohol");
    case FactorField::exercise_minutes: return i18n::tr("Exercise");
    case FactorField::skipped_meal: return i18n::tr("Skipped meals");
    case FactorField::menstruating: return i18n::tr("Period");
  }
  return "";
}

}  // namespace painlink::assessment
