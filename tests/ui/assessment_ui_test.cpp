// The first visit drawn headless (issue 14, items 1-3): the welcome, the self-check one step at a
// time with every tap saved at once, resuming after a reload, and the result in its order (a red flag
// first), the clinic's booking link, "Set up my journal for this" and the printed summary.
#include "ui_harness.hpp"

#include "core/assessment/wording.hpp"
#include "ui/views.hpp"

using namespace painlink;
using painlink::test::UiHarness;

namespace {

constexpr const char* kEmergency = "Emergency: call your local emergency number now";

// Answers that fit the migraine-like pattern (ICHD-3 1.1 B-D).
void answer_migraine_like(JournalApp& app, Date today) {
  for (auto [q, a] : {std::pair{"headache_any", "yes"}, {"headache_duration", "4h_72h"}, {"headache_side", "one_side"},
                      {"headache_quality", "throbbing"}, {"headache_nausea", "yes"}})
    REQUIRE(app.set_assessment_answer(q, a, today));
}

// Opens the self-check from the Check-in card and goes on to the result.
void to_result(UiHarness& h) {
  h.ui->tab = ui::Tab::assessment;
  ui::open_assessment(*h.ui);
  h.frames(2);
  for (int i = 0; i < ui::kAssessmentSteps && ui::assessment_step(*h.ui) < ui::kAssessmentSteps; ++i) {
    if (ui::assessment_step(*h.ui) == ui::kAssessmentSteps - 1) h.tap("See my result##assessment");
    else h.tap("Next##assessment");
  }
  REQUIRE(ui::assessment_step(*h.ui) == ui::kAssessmentSteps);
}

}  // namespace

TEST_CASE("welcome: an empty journal shows what Painlink is and both starts") {
  UiHarness h;
  h.capture_text();
  CHECK(h.shows("Check yourself (2 minutes)"));
  CHECK(h.shows("Start today's entry"));
  CHECK(h.text().find("stays on this device") != std::string::npos);
  CHECK_FALSE(h.shows("Check yourself (2 minutes)##selfcheck"));  // the card waits until the welcome is gone

  h.tap("Start today's entry");
  CHECK_FALSE(h.shows("Check yourself (2 minutes)"));
  CHECK(h.ui->tab == ui::Tab::checkin);
  CHECK(h.shows("Check yourself (2 minutes)##selfcheck"));  // the self-check stays reachable
  CHECK(h.change_events == 0);

  h.open();  // nothing recorded yet: a reload welcomes again
  CHECK(h.shows("Check yourself (2 minutes)"));
}

TEST_CASE("welcome: not shown once there is an entry") {
  UiHarness h;
  h.tap("Start today's entry");
  h.tap("4##back");
  REQUIRE(h.app->entry(h.platform.today));
  h.open();
  CHECK_FALSE(h.shows("Check yourself (2 minutes)"));
  CHECK_FALSE(h.shows("Start today's entry"));
  CHECK(h.shows("4##back"));
}

TEST_CASE("self-check: opens at step 1, each tap is saved at once, a reload resumes at the same step") {
  UiHarness h;
  h.tap("Check yourself (2 minutes)");
  REQUIRE(h.ui->tab == ui::Tab::assessment);
  CHECK(ui::assessment_step(*h.ui) == 0);
  REQUIRE(h.shows("Yes##rf-headache_thunderclap"));

  h.tap("No##rf-headache_thunderclap");
  REQUIRE(h.app->journal().screening.answers.count("headache_thunderclap") == 1);
  CHECK(h.app->journal().screening.answers.at("headache_thunderclap") == false);
  CHECK(h.app->journal().screening.answered_on == h.platform.today);
  CHECK(h.change_events == 1);

  h.tap("Next##assessment");
  CHECK(ui::assessment_step(*h.ui) == 1);
  h.tap("Yes##headache_any");
  const auto& answers = [&]() -> const std::map<std::string, std::string>& {
    return h.app->journal().assessment.current.answers;
  };
  REQUIRE(answers().count("headache_any") == 1);
  CHECK(answers().at("headache_any") == "yes");
  CHECK(h.change_events == 2);
  h.tap("4 hours to 3 days (72 hours)##headache_duration");
  CHECK(answers().at("headache_duration") == "4h_72h");
  h.tap("Clear##headache_duration");
  CHECK(answers().count("headache_duration") == 0);

  // Saved without any "Save": a reload keeps it, and the self-check continues at that step.
  h.open();
  CHECK(h.app->journal().assessment.current.answers.at("headache_any") == "yes");
  CHECK_FALSE(h.shows("Start today's entry"));  // something is answered: no welcome
  h.tap("Continue the self-check##selfcheck");
  CHECK(h.ui->tab == ui::Tab::assessment);
  CHECK(ui::assessment_step(*h.ui) == 1);
  CHECK(h.shows("Yes##headache_any"));
}

