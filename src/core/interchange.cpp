// Entry / journal <-> interchange JSON ("painlink.journal" version 1). Reading checks types, enum
// values and ranges here (where the raw value is at hand for the message) and leaves lengths,
// counts and cross-field rules to validate_entry(). Unknown keys go to `extra` at their level.
#include "core/interchange.hpp"

#include <algorithm>
#include <cmath>

#include "core/json_fields.hpp"
#include "core/json_text.hpp"
#include "core/reminder.hpp"
#include "core/validate.hpp"

namespace painlink {

namespace {

// A whole double is written as an integer ("dose_mg": 400, not 400.0); below 2^53 both read back
// as the same double, so nothing is lost.
Json number_json(double v) {
  constexpr double kExactIntegerLimit = 9007199254740992.0;  // 2^53
  if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < kExactIntegerLimit)
    return Json(static_cast<std::int64_t>(v));
  return Json(v);
}

// Starts an object from the unknown fields so that known fields, written after, always win.
Json with_extra(const Json& extra) { return extra.is_object() ? extra : Json::object(); }

struct Tag {
  const char* name;
  bool* flag;
};

// A list of enum words (e.g. regions). Repeats are accepted and stored once.
template <std::size_t N>
void read_tags(const Json& list, const std::string& path, const Tag (&tags)[N], std::vector<FieldError>& errors) {
  std::string allowed;
  for (const Tag& t : tags) allowed += (allowed.empty() ? "\"" : ", \"") + std::string(t.name) + "\"";
  if (!list.is_array()) {
    errors.push_back({path, "must be a list of " + allowed + " (got " + describe_value(list) + ")"});
    return;
  }
  for (std::size_t i = 0; i < list.size(); ++i) {
    const Json& item = list[i];
    bool matched = false;
    if (item.is_string())
      for (const Tag& t : tags)
        if (item.get_ref<const std::string&>() == t.name) *t.flag = matched = true;
    if (!matched)
      errors.push_back({path + "[" + std::to_string(i) + "]",
                        "must be one of " + allowed + " (got " + describe_value(item) + ")"});
  }
}

template <class E, std::size_t N>
std::string enum_words(const E (&all)[N]) {
  std::string words;
  for (E v : all) words += (words.empty() ? "\"" : ", \"") + std::string(to_string(v)) + "\"";
  return words;
}

// An enum-valued field: nullopt without error when absent, with error when not a known word.
template <class E, std::size_t N, class FromString>
std::optional<E> read_enum(FieldReader& r, const char* key, const E (&all)[N], FromString from_string,
                           bool required) {
  const Json* v = r.value(key);
  if (!v) {
    if (required) r.fail(key, "is missing: it must be one of " + enum_words(all));
    return std::nullopt;
  }
  if (v->is_string())
    if (auto e = from_string(v->get_ref<const std::string&>())) return e;
  r.fail(key, "must be one of " + enum_words(all) + " (got " + describe_value(*v) + ")");
  return std::nullopt;
}

constexpr HeadacheSide kAllSides[] = {HeadacheSide::left, HeadacheSide::right, HeadacheSide::both};

bool require_object(const Json& v, const std::string& path, const char* what, std::vector<FieldError>& errors) {
  if (v.is_object()) return true;
  errors.push_back({path, std::string("must be an object with ") + what + " (got " + describe_value(v) + ")"});
  return false;
}

std::optional<BackPain> back_from_json(const Json& v, std::vector<FieldError>& errors) {
  if (!require_object(v, "back_pain", "\"intensity\" from 0 to 10", errors)) return std::nullopt;
  FieldReader r(v, "back_pain", errors);
  BackPain b;
  if (auto i = r.whole_number("intensity", limits::kScale0to10, true)) b.intensity = *i;
  if (const Json* regions = r.value("regions")) {
    const Tag tags[] = {{"neck", &b.neck}, {"upper_back", &b.upper_back}, {"lower_back", &b.lower_back}};
    read_tags(*regions, r.path_of("regions"), tags, errors);
  }
  if (const Json* to = r.value("radiates_to")) {
    const Tag tags[] = {{"arm", &b.to_arm}, {"leg", &b.to_leg}};
    read_tags(*to, r.path_of("radiates_to"), tags, errors);
  }
  b.extra = r.unknown_fields();
  return b;
}

std::optional<Headache> headache_from_json(const Json& v, std::vector<FieldError>& errors) {
  if (!require_object(v, "headache", "\"intensity\" from 0 to 10", errors)) return std::nullopt;
  FieldReader r(v, "headache", errors);
  Headache h;
  if (auto i = r.whole_number("intensity", limits::kScale0to10, true)) h.intensity = *i;
  h.duration_hours = r.number("duration_hours", limits::kHeadacheHours);
  h.side = read_enum(r, "side", kAllSides, headache_side_from_string, false);
  h.pulsating = r.boolean("pulsating");
  h.aura = r.boolean("aura");
  h.nausea = r.boolean("nausea");
  h.light_sensitive = r.boolean("light_sensitive");
  h.sound_sensitive = r.boolean("sound_sensitive");
  h.worse_with_activity = r.boolean("worse_with_activity");
  h.extra = r.unknown_fields();
  return h;
}

std::optional<Factors> factors_from_json(const Json& v, std::vector<FieldError>& errors) {
  if (!require_object(v, "factors", "fields such as \"sleep_hours\"", errors)) return std::nullopt;
  FieldReader r(v, "factors", errors);
  Factors f;
  f.sleep_hours = r.number("sleep_hours", limits::kHoursPerDay);
  f.stress = r.whole_number("stress", limits::kScale0to10);
  f.screen_hours = r.number("screen_hours", limits::kHoursPerDay);
  f.sitting_hours = r.number("sitting_hours", limits::kHoursPerDay);
  f.water_glasses = r.whole_number("water_glasses", limits::kWaterGlasses);
  f.caffeine_cups = r.whole_number("caffeine_cups", limits::kCaffeineCups);
  f.alcohol_units = r.number("alcohol_units", limits::kAlcoholUnits);
  f.exercise_minutes = r.whole_number("exercise_minutes", limits::kExerciseMinutes);
  f.skipped_meal = r.boolean("skipped_meal");
  f.menstruating = r.boolean("menstruating");
  if (const Json* custom = r.value("custom")) {
    if (require_object(*custom, r.path_of("custom"), "names mapped to true or false", errors)) {
      for (auto it = custom->begin(); it != custom->end(); ++it) {
        if (it.value().is_boolean()) f.custom[it.key()] = it.value().get<bool>();
        else
          errors.push_back({r.path_of("custom") + quoted_key(it.key()),
                            "must be true or false (got " + describe_value(it.value()) + ")"});
      }
    }
  }
  f.extra = r.unknown_fields();
  return f;
}

std::optional<Treatment> treatment_from_json(const Json& v, const std::string& path, std::vector<FieldError>& errors) {
  if (!require_object(v, path, "a \"type\" such as \"medication\"", errors)) return std::nullopt;
  FieldReader r(v, path, errors);
  Treatment t;
  if (auto type = read_enum(r, "type", kAllTreatmentTypes, treatment_type_from_string, true)) t.type = *type;
  t.name = r.text("name").value_or("");
  t.drug_class = read_enum(r, "drug_class", kAllDrugClasses, drug_class_from_string, false);
  t.dose_mg = r.number("dose_mg", limits::kDoseMg);
  t.relief = r.whole_number("relief", limits::kScale0to10);
  t.extra = r.unknown_fields();
  return t;
}

Json back_to_json(const BackPain& b) {
  Json j = with_extra(b.extra);
  j["intensity"] = b.intensity;
  Json regions = Json::array();
  if (b.neck) regions.push_back("neck");
  if (b.upper_back) regions.push_back("upper_back");
  if (b.lower_back) regions.push_back("lower_back");
  if (!regions.empty()) j["regions"] = std::move(regions);
  Json to = Json::array();
  if (b.to_arm) to.push_back("arm");
  if (b.to_leg) to.push_back("leg");
  if (!to.empty()) j["radiates_to"] = std::move(to);
  return j;
}

Json headache_to_json(const Headache& h) {
  Json j = with_extra(h.extra);
  j["intensity"] = h.intensity;
  if (h.duration_hours) j["duration_hours"] = number_json(*h.duration_hours);
  if (h.side) j["side"] = to_string(*h.side);
  // An unanswered feature is left out, as every unrecorded value is; false is an answered "no".
  const auto put = [&](const char* key, const std::optional<bool>& v) {
    if (v) j[key] = *v;
  };
  put("pulsating", h.pulsating);
  put("aura", h.aura);
  put("nausea", h.nausea);
  put("light_sensitive", h.light_sensitive);
  put("sound_sensitive", h.sound_sensitive);
  put("worse_with_activity", h.worse_with_activity);
  return j;
}

Json factors_to_json(const Factors& f) {
  Json j = with_extra(f.extra);
  const auto put = [&](const char* key, const auto& v) {
    if (v) j[key] = number_json(static_cast<double>(*v));
  };
  put("sleep_hours", f.sleep_hours);
  put("stress", f.stress);
  put("screen_hours", f.screen_hours);
  put("sitting_hours", f.sitting_hours);
  put("water_glasses", f.water_glasses);
  put("caffeine_cups", f.caffeine_cups);
  put("alcohol_units", f.alcohol_units);
  put("exercise_minutes", f.exercise_minutes);
  if (f.skipped_meal) j["skipped_meal"] = *f.skipped_meal;
  if (f.menstruating) j["menstruating"] = *f.menstruating;
  if (!f.custom.empty()) {
    Json custom = Json::object();
    for (const auto& [name, yes] : f.custom) custom[name] = yes;
    j["custom"] = std::move(custom);
  }
  return j;
}

Json treatment_to_json(const Treatment& t) {
  Json j = with_extra(t.extra);
  j["type"] = to_string(t.type);
  if (!t.name.empty()) j["name"] = t.name;
  if (t.drug_class) j["drug_class"] = to_string(*t.drug_class);
  if (t.dose_mg) j["dose_mg"] = number_json(*t.dose_mg);
  if (t.relief) j["relief"] = *t.relief;
  return j;
}

}  // namespace

