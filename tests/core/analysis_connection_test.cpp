// Back pain <-> headache connection: hand-computed tables, lag direction, neck vs lower back.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "core/analysis/connection.hpp"
#include "core/analysis/daily_series.hpp"
#include "fixtures/analysis/journal_builder.hpp"

using namespace painlink;
using namespace painlink::analysis;
using painlink::testing::JournalBuilder;
using painlink::testing::SplitMix64;

TEST_CASE("analysis: connection same day and neck vs lower back match a hand computation") {
  // 30 recorded days, 16 apart (the design effect looks at lags up to n/2 = 15 days, where there are
  // no pairs: exactly 1; no next-day pairs):
  //   10 neck-only days (back 5, neck):        headache on 8
  //   10 lower-back-only days (back 5, lower): headache on 2
  //   10 days without back pain (back 0):      headache on 1
  // Score (Miettinen-Nurminen) CIs and p, from an independent implementation (analysis_stats_test):
  // Flare (>= 4) vs not: a=10 b=10 c=1 d=9 -> RR = 0.5/0.1 = 5.000, CI 1.0847 .. 29.631,
  //   p = 0.0351 (Fisher's exact p is 0.0485 too) -> linked.
  // Neck vs none: 8,2,1,9 -> RR 8.000, CI 1.774 .. 47.179 -> linked.
  // Lower back vs none: 2,8,1,9 -> RR 2.000, CI 0.2888 .. 14.655 -> no clear link.
  // Neck-only vs lower-back-only: 8,2,2,8 -> RR 4.000, CI 1.3556 .. 14.917 -> neck_stronger.
  JournalBuilder b(date_from_civil(2026, 1, 5));
  for (int k = 0; k < 30; ++k) {
    const int i = 16 * k;
    const int group = k / 10, m = k % 10;
    if (group == 0) {
      b.back(i, 5, /*neck=*/true, /*lower=*/false);
      b.headache(i, m < 8 ? 6 : 0);
    } else if (group == 1) {
      b.back(i, 5, false, true);
      b.headache(i, m < 2 ? 6 : 0);
    } else {
      b.back(i, 0);
      b.headache(i, m < 1 ? 6 : 0);
    }
  }
  const DailySeries s = build_daily_series(b.journal, b.date(29 * 16));
  const ConnectionResult c = analyse_connection(s);
  CHECK(c.days_both_recorded == 30);

  const RiskComparison& same = c.same_day.comparison;
  CHECK(same.table.a == 10);
  CHECK(same.table.b == 10);
  CHECK(same.table.c == 1);
  CHECK(same.table.d == 9);
  CHECK(same.design_effect == 1.0);
  CHECK_3DP(same.relative_risk, 5.000);
  CHECK_3DP(same.ci_low, 1.0847);
  CHECK_3DP(same.ci_high, 29.6306);
  CHECK_3DP(same.p_value, 0.035102);
  CHECK(c.same_day.verdict == LinkVerdict::linked);
  CHECK(c.same_day.sentence ==
        "You had a headache on 10 of 20 days (50%) with a back-pain flare (4 or more out of 10), against 1 of 10 "
        "other days (10%): between 1.08 and 30 times as likely (relative risk 5.0, 95% CI 1.08\u201330, from 30 "
        "days). Your back pain and headaches seem to be linked.");

  CHECK(c.next_day.verdict == LinkVerdict::not_enough_data);
  CHECK(c.next_day.sentence == "Not enough data yet: it needs at least 14 days with both recorded (so far 0).");

  const NeckVsLowerBack& nl = c.neck_vs_lower_back;
  CHECK_3DP(nl.neck.comparison.relative_risk, 8.000);
  CHECK_3DP(nl.neck.comparison.ci_low, 1.7740);
  CHECK_3DP(nl.neck.comparison.ci_high, 47.1794);
  CHECK(nl.neck.verdict == LinkVerdict::linked);
  CHECK(nl.neck.sentence ==
        "You had a headache on 8 of 10 days (80%) with neck pain, against 1 of 10 days without back pain (10%): "
        "between 1.77 and 47 times as likely (relative risk 8.0, 95% CI 1.77\u201347, from 20 days).");
  CHECK_3DP(nl.lower_back.comparison.relative_risk, 2.000);
  CHECK_3DP(nl.lower_back.comparison.ci_low, 0.2888);
  CHECK_3DP(nl.lower_back.comparison.ci_high, 14.6551);
  // No clear link, and the sentence says how strong a link would have had to be to show (80%
  // power at the 5% level with 10 + 10 days and an overall risk of 3/20).
  // Reference 4.909 from a separate script (same power formula); deff 1 here.
  CHECK(nl.lower_back.comparison.minimum_detectable_rr == doctest::Approx(4.9091).epsilon(1e-4));
  CHECK(nl.lower_back.sentence ==
        "You had a headache on 2 of 10 days (20%) with lower-back pain, against 1 of 10 days without back pain "
        "(10%): anywhere from 71% less likely to 15 times as likely (relative risk 2.0, 95% CI 0.29\u201315, from 20 "
        "days). No clear link so far: with 20 days, a factor would have to make headaches about 4.9 times as likely "
        "to stand out; keep recording.");
  CHECK(nl.lower_back.verdict == LinkVerdict::no_clear_link);
  CHECK(nl.neck_vs_lower.comparison.table.a == 8);
  CHECK(nl.neck_vs_lower.comparison.table.c == 2);
  CHECK_3DP(nl.neck_vs_lower.comparison.relative_risk, 4.000);
  CHECK_3DP(nl.neck_vs_lower.comparison.ci_low, 1.3556);
  CHECK_3DP(nl.neck_vs_lower.comparison.ci_high, 14.9173);
  CHECK(nl.verdict == RegionVerdict::neck_stronger);
  CHECK(nl.sentence ==
        "Neck pain was more closely linked to headaches than lower-back pain: you had a headache on 8 of 10 "
        "neck-pain days (80%) against 2 of 10 lower-back-pain days (20%): between 1.36 and 15 times as likely with "
        "neck pain (relative risk 4.0, 95% CI 1.36\u201315, from 20 days). A pattern to discuss with your doctor, "
        "not a diagnosis.");
}

