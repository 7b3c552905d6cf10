// Red-flag safety questions: definitions, tiers (emergency / urgent / soon / none) and wording.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "core/analysis/insights.hpp"
#include "core/analysis/red_flags.hpp"
#include "core/interchange.hpp"

using namespace painlink;
using namespace painlink::analysis;

namespace {
RedFlagResult with_yes(std::initializer_list<const char*> ids) {
  Screening s;
  s.answered_on = date_from_civil(2026, 11, 20);
  for (const RedFlagQuestion& q : red_flag_questions()) s.answers[q.id] = false;
  for (const char* id : ids) {
    REQUIRE(find_red_flag_question(id) != nullptr);
    s.answers[id] = true;
  }
  return evaluate_red_flags(s);
}
bool contains(const std::string& text, const char* part) { return text.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("red flags: questions are complete and well formed") {
  std::set<std::string> ids;
  int cauda = 0;
  for (const RedFlagQuestion& q : red_flag_questions()) {
    INFO(q.id);
    CHECK(ids.insert(q.id).second);
    const std::string text = q.question;
    CHECK(text.back() == '?');
    CHECK(std::string(q.short_label).size() > 5);
    CHECK(std::string(q.source).size() > 5);
    CHECK(q.tier != RedFlagTier::none);
    if (q.cauda_equina) {
      ++cauda;
      CHECK(q.group == RedFlagGroup::back);
      CHECK(q.tier == RedFlagTier::emergency);
    }
    // A question whose answer matters because it is happening now asks about a recent window,
    // never "ever": an event long past that was already checked is not an emergency today.
    if (q.window_days > 0)
      CHECK((text.rfind("In the last", 0) == 0 || text.rfind("Right now", 0) == 0));
    if (q.tier == RedFlagTier::emergency) {
      CHECK(q.window_days > 0);
      CHECK_FALSE(contains(text, " ever "));
    }
  }
  CHECK(cauda == 4);
  // Every SNNOOP10 item and the NICE back-pain groups are covered (by the source text).
  for (const char* item : {"SNNOOP10 S:", "neoplasm", "neurological deficit", "sudden", "older age", "pattern change",
                           "positional", "sneezing", "papilloedema", "progressive", "pregnancy", "painful eye",
                           "post-traumatic", "immune system", "painkiller overuse", "meningitis",
                           "giant cell arteritis", "angle-closure glaucoma", "spinal infection", "spinal metastasis",
                           "fracture", "Cauda equina"}) {
    bool found = false;
    for (const RedFlagQuestion& q : red_flag_questions())
      if (contains(q.source, item)) found = true;
    CHECK_MESSAGE(found, item);
  }
  CHECK(find_red_flag_question("headache_thunderclap") != nullptr);
  CHECK(find_red_flag_question("nope") == nullptr);
}

TEST_CASE("red flags: the tier of each kind of sign") {
  // Signs of a bleed, stroke, meningitis, head injury, glaucoma or cauda equina: emergency.
  for (const char* id : {"headache_thunderclap", "headache_neuro", "headache_fever_neck", "headache_head_injury",
                         "headache_red_eye", "back_bladder_bowel", "back_saddle_numbness", "back_both_legs",
                         "back_leg_weakness"}) {
    INFO(id);
    const RedFlagResult r = with_yes({id});
    CHECK(r.level == RedFlagTier::emergency);
    CHECK(r.emergency);
    CHECK(r.urgent);
  }
  // Same-day signs.
  for (const char* id : {"headache_jaw_scalp", "headache_pregnancy", "headache_cough_exertion", "headache_positional",
                         "headache_vision", "fever_unwell", "back_cancer_pain", "back_major_trauma"}) {
    INFO(id);
    const RedFlagResult r = with_yes({id});
    CHECK(r.level == RedFlagTier::urgent);
    CHECK(r.urgent);
    CHECK_FALSE(r.emergency);
  }
  // History items alone are for a doctor soon, never "urgent care now".
  for (const char* id : {"cancer_history", "back_age_onset", "headache_onset_after_50", "weight_loss",
                         "immune_weakened", "headache_pattern_change", "headache_new_medicine", "back_night_pain"}) {
    INFO(id);
    const RedFlagResult r = with_yes({id});
    CHECK(r.level == RedFlagTier::soon);
    CHECK_FALSE(r.urgent);
    CHECK_FALSE(r.emergency);
    CHECK(r.any_yes);
    CHECK(r.message.rfind("Book an appointment with a doctor in the next few days", 0) == 0);
    CHECK_FALSE(contains(r.message, "emergency"));
    CHECK_FALSE(contains(r.message, "urgent"));
  }
}

TEST_CASE("red flags: messages say what to do and how fast first") {
  Screening none;
  RedFlagResult r = evaluate_red_flags(none);
  CHECK(r.level == RedFlagTier::none);
  CHECK_FALSE(r.any_yes);
  CHECK(r.headline.empty());
  CHECK(r.unanswered == static_cast<int>(red_flag_questions().size()));
  CHECK(r.message == "Please answer the safety questions: some signs need a doctor straight away.");

  r = with_yes({});
  CHECK(r.level == RedFlagTier::none);
  CHECK(r.unanswered == 0);
  CHECK(r.message == "No warning signs in your answers. If anything changes, answer the questions again.");

  r = with_yes({"headache_thunderclap"});
  CHECK(r.headline == "Emergency: call your local emergency number now");
  CHECK(r.message.rfind("Call your local emergency number (such as 911, 112 or 999) or go to the nearest emergency "
                        "department now.",
                        0) == 0);
  CHECK(contains(r.message, "a sudden headache that reached its worst within a minute"));
  CHECK_FALSE(contains(r.message, "cauda equina"));

  r = with_yes({"back_saddle_numbness", "headache_jaw_scalp", "cancer_history"});
  CHECK(r.level == RedFlagTier::emergency);
  CHECK(contains(r.message, "cauda equina"));
  CHECK(contains(r.message, "You also answered yes to a new headache over 50 with jaw pain"));
  CHECK(contains(r.message, "Tell the doctor too about a history of cancer."));
  CHECK(r.positive_ids ==
        std::vector<std::string>{"back_saddle_numbness", "headache_jaw_scalp", "cancer_history"});

  r = with_yes({"headache_pregnancy", "weight_loss"});
  CHECK(r.level == RedFlagTier::urgent);
  CHECK(r.headline == "See a doctor today");
  CHECK(r.message.rfind("Call your doctor's practice or an urgent care service now", 0) == 0);
  CHECK(contains(r.message, "911, 112 or 999"));  // what to do if it gets worse
  CHECK(contains(r.message, "Tell the doctor too about weight loss without trying."));
}

TEST_CASE("red flags: level and headline reach the insights JSON") {
  Journal j;
  j.screening = Screening{};
  j.screening.answered_on = date_from_civil(2026, 11, 20);
  j.screening.answers["cancer_history"] = true;
  Json out = insights_to_json(compute_insights(j, date_from_civil(2026, 11, 21)));
  CHECK(out["red_flags"]["level"] == "soon");
  CHECK(out["red_flags"]["urgent"] == false);
  CHECK(out["red_flags"]["any_yes"] == true);
  CHECK(out["red_flags"]["headline"] == "Tell a doctor in the next few days");
  j.screening.answers["headache_neuro"] = true;
  out = insights_to_json(compute_insights(j, date_from_civil(2026, 11, 21)));
  CHECK(out["red_flags"]["level"] == "emergency");
  CHECK(out["red_flags"]["emergency"] == true);
  bool tier_seen = false;
  for (const Json& item : out["red_flags"]["items"])
    if (item["id"] == "headache_neuro") tier_seen = item["tier"] == "emergency" && item["window_days"] == 7;
  CHECK(tier_seen);
}

TEST_CASE("red flags: an imported answer to an unknown question is reported, kept, and not evaluated") {
  const std::string doc = R"({"format":"painlink.journal","version":1,"entries":[],
    "screening":{"answered_on":"2026-11-20","answers":{"headache_thunderclap":false,"numbness":true}}})";
  const ImportResult r = import_document(doc, Journal{}, ImportMode::merge);
  REQUIRE(r.ok);
  CHECK(r.warnings.empty());
  CHECK(r.unknown_screening_ids == std::vector<std::string>{"numbness"});
  CHECK(contains(unknown_screening_message("numbness"), "screening.answers[\"numbness\"]: is not one of"));
  CHECK(r.journal.screening.answers.at("numbness") == true);  // kept for a version that knows it
  CHECK(evaluate_red_flags(r.journal.screening).level == RedFlagTier::none);
}