Json entry_to_json(const Entry& e) {
  Json j = with_extra(e.extra);
  j["date"] = format_date(e.date);
  if (e.back_pain) j["back_pain"] = back_to_json(*e.back_pain);
  if (e.headache) j["headache"] = headache_to_json(*e.headache);
  if (e.factors) j["factors"] = factors_to_json(*e.factors);
  if (!e.treatments.empty()) {
    Json list = Json::array();
    for (const Treatment& t : e.treatments) list.push_back(treatment_to_json(t));
    j["treatments"] = std::move(list);
  }
  if (!e.notes.empty()) j["notes"] = e.notes;
  return j;
}

Parsed<Entry> entry_from_json(const Json& j) {
  Parsed<Entry> out;
  if (!j.is_object()) {
    out.errors.push_back({"", "an entry must be a JSON object with a \"date\" (got " + describe_value(j) + ")"});
    return out;
  }
  FieldReader r(j, "", out.errors);
  Entry e;
  if (auto d = r.date("date", true)) e.date = *d;
  if (const Json* v = r.value("back_pain")) e.back_pain = back_from_json(*v, out.errors);
  if (const Json* v = r.value("headache")) e.headache = headache_from_json(*v, out.errors);
  if (const Json* v = r.value("factors")) e.factors = factors_from_json(*v, out.errors);
  if (const Json* v = r.value("treatments")) {
    if (!v->is_array()) {
      r.fail_type("treatments", "a list of treatments", *v);
    } else {
      for (std::size_t i = 0; i < v->size(); ++i)
        if (auto t = treatment_from_json((*v)[i], "treatments[" + std::to_string(i) + "]", out.errors))
          e.treatments.push_back(std::move(*t));
    }
  }
  e.notes = r.text("notes").value_or("");
  e.extra = r.unknown_fields();
  if (!out.errors.empty()) return out;
  // Lengths, counts, UTF-8 and cross-field rules (drug class only for medication, ...).
  out.errors = validate_entry(e);
  if (out.errors.empty()) out.value = std::move(e);
  return out;
}

