// The self-assessment's answers in the interchange JSON, the stored journal and JournalApp.
#include <doctest/doctest.h>

#include "core/assessment/evaluate.hpp"
#include "core/interchange.hpp"
#include "core/journal_app.hpp"
#include "core/store_codec.hpp"

using namespace painlink;

namespace {

const Date kToday = date_from_civil(2026, 11, 20);

Journal assessed() {
  Journal j;
  Entry e;
  e.date = kToday;
  e.notes = "x";
  j.entries[kToday] = e;
  j.assessment.current.answered_on = kToday;
  j.assessment.current.answers = {{"headache_side", "one_side"}, {"cause_stress", "yes"},
                                  {"question_from_a_newer_version", "maybe"}};
  j.assessment.current.extra = {{"take_note", 1}};
  AssessmentTake before;
  before.answered_on = kToday - 30;
  before.answers = {{"headache_side", "both_sides"}};
  j.assessment.previous = before;
  j.assessment.extra = {{"future", {{"a", true}}}};
  j.settings.tracked_factors = {FactorField::stress, FactorField::sleep_hours};
  j.settings.tracked_medicines = {DrugClass::triptan};
  return j;
}

struct Clock {
  std::int64_t now = 1'700'000'000'000;
  JournalApp::Clock fn() {
    return [this] { return now; };
  }
};

}  // namespace

TEST_CASE("assessment interchange: export -> import keeps every answer, the previous take and unknown fields") {
  const Journal j = assessed();
  const std::string text = export_json(j);
  CHECK(text.find("\"assessment\"") != std::string::npos);
  const ImportResult r = import_document(text, Journal{}, ImportMode::merge);
  REQUIRE(r.ok);
  CHECK(r.warnings.empty());
  CHECK(r.journal == j);
  // An answer this version cannot use is kept and reported, like a screening answer.
  CHECK(r.unknown_assessment_ids == std::vector<std::string>{"question_from_a_newer_version"});
  CHECK(unknown_assessment_message("question_from_a_newer_version").find("kept") != std::string::npos);
}

TEST_CASE("assessment interchange: an older file without an assessment imports as before") {
  const std::string old = R"({"format":"painlink.journal","version":1,
    "entries":[{"date":"2026-11-20","notes":"x"}],"screening":{"answers":{"headache_thunderclap":false}},
    "settings":{"back_flare_threshold":5}})";
  Journal current = assessed();
  const ImportResult r = import_document(old, current, ImportMode::merge);
  REQUIRE(r.ok);
  CHECK(r.warnings.empty());
  CHECK(r.unknown_assessment_ids.empty());
  CHECK(r.journal.assessment == current.assessment);  // absent: the journal's own is kept
  CHECK(import_document(old, Journal{}, ImportMode::merge).journal.assessment.empty());
  // An empty journal writes no assessment at all.
  CHECK(export_json(Journal{}).find("assessment") == std::string::npos);
}

TEST_CASE("assessment interchange: a damaged assessment is a warning, the rest imports") {
  const std::string doc = R"({"format":"painlink.journal","version":1,"entries":[{"date":"2026-11-20","notes":"x"}],
    "assessment":{"current":{"answers":{"headache_side":3}}}})";
  const ImportResult r = import_document(doc, Journal{}, ImportMode::merge);
  REQUIRE(r.ok);
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].path == "assessment.current.answers[\"headache_side\"]");
  CHECK(r.journal.entries.size() == 1);
  CHECK(r.journal.assessment.empty());
}

TEST_CASE("assessment settings: tracked lists round-trip; names this version does not know are dropped") {
  Parsed<Settings> s = settings_from_json(
      Json{{"back_flare_threshold", 4}, {"tracked_factors", {"stress", "moon_phase"}}, {"tracked_medicines", {"triptan"}}});
  REQUIRE(s.ok());
  CHECK(s.value->tracked_factors == std::vector<FactorField>{FactorField::stress});
  CHECK(s.value->tracked_medicines == std::vector<DrugClass>{DrugClass::triptan});
  CHECK(settings_from_json(settings_to_json(*s.value)).value == s.value);
}

