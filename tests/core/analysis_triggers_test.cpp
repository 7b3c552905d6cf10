// Triggers: hand-computed tables on tiny journals, the lag/onset definitions, minimum-data
// boundaries, the false-positive rate on pure noise, and planted effects that must be found.
#include <doctest/doctest.h>

#include <cmath>
#include <set>
#include <string>

#include "core/analysis/daily_series.hpp"
#include "core/analysis/triggers.hpp"
#include "fixtures/analysis/journal_builder.hpp"

using namespace painlink;
using namespace painlink::analysis;
using painlink::testing::JournalBuilder;
using painlink::testing::SplitMix64;
using doctest::Approx;

namespace {

const TriggerResult& row(const std::vector<TriggerResult>& rows, const std::string& factor, Outcome o, int lag) {
  for (const TriggerResult& r : rows)
    if (r.factor == factor && r.outcome == o && r.lag_days == lag) return r;
  FAIL("row not found: " << factor);
  return rows.front();
}

bool reports_any(const std::vector<TriggerResult>& rows) {
  for (const TriggerResult& r : rows)
    if (r.verdict == Verdict::possible_trigger || r.verdict == Verdict::possible_protector) return true;
  return false;
}

// A synthetic diary in which every factor is independent of every outcome. `spells` makes both
// habits and pain run in multi-day spells (autocorrelated), as real diaries do.
Journal noise_journal(std::uint64_t seed, int days, bool spells) {
  SplitMix64 rng(seed);
  JournalBuilder b(date_from_civil(2025, 1, 1));
  bool attack = false, flare = false, stressed = false, short_sleeper = false, desk = false;
  for (int i = 0; i < days; ++i) {
    if (spells) {
      attack = attack ? rng.chance(0.55) : rng.chance(0.12);
      flare = flare ? rng.chance(0.8) : rng.chance(0.1);
      stressed = rng.chance(0.15) ? !stressed : stressed;
      short_sleeper = rng.chance(0.2) ? !short_sleeper : short_sleeper;
      desk = rng.chance(0.25) ? !desk : desk;
    } else {
      attack = rng.chance(0.25);
      flare = rng.chance(0.4);
      stressed = rng.chance(0.35);
      short_sleeper = rng.chance(0.35);
      desk = rng.chance(0.4);
    }
    if (rng.chance(0.95)) b.headache(i, attack ? rng.range(2, 8) : 0);
    if (rng.chance(0.95)) b.back(i, flare ? rng.range(4, 8) : rng.range(0, 3), rng.chance(0.4), rng.chance(0.6));
    if (!rng.chance(0.9)) continue;
    Factors& f = b.factors(i);
    f.sleep_hours = short_sleeper ? 4.5 + rng.uniform() : 6.0 + 3.0 * rng.uniform();
    f.stress = stressed ? rng.range(7, 10) : rng.range(0, 6);
    f.water_glasses = rng.range(0, 10);
    f.screen_hours = desk ? 8.5 + 3.0 * rng.uniform() : 2.0 + 6.0 * rng.uniform();
    f.sitting_hours = desk ? 8.0 + 3.0 * rng.uniform() : 2.0 + 5.0 * rng.uniform();
    f.alcohol_units = rng.chance(0.3) ? 3.0 + rng.range(0, 3) : rng.range(0, 2);
    f.caffeine_cups = rng.range(0, 6);
    f.exercise_minutes = rng.chance(0.4) ? 0 : 30;
    f.skipped_meal = rng.chance(0.2);
    f.menstruating = rng.chance(0.2);
    f.custom["chocolate"] = rng.chance(0.3);
  }
  return b.journal;
}

}  // namespace