Parsed<Entry> entry_from_text(std::string_view text) {
  ParsedJson parsed = parse_json_text(text);
  if (!parsed.value) {
    Parsed<Entry> out;
    out.errors.push_back({"", "the entry " + parsed.error});
    return out;
  }
  return entry_from_json(*parsed.value);
}

Json screening_to_json(const Screening& s) {
  Json j = with_extra(s.extra);
  if (s.answered_on) j["answered_on"] = format_date(*s.answered_on);
  Json answers = Json::object();
  for (const auto& [id, yes] : s.answers) answers[id] = yes;
  j["answers"] = std::move(answers);
  return j;
}

Parsed<Screening> screening_from_json(const Json& j) {
  Parsed<Screening> out;
  if (!require_object(j, "screening", "\"answered_on\" and \"answers\"", out.errors)) return out;
  FieldReader r(j, "screening", out.errors);
  Screening s;
  s.answered_on = r.date("answered_on");
  if (const Json* answers = r.value("answers")) {
    if (require_object(*answers, r.path_of("answers"), "question ids mapped to true or false", out.errors)) {
      for (auto it = answers->begin(); it != answers->end(); ++it) {
        if (it.value().is_boolean()) s.answers[it.key()] = it.value().get<bool>();
        else
          out.errors.push_back({r.path_of("answers") + quoted_key(it.key()),
                                "must be true or false (got " + describe_value(it.value()) + ")"});
      }
    }
  }
  s.extra = r.unknown_fields();  // after every known field was read
  if (!out.errors.empty()) return out;
  out.errors = validate_screening(s);
  if (out.errors.empty()) out.value = std::move(s);
  return out;
}

