// The patient's sentence for each typed result of evaluate.hpp, kept beside the enums so the UI and
// the printed summary say the same thing. Plain language; every pattern is "not a diagnosis".
// Each sentence is in the active language (core/i18n/translate.hpp).
#pragma once

#include "core/assessment/evaluate.hpp"
#include "core/i18n/translate.hpp"

namespace painlink::assessment {

const char* pattern_name(Pattern p);      // "Migraine-like headache"
const char* pattern_sentence(Pattern p);  // what fitting it means and what to do
const char* fit_text(Fit f);              // "Your answers fit this pattern", ...
const char* feature_text(Feature f);      // "The pain is on one side of the head"
const char* feature_state_text(FeatureState s);  // "yes", "no", "not answered or not sure"
// The medicine-days sentence: a warning when a limit is reached, otherwise a note; "" when the
// medicine days were not answered.
const char* medication_sentence(const MedicationDays& m);
const char* specialist_sentence(SpecialistReason r);
const char* factor_label(FactorField f);  // "Stress", "Hours of sleep", ...
// Said once on every result screen and printout (through i18n::tr).
inline constexpr const char* kNotADiagnosis =
    i18n::msg("This self-check is not a diagnosis. It shows patterns your answers fit, to discuss with your doctor.");

}  // namespace painlink::assessment
