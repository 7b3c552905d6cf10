// When to suggest a specialist: no meaningful improvement after 6 weeks of care (2 points or 30%),
// leg pain, medication overuse, a chronic headache pattern; each reason named in the sentence.
#include <doctest/doctest.h>

#include <string>

#include "core/analysis/insights.hpp"
#include "fixtures/analysis/journal_builder.hpp"

using namespace painlink;
using namespace painlink::analysis;
using painlink::testing::JournalBuilder;

namespace {

// Care (heat) starts on day 0; back pain `start` on days 0-13, `recent` on the last 14 days up to
// `today_index`, 5 in between.
SpecialistAdvice back_course(int today_index, int start, int recent, bool leg = false) {
  JournalBuilder b(date_from_civil(2026, 1, 1));
  b.treatment(0, TreatmentType::heat);
  for (int i = 0; i <= today_index; ++i) {
    const int v = i < 14 ? start : i > today_index - 14 ? recent : 5;
    b.back(i, v);
    if (leg) b.day(i).back_pain->to_leg = true;
  }
  return compute_insights(b.journal, b.date(today_index)).specialist;
}

bool has(const SpecialistAdvice& a, SpecialistReason r) {
  for (SpecialistReason x : a.reasons)
    if (x == r) return true;
  return false;
}

}  // namespace

TEST_CASE("specialist: no meaningful improvement after 6 weeks of care") {
  // 6 -> 6 after 42 days: no change.
  SpecialistAdvice a = back_course(42, 6, 6);
  CHECK(a.suggest);
  CHECK(has(a, SpecialistReason::back_not_improving));
  CHECK(a.back.start_mean == doctest::Approx(6.0));
  CHECK(a.back.recent_mean == doctest::Approx(6.0));
  CHECK(a.sentence.rfind("It may be time to see a specialist: ask your doctor about a referral", 0) == 0);
  CHECK(a.sentence.find("your back pain has not clearly improved after 6 weeks of care (6.0 out of 10 on average in "
                        "the first 2 weeks, 6.0 in the last 2)") != std::string::npos);
  // 41 days: not yet a full 6-week course.
  CHECK_FALSE(back_course(41, 6, 6).suggest);
  // A 2-point drop is meaningful (7 -> 5), a 1-point drop from 7 is not (14%).
  CHECK_FALSE(back_course(60, 7, 5).suggest);
  CHECK(back_course(60, 7, 6).suggest);
  CHECK_FALSE(back_course(60, 6, 4).suggest);  // 2 points
  // Pain that is now mild is not a reason, whatever the change.
  CHECK_FALSE(back_course(60, 3, 3).suggest);
  // Worse than at the start is "not improving".
  CHECK(back_course(60, 4, 7).suggest);
}

TEST_CASE("specialist: leg pain not improving is named as sciatica") {
  const SpecialistAdvice a = back_course(50, 6, 6, true);
  CHECK(a.leg_pain);
  CHECK(has(a, SpecialistReason::leg_pain_not_improving));
  CHECK(a.sentence.find("your back pain going down the leg (sciatica) has not clearly improved after 7 weeks") !=
        std::string::npos);
}

TEST_CASE("specialist: medication overuse and a chronic headache pattern are reasons on their own") {
  JournalBuilder b(date_from_civil(2026, 2, 1));
  const Date today = date_from_civil(2026, 6, 20);
  for (int i = 0; i <= today - b.start; ++i) b.headache(i, 0);
  for (int m = 2; m <= 5; ++m)
    for (int k = 0; k < 15; ++k) {
      const int day = date_from_civil(2026, m, 1 + k) - b.start;
      b.headache(day, 3);
      if (k < 10) b.medication(day, DrugClass::triptan, "sumatriptan", 8);
    }
  const Insights in = compute_insights(b.journal, today);
  CHECK(in.specialist.suggest);
  CHECK(in.treatments.suggest_specialist);
  CHECK(has(in.specialist, SpecialistReason::medication_overuse));
  CHECK(has(in.specialist, SpecialistReason::chronic_headache));
  CHECK(in.specialist.sentence.find("you took Triptan on 10 or more days a month for 4 months in a row") !=
        std::string::npos);
  CHECK(in.specialist.sentence.find("you had headaches on 15 or more days a month for 4 months in a row") !=
        std::string::npos);
  const Json j = insights_to_json(in);
  CHECK(j["specialist"]["suggest"] == true);
  CHECK(j["specialist"]["reasons"] == Json::array({"medication_overuse", "chronic_headache"}));

  // Nothing to suggest: no sentence.
  JournalBuilder calm(date_from_civil(2026, 5, 1));
  calm.headache(0, 2);
  const Insights quiet = compute_insights(calm.journal, today);
  CHECK_FALSE(quiet.specialist.suggest);
  CHECK(quiet.specialist.sentence.empty());
}
