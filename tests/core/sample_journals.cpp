#include "sample_journals.hpp"

namespace painlink::samples {

Entry example_entry() {
  Entry e;
  e.date = date_from_civil(2026, 11, 20);
  BackPain b;
  b.intensity = 6;
  b.neck = b.upper_back = b.lower_back = true;
  b.to_arm = b.to_leg = true;
  e.back_pain = b;
  Headache h;
  h.intensity = 7;
  h.duration_hours = 5;
  h.side = HeadacheSide::left;
  h.pulsating = true;
  h.aura = false;  // answered, as in README's example
  h.nausea = h.light_sensitive = h.sound_sensitive = h.worse_with_activity = true;
  e.headache = h;
  Factors f;
  f.sleep_hours = 5.5;
  f.stress = 8;
  f.screen_hours = 10;
  f.sitting_hours = 9;
  f.water_glasses = 3;
  f.caffeine_cups = 4;
  f.alcohol_units = 0;
  f.exercise_minutes = 0;
  f.skipped_meal = true;
  f.menstruating = false;
  f.custom["weather change"] = true;
  e.factors = f;
  Treatment ibuprofen;
  ibuprofen.type = TreatmentType::medication;
  ibuprofen.name = "ibuprofen";
  ibuprofen.drug_class = DrugClass::nsaid;
  ibuprofen.dose_mg = 400;
  ibuprofen.relief = 6;
  Treatment ice;
  ice.type = TreatmentType::ice;
  ice.relief = 3;
  e.treatments = {ibuprofen, ice};
  e.notes = "Long drive";
  return e;
}

Entry full_entry(Date date, int n) {
  static const char* const kNotes[] = {
      "Long drive to see mum, stiff by the evening",  "Bad night, woke at 4 with neck pain again",
      "Worked from the sofa all day, lower back sore", "Migraine started after lunch, dark room helped",
      "Gym in the morning, felt better than last week", "-stiff after the flight, took it easy",
  };
  static const char* const kMeds[] = {"ibuprofen", "paracetamol", "sumatriptan", "naproxen"};
  static const DrugClass kClasses[] = {DrugClass::nsaid, DrugClass::paracetamol, DrugClass::triptan, DrugClass::nsaid};
  static const double kDoses[] = {400, 1000, 50, 250};
  static const TreatmentType kOthers[] = {TreatmentType::ice, TreatmentType::heat, TreatmentType::stretching,
                                          TreatmentType::rest};
  Entry e;
  e.date = date;
  BackPain b;
  b.intensity = n % 11;
  b.neck = n % 3 == 0;
  b.upper_back = n % 4 == 1;
  b.lower_back = n % 2 == 0;
  b.to_leg = n % 5 == 0;
  b.to_arm = n % 7 == 0;
  e.back_pain = b;
  Headache h;
  h.intensity = (n * 7) % 11;
  h.duration_hours = 0.5 * (n % 17);
  h.side = static_cast<HeadacheSide>(n % 3);
  h.pulsating = n % 2 == 1;
  h.aura = n % 9 == 0;
  h.nausea = n % 4 == 0;
  h.light_sensitive = n % 3 == 1;
  h.sound_sensitive = n % 5 == 2;
  h.worse_with_activity = n % 2 == 0;
  e.headache = h;
  Factors f;
  f.sleep_hours = 4.5 + 0.5 * (n % 9);
  f.stress = n % 11;
  f.screen_hours = 2 + 0.5 * (n % 21);
  f.sitting_hours = 3 + (n % 10);
  f.water_glasses = 2 + n % 9;
  f.caffeine_cups = n % 6;
  f.alcohol_units = (n % 4 == 0) ? 2.5 : 0;
  f.exercise_minutes = (n % 3) * 25;
  f.skipped_meal = n % 6 == 0;
  f.menstruating = n % 28 < 5;
  f.custom["weather change"] = n % 2 == 0;
  if (n % 3 == 0) f.custom["long drive"] = true;
  e.factors = f;
  Treatment med;
  med.type = TreatmentType::medication;
  med.name = kMeds[n % 4];
  med.drug_class = kClasses[n % 4];
  med.dose_mg = kDoses[n % 4];
  med.relief = (n * 3) % 11;
  e.treatments.push_back(med);
  if (n % 2 == 0) {
    Treatment other;
    other.type = kOthers[n % 4];
    other.relief = (n * 5) % 11;
    e.treatments.push_back(other);
  }
  e.notes = kNotes[n % 6];
  return e;
}

Journal full_journal(Date first, int days) {
  Journal j;
  for (int i = 0; i < days; ++i) j.entries.emplace(first + i, full_entry(first + i, i));
  j.screening.answered_on = first;
  j.screening.answers = {{"fever", false}, {"numbness", false}, {"worst_headache_ever", false}};
  j.settings.back_flare_threshold = 5;
  return j;
}

Journal awkward_journal() {
  Journal j = full_journal(date_from_civil(2024, 2, 27), 40);
  j.entries.erase(date_from_civil(2024, 3, 10));  // gaps in the dates
  j.entries.erase(date_from_civil(2024, 3, 11));
  std::string controls;
  for (char c = 1; c < 0x20; ++c) controls += c;
  Entry odd = full_entry(date_from_civil(2024, 6, 1), 7);
  odd.notes = "\"quoted\", back\\slash, / slash, controls " + controls + "\x7f, \u00e9\u20ac\U0001F600";
  odd.factors->sleep_hours = 1.0 / 3;      // no short code: the array form of a column
  odd.factors->alcohol_units = 1e-7;
  odd.factors->screen_hours = 5.0;
  odd.factors->custom["say \"no\"\t"] = false;
  odd.treatments[0].dose_mg = 12.75;
  odd.treatments[0].name = "name \"with\" \\ quotes";
  odd.treatments[0].extra = {{"batch", "A1"}, {"notes", "unknown but named like a known field"}};
  odd.extra = {{"mood", {{"score", 3}, {"words", {"tired", "ok"}}}}, {"zz", nullptr}, {"date_hint", 1.5}};
  odd.back_pain->extra = {{"posture", "slouched"}};
  j.entries[odd.date] = odd;
  Entry bad = full_entry(date_from_civil(2024, 6, 2), 3);
  bad.notes = "bad \xC3\x28 byte and a lone \xFF";  // cannot come through import, but must not throw
  j.entries[bad.date] = bad;
  Entry bare;
  bare.date = date_from_civil(2024, 6, 3);
  bare.factors = Factors{};
  bare.factors->extra = {{"pollen", 4}};
  bare.headache = Headache{};
  bare.headache->extra = {{"trigger", nullptr}};
  j.entries[bare.date] = bare;
  Entry old = full_entry(date_from_civil(1950, 1, 1), 2);  // negative day number
  j.entries[old.date] = old;
  j.screening.answered_on = date_from_civil(2024, 3, 1);
  j.screening.answers = {{"fever", false}, {"numbness", true}};
  j.screening.extra = {{"v", 2}};
  j.settings.back_flare_threshold = 6;
  j.settings.extra = {{"reminder", {{"at", "20:00"}}}};
  j.extra = {{"future", true}, {"exported_by", "tests \"x\""}, {"a", {1, 2.5, -3}}};
  return j;
}

}  // namespace painlink::samples