TEST_CASE("analysis: next-day connection pairs a flare on day d with a headache on day d+1") {
  // 20 consecutive days. Flares (back 6) on F = {0,1,4,5,9,12,13,16}, otherwise back 1;
  // headache exactly on the day after each flare: H = {1,2,5,6,10,13,14,17}.
  // Next day (d = 1..19): flare the day before on d in {1,2,5,6,10,13,14,17} -> all 8 headache
  //   (a=8 b=0); the other 11 days none (c=0 d=11).
  // Same day: flare days with headache F & H = {1,5,13} -> a=3 b=5; non-flare 12 days with
  //   headache H - F = {2,6,10,14,17} -> c=5 d=7.
  const std::set<int> flare{0, 1, 4, 5, 9, 12, 13, 16}, headache{1, 2, 5, 6, 10, 13, 14, 17};
  JournalBuilder b(date_from_civil(2026, 5, 1));
  for (int i = 0; i < 20; ++i) {
    b.back(i, flare.count(i) ? 6 : 1);
    b.headache(i, headache.count(i) ? 4 : 0);
  }
  const ConnectionResult c = analyse_connection(build_daily_series(b.journal, b.date(19)));
  const TwoByTwo& n = c.next_day.comparison.table;
  CHECK(n.a == 8);
  CHECK(n.b == 0);
  CHECK(n.c == 0);
  CHECK(n.d == 11);
  CHECK(c.next_day.comparison.corrected);
  // Haldane: (8.5/9) / (0.5/12) = 22.667
  CHECK_3DP(c.next_day.comparison.relative_risk, 22.667);
  const TwoByTwo& same = c.same_day.comparison.table;
  CHECK(same.a == 3);
  CHECK(same.b == 5);
  CHECK(same.c == 5);
  CHECK(same.d == 7);
}

TEST_CASE("analysis: lagged correlation finds which pain comes first") {
  // Headache intensity copies back intensity from 2 days earlier (plus a little noise):
  // the strongest lag must be +2 (back pain first), and lag -2 must be near zero.
  SplitMix64 rng(42);
  JournalBuilder b(date_from_civil(2026, 1, 1));
  std::vector<int> back(150);
  for (int i = 0; i < 150; ++i) {
    back[static_cast<std::size_t>(i)] = rng.range(0, 10);
    b.back(i, back[static_cast<std::size_t>(i)]);
    const int h = i >= 2 ? std::clamp(back[static_cast<std::size_t>(i - 2)] + rng.range(-1, 1), 0, 10) : 3;
    b.headache(i, h);
  }
  const ConnectionResult c = analyse_connection(build_daily_series(b.journal, b.date(149)));
  REQUIRE(c.lags.size() == 7);
  CHECK(c.lags.front().lag == -3);
  CHECK(c.lags.back().lag == 3);
  const Correlation& plus2 = c.lags[5].correlation;
  const Correlation& minus2 = c.lags[1].correlation;
  CHECK(c.lags[5].lag == 2);
  CHECK(plus2.n == 148);
  CHECK(plus2.r > 0.9);
  CHECK(plus2.ci_low > 0.8);
  CHECK(std::fabs(minus2.r) < 0.25);
  REQUIRE(c.strongest_lag.has_value());
  CHECK(*c.strongest_lag == 2);
  CHECK(c.lag_sentence.find("when back pain came 2 days before the headache") != std::string::npos);
  CHECK(c.lag_sentence.find("This shows timing, not cause.") != std::string::npos);
}

TEST_CASE("analysis: connection verdicts on planted link, no link and too little data") {
  auto diary = [](std::uint64_t seed, double p_flare, double p_other, int days) {
    SplitMix64 rng(seed);
    JournalBuilder b(date_from_civil(2025, 3, 1));
    for (int i = 0; i < days; ++i) {
      const bool flare = rng.chance(0.35);
      b.back(i, flare ? rng.range(4, 9) : rng.range(0, 3));
      b.headache(i, rng.chance(flare ? p_flare : p_other) ? 5 : 0);
    }
    return analyse_connection(build_daily_series(b.journal, b.date(days - 1)));
  };
  int linked = 0, false_links = 0;
  for (std::uint64_t seed = 1; seed <= 10; ++seed) {
    if (diary(seed, 0.6, 0.15, 150).same_day.verdict == LinkVerdict::linked) ++linked;
    if (diary(100 + seed, 0.25, 0.25, 150).same_day.verdict == LinkVerdict::linked) ++false_links;
  }
  CHECK(linked >= 9);
  CHECK(false_links <= 1);
  const ConnectionResult few = diary(7, 0.6, 0.15, 10);
  CHECK(few.same_day.verdict == LinkVerdict::not_enough_data);
  CHECK(std::isnan(few.same_day.comparison.relative_risk));
  CHECK(few.lag_sentence.rfind("Not enough data yet", 0) == 0);
  CHECK_FALSE(few.strongest_lag.has_value());
}
