// Treatments: counts, relief with CI, weekly trend slope, the specialist suggestion boundaries.
// Also the body map (small, same style of fixture).
#include <doctest/doctest.h>

#include <cmath>

#include "core/analysis/body_map.hpp"
#include "core/analysis/daily_series.hpp"
#include "core/analysis/treatment_effect.hpp"
#include "fixtures/analysis/journal_builder.hpp"

using namespace painlink;
using namespace painlink::analysis;
using painlink::testing::JournalBuilder;
using doctest::Approx;

namespace {
TreatmentSummary analyse(const JournalBuilder& b, Date today) {
  return analyse_treatments(b.journal, build_daily_series(b.journal, today));
}
}  // namespace

TEST_CASE("analysis: treatment counts, names and mean relief with a t CI") {
  JournalBuilder b(date_from_civil(2026, 1, 5));
  b.treatment(0, TreatmentType::heat, "", 4).treatment(0, TreatmentType::heat, "", 6);
  b.treatment(3, TreatmentType::heat, "", 8);
  b.medication(1, DrugClass::nsaid, "Ibuprofen ", 5).medication(2, DrugClass::nsaid, "ibuprofen", 7);
  b.medication(2, DrugClass::paracetamol, "Panadol");
  const TreatmentSummary t = analyse(b, b.date(10));
  REQUIRE(t.by_type.size() == 2);  // medication and heat, in enum order
  CHECK(t.by_type[0].key == "medication");
  CHECK(t.by_type[0].times_used == 3);
  CHECK(t.by_type[0].days_used == 2);
  const TreatmentStat& heat = t.by_type[1];
  CHECK(heat.key == "heat");
  CHECK(heat.times_used == 3);
  CHECK(heat.days_used == 2);
  // Relief 4, 6, 8: mean 6, SD 2, SE 1.1547, t(0.975, 2) = 4.302653 -> 1.032 .. 10.968
  CHECK(heat.relief.n == 3);
  CHECK_3DP(heat.relief.mean, 6.0);
  CHECK_3DP(heat.relief.ci_low, 1.032);
  CHECK_3DP(heat.relief.ci_high, 10.968);
  REQUIRE(t.by_drug_class.size() == 2);
  CHECK(t.by_drug_class[0].key == "nsaid");
  CHECK(t.by_drug_class[0].relief.mean == Approx(6.0));
  CHECK(t.by_drug_class[1].key == "paracetamol");
  CHECK(t.by_drug_class[1].relief.n == 0);
  CHECK(std::isnan(t.by_drug_class[1].relief.mean));
  REQUIRE(t.by_name.size() == 2);
  CHECK(t.by_name[0].key == "ibuprofen");
  CHECK(t.by_name[0].label == "Ibuprofen");  // first spelling, trimmed
  CHECK(t.by_name[0].times_used == 2);
  CHECK(t.by_name[1].key == "panadol");
  CHECK(t.care_start == b.date(0));
}

TEST_CASE("analysis: weekly trend slope during care matches a hand computation") {
  // Care starts on day 0; back pain is constant within each week: 2, 4, 5, 4, 5 for weeks 1-5.
  // OLS on (1,2),(2,4),(3,5),(4,4),(5,5): slope 0.6, SE 0.282843 (plain CI -0.300 .. 1.500, t df 3).
  // Persistence: residuals -0.8 0.6 1.0 -0.6 -0.2, lag-1 rho = -0.36/2.4 = -0.15, bias-corrected
  // -0.15 + (2 - 0.6)/5 = 0.13 -> the floor 0.5; variance x3, df max(1, 5/3 - 2) = 1:
  // CI 0.6 -+ 12.7062 * 0.282843 * sqrt(3) = -5.625 .. 6.825 (5 weeks say very little).
  JournalBuilder b(date_from_civil(2026, 2, 2));
  const int weekly[] = {2, 4, 5, 4, 5};
  b.treatment(0, TreatmentType::stretching);
  for (int i = 0; i < 35; ++i) {
    b.back(i, weekly[i / 7]);
    if (i % 7 < 2) b.headache(i, 3);  // only 2 headache-recorded days a week: no headache trend
  }
  const TreatmentSummary t = analyse(b, b.date(34));
  CHECK(t.weeks_of_care == 5);
  REQUIRE(t.weekly.size() == 5);
  CHECK(t.weekly[2].week == 3);
  CHECK(t.weekly[2].start == b.date(14));
  CHECK(t.weekly[2].back_mean == Approx(5.0));
  CHECK(t.weekly[2].back_n == 7);
  CHECK(t.weekly[2].headache_n == 2);
  CHECK_3DP(t.back_slope.slope, 0.6);
  CHECK_3DP(t.back_slope.ci_low, -5.6247);
  CHECK_3DP(t.back_slope.ci_high, 6.8247);
  CHECK(t.back_slope.residual_lag1 == Approx(0.5));
  CHECK(t.back_slope.df == Approx(1.0));
  CHECK(t.back_slope.n == 5);
  CHECK(std::isnan(t.headache_slope.slope));  // fewer than 3 recorded days in every week
  CHECK(t.sentence.find("your weekly back pain showed no clear change (0.60 points a week, 95% CI -5.62 to 6.82)") !=
        std::string::npos);
}

