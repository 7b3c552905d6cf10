#include <doctest/doctest.h>

#include <string>

#include "core/interchange.hpp"
#include "core/json_text.hpp"
#include "reference_writers.hpp"
#include "sample_journals.hpp"

using namespace painlink;

namespace {

// The entry from the brief / README, verbatim.
const char* const kExampleEntry = R"({ "date": "2026-11-20",
  "back_pain": { "intensity": 6, "regions": ["neck","upper_back","lower_back"], "radiates_to": ["arm","leg"] },
  "headache":  { "intensity": 7, "duration_hours": 5, "side": "left", "pulsating": true, "aura": false, "nausea": true, "light_sensitive": true, "sound_sensitive": true, "worse_with_activity": true },
  "factors":   { "sleep_hours": 5.5, "stress": 8, "screen_hours": 10, "sitting_hours": 9, "water_glasses": 3, "caffeine_cups": 4, "alcohol_units": 0, "exercise_minutes": 0, "skipped_meal": true, "menstruating": false, "custom": { "weather change": true } },
  "treatments": [ { "type": "medication", "name": "ibuprofen", "drug_class": "nsaid", "dose_mg": 400, "relief": 6 }, { "type": "ice", "relief": 3 } ],
  "notes": "Long drive" })";

Json example_json() { return *parse_json_text(kExampleEntry).value; }

// Errors of one field-level problem: parse `patch` applied to the example.
std::vector<FieldError> errors_with(const char* json_pointer, const Json& value) {
  Json j = example_json();
  j[Json::json_pointer(json_pointer)] = value;
  return entry_from_json(j).errors;
}

bool has_error(const std::vector<FieldError>& errors, const std::string& path, const std::string& message) {
  for (const auto& e : errors)
    if (e.path == path && e.message == message) return true;
  return false;
}

std::string dump_errors(const std::vector<FieldError>& errors) {
  std::string s;
  for (const auto& e : errors) s += "[" + e.path + "] " + e.message + "\n";
  return s;
}

}  // namespace

TEST_CASE("interchange: the documented example entry reads into the model exactly") {
  const Parsed<Entry> p = entry_from_text(kExampleEntry);
  REQUIRE_MESSAGE(p.ok(), dump_errors(p.errors));
  CHECK(*p.value == samples::example_entry());
}

TEST_CASE("interchange: entry -> JSON -> entry is the identity, unknown fields included at every level") {
  Json j = example_json();
  j["mood"] = "ok";
  j["back_pain"]["side_note"] = Json::array({1, 2});
  j["headache"]["trigger"] = {{"kind", "smell"}};
  j["factors"]["pollen"] = 3;
  j["treatments"][1]["minutes"] = 15;
  const Parsed<Entry> p = entry_from_json(j);
  REQUIRE_MESSAGE(p.ok(), dump_errors(p.errors));
  CHECK(p.value->extra == Json{{"mood", "ok"}});
  CHECK(p.value->back_pain->extra == Json{{"side_note", {1, 2}}});
  CHECK(p.value->headache->extra == Json{{"trigger", {{"kind", "smell"}}}});
  CHECK(p.value->factors->extra == Json{{"pollen", 3}});
  CHECK(p.value->treatments[0].extra == Json::object());
  CHECK(p.value->treatments[1].extra == Json{{"minutes", 15}});
  // Written back identically (the example has every optional field, so nothing is added).
  CHECK(entry_to_json(*p.value) == j);
}

TEST_CASE("interchange: unset optional fields are omitted on export and read back as unset") {
  Entry e;
  e.date = date_from_civil(2026, 1, 2);
  e.headache = Headache{};
  e.headache->intensity = 3;
  e.factors = Factors{};
  e.factors->stress = 2;
  const Json j = entry_to_json(e);
  // Headache features never answered are left out too (false would be an answered "no").
  CHECK(j == Json::parse(R"({"date":"2026-01-02","headache":{"intensity":3},"factors":{"stress":2}})"));
  const Parsed<Entry> back = entry_from_json(j);
  REQUIRE(back.ok());
  CHECK(*back.value == e);
  CHECK_FALSE(back.value->back_pain.has_value());
  CHECK_FALSE(back.value->factors->sleep_hours.has_value());
}