TEST_CASE("self-check: \"no headaches\" skips the headache questions and the neck step") {
  UiHarness h;
  h.tap("Check yourself (2 minutes)");
  h.tap("Next##assessment");
  h.tap("No##headache_any");
  CHECK_FALSE(h.shows("Yes##headache_nausea"));
  h.tap("Next##assessment");
  CHECK(ui::assessment_step(*h.ui) == 3);  // back pain: the neck step is about headaches
  h.tap("Back##assessment");
  CHECK(ui::assessment_step(*h.ui) == 1);
}

TEST_CASE("self-check: an emergency yes shows what to do at once, and first on the result") {
  UiHarness h(date_from_civil(2026, 11, 20), test::kPhoneW, 3000);
  h.capture_text();
  h.tap("Check yourself (2 minutes)");
  h.tap("Yes##rf-headache_thunderclap");
  CHECK(h.app->journal().screening.answers.at("headache_thunderclap") == true);
  h.frames(2);
  // The banner is at the top of the step, above the first question.
  const std::string step = h.text();
  REQUIRE(step.find(kEmergency) != std::string::npos);
  CHECK(step.find(kEmergency) < step.find("About your headaches"));
  bool told = false;  // read out at once too
  for (const std::string& a : h.platform.announcements) told = told || a.rfind("Emergency", 0) == 0;
  CHECK(told);

  answer_migraine_like(*h.app, h.platform.today);
  to_result(h);
  const std::string res = h.text();
  const auto flag = res.find(kEmergency);
  const auto pattern = res.find(assessment::pattern_name(assessment::Pattern::migraine_like));
  REQUIRE(flag != std::string::npos);
  REQUIRE(pattern != std::string::npos);
  CHECK(flag < pattern);
  CHECK(res.find("not a diagnosis") != std::string::npos);
  bool announced = false;
  for (const std::string& a : h.platform.announcements)
    announced = announced || a.rfind(std::string("Your self-check result. ") + kEmergency, 0) == 0;
  CHECK(announced);
}

TEST_CASE("self-check result: painkillers on 15 or more days a month is a warning") {
  UiHarness h(date_from_civil(2026, 11, 20), test::kPhoneW, 3000);
  h.capture_text();
  REQUIRE(h.app->set_assessment_answer("med_simple_days", "15_plus", h.platform.today));
  to_result(h);
  assessment::MedicationDays m;
  m.simple_reached = true;
  m.simple = assessment::find_option(assessment::question(assessment::Q::med_simple_days), "15_plus");
  const std::string sentence = assessment::medication_sentence(m);
  REQUIRE_FALSE(sentence.empty());
  CHECK(h.text().find(sentence) != std::string::npos);
}

TEST_CASE("self-check result: care without relief for 6 weeks suggests a specialist, with the clinic's booking link") {
  const Json options = {{"clinicName", "Riverside Clinic"},
                        {"clinicContact", "tel:+15550100"},
                        {"clinicBookingUrl", "https://riverside.example/book"}};
  UiHarness h(date_from_civil(2026, 11, 20), test::kPhoneW, 3000, options);
  h.capture_text();
  for (auto [q, a] : {std::pair{"care_rest", "yes"}, {"care_duration", "6w_plus"}, {"care_helped", "no"}})
    REQUIRE(h.app->set_assessment_answer(q, a, h.platform.today));
  to_result(h);
  const std::string res = h.text();
  CHECK(res.find(assessment::specialist_sentence(assessment::SpecialistReason::care_not_helping)) != std::string::npos);
  CHECK(res.find("Riverside Clinic: tel:+15550100") != std::string::npos);
  CHECK(h.platform.links_opened.empty());  // nothing opens by itself
  h.tap("Book an appointment");
  REQUIRE(h.platform.links_opened.size() == 1);
  CHECK(h.platform.links_opened[0] == "https://riverside.example/book");
}