TEST_CASE("assessment store: the stored journal keeps it, where an older version keeps it too") {
  const Journal j = assessed();
  const std::string payload = encode_payload(j);
  const DecodedPayload d = decode_payload(payload);
  REQUIRE(d.journal);
  CHECK(d.problems.empty());
  CHECK(*d.journal == j);
  // It rides in the unknown top-level fields ("j"), which an older version reads into
  // Journal.extra and writes back untouched, so a tab of the previous version cannot drop it.
  const Json root = Json::parse(payload);
  REQUIRE(root.contains("j"));
  CHECK(root["j"].contains("assessment"));
  CHECK(root["j"]["assessment"] == assessment_to_json(j.assessment));
}

TEST_CASE("assessment app: an answer is saved at once and survives a restart; clear; start again") {
  MemoryStore mem;
  Clock clock;
  {
    JournalApp app(mem, "painlink.journal", clock.fn());
    app.start();
    const auto rev = app.revision();
    CHECK(app.set_assessment_answer("headache_side", "one_side", kToday));
    CHECK(app.revision() > rev);
    CHECK(app.save_state() == SaveState::saved);
    CHECK(app.set_assessment_answer("cause_stress", "yes", kToday));
    // Not a question, or not one of its answers: refused, nothing changes.
    CHECK_FALSE(app.set_assessment_answer("no_such_question", "yes", kToday));
    CHECK_FALSE(app.set_assessment_answer("headache_side", "everywhere", kToday));
  }
  {
    JournalApp app(mem, "painlink.journal", clock.fn());
    app.start();
    const AssessmentTake& t = app.journal().assessment.current;
    CHECK(t.answers == std::map<std::string, std::string>{{"headache_side", "one_side"}, {"cause_stress", "yes"}});
    CHECK(t.answered_on == kToday);
    CHECK(app.clear_assessment_answer("cause_stress", kToday + 1));
    CHECK_FALSE(app.clear_assessment_answer("cause_stress", kToday + 1));  // already unanswered
    CHECK(app.start_assessment_again());
    CHECK(app.journal().assessment.current.answers.empty());
    REQUIRE(app.journal().assessment.previous);
    CHECK(app.journal().assessment.previous->answers ==
          std::map<std::string, std::string>{{"headache_side", "one_side"}});
    CHECK_FALSE(app.start_assessment_again());  // nothing answered yet: the previous take stays
    REQUIRE(app.journal().assessment.previous);
    CHECK(app.set_assessment_answer("headache_side", "both_sides", kToday + 2));
    const auto changes =
        assessment::compare(*app.journal().assessment.previous, app.journal().assessment.current);
    REQUIRE(changes.size() == 1);
    CHECK(std::string(changes[0].after->id) == "both_sides");
  }
  JournalApp app(mem, "painlink.journal", clock.fn());
  app.start();
  CHECK(app.journal().assessment.previous);
  CHECK(app.journal().assessment.current.answered_on == kToday + 2);
}

TEST_CASE("assessment app: apply_tracking_suggestions adds the suggested fields and medicines once") {
  MemoryStore mem;
  Clock clock;
  JournalApp app(mem, "painlink.journal", clock.fn());
  app.start();
  CHECK_FALSE(app.apply_tracking_suggestions());  // nothing suggested yet
  app.set_assessment_answer("cause_sleep", "yes", kToday);
  app.set_assessment_answer("med_kind_triptan", "yes", kToday);
  Settings s = app.journal().settings;
  s.tracked_factors = {FactorField::stress};  // chosen earlier: kept, first
  app.set_settings(s);
  CHECK(app.apply_tracking_suggestions());
  CHECK(app.journal().settings.tracked_factors ==
        std::vector<FactorField>{FactorField::stress, FactorField::sleep_hours});
  CHECK(app.journal().settings.tracked_medicines == std::vector<DrugClass>{DrugClass::triptan});
  CHECK_FALSE(app.apply_tracking_suggestions());  // already there
  JournalApp again(mem, "painlink.journal", clock.fn());
  again.start();
  CHECK(again.journal().settings == app.journal().settings);
}