TEST_CASE("interchange: ranges, whole numbers and types give one clear error each") {
  CHECK(errors_with("/headache/intensity", 12)[0].message == "must be a whole number from 0 to 10 (got 12)");
  CHECK(errors_with("/headache/intensity", 12)[0].path == "headache.intensity");
  CHECK(errors_with("/back_pain/intensity", 6.5)[0].message == "must be a whole number from 0 to 10 (got 6.5)");
  CHECK(errors_with("/back_pain/intensity", "6")[0].message == "must be a whole number from 0 to 10 (got \"6\")");
  CHECK(errors_with("/back_pain/intensity", true)[0].message == "must be a whole number from 0 to 10 (got true)");
  CHECK(errors_with("/back_pain/intensity", -1)[0].message == "must be a whole number from 0 to 10 (got -1)");
  CHECK(errors_with("/factors/exercise_minutes", 1441)[0].message ==
        "must be a whole number from 0 to 1440 (got 1441)");
  CHECK(errors_with("/factors/water_glasses", 41)[0].message == "must be a whole number from 0 to 40 (got 41)");
  CHECK(errors_with("/factors/caffeine_cups", 2.5)[0].path == "factors.caffeine_cups");
  CHECK(errors_with("/factors/sleep_hours", 24.5)[0].message == "must be a number from 0 to 24 (got 24.5)");
  CHECK(errors_with("/factors/sleep_hours", "8")[0].message == "must be a number from 0 to 24 (got \"8\")");
  CHECK(errors_with("/factors/alcohol_units", 40.5)[0].message == "must be a number from 0 to 40 (got 40.5)");
  CHECK(errors_with("/headache/duration_hours", 73)[0].message == "must be a number from 0 to 72 (got 73)");
  CHECK(errors_with("/treatments/0/dose_mg", 0)[0].message ==
        "must be a number above 0 and at most 10000 (got 0)");
  CHECK(errors_with("/treatments/0/dose_mg", 0)[0].path == "treatments[0].dose_mg");
  CHECK(errors_with("/treatments/1/relief", 11)[0].path == "treatments[1].relief");
  // Booleans given as numbers are refused, not read as 0/1.
  CHECK(errors_with("/headache/aura", 1)[0].message == "must be true or false (got 1)");
  CHECK(errors_with("/factors/skipped_meal", "yes")[0].message == "must be true or false (got \"yes\")");
  CHECK(errors_with("/factors/custom/weather change", 1)[0].path == "factors.custom[\"weather change\"]");
  // A whole number written as a float (6.0) is still the whole number 6.
  CHECK(errors_with("/headache/intensity", 6.0).empty());
  // Huge numbers do not wrap around into the range.
  CHECK(errors_with("/headache/intensity", 4294967302ULL)[0].message ==
        "must be a whole number from 0 to 10 (got 4294967302)");
  CHECK(errors_with("/headache/intensity", 18446744073709551615ULL).size() == 1);
}