namespace {

Json take_to_json(const AssessmentTake& t) {
  Json j = with_extra(t.extra);
  if (t.answered_on) j["answered_on"] = format_date(*t.answered_on);
  Json answers = Json::object();
  for (const auto& [id, answer] : t.answers) answers[id] = answer;
  j["answers"] = std::move(answers);
  return j;
}

std::optional<AssessmentTake> take_from_json(const Json& j, const std::string& path, std::vector<FieldError>& errors) {
  if (!require_object(j, path, "\"answered_on\" and \"answers\"", errors)) return std::nullopt;
  FieldReader r(j, path, errors);
  AssessmentTake t;
  t.answered_on = r.date("answered_on");
  if (const Json* answers = r.value("answers")) {
    if (require_object(*answers, r.path_of("answers"), "question ids mapped to answer ids", errors)) {
      for (auto it = answers->begin(); it != answers->end(); ++it) {
        if (it.value().is_string()) t.answers[it.key()] = it.value().get<std::string>();
        else
          errors.push_back({r.path_of("answers") + quoted_key(it.key()),
                            "must be an answer id in quotes (got " + describe_value(it.value()) + ")"});
      }
    }
  }
  t.extra = r.unknown_fields();
  return t;
}

}  // namespace

Json assessment_to_json(const Assessment& a) {
  Json j = with_extra(a.extra);
  if (!a.current.empty()) j["current"] = take_to_json(a.current);
  if (a.previous) j["previous"] = take_to_json(*a.previous);
  return j;
}

Parsed<Assessment> assessment_from_json(const Json& j) {
  Parsed<Assessment> out;
  if (!require_object(j, "assessment", "\"current\" and \"previous\"", out.errors)) return out;
  FieldReader r(j, "assessment", out.errors);
  Assessment a;
  if (const Json* v = r.value("current"))
    if (auto t = take_from_json(*v, r.path_of("current"), out.errors)) a.current = std::move(*t);
  if (const Json* v = r.value("previous")) a.previous = take_from_json(*v, r.path_of("previous"), out.errors);
  a.extra = r.unknown_fields();
  if (!out.errors.empty()) return out;
  out.errors = validate_assessment(a);
  if (out.errors.empty()) out.value = std::move(a);
  return out;
}