TEST_CASE("analysis: trigger RR, CI, p and verdict match a hand computation on a 20-day diary") {
  // 20 recorded days, 16 apart (the design effect uses lags up to n/2 = 10 days, where no two
  // recorded days meet: every autocorrelation is undefined -> 0, design effect exactly 1).
  // Sleep < 6 h on 8 days (6 with a headache), normal sleep on 12 days (3 with a headache):
  //   a=6 b=2 c=3 d=9; risks 6/8 = 0.75, 3/12 = 0.25; RR = 3.000
  //   Score (Miettinen-Nurminen) test and CI, checked against an independent implementation
  //   (restricted MLE by numerical maximisation): Z(1)^2 = Pearson chi2 * 19/20 = 4.6075 ->
  //   p = 0.031859; 95% CI 1.0972 .. 9.0967 (deff 1).
  //   It is the only comparison with enough data (lags 1-2 have no pairs, nothing else was
  //   recorded), so q = p <= 0.10 and the CI is above 1 -> possible trigger.
  JournalBuilder b(date_from_civil(2026, 1, 1));
  for (int k = 0; k < 20; ++k) {
    const int i = 16 * k;
    b.sleep(i, k < 8 ? 5.0 : 7.5);
    const bool headache = (k < 6) || (k >= 8 && k < 11);
    b.headache(i, headache ? 5 : 0);
  }
  const DailySeries s = build_daily_series(b.journal, b.date(19 * 16));
  const std::vector<TriggerResult> rows = analyse_triggers(s);
  const TriggerResult& r = row(rows, "short_sleep", Outcome::headache, 0);
  CHECK(r.comparison.table.a == 6);
  CHECK(r.comparison.table.b == 2);
  CHECK(r.comparison.table.c == 3);
  CHECK(r.comparison.table.d == 9);
  REQUIRE(r.comparison.design_effect == 1.0);
  CHECK_3DP(r.comparison.risk_exposed, 0.750);
  CHECK_3DP(r.comparison.risk_unexposed, 0.250);
  CHECK_3DP(r.comparison.relative_risk, 3.000);
  CHECK_3DP(r.comparison.ci_low, 1.0972);
  CHECK_3DP(r.comparison.ci_high, 9.0967);
  CHECK_FALSE(r.comparison.stratified);
  CHECK_3DP(r.comparison.p_value, 0.031859);
  CHECK_3DP(r.q_value, 0.031859);
  CHECK(r.verdict == Verdict::possible_trigger);
  CHECK(r.premonitory);
  CHECK_FALSE(r.reverse_causation_possible);
  CHECK(r.sentence ==
        "You had a headache on 6 of 8 days (75%) with under 6 hours of sleep, against 3 of 12 other days (25%): "
        "between 1.10 and 9.1 times as likely (relative risk 3.0, 95% CI 1.10\u20139.1, from 20 days). A possible "
        "trigger to discuss with your doctor: it stands out even after allowing for the many things checked, but it "
        "does not prove cause. This may be an early sign of the attack rather than its cause.");
  // Lag 1: no pairs of consecutive recorded days.
  const TriggerResult& lag1 = row(rows, "short_sleep", Outcome::headache, 1);
  CHECK(lag1.comparison.days() == 0);
  CHECK(lag1.verdict == Verdict::not_enough_data);
  CHECK(std::isnan(lag1.comparison.relative_risk));
  CHECK(lag1.sentence ==
        "Not enough data yet to tell whether headaches are more common the day after a day with under 6 hours of "
        "sleep: it needs at least 14 days with both recorded (so far 0).");
  // Every factor x outcome x lag has a row.
  CHECK(rows.size() == s.factors.size() * 3 * 3);
}

