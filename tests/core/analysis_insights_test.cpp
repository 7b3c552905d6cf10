// The aggregate: empty journal, JSON shape (never NaN/Inf), charts, and a 10-year diary.
#include <doctest/doctest.h>

#include <chrono>
#include <cmath>
#include <set>
#include <string>

#include "core/analysis/insights.hpp"
#include "fixtures/analysis/journal_builder.hpp"

using namespace painlink;
using namespace painlink::analysis;
using painlink::testing::JournalBuilder;
using painlink::testing::SplitMix64;

namespace {

// Counts the numbers in a JSON tree and, separately, those that are NaN or infinite.
void walk_numbers(const Json& j, int& numbers, int& non_finite) {
  if (j.is_number()) {
    ++numbers;
    if (j.is_number_float() && !std::isfinite(j.get<double>())) ++non_finite;
  } else if (j.is_structured()) {
    for (const auto& v : j) walk_numbers(v, numbers, non_finite);
  }
}

// Number of numbers in the tree; fails the test if any is NaN/Inf.
int count_numbers(const Json& j) {
  int numbers = 0, non_finite = 0;
  walk_numbers(j, numbers, non_finite);
  CHECK(non_finite == 0);
  return numbers;
}

Journal ten_year_journal(Date today) {
  SplitMix64 rng(2024);
  JournalBuilder b(today - 3649);
  for (int i = 0; i < 3650; ++i) {
    Entry& e = b.day(i);
    const bool attack = rng.chance(0.3);
    Headache h;
    h.intensity = attack ? rng.range(2, 9) : 0;
    if (attack) {
      h.duration_hours = 1.0 + rng.range(0, 30);
      h.side = static_cast<HeadacheSide>(rng.range(0, 2));
      h.pulsating = rng.chance(0.5);
      h.aura = rng.chance(0.1);
      h.nausea = rng.chance(0.4);
      h.light_sensitive = rng.chance(0.5);
      h.sound_sensitive = rng.chance(0.4);
      h.worse_with_activity = rng.chance(0.5);
    }
    e.headache = h;
    BackPain bp;
    bp.intensity = rng.range(0, 8);
    bp.neck = rng.chance(0.4);
    bp.upper_back = rng.chance(0.2);
    bp.lower_back = rng.chance(0.6);
    bp.to_arm = rng.chance(0.1);
    bp.to_leg = rng.chance(0.2);
    e.back_pain = bp;
    Factors& f = b.factors(i);
    f.sleep_hours = 4.0 + 5.0 * rng.uniform();
    f.stress = rng.range(0, 10);
    f.screen_hours = 12.0 * rng.uniform();
    f.sitting_hours = 12.0 * rng.uniform();
    f.water_glasses = rng.range(0, 10);
    f.caffeine_cups = rng.range(0, 6);
    f.alcohol_units = rng.range(0, 5);
    f.exercise_minutes = rng.chance(0.4) ? 0 : 45;
    f.skipped_meal = rng.chance(0.2);
    f.menstruating = rng.chance(0.2);
    for (int c = 0; c < 5; ++c) f.custom["custom factor " + std::to_string(c)] = rng.chance(0.3);
    if (rng.chance(0.4)) b.medication(i, static_cast<DrugClass>(rng.range(0, 8)), "med " + std::to_string(rng.range(0, 9)), rng.range(0, 10));
    if (rng.chance(0.3)) b.treatment(i, TreatmentType::stretching, "stretch", rng.range(0, 10));
    e.notes = "day " + std::to_string(i);
  }
  b.journal.screening.answers["headache_thunderclap"] = false;
  return b.journal;
}

}  // namespace

TEST_CASE("analysis: insights of an empty journal say what is missing") {
  const Date today = date_from_civil(2026, 11, 20);
  const Insights in = compute_insights(Journal{}, today);
  CHECK(in.days_recorded == 0);
  CHECK_FALSE(in.first_date.has_value());
  CHECK(in.connection.same_day.verdict == LinkVerdict::not_enough_data);
  CHECK(in.triggers.size() == kBuiltinFactorCount * 9);
  for (const TriggerResult& r : in.triggers) CHECK(r.verdict == Verdict::not_enough_data);
  REQUIRE(in.not_enough_data.size() == 1);
  CHECK(in.not_enough_data[0].text.rfind("No days recorded yet.", 0) == 0);
  CHECK(in.not_enough_data[0].section == Insights::Hint::Section::general);
  const Json j = insights_to_json(in);
  count_numbers(j);
  CHECK(j["connection"]["relative_risk"].is_null());
  CHECK(j["connection"]["verdict"] == "not_enough_data");
  CHECK(j["first_date"].is_null());
  CHECK(j["charts"]["timeline"]["dates"].empty());
  CHECK(j["red_flags"]["urgent"] == false);
}