TEST_CASE("interchange: enum words, dates and structure") {
  CHECK(errors_with("/headache/side", "top")[0].message ==
        "must be one of \"left\", \"right\", \"both\" (got \"top\")");
  CHECK(errors_with("/back_pain/regions/1", "hip")[0].path == "back_pain.regions[1]");
  CHECK(errors_with("/back_pain/regions", "neck")[0].path == "back_pain.regions");
  CHECK(errors_with("/treatments/1/type", "massage")[0].path == "treatments[1].type");
  CHECK(errors_with("/treatments/0/drug_class", "nsaids")[0].path == "treatments[0].drug_class");
  CHECK(errors_with("/date", "2026-02-30")[0].message ==
        "must be a real calendar date written as YYYY-MM-DD, from 1900 to 2200 (got \"2026-02-30\")");
  CHECK(errors_with("/date", "2026-2-3")[0].path == "date");
  CHECK(errors_with("/date", 20261120)[0].path == "date");
  CHECK(errors_with("/treatments", Json::object())[0].path == "treatments");
  CHECK(errors_with("/headache", 7)[0].message ==
        "must be an object with \"intensity\" from 0 to 10 (got 7)");

  Json no_date = example_json();
  no_date.erase("date");
  const auto errors = entry_from_json(no_date).errors;
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].path == "date");
  CHECK(errors[0].message == "is missing: every entry needs a date written as YYYY-MM-DD");

  Json no_intensity = example_json();
  no_intensity["headache"].erase("intensity");
  CHECK(entry_from_json(no_intensity).errors[0].message == "is missing: it must be a whole number from 0 to 10");

  CHECK(entry_from_json(Json::array()).errors[0].message ==
        "an entry must be a JSON object with a \"date\" (got a list)");
}

TEST_CASE("interchange: lengths, counts and medication-only fields") {
  CHECK(errors_with("/notes", std::string(2000, 'x')).empty());
  CHECK(errors_with("/notes", std::string(2001, 'x'))[0].message == "must be at most 2000 characters (got 2001)");
  // Limits are in characters (code points), not bytes: 2000 x "é" is 4000 bytes and fine.
  std::string accents;
  for (int i = 0; i < 2000; ++i) accents += "\xC3\xA9";
  CHECK(errors_with("/notes", accents).empty());
  CHECK(errors_with("/treatments/0/name", std::string(61, 'n'))[0].path == "treatments[0].name");
  const std::string long_name(41, 'c');
  CHECK(errors_with("/factors/custom", Json{{long_name, true}})[0].message ==
        "must be 1 to 40 characters (got 41)");
  CHECK(errors_with("/factors/custom", Json{{"", true}})[0].path == "factors.custom[\"\"]");
  Json many = Json::object();
  for (int i = 0; i < 31; ++i) many["factor " + std::to_string(i)] = true;
  CHECK(errors_with("/factors/custom", many)[0].message == "can hold at most 30 custom factors (got 31)");
  Json treatments = Json::array();
  for (int i = 0; i < 21; ++i) treatments.push_back({{"type", "rest"}});
  CHECK(errors_with("/treatments", treatments)[0].message == "can hold at most 20 treatments per day (got 21)");
  CHECK(errors_with("/treatments/1/drug_class", "nsaid")[0].message ==
        "is only for medication (this treatment is \"ice\")");
  CHECK(errors_with("/treatments/1/dose_mg", 10)[0].path == "treatments[1].dose_mg");
}

TEST_CASE("interchange: every error is collected, not only the first") {
  Json j = example_json();
  j["headache"]["intensity"] = 12;
  j["headache"]["side"] = "top";
  j["factors"]["stress"] = 6.5;
  j["treatments"][1]["relief"] = -2;
  j["date"] = "2026-13-01";
  const auto errors = entry_from_json(j).errors;
  CHECK_MESSAGE(errors.size() == 5, dump_errors(errors));
  for (const char* path : {"date", "headache.intensity", "headache.side", "factors.stress", "treatments[1].relief"}) {
    bool found = false;
    for (const auto& e : errors) found = found || e.path == path;
    CHECK_MESSAGE(found, path);
  }
}