TEST_CASE("analysis: trigger lags pair the factor on day d-lag with the outcome on day d") {
  // 20 consecutive days. Alcohol >= 3 units on days E = {0,3,6,9,12,15,18}; headache on
  // H = {1,2,4,7,8,10,13,17}; every day recorded.
  // lag 1 (alcohol d-1, headache d), d = 1..19: exposed d = {1,4,7,10,13,16,19}: headache on
  //   1,4,7,10,13 -> a=5 b=2; unexposed 12 days with headache on 2,8,17 -> c=3 d=9 (pooled).
  //   Strata by the headache on day d-1: no headache -> exposed 1,4,7,10,13 (events),16,19;
  //   unexposed 6,12,15, 17 (event) -> {5,2,1,3}. Headache on d-1 -> only unexposed days
  //   (2, 8 events; 3,5,9,11,14,18) -> {0,0,2,6}, no information. MH RR = (5*4/11)/(1*7/11) = 2.857.
  // lag 0: E and H are disjoint -> a=0 b=7 c=8 d=5 (Haldane: RR = (0.5/8)/(8.5/14) = 0.103).
  // lag 2 (d = 2..19): exposed d = {2,5,8,11,14,17} -> a=3 b=3; unexposed 12 -> c=4 (4,7,10,13) d=8
  //   (pooled, crude RR 1.5). Strata by the headache on d-2: none -> {3,3,2,2}; headache -> {0,0,2,6}.
  //   MH RR = (3*4/10)/(2*6/10) = 1.000: the crude 1.5 came from headaches running in spells.
  JournalBuilder b(date_from_civil(2026, 3, 1));
  const std::set<int> exposed{0, 3, 6, 9, 12, 15, 18}, headache{1, 2, 4, 7, 8, 10, 13, 17};
  for (int i = 0; i < 20; ++i) {
    b.factors(i).alcohol_units = exposed.count(i) ? 4.0 : 0.0;
    b.headache(i, headache.count(i) ? 6 : 0);
  }
  const DailySeries s = build_daily_series(b.journal, b.date(19));
  const std::vector<TriggerResult> rows = analyse_triggers(s);

  const RiskComparison& l1 = row(rows, "alcohol", Outcome::headache, 1).comparison;
  CHECK(l1.table.a == 5);
  CHECK(l1.table.b == 2);
  CHECK(l1.table.c == 3);
  CHECK(l1.table.d == 9);
  CHECK_3DP(l1.relative_risk, 2.857);
  CHECK(l1.stratified);
  CHECK(l1.strata == 1);
  CHECK(l1.design_effect >= 1.0);
  const TwoByTwo informative[] = {{5, 2, 1, 3}};
  const ScoreRiskRatio ref = score_risk_ratio(informative, l1.design_effect);
  CHECK(l1.ci_low == Approx(ref.ci_low).epsilon(1e-9));
  CHECK(l1.ci_high == Approx(ref.ci_high).epsilon(1e-9));
  CHECK(l1.p_value == Approx(ref.p_value).epsilon(1e-9));

  const RiskComparison& l0 = row(rows, "alcohol", Outcome::headache, 0).comparison;
  CHECK(l0.table.a == 0);
  CHECK(l0.table.b == 7);
  CHECK(l0.table.c == 8);
  CHECK(l0.table.d == 5);
  CHECK(l0.corrected);
  CHECK_3DP(l0.relative_risk, 0.103);
  CHECK_3DP(l0.risk_exposed, 0.0);

  const RiskComparison& l2 = row(rows, "alcohol", Outcome::headache, 2).comparison;
  CHECK(l2.table.a == 3);
  CHECK(l2.table.b == 3);
  CHECK(l2.table.c == 4);
  CHECK(l2.table.d == 8);
  CHECK_3DP(l2.relative_risk, 1.000);

  // Same-day rows of a habit the pain can change carry the reverse-causation flag.
  CHECK(row(rows, "alcohol", Outcome::headache, 0).reverse_causation_possible);
  CHECK_FALSE(row(rows, "alcohol", Outcome::headache, 1).reverse_causation_possible);
  CHECK_FALSE(row(rows, "alcohol", Outcome::headache, 0).premonitory);
}

TEST_CASE("analysis: headache onset is defined only after a recorded headache-free day") {
  // day:      0  1  2  3  4  5   6  7  8  9
  // headache: 0  3  4  0  2  -   5  1  0  0   (- = not recorded)   plus day 10: 6
  // onset:    -  1  -  -  1  -   -  -  -  0   day 10: 1
  // (day 3 follows a headache day; day 6 follows an unknown day; days 7-8 follow headache days)
  JournalBuilder b(date_from_civil(2026, 2, 1));
  const int h[] = {0, 3, 4, 0, 2, -1, 5, 1, 0, 0, 6};
  for (int i = 0; i < 11; ++i)
    if (h[i] >= 0) b.headache(i, h[i]);
  const DailySeries s = build_daily_series(b.journal, b.date(10));
  const std::vector<std::int8_t> expected{-1, 1, -1, -1, 1, -1, -1, -1, -1, 0, 1};
  CHECK(s.headache_onset == expected);
  const std::vector<std::int8_t> days{0, 1, 1, 0, 1, -1, 1, 1, 0, 0, 1};
  CHECK(s.headache_day == days);
}