TEST_CASE("analysis: recent means need 7 recorded days of the last 14") {
  JournalBuilder sparse(date_from_civil(2026, 1, 1));
  sparse.treatment(0, TreatmentType::rest);
  for (int i = 50; i < 56; ++i) sparse.back(i, 9);
  const TreatmentSummary s = analyse(sparse, sparse.date(55));
  CHECK(s.back_recent_n == 6);
  CHECK(std::isnan(s.back_recent_mean));
  // No treatments at all.
  JournalBuilder none(date_from_civil(2026, 1, 1));
  none.back(0, 3);
  CHECK(analyse(none, none.date(5)).sentence == "No treatments recorded yet.");
}

TEST_CASE("analysis: body map shares and mean intensities") {
  const Date today = date_from_civil(2026, 6, 30);
  JournalBuilder b(today - 120);
  const int t = 120;  // index of today
  // Headache section on 6 days in the window: left 4, left 6, right 5, both 3, no side 7, none 0.
  b.headache_at(t - 1) = Headache{};
  b.headache_at(t - 1).intensity = 4;
  b.headache_at(t - 1).side = HeadacheSide::left;
  b.headache_at(t - 2).intensity = 6;
  b.headache_at(t - 2).side = HeadacheSide::left;
  b.headache_at(t - 3).intensity = 5;
  b.headache_at(t - 3).side = HeadacheSide::right;
  b.headache_at(t - 4).intensity = 3;
  b.headache_at(t - 4).side = HeadacheSide::both;
  b.headache_at(t - 5).intensity = 7;
  b.headache(t - 6, 0);
  // Back section on 4 days: neck+lower 5, lower 3, intensity 0 with lower ticked (no pain),
  // 6 with pain spreading to the leg.
  b.back(t - 1, 5, true, true).back(t - 2, 3, false, true).back(t - 3, 0, false, true).back(t - 4, 6);
  b.day(t - 4).back_pain->to_leg = true;
  // Outside the 90-day window: ignored.
  b.back(0, 9, true).headache(0, 9);
  b.day(0).headache->side = HeadacheSide::right;

  const BodyMap m = analyse_body_map(build_daily_series(b.journal, today));
  CHECK(m.from == today - 89);
  REQUIRE(m.regions.size() == 8);
  auto region = [&](BodyRegion r) { return m.regions[static_cast<std::size_t>(r)]; };
  CHECK(region(BodyRegion::head_left).days == 2);
  CHECK(region(BodyRegion::head_left).recorded_days == 6);
  CHECK_3DP(region(BodyRegion::head_left).share, 0.333);
  CHECK(region(BodyRegion::head_left).mean_intensity == Approx(5.0));
  CHECK(region(BodyRegion::head_right).days == 1);
  CHECK(region(BodyRegion::head_both).mean_intensity == Approx(3.0));
  CHECK(m.headache_side_unknown == 1);
  CHECK(region(BodyRegion::neck).days == 1);
  CHECK(region(BodyRegion::neck).recorded_days == 4);
  CHECK(region(BodyRegion::neck).share == Approx(0.25));
  CHECK(region(BodyRegion::lower_back).days == 2);
  CHECK(region(BodyRegion::lower_back).mean_intensity == Approx(4.0));
  CHECK(region(BodyRegion::upper_back).days == 0);
  CHECK(std::isnan(region(BodyRegion::upper_back).mean_intensity));
  CHECK(region(BodyRegion::leg).days == 1);
  CHECK(region(BodyRegion::leg).mean_intensity == Approx(6.0));
  CHECK(region(BodyRegion::arm).share == Approx(0.0));
}
