// Red-flag questionnaire: definition sanity and evaluation wording.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "core/analysis/red_flags.hpp"

using namespace painlink;
using namespace painlink::analysis;

TEST_CASE("analysis: red-flag questions are complete and well formed") {
  std::set<std::string> ids;
  int cauda = 0, headache = 0, back = 0;
  for (const RedFlagQuestion& q : red_flag_questions()) {
    INFO(q.id);
    CHECK(ids.insert(q.id).second);
    const std::string text = q.question;
    CHECK(text.back() == '?');
    CHECK(std::string(q.short_label).size() > 5);
    CHECK(std::string(q.source).size() > 5);
    if (q.cauda_equina) {
      ++cauda;
      CHECK(q.group == RedFlagGroup::back);
    }
    if (q.group == RedFlagGroup::headache) ++headache;
    if (q.group == RedFlagGroup::back) ++back;
  }
  CHECK(cauda == 4);
  CHECK(headache >= 10);
  CHECK(back >= 7);
  // Every SNNOOP10 item is covered (by its letter in the source text).
  for (const char* item : {"SNNOOP10 S:", "neoplasm", "neurological deficit", "sudden", "older age", "pattern change",
                           "positional", "sneezing", "papilloedema", "progressive", "pregnancy", "painful eye",
                           "post-traumatic", "immune system", "painkiller overuse"}) {
    bool found = false;
    for (const RedFlagQuestion& q : red_flag_questions())
      if (std::string(q.source).find(item) != std::string::npos) found = true;
    CHECK_MESSAGE(found, item);
  }
  CHECK(find_red_flag_question("headache_thunderclap") != nullptr);
  CHECK(find_red_flag_question("nope") == nullptr);
}

TEST_CASE("analysis: red-flag evaluation: nothing, no, yes, and cauda equina") {
  Screening s;
  RedFlagResult r = evaluate_red_flags(s);
  CHECK_FALSE(r.urgent);
  CHECK(r.unanswered == static_cast<int>(red_flag_questions().size()));
  CHECK(r.message == "Please answer the safety questions: some signs need a doctor straight away.");

  for (const RedFlagQuestion& q : red_flag_questions()) s.answers[q.id] = false;
  s.answers["not_a_question"] = true;  // unknown ids are ignored
  r = evaluate_red_flags(s);
  CHECK_FALSE(r.urgent);
  CHECK(r.unanswered == 0);
  CHECK(r.message == "No warning signs in your answers. If anything changes, answer the questions again.");

  s.answers["headache_thunderclap"] = true;
  s.answers["weight_loss"] = true;
  r = evaluate_red_flags(s);
  CHECK(r.urgent);
  CHECK_FALSE(r.emergency);
  CHECK(r.positive_ids == std::vector<std::string>{"headache_thunderclap", "weight_loss"});
  CHECK(r.message.rfind("Seek urgent medical care now: you answered yes to a sudden, thunderclap headache and "
                        "unexplained weight loss.",
                        0) == 0);

  s.answers["back_saddle_numbness"] = true;
  r = evaluate_red_flags(s);
  CHECK(r.urgent);
  CHECK(r.emergency);
  CHECK(r.message.rfind("EMERGENCY: go to an emergency department today, now. You answered yes to numbness between "
                        "the legs or around the bottom or genitals.",
                        0) == 0);
  CHECK(r.message.find("cauda equina") != std::string::npos);
  CHECK(r.message.find("You also answered yes to a sudden, thunderclap headache and unexplained weight loss.") !=
        std::string::npos);
}