TEST_CASE("analysis: factor cut-offs and custom factors in the daily series") {
  JournalBuilder b(date_from_civil(2026, 4, 1));
  // Boundaries: sleep 6 is not short, 5.9 is; stress 7 is high, 6 not; water 4 fine, 3 low;
  // screen 8 not long, 8.5 is; sitting 8 is long; alcohol 3 counts; caffeine 4 counts; exercise 0.
  Factors& f0 = b.factors(0);
  f0.sleep_hours = 6.0;
  f0.stress = 6;
  f0.water_glasses = 4;
  f0.screen_hours = 8.0;
  f0.sitting_hours = 7.9;
  f0.alcohol_units = 2.9;
  f0.caffeine_cups = 3;
  f0.exercise_minutes = 1;
  f0.skipped_meal = false;
  f0.menstruating = false;
  Factors& f1 = b.factors(1);
  f1.sleep_hours = 5.9;
  f1.stress = 7;
  f1.water_glasses = 3;
  f1.screen_hours = 8.5;
  f1.sitting_hours = 8.0;
  f1.alcohol_units = 3.0;
  f1.caffeine_cups = 4;
  f1.exercise_minutes = 0;
  f1.skipped_meal = true;
  f1.menstruating = true;
  // Custom "wine": first used on day 3. Day 2 has factors but predates it -> unknown;
  // day 4 has factors without the key -> "no"; day 5 has no factors section -> unknown.
  b.factors(2).stress = 3;
  b.factors(3).custom["wine"] = true;
  b.factors(4).stress = 2;
  b.headache(5, 0);
  b.factors(6).custom["wine"] = false;
  const DailySeries s = build_daily_series(b.journal, b.date(6));
  REQUIRE(s.factors.size() == kBuiltinFactorCount + 1);
  for (int k = 0; k < kBuiltinFactorCount; ++k) {
    INFO(s.factors[static_cast<std::size_t>(k)].id);
    CHECK(s.factors[static_cast<std::size_t>(k)].exposed[0] == 0);
    CHECK(s.factors[static_cast<std::size_t>(k)].exposed[1] == 1);
  }
  const FactorSeries& wine = s.factors.back();
  CHECK(wine.id == "custom:wine");
  CHECK(wine.custom);
  const std::vector<std::int8_t> expected{-1, -1, -1, 1, 0, -1, 0};
  CHECK(wine.exposed == expected);
  CHECK(wine.known_days == 3);
  CHECK(wine.exposed_days == 1);
}

TEST_CASE("analysis: minimum data rules at their boundaries") {
  CHECK(enough_data({3, 2, 3, 6}));           // 14 days, 5/9 exposed/unexposed, 6 events
  CHECK_FALSE(enough_data({3, 2, 3, 5}));     // 13 days
  CHECK_FALSE(enough_data({2, 2, 3, 7}));     // 4 exposed
  CHECK_FALSE(enough_data({3, 7, 1, 3}));     // 4 unexposed
  CHECK_FALSE(enough_data({1, 4, 1, 8}));     // 2 events
  CHECK(enough_data({1, 4, 2, 7}));           // 3 events
  CHECK_FALSE(enough_data({4, 1, 8, 1}));     // 2 non-events
  // Below the minimum: counts and risks are kept, no RR/CI/p.
  const RiskComparison c = compare({3, 2, 3, 5}, 1.0);
  CHECK_FALSE(c.enough_data);
  CHECK_3DP(c.risk_exposed, 0.6);
  CHECK(std::isnan(c.relative_risk));
  CHECK(std::isnan(c.p_value));
  // Days-needed estimate: 10 days so far with 2 exposed -> 5 exposed needs 15 days at that rate.
  CHECK(days_needed({1, 1, 3, 5}) == 15);
  CHECK(days_needed({0, 0, 3, 5}) == std::nullopt);  // never exposed: no estimate
  CHECK(days_needed({3, 2, 3, 6}) == 0);
  CHECK(days_needed({}) == kMinPairedDays);
}

