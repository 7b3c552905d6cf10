// The journal's data model: one entry per local calendar day.
//
// Conventions (they are the interchange format's, see README "Data format"):
//  - A missing section (std::nullopt) means "not recorded"; intensity 0 means "recorded: none".
//  - Every unit and range is in the field name or beside it, and validate.hpp checks them.
//  - Fields this version does not know are kept in `extra` at the level they came from, so an
//    import/export round trip through an older or newer app loses nothing.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/date.hpp"
#include "core/i18n/language.hpp"

namespace painlink {

using Json = nlohmann::json;

inline constexpr int kMaxIntensity = 10;  // all 0-10 scales: pain, stress, relief

enum class HeadacheSide { left, right, both };
enum class TreatmentType { medication, rest, ice, heat, stretching, posture, other };
enum class DrugClass { nsaid, paracetamol, aspirin, triptan, ergot, opioid, combination, muscle_relaxant, other };

struct BackPain {
  int intensity = 0;  // 0-10
  // Where (interchange: "regions": ["neck","upper_back","lower_back"])
  bool neck = false;        // cervical
  bool upper_back = false;  // thoracic
  bool lower_back = false;  // lumbar
  // Radiating pain (interchange: "radiates_to": ["arm","leg"])
  bool to_arm = false;
  bool to_leg = false;
  Json extra = Json::object();
  bool operator==(const BackPain&) const = default;
};

struct Headache {
  int intensity = 0;                        // 0-10
  std::optional<double> duration_hours;     // 0-72 (longer attacks are entered per day)
  std::optional<HeadacheSide> side;
  // Features, each unrecorded (nullopt: not answered), no or yes. Unanswered is not "no": ICHD-3
  // tension-type headache needs "no nausea", which a day nobody asked about cannot give.
  // Careful: `if (h.nausea)` asks whether it was answered; `h.nausea == true` whether it was yes.
  std::optional<bool> pulsating;
  std::optional<bool> aura;
  std::optional<bool> nausea;
  std::optional<bool> light_sensitive;
  std::optional<bool> sound_sensitive;
  std::optional<bool> worse_with_activity;
  Json extra = Json::object();
  bool operator==(const Headache&) const = default;
};

struct Factors {
  std::optional<double> sleep_hours;       // 0-24, the night that ended this morning
  std::optional<int> stress;               // 0-10
  std::optional<double> screen_hours;      // 0-24
  std::optional<double> sitting_hours;     // 0-24
  std::optional<int> water_glasses;        // 0-40 (glass of about 250 ml)
  std::optional<int> caffeine_cups;        // 0-20
  std::optional<double> alcohol_units;     // 0-40
  std::optional<int> exercise_minutes;     // 0-1440
  std::optional<bool> skipped_meal;
  std::optional<bool> menstruating;
  std::map<std::string, bool> custom;      // user-named yes/no factors, name 1-40 chars
  Json extra = Json::object();
  bool operator==(const Factors&) const = default;
  bool empty() const;
  // "Same as yesterday": every factor left unrecorded here takes `other`'s value; what is
  // recorded here is never overwritten. Custom factors `other` had are added the same way.
  Factors filled_from(const Factors& other) const;
};

struct Treatment {
  TreatmentType type = TreatmentType::other;
  std::string name;                        // free text, e.g. "ibuprofen"; up to 60 chars
  std::optional<DrugClass> drug_class;     // medication only
  std::optional<double> dose_mg;           // medication only, 0-10000
  std::optional<int> relief;               // 0-10, how much it helped
  Json extra = Json::object();
  bool operator==(const Treatment&) const = default;
};

struct Entry {
  Date date;
  std::optional<BackPain> back_pain;
  std::optional<Headache> headache;
  std::optional<Factors> factors;
  std::vector<Treatment> treatments;
  std::string notes;                       // up to kMaxNotesChars code points
  Json extra = Json::object();
  bool operator==(const Entry&) const = default;
  // True when nothing at all was recorded (such an entry is removed rather than stored).
  bool empty() const;
};

// Answers to the red-flag screening questionnaire (ids from analysis/red_flags.hpp).
struct Screening {
  std::optional<Date> answered_on;
  std::map<std::string, bool> answers;
  Json extra = Json::object();  // fields a newer version wrote, kept and written back
  bool operator==(const Screening&) const = default;
};

// The factor fields of Factors, by their interchange names ("sleep_hours", ...).
enum class FactorField {
  sleep_hours, stress, screen_hours, sitting_hours, water_glasses, caffeine_cups, alcohol_units,
  exercise_minutes, skipped_meal, menstruating,
};

// Answers to the first-visit self-assessment (question ids from assessment/questions.hpp): question
// id -> answer id ("yes", "no", "unsure", or a choice's option id). Only answered questions are
// stored, so "not answered" is never confused with "no". The red-flag questions are not here: they
// are Journal.screening, one answer in one place.
struct AssessmentTake {
  std::optional<Date> answered_on;  // the day of the latest answer
  std::map<std::string, std::string> answers;
  Json extra = Json::object();
  bool operator==(const AssessmentTake&) const = default;
  bool empty() const { return !answered_on && answers.empty() && (extra.is_null() || extra.empty()); }
};

struct Assessment {
  AssessmentTake current;
  std::optional<AssessmentTake> previous;  // the take before "start again", to show what changed
  Json extra = Json::object();
  bool operator==(const Assessment&) const = default;
  bool empty() const { return current.empty() && !previous && (extra.is_null() || extra.empty()); }
};

struct Settings {
  int back_flare_threshold = 4;  // back pain >= this is a "flare day" (1-10)
  // What the patient chose to track first (e.g. from the assessment's suggestions); the check-in
  // shows these fields and medicine kinds at the top. Names a newer version added are dropped.
  std::vector<FactorField> tracked_factors;
  std::vector<DrugClass> tracked_medicines;
  // The daily reminder's time in minutes after local midnight (0-1439; interchange "reminder_time":
  // "HH:MM"); nullopt: none chosen. The reminder itself is a calendar file (core/reminder.hpp).
  std::optional<int> reminder_minutes;
  // The possible triggers Check-in has told of and the patient acknowledged, or that were shown
  // on Insights (analysis::finding_key, "alcohol>headache"): Check-in tells only of new ones.
  std::vector<std::string> seen_findings;
  // The language chosen in Data (interchange "language": "es"); nullopt: none chosen, so the
  // embedder's `lang` or the browser's languages decide. A tag this version does not speak stays
  // in `extra`, as a newer version wrote it.
  std::optional<i18n::Language> language;
  Json extra = Json::object();  // settings a newer version wrote, kept as they are
  bool operator==(const Settings&) const = default;
};

struct Journal {
  std::map<Date, Entry> entries;  // key == entry.date
  Screening screening;
  Assessment assessment;
  Settings settings;
  Json extra = Json::object();    // unknown top-level fields of the interchange document
  bool operator==(const Journal&) const = default;
};

// Limits shared by validation and the UI's text buffers.
inline constexpr int kMaxNotesChars = 2000;
inline constexpr int kMaxCustomFactorChars = 40;
inline constexpr int kMaxCustomFactors = 30;
inline constexpr int kMaxTreatmentNameChars = 60;
inline constexpr int kMaxTreatmentsPerDay = 20;
inline constexpr std::size_t kMaxFindingKeyChars = 120;  // "custom:<name>>back_pain" and room to spare
inline constexpr std::size_t kMaxSeenFindings = 500;     // factors x outcomes, with custom factors

// Enum <-> interchange string. Unknown strings give nullopt.
const char* to_string(HeadacheSide v);
const char* to_string(TreatmentType v);
const char* to_string(DrugClass v);
std::optional<HeadacheSide> headache_side_from_string(std::string_view s);
std::optional<TreatmentType> treatment_type_from_string(std::string_view s);
std::optional<DrugClass> drug_class_from_string(std::string_view s);
const char* to_string(FactorField v);
std::optional<FactorField> factor_field_from_string(std::string_view s);

// Human labels for the UI and reports ("Over-the-counter: NSAID (ibuprofen, naproxen)").
const char* label(TreatmentType v);
const char* label(DrugClass v);
const char* label(HeadacheSide v);

inline constexpr TreatmentType kAllTreatmentTypes[] = {TreatmentType::medication, TreatmentType::rest,
                                                       TreatmentType::ice,        TreatmentType::heat,
                                                       TreatmentType::stretching, TreatmentType::posture,
                                                       TreatmentType::other};
inline constexpr DrugClass kAllDrugClasses[] = {DrugClass::nsaid,   DrugClass::paracetamol, DrugClass::aspirin,
                                                DrugClass::triptan, DrugClass::ergot,       DrugClass::opioid,
                                                DrugClass::combination, DrugClass::muscle_relaxant,
                                                DrugClass::other};
inline constexpr FactorField kAllFactorFields[] = {
    FactorField::sleep_hours,   FactorField::stress,        FactorField::screen_hours,
    FactorField::sitting_hours, FactorField::water_glasses, FactorField::caffeine_cups,
    FactorField::alcohol_units, FactorField::exercise_minutes, FactorField::skipped_meal,
    FactorField::menstruating};

}  // namespace painlink