TEST_CASE("analysis: insights JSON carries the hand-checked trigger numbers and hints") {
  // The 20-day sleep fixture of analysis_triggers_test.cpp (RR 3.000, score CI 1.097-9.097, p 0.0319).
  JournalBuilder b(date_from_civil(2026, 1, 1));
  for (int k = 0; k < 20; ++k) {
    b.sleep(16 * k, k < 8 ? 5.0 : 7.5);
    b.headache(16 * k, (k < 6) || (k >= 8 && k < 11) ? 5 : 0);
  }
  b.journal.screening.answers["fever_unwell"] = true;
  const Insights in = compute_insights(b.journal, b.date(304));
  const Json j = insights_to_json(in);
  count_numbers(j);
  CHECK(j["days_recorded"] == 20);
  CHECK(j["days_in_range"] == 305);
  CHECK(j["first_date"] == "2026-01-01");
  const Json* sleep = nullptr;
  for (const Json& t : j["triggers"])
    if (t["factor"] == "short_sleep" && t["outcome"] == "headache" && t["lag_days"] == 0) sleep = &t;
  REQUIRE(sleep != nullptr);
  CHECK_3DP((*sleep)["relative_risk"].get<double>(), 3.000);
  CHECK_3DP((*sleep)["ci_low"].get<double>(), 1.0972);  // score CI (analysis_triggers_test.cpp)
  CHECK_3DP((*sleep)["ci_high"].get<double>(), 9.0967);
  CHECK((*sleep)["exposed_days"] == 8);
  CHECK((*sleep)["unexposed_days"] == 12);
  CHECK_3DP((*sleep)["risk_exposed"].get<double>(), 0.75);
  CHECK_3DP((*sleep)["q_value"].get<double>(), 0.031859);
  CHECK((*sleep)["verdict"] == "possible_trigger");
  CHECK((*sleep)["premonitory"] == true);
  // Trigger chart: the one reported trigger first.
  REQUIRE(!j["charts"]["trigger_rows"].empty());
  CHECK(j["charts"]["trigger_rows"][0]["factor"] == "short_sleep");
  CHECK(j["charts"]["trigger_rows"][0]["verdict"] == "possible_trigger");
  // Red flags reach the JSON.
  CHECK(j["red_flags"]["urgent"] == true);
  CHECK(j["red_flags"]["positive"] == Json::array({"fever_unwell"}));
  // No back pain recorded: the connection hint is there.
  bool connection_hint = false;
  for (const Insights::Hint& h : in.not_enough_data)
    if (h.section == Insights::Hint::Section::connection) connection_hint = true;
  CHECK(connection_hint);
  // Timeline: sleep bit (factor 0) set on short-sleep days only; NaN days are null.
  const Json& tl = j["charts"]["timeline"];
  CHECK(tl["dates"].size() == 305);
  CHECK(tl["factor_labels"][0] == "Under 6 h sleep");
  CHECK(tl["factor_bits"][0] == 1);
  CHECK(tl["factor_bits"][16 * 10] == 0);
  CHECK(tl["headache"][1].is_null());
  CHECK(tl["headache"][0] == 5.0);
  CHECK(j["charts"]["calendar"]["start"] == "2026-01-01");
  CHECK(j["charts"]["calendar"]["headache_day"][0] == true);
  CHECK(j["charts"]["calendar"]["headache_day"][1].is_null());
  CHECK(j["charts"]["calendar"]["back"][0].is_null());
}

TEST_CASE("analysis: insights hint estimates the days still needed for the connection") {
  // 10 days with both recorded, 4 flare days and 4 headache days so far: 14 days are needed in all,
  // 5 flare days at 4/10 a day needs ceil(1 / 0.4) = 3 more -> max(4, 3) = 4 more days.
  JournalBuilder b(date_from_civil(2026, 3, 1));
  for (int i = 0; i < 10; ++i) {
    b.back(i, i < 4 ? 6 : 1);
    b.headache(i, i % 3 == 0 ? 4 : 0);
  }
  const Insights in = compute_insights(b.journal, b.date(9));
  REQUIRE_FALSE(in.not_enough_data.empty());
  CHECK(in.not_enough_data[0].section == Insights::Hint::Section::connection);
  CHECK(in.not_enough_data[0].text ==
        "Record both back pain and headache on about 4 more days to see whether back pain and headaches are "
        "connected.");
}