TEST_CASE("analysis: pure noise rarely produces a reported trigger") {
  // 100 independent diaries of 180 days where nothing is linked to anything. With BH at q = 0.10
  // over about 100 comparisons, the chance of any false report should stay near or below 10%.
  int reported_iid = 0, reported_spells = 0;
  constexpr int kJournals = 100;
  for (int k = 0; k < kJournals; ++k) {
    const Journal iid = noise_journal(1000 + static_cast<std::uint64_t>(k), 180, false);
    const Journal spells = noise_journal(5000 + static_cast<std::uint64_t>(k), 180, true);
    const Date today = date_from_civil(2025, 1, 1) + 179;
    if (reports_any(analyse_triggers(build_daily_series(iid, today)))) ++reported_iid;
    if (reports_any(analyse_triggers(build_daily_series(spells, today)))) ++reported_spells;
  }
  MESSAGE("noise journals with any reported trigger/protector: independent days " << reported_iid << "/" << kJournals
                                                                                  << ", spells " << reported_spells
                                                                                  << "/" << kJournals);
  CHECK(reported_iid <= 12);
  CHECK(reported_spells <= 15);
}

TEST_CASE("analysis: a planted same-day effect is found at lag 0, a planted next-day effect at lag 1") {
  int found_sleep = 0, wrong_lag_sleep = 0, found_alcohol = 0, wrong_lag_alcohol = 0;
  constexpr int kSeeds = 20;
  for (int k = 0; k < kSeeds; ++k) {
    SplitMix64 rng(77 + static_cast<std::uint64_t>(k));
    JournalBuilder b(date_from_civil(2025, 6, 1));
    std::vector<bool> drank(180);
    for (int i = 0; i < 180; ++i) {
      const bool short_sleep = rng.chance(0.3);
      drank[static_cast<std::size_t>(i)] = rng.chance(0.3);
      Factors& f = b.factors(i);
      f.sleep_hours = short_sleep ? 5.0 : 7.5;
      f.alcohol_units = drank[static_cast<std::size_t>(i)] ? 4.0 : 0.0;
      f.stress = rng.range(0, 10);
      // Sleep < 6 h triples the same-day risk (0.15 -> 0.45); alcohol triples the next-day
      // back-pain-flare risk (0.15 -> 0.45).
      b.headache(i, rng.chance(short_sleep ? 0.45 : 0.15) ? 5 : 0);
      const bool drank_yesterday = i > 0 && drank[static_cast<std::size_t>(i - 1)];
      b.back(i, rng.chance(drank_yesterday ? 0.45 : 0.15) ? 6 : 1);
    }
    const std::vector<TriggerResult> rows = analyse_triggers(build_daily_series(b.journal, b.date(179)));
    if (row(rows, "short_sleep", Outcome::headache, 0).verdict == Verdict::possible_trigger) ++found_sleep;
    for (int lag : {1, 2})
      if (row(rows, "short_sleep", Outcome::headache, lag).verdict == Verdict::possible_trigger) ++wrong_lag_sleep;
    if (row(rows, "alcohol", Outcome::back_pain, 1).verdict == Verdict::possible_trigger) ++found_alcohol;
    for (int lag : {0, 2})
      if (row(rows, "alcohol", Outcome::back_pain, lag).verdict == Verdict::possible_trigger) ++wrong_lag_alcohol;
  }
  MESSAGE("planted effects found: sleep " << found_sleep << "/" << kSeeds << " (wrong lag " << wrong_lag_sleep
                                          << "), alcohol " << found_alcohol << "/" << kSeeds << " (wrong lag "
                                          << wrong_lag_alcohol << ")");
  CHECK(found_sleep >= 18);
  CHECK(found_alcohol >= 18);
  CHECK(wrong_lag_sleep <= 1);
  CHECK(wrong_lag_alcohol <= 1);
}