TEST_CASE("red flags: an emergency answer older than its window counts as same-day, and asks again") {
  Screening s;
  s.answered_on = date_from_civil(2026, 11, 1);
  s.answers["headache_thunderclap"] = true;  // "in the last week"
  RedFlagResult r = evaluate_red_flags(s, date_from_civil(2026, 11, 8));  // 7 days: still in the window
  CHECK(r.level == RedFlagTier::emergency);
  CHECK(r.stale_ids.empty());
  r = evaluate_red_flags(s, date_from_civil(2026, 11, 9));  // 8 days
  CHECK(r.level == RedFlagTier::urgent);
  CHECK(r.stale_ids == std::vector<std::string>{"headache_thunderclap"});
  CHECK(r.headline == "See a doctor today");
  CHECK(contains(r.message, "Some of your answers are from 8 days ago"));
  // Cauda equina questions ask about 2 weeks.
  s.answers.clear();
  s.answers["back_bladder_bowel"] = true;
  CHECK(evaluate_red_flags(s, date_from_civil(2026, 11, 15)).level == RedFlagTier::emergency);
  CHECK(evaluate_red_flags(s, date_from_civil(2026, 11, 16)).level == RedFlagTier::urgent);
  // A history question does not age.
  s.answers.clear();
  s.answers["cancer_history"] = true;
  CHECK(evaluate_red_flags(s, date_from_civil(2027, 11, 1)).level == RedFlagTier::soon);
}