TEST_CASE("interchange: repeats, nulls and text that is not JSON") {
  Json j = example_json();
  j["back_pain"]["regions"] = {"neck", "neck", "lower_back"};
  j["headache"] = nullptr;           // null = not recorded
  j["factors"]["sleep_hours"] = nullptr;
  const Parsed<Entry> p = entry_from_json(j);
  REQUIRE(p.ok());
  CHECK(p.value->back_pain->neck);
  CHECK_FALSE(p.value->back_pain->upper_back);
  CHECK(entry_to_json(*p.value)["back_pain"]["regions"] == Json{"neck", "lower_back"});  // stored once
  CHECK_FALSE(p.value->headache.has_value());
  CHECK_FALSE(p.value->factors->sleep_hours.has_value());

  CHECK(entry_from_text(R"({"date":"2026-11-20","headache":{"intensity":NaN}})").errors.size() == 1);
  CHECK(entry_from_text(R"({"date":"2026-11-20","factors":{"sleep_hours":Infinity}})").errors.size() == 1);
  CHECK(entry_from_text(R"({"date":"2026-11-20","factors":{"sleep_hours":1e999}})").errors.size() == 1);
  CHECK(entry_from_text("{\"date\":\"2026-11-20\",\"notes\":\"\xFF\"}").errors[0].message ==
        "the entry is not valid JSON (cut short, a typo, or not a JSON file)");
  CHECK(entry_from_text(std::string(100, '[') + std::string(100, ']')).errors[0].message ==
        "the entry is nested more than 64 levels deep");
}

TEST_CASE("interchange: invalid UTF-8 from code is refused, and serialising it never throws") {
  Entry e = samples::example_entry();
  e.notes = "bad \xC3\x28 byte";
  const Parsed<Entry> p = entry_from_json(entry_to_json(e));
  REQUIRE(p.errors.size() == 1);
  CHECK(p.errors[0].path == "notes");
  CHECK(p.errors[0].message == "contains bytes that are not valid UTF-8 text");
  Journal j;
  j.entries[e.date] = e;
  const std::string text = export_json(j);  // would throw (abort in wasm) without the replace handler
  CHECK(text.find("bad \xEF\xBF\xBD(") != std::string::npos);
}

// ---- documents --------------------------------------------------------------------------------

namespace {

Journal two_day_journal() {
  Journal j;
  Entry a = samples::example_entry();
  Entry b = samples::example_entry();
  b.date = a.date + 1;
  b.notes = "Second day";
  j.entries[a.date] = a;
  j.entries[b.date] = b;
  return j;
}

}  // namespace

TEST_CASE("export: pretty, sorted by date, known fields first, and import gives the same journal back") {
  Journal j = samples::full_journal(date_from_civil(2026, 3, 1), 3);
  j.extra = {{"exported_by", "test"}};
  j.entries.begin()->second.extra = {{"zz", 1}};
  const std::string text = export_json(j);
  CHECK(text.rfind("{\n  \"format\": \"painlink.journal\",\n  \"version\": 1,\n  \"entries\": [\n    {\n"
                   "      \"date\": \"2026-03-01\",\n      \"back_pain\": {\n        \"intensity\": 0,",
                   0) == 0);
  CHECK(text.find("2026-03-01") < text.find("2026-03-02"));
  CHECK(text.find("2026-03-02") < text.find("2026-03-03"));
  CHECK(text.back() == '\n');
  CHECK(export_json(j) == text);  // stable
  const ImportResult back = import_document(text, Journal{}, ImportMode::replace);
  REQUIRE(back.ok);
  CHECK(back.rejected.empty());
  CHECK(back.journal == j);
  CHECK(back.added == 3);
}

