#include "core/model.hpp"

#include "core/i18n/translate.hpp"

namespace painlink {

bool Factors::empty() const {
  return !sleep_hours && !stress && !screen_hours && !sitting_hours && !water_glasses && !caffeine_cups &&
         !alcohol_units && !exercise_minutes && !skipped_meal && !menstruating && custom.empty() &&
         (extra.is_null() || extra.empty());
}

Factors Factors::filled_from(const Factors& other) const {
  Factors out = *this;
  const auto fill = [](auto& mine, const auto& theirs) {
    if (!mine) mine = theirs;
  };
  fill(out.sleep_hours, other.sleep_hours);
  fill(out.stress, other.stress);
  fill(out.screen_hours, other.screen_hours);
  fill(out.sitting_hours, other.sitting_hours);
  fill(out.water_glasses, other.water_glasses);
  fill(out.caffeine_cups, other.caffeine_cups);
  fill(out.alcohol_units, other.alcohol_units);
  fill(out.exercise_minutes, other.exercise_minutes);
  fill(out.skipped_meal, other.skipped_meal);
  fill(out.menstruating, other.menstruating);
  for (const auto& [name, on] : other.custom) out.custom.emplace(name, on);
  return out;
}

bool Entry::empty() const {
  return !back_pain && !headache && (!factors || factors->empty()) && treatments.empty() && notes.empty() &&
         (extra.is_null() || extra.empty());
}

const char* to_string(HeadacheSide v) {
  switch (v) {
    case HeadacheSide::left: return "left";
    case HeadacheSide::right: return "right";
    case HeadacheSide::both: return "both";
  }
  return "both";
}

const char* to_string(TreatmentType v) {
  switch (v) {
    case TreatmentType::medication: return "medication";
    case TreatmentType::rest: return "rest";
    case TreatmentType::ice: return "ice";
    case TreatmentType::heat: return "heat";
    case TreatmentType::stretching: return "stretching";
    case TreatmentType::posture: return "posture";
    case TreatmentType::other: return "other";
  }
  return "other";
}

const char* to_string(DrugClass v) {
  switch (v) {
    case DrugClass::nsaid: return "nsaid";
    case DrugClass::paracetamol: return "paracetamol";
    case DrugClass::aspirin: return "aspirin";
    case DrugClass::triptan: return "triptan";
    case DrugClass::ergot: return "ergot";
    case DrugClass::opioid: return "opioid";
    case DrugClass::combination: return "combination";
    case DrugClass::muscle_relaxant: return "muscle_relaxant";
    case DrugClass::other: return "other";
  }
  return "other";
}

std::optional<HeadacheSide> headache_side_from_string(std::string_view s) {
  for (auto v : {HeadacheSide::left, HeadacheSide::right, HeadacheSide::both})
    if (s == to_string(v)) return v;
  return std::nullopt;
}

std::optional<TreatmentType> treatment_type_from_string(std::string_view s) {
  for (auto v : kAllTreatmentTypes)
    if (s == to_string(v)) return v;
  return std::nullopt;
}

std::optional<DrugClass> drug_class_from_string(std::string_view s) {
  for (auto v : kAllDrugClasses)
    if (s == to_string(v)) return v;
  return std::nullopt;
}

const char* to_string(FactorField v) {
  switch (v) {
    case FactorField::sleep_hours: return "sleep_hours";
    case FactorField::stress: return "stress";
    case FactorField::screen_hours: return "screen_hours";
    case FactorField::sitting_hours: return "sitting_hours";
    case FactorField::water_glasses: return "water_glasses";
    case FactorField::caffeine_cups: return "caffeine_cups";
    case FactorField::alcohol_units: return "alcohol_units";
    case FactorField::exercise_minutes: return "exercise_minutes";
    case FactorField::skipped_meal: return "skipped_meal";
    case FactorField::menstruating: return "menstruating";
  }
  return "stress";
}

std::optional<FactorField> factor_field_from_string(std::string_view s) {
  for (auto v : kAllFactorFields)
    if (s == to_string(v)) return v;
  return std::nullopt;
}

const char* label(TreatmentType v) {
  switch (v) {
    case TreatmentType::medication: return "Medication";
    case TreatmentType::rest: return "Rest";
    case TreatmentType::ice: return "Ice";
    case TreatmentType::heat: return "Heat";
    case TreatmentType::stretching: return "Stretching";
    case TreatmentType::posture: return "Posture / ergonomics";
    case TreatmentType::other: return "Other";
  }
  return "Other";
}

const char* label(DrugClass v) {
  switch (v) {
    case DrugClass::nsaid: return i18n::msg("NSAID (ibuprofen, naproxen)");
    case DrugClass::paracetamol: return i18n::msg("Paracetamol / acetaminophen");
    case DrugClass::aspirin: return i18n::msg("Aspirin");
    case DrugClass::triptan: return i18n::msg("Triptan");
    case DrugClass::ergot: return i18n::msg("Ergot (ergotamine)");
    case DrugClass::opioid: return i18n::msg("Opioid (codeine, tramadol)");
    case DrugClass::combination: return i18n::msg("Combination painkiller");
    case DrugClass::muscle_relaxant: return i18n::msg("Muscle relaxant");
    case DrugClass::other: return i18n::msg("Other medication");
  }
  return i18n::msg("Other medication");
}

const char* label(HeadacheSide v) {
  switch (v) {
    case HeadacheSide::left: return "Left";
    case HeadacheSide::right: return "Right";
    case HeadacheSide::both: return "Both sides";
  }
  return "Both sides";
}

}  // namespace painlink