Json settings_to_json(const Settings& s) {
  Json j = with_extra(s.extra);
  j["back_flare_threshold"] = s.back_flare_threshold;
  if (!s.tracked_factors.empty()) {
    Json list = Json::array();
    for (FactorField f : s.tracked_factors) list.push_back(to_string(f));
    j["tracked_factors"] = std::move(list);
  }
  if (!s.tracked_medicines.empty()) {
    Json list = Json::array();
    for (DrugClass c : s.tracked_medicines) list.push_back(to_string(c));
    j["tracked_medicines"] = std::move(list);
  }
  // A time out of range (never made by the UI) is left out rather than written unreadable.
  if (s.reminder_minutes && *s.reminder_minutes >= 0 && *s.reminder_minutes < kMinutesPerDay)
    j["reminder_time"] = format_time_of_day(*s.reminder_minutes);
  if (!s.seen_findings.empty()) j["seen_findings"] = s.seen_findings;
  if (s.language) j["language"] = i18n::to_tag(*s.language);
  return j;
}

Parsed<Settings> settings_from_json(const Json& j) {
  Parsed<Settings> out;
  if (!require_object(j, "settings", "\"back_flare_threshold\"", out.errors)) return out;
  FieldReader r(j, "settings", out.errors);
  Settings s;
  if (auto t = r.whole_number("back_flare_threshold", limits::kFlareThreshold)) s.back_flare_threshold = *t;
  // Display preferences: a name this version does not know (a newer version's field) is skipped
  // rather than refusing the settings, and so is a repeat.
  const auto read_names = [&](const char* key, auto parse, auto& into) {
    const Json* v = r.value(key);
    if (!v) return;
    if (!v->is_array()) {
      r.fail_type(key, "a list of names", *v);
      return;
    }
    for (const Json& name : *v)
      if (name.is_string())
        if (auto parsed = parse(name.get_ref<const std::string&>()))
          if (std::find(into.begin(), into.end(), *parsed) == into.end()) into.push_back(*parsed);
  };
  read_names("tracked_factors", factor_field_from_string, s.tracked_factors);
  read_names("tracked_medicines", drug_class_from_string, s.tracked_medicines);
  // The daily reminder's time (core/reminder.hpp): "20:00".
  if (const Json* v = r.value("reminder_time")) {
    const std::optional<int> at = v->is_string() ? parse_time_of_day(v->get_ref<const std::string&>()) : std::nullopt;
    if (at) s.reminder_minutes = at;
    else r.fail_type("reminder_time", "a time of day from \"00:00\" to \"23:59\"", *v);
  }
  // Possible triggers already shown: only a bookkeeping list, so an odd item is skipped rather
  // than refusing the settings (the worst outcome is a finding told of once more).
  read_names("seen_findings",
             [](const std::string& key) {
               return key.empty() || key.size() > kMaxFindingKeyChars ? std::nullopt : std::optional<std::string>(key);
             },
             s.seen_findings);
  // The newest are kept, as when the UI adds to a full list (at worst an old finding is told again).
  if (s.seen_findings.size() > kMaxSeenFindings)
    s.seen_findings.erase(s.seen_findings.begin(),
                          s.seen_findings.end() - static_cast<std::ptrdiff_t>(kMaxSeenFindings));
  // The language chosen in Data: "es". A tag this version does not speak is a newer version's
  // choice, kept as it is (below) and not used.
  std::optional<std::string> unspoken_language;
  if (const Json* v = r.value("language")) {
    if (!v->is_string())
      r.fail_type("language", "a language tag such as \"es\"", *v);
    else if (auto lang = i18n::language_from_tag(v->get_ref<const std::string&>()))
      s.language = lang;
    else
      unspoken_language = v->get<std::string>();
  }
  s.extra = r.unknown_fields();
  if (unspoken_language) s.extra["language"] = *unspoken_language;
  if (out.errors.empty()) out.value = s;
  return out;
}

Json journal_to_json(const Journal& journal, bool with_entries) {
  Json j = with_extra(journal.extra);
  j["format"] = kFormatName;
  j["version"] = kFormatVersion;
  Json entries = Json::array();
  if (with_entries)
    for (const auto& [date, entry] : journal.entries) entries.push_back(entry_to_json(entry));  // map: by date
  j["entries"] = std::move(entries);
  if (journal.screening != Screening{}) j["screening"] = screening_to_json(journal.screening);
  if (!journal.assessment.empty()) j["assessment"] = assessment_to_json(journal.assessment);
  j["settings"] = settings_to_json(journal.settings);
  return j;
}

}  // namespace painlink