TEST_CASE("analysis: a 10-year diary with every field completes with sane output") {
  const Date today = date_from_civil(2026, 11, 20);
  const Journal journal = ten_year_journal(today);
  const auto t0 = std::chrono::steady_clock::now();
  const Insights in = compute_insights(journal, today);
  const auto t1 = std::chrono::steady_clock::now();
  const Json j = insights_to_json(in);
  const auto t2 = std::chrono::steady_clock::now();
  MESSAGE("compute_insights on 3650 days: "
          << std::chrono::duration<double, std::milli>(t1 - t0).count() << " ms, insights_to_json: "
          << std::chrono::duration<double, std::milli>(t2 - t1).count() << " ms (this build type)");

  CHECK(in.days_recorded == 3650);
  CHECK(in.days_in_range == 3650);
  CHECK(in.triggers.size() == (kBuiltinFactorCount + 5) * 9);
  CHECK(in.connection.days_both_recorded == 3650);
  CHECK(in.connection.same_day.verdict != LinkVerdict::not_enough_data);
  CHECK(in.charts.timeline.dates.size() == 3650);
  CHECK(in.charts.timeline.factor_labels.size() == kBuiltinFactorCount + 5);
  CHECK(in.headache_pattern.complete_months == 5);
  CHECK(in.treatments.weekly.size() == 26);
  CHECK(in.medication_overuse.size() == 11);
  int enough = 0;
  for (const TriggerResult& r : in.triggers) {
    if (r.comparison.enough_data) ++enough;
    CHECK(!r.sentence.empty());
  }
  CHECK(enough == static_cast<int>(in.triggers.size()));
  CHECK(in.not_enough_data.empty());
  const std::set<std::string> verdicts{"possible_trigger", "possible_protector", "no_clear_link", "not_enough_data"};
  for (const Json& t : j["triggers"]) CHECK(verdicts.count(t["verdict"].get<std::string>()) == 1);
  CHECK(count_numbers(j) > 10000);
  CHECK(j.dump().size() > 100000);
}

// Every "verdict" in a JSON tree, and whether any part says it has enough data.
static void collect_verdicts(const Json& j, std::set<std::string>& verdicts, bool& enough) {
  if (!j.is_structured()) return;
  if (j.is_object()) {
    if (j.contains("verdict") && j["verdict"].is_string()) verdicts.insert(j["verdict"].get<std::string>());
    if (j.contains("enough_data") && j["enough_data"] == true) enough = true;
  }
  for (const auto& v : j) collect_verdicts(v, verdicts, enough);
}

// Check-in and the screen-reader summary use safety_insights while the journal is short: the whole
// analysis of any such journal must have nothing more for them to show (no comparison with its
// minimum of days, no medicine over its limit, nothing that stands out), and the same red flags.
TEST_CASE("fewer days than any finding needs: the safety part is all there is to show") {
  const Date today = date_from_civil(2026, 11, 30);
  SplitMix64 rng(77);
  const DrugClass classes[] = {DrugClass::triptan, DrugClass::nsaid, DrugClass::opioid, DrugClass::paracetamol};
  for (int journal_no = 0; journal_no < 300; ++journal_no) {
    const int span = rng.range(1, 140);  // days from the first entry to today
    JournalBuilder b(today - (span - 1));
    const int entries = rng.range(0, kDaysForAnyFinding - 1);
    for (int n = 0; n < entries; ++n) {
      // Recent days on most journals, so that a medicine taken every recorded day is "regular".
      const int i = journal_no % 2 ? span - 1 - n % span : rng.range(0, span - 1);
      b.back(i, rng.range(0, 10), rng.chance(0.5), rng.chance(0.5));
      if (rng.chance(0.7)) b.headache(i, rng.range(0, 10));
      b.sleep(i, rng.chance(0.5) ? 4.0 : 8.0);
      b.factors(i).alcohol_units = rng.chance(0.5) ? 4.0 : 0.0;
      b.medication(i, classes[rng.range(0, 3)]);
    }
    if (rng.chance(0.3)) {
      b.journal.screening.answered_on = today - rng.range(0, 30);
      b.journal.screening.answers["headache_thunderclap"] = rng.chance(0.5);
      b.journal.screening.answers["back_bladder_bowel"] = rng.chance(0.5);
    }
    b.journal.settings.back_flare_threshold = rng.range(1, 10);
    CAPTURE(journal_no);
    const Insights whole = compute_insights(b.journal, today);
    const Insights safety = safety_insights(b.journal, today);
    const Json w = insights_to_json(whole);
    const Json s = insights_to_json(safety);
    CHECK(s["red_flags"] == w["red_flags"]);
    CHECK(s["back_flare_threshold"] == w["back_flare_threshold"]);
    CHECK(whole.standouts.empty());
    for (const MedicationOveruseRow& r : whole.medication_overuse) CHECK_FALSE(r.at_risk);
    std::set<std::string> verdicts;
    bool enough = false;
    collect_verdicts(w, verdicts, enough);
    CHECK_FALSE(enough);
    for (const std::string& v : verdicts) CHECK(v == "not_enough_data");
    CHECK_FALSE(whole.specialist.suggest);
  }
}