TEST_CASE("import: merge upserts by date and counts added / updated / unchanged") {
  const Journal current = two_day_journal();
  Json doc = journal_to_json(current);
  doc["entries"][1]["notes"] = "Changed";                                         // updated
  doc["entries"].push_back({{"date", "2026-11-25"}, {"headache", {{"intensity", 2}}}});  // added
  const ImportResult r = import_document(dump_compact(doc), current, ImportMode::merge);
  REQUIRE(r.ok);
  CHECK(r.added == 1);
  CHECK(r.updated == 1);
  CHECK(r.unchanged == 1);
  CHECK(r.removed == 0);
  CHECK(r.journal.entries.size() == 3);
  CHECK(r.journal.entries.at(date_from_civil(2026, 11, 21)).notes == "Changed");

  // Merge keeps days the document does not mention.
  const ImportResult one = import_document(R"([{"date":"2026-01-05","back_pain":{"intensity":1}}])", current,
                                           ImportMode::merge);
  REQUIRE(one.ok);
  CHECK(one.journal.entries.size() == 3);
  CHECK(one.added == 1);
}

TEST_CASE("import: replace keeps exactly the document's valid entries") {
  const Journal current = two_day_journal();
  const ImportResult r = import_document(
      R"({"format":"painlink.journal","version":1,"entries":[
           {"date":"2026-11-20","back_pain":{"intensity":6}},
           {"date":"2026-12-01","back_pain":{"intensity":15}}]})",
      current, ImportMode::replace);
  REQUIRE(r.ok);
  CHECK(r.journal.entries.size() == 1);
  CHECK(r.updated == 1);
  CHECK(r.removed == 1);
  REQUIRE(r.rejected.size() == 1);
  CHECK(r.rejected[0].index == 1);
  CHECK(r.rejected[0].message == "entries[1].back_pain.intensity: must be a whole number from 0 to 10 (got 15)");
}

TEST_CASE("import: bad entries are rejected one by one with their index, the good ones kept") {
  const ImportResult r = import_document(
      R"([{"date":"2026-11-20","back_pain":{"intensity":3}},
          {"back_pain":{"intensity":3}},
          "not an entry",
          {"date":"2026-11-21"},
          {"date":"2026-02-30","headache":{"intensity":1,"side":"top"}}])",
      Journal{}, ImportMode::merge);
  REQUIRE(r.ok);
  CHECK(r.added == 1);
  REQUIRE(r.rejected.size() == 4);
  CHECK(r.rejected[0].index == 1);
  CHECK(r.rejected[0].message == "entries[1].date: is missing: every entry needs a date written as YYYY-MM-DD");
  CHECK(r.rejected[1].message ==
        "entries[2]: an entry must be a JSON object with a \"date\" (got \"not an entry\")");
  CHECK(r.rejected[2].message == "entries[3]: records nothing for 2026-11-21 (only a date)");
  CHECK(r.rejected[3].message.find("entries[4].date: must be a real calendar date") == 0);
  CHECK(r.rejected[3].message.find("; entries[4].headache.side: must be one of") != std::string::npos);
}

TEST_CASE("import: a date twice in one document - the later one wins, the earlier is reported") {
  const ImportResult r = import_document(
      R"([{"date":"2026-11-20","back_pain":{"intensity":3}},
          {"date":"2026-11-20","back_pain":{"intensity":5}}])",
      Journal{}, ImportMode::merge);
  REQUIRE(r.ok);
  CHECK(r.added == 1);
  CHECK(r.journal.entries.begin()->second.back_pain->intensity == 5);
  REQUIRE(r.rejected.size() == 1);
  CHECK(r.rejected[0].index == 0);
  CHECK(r.rejected[0].message ==
        "entries[0]: 2026-11-20 appears again later in the file (entries[1]), which was used instead");
}