TEST_CASE("self-check result: a booking address that is not http(s) is never offered") {
  UiHarness h(date_from_civil(2026, 11, 20), test::kPhoneW, 3000, Json{{"clinicBookingUrl", "javascript:alert(1)"}});
  for (auto [q, a] : {std::pair{"care_rest", "yes"}, {"care_duration", "6w_plus"}, {"care_helped", "no"}})
    REQUIRE(h.app->set_assessment_answer(q, a, h.platform.today));
  to_result(h);
  CHECK_FALSE(h.shows("Book an appointment"));
}

TEST_CASE("self-check result: \"Set up my journal for this\" tracks their factors and medicines, then opens Check-in") {
  UiHarness h(date_from_civil(2026, 11, 20), 1280, 3000);
  h.capture_text();
  for (auto [q, a] : {std::pair{"cause_stress", "yes"}, {"cause_desk", "yes"}, {"cause_sleep", "yes"},
                      {"med_kind_triptan", "yes"}})
    REQUIRE(h.app->set_assessment_answer(q, a, h.platform.today));
  to_result(h);
  h.tap("Set up my journal for this");
  const Settings& s = h.app->journal().settings;
  CHECK(std::find(s.tracked_factors.begin(), s.tracked_factors.end(), FactorField::stress) != s.tracked_factors.end());
  CHECK(std::find(s.tracked_factors.begin(), s.tracked_factors.end(), FactorField::sleep_hours) !=
        s.tracked_factors.end());
  CHECK(std::find(s.tracked_medicines.begin(), s.tracked_medicines.end(), DrugClass::triptan) !=
        s.tracked_medicines.end());
  CHECK(h.ui->tab == ui::Tab::checkin);

  // Check-in asks about them first: sitting hours now comes before screen time.
  h.frames(2);
  CHECK(h.text().find("Your factors to track") != std::string::npos);
  const ui::ItemRect* sitting = h.find("+##sitting");
  const ui::ItemRect* screen = h.find("+##screen");
  REQUIRE(sitting);
  REQUIRE(screen);
  CHECK(sitting->y0 < screen->y0);
}

TEST_CASE("self-check result: print hands one document with the red flag before the patterns") {
  UiHarness h;
  Screening s;
  s.answered_on = h.platform.today;
  s.answers["headache_thunderclap"] = true;
  h.app->set_screening(s);
  answer_migraine_like(*h.app, h.platform.today);
  to_result(h);
  h.tap("Print this summary");
  REQUIRE(h.platform.printed.size() == 1);
  const std::string& html = h.platform.printed[0];
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  const auto flag = html.find(kEmergency);
  const auto pattern = html.find(assessment::pattern_name(assessment::Pattern::migraine_like));
  REQUIRE(flag != std::string::npos);
  REQUIRE(pattern != std::string::npos);
  CHECK(flag < pattern);
}

TEST_CASE("self-check: start again keeps the previous take and the result shows what changed") {
  UiHarness h(date_from_civil(2026, 11, 20), test::kPhoneW, 3000);
  h.capture_text();
  REQUIRE(h.app->set_assessment_answer("headache_any", "yes", h.platform.today));
  to_result(h);
  h.tap("Start again");
  h.tap("Yes, start again");
  CHECK(h.app->journal().assessment.current.answers.empty());
  REQUIRE(h.app->journal().assessment.previous.has_value());
  CHECK(ui::assessment_step(*h.ui) == 0);
  REQUIRE(h.app->set_assessment_answer("headache_any", "no", h.platform.today));
  to_result(h);
  CHECK(h.text().find("What changed since last time") != std::string::npos);
  CHECK(h.text().find("Yes \xE2\x86\x92 No") != std::string::npos);
}

TEST_CASE("embed option start: \"assessment\" opens the self-check") {
  UiHarness h(date_from_civil(2026, 11, 20), test::kPhoneW, test::kPhoneH, Json{{"start", "assessment"}});
  CHECK(h.ui->tab == ui::Tab::assessment);
  CHECK(h.shows("Yes##rf-headache_thunderclap"));
}