TEST_CASE("import: unusable documents leave the journal untouched with a clear reason") {
  const Journal current = two_day_journal();
  struct Case {
    const char* text;
    const char* error;
  };
  const Case cases[] = {
      {"{\"format\":\"painlink.journal\",\"entries\":[", "This file is not valid JSON (cut short, a typo, or not a JSON file)."},
      {"42", "This is not a Painlink journal: it holds 42 instead of a document."},
      {R"({"format":"other.app","entries":[]})",
       "This is not a Painlink journal (its \"format\" is \"other.app\", expected \"painlink.journal\")."},
      {R"({"format":"painlink.journal","version":1})",
       "This file has no \"entries\" list, so there is nothing to import."},
      {R"({"format":"painlink.journal","version":1,"entries":{}})",
       "This file has no \"entries\" list, so there is nothing to import."},
      {R"({"format":"painlink.journal","version":2,"entries":[]})",
       "This file was made by a newer version of Painlink (format version 2). Update Painlink to import it."},
      {R"({"format":"painlink.journal","version":18446744073709551615,"entries":[]})",
       "This file was made by a newer version of Painlink (format version 18446744073709551615). Update "
       "Painlink to import it."},
      {R"({"format":"painlink.journal","version":0,"entries":[]})",
       "This file's format \"version\" is 0, which Painlink does not know."},
      {R"({"format":"painlink.journal","version":"1","entries":[]})",
       "This file's format \"version\" is \"1\", which Painlink does not know."},
  };
  for (const Case& c : cases) {
    for (ImportMode mode : {ImportMode::merge, ImportMode::replace}) {
      const ImportResult r = import_document(c.text, current, mode);
      CHECK_FALSE(r.ok);
      CHECK(r.error == c.error);
      CHECK(r.journal == current);
      CHECK(r.added + r.updated + r.unchanged + r.removed == 0);
    }
  }
}

TEST_CASE("import: screening and settings are applied when valid, otherwise reported and kept") {
  Journal current;
  current.settings.back_flare_threshold = 6;
  const ImportResult good = import_document(
      R"({"format":"painlink.journal","version":1,"entries":[],"future_field":{"a":1},
          "screening":{"answered_on":"2026-11-01","answers":{"fever":false,"numbness":true},"version":2},
          "settings":{"back_flare_threshold":3,"reminder":{"at":"20:00"}}})",
      current, ImportMode::merge);
  REQUIRE(good.ok);
  CHECK(good.warnings.empty());
  CHECK(good.journal.settings.back_flare_threshold == 3);
  CHECK(good.journal.screening.answered_on == date_from_civil(2026, 11, 1));
  CHECK(good.journal.screening.answers == std::map<std::string, bool>{{"fever", false}, {"numbness", true}});
  CHECK(good.journal.extra == Json{{"future_field", {{"a", 1}}}});
  // Fields a newer version added to the screening and the settings are kept, not dropped.
  CHECK(good.journal.screening.extra == Json{{"version", 2}});
  CHECK(good.journal.settings.extra == Json{{"reminder", {{"at", "20:00"}}}});
  CHECK(Json::parse(export_json(good.journal))["settings"]["reminder"]["at"] == "20:00");
  // Round trip of the document-level parts.
  const ImportResult again = import_document(export_json(good.journal), Journal{}, ImportMode::replace);
  CHECK(again.journal == good.journal);

  const ImportResult bad = import_document(
      R"({"entries":[],"screening":{"answers":{"fever":"no"}},"settings":{"back_flare_threshold":0}})", current,
      ImportMode::merge);
  REQUIRE(bad.ok);
  REQUIRE(bad.warnings.size() == 2);
  CHECK(bad.warnings[0].path == "screening.answers[\"fever\"]");
  CHECK(bad.warnings[1].message == "must be a whole number from 1 to 10 (got 0)");
  CHECK(bad.journal.settings.back_flare_threshold == 6);
}

TEST_CASE("export: written one entry at a time, byte for byte the dump of the whole document") {
  Journal unknown_only;
  unknown_only.extra = {{"zeta", 1}, {"alpha", {{"b", 1}, {"a", 2}}}};
  const Journal journals[] = {Journal{}, unknown_only, samples::awkward_journal(), two_day_journal(),
                              samples::full_journal(date_from_civil(2016, 1, 1), 400)};
  for (const Journal& j : journals) CHECK(export_json(j) == reference::export_json_dom(j));
}
