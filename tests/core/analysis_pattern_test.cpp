// Headache pattern: ICHD-3 feature rules at their boundaries, monthly counts, chronic pattern.
#include <doctest/doctest.h>

#include <cmath>

#include "core/analysis/daily_series.hpp"
#include "core/analysis/headache_pattern.hpp"
#include "fixtures/analysis/journal_builder.hpp"

using namespace painlink;
using namespace painlink::analysis;
using painlink::testing::JournalBuilder;

namespace {

Headache migraine_base() {
  Headache h;
  h.intensity = 6;
  h.duration_hours = 5.0;
  h.side = HeadacheSide::left;
  h.pulsating = true;
  h.nausea = true;
  return h;
}

// Its features answered "no": unanswered ones would leave tension-type undecided (not counted).
Headache tension_base() {
  Headache h;
  h.intensity = 3;
  h.duration_hours = 2.0;
  h.side = HeadacheSide::both;
  h.pulsating = h.nausea = h.light_sensitive = h.sound_sensitive = h.worse_with_activity = false;
  return h;
}

bool mig(const Headache& h) { return migraine_like(headache_day_from(h)); }
bool tth(const Headache& h) { return tension_type_like(headache_day_from(h)); }

}  // namespace

TEST_CASE("analysis: migraine-like features at the ICHD-3 boundaries") {
  Headache h = migraine_base();
  CHECK(mig(h));
  CHECK_FALSE(tth(h));  // nausea excludes tension-type
  // B: duration 4-72 h; unknown duration is not classified.
  h.duration_hours = 3.9;
  CHECK_FALSE(mig(h));
  h.duration_hours = 4.0;
  CHECK(mig(h));
  h.duration_hours = 72.0;
  CHECK(mig(h));
  h.duration_hours = 72.5;
  CHECK_FALSE(mig(h));
  h.duration_hours.reset();
  CHECK_FALSE(mig(h));
  // C: two of one-sided, pulsating, moderate/severe (>= 4), worse with activity.
  Headache c = migraine_base();
  c.pulsating = false;
  c.intensity = 4;  // one-sided + moderate = 2
  CHECK(mig(c));
  c.intensity = 3;  // one-sided only = 1
  CHECK_FALSE(mig(c));
  c.side = HeadacheSide::both;
  c.pulsating = true;
  c.worse_with_activity = true;  // pulsating + activity = 2
  CHECK(mig(c));
  c.worse_with_activity = false;  // pulsating only
  CHECK_FALSE(mig(c));
  c.side.reset();
  c.intensity = 7;  // unknown side does not count; pulsating + severe = 2
  CHECK(mig(c));
  // D: nausea, or light AND sound.
  Headache d = migraine_base();
  d.nausea = false;
  CHECK_FALSE(mig(d));
  d.light_sensitive = true;
  CHECK_FALSE(mig(d));
  d.sound_sensitive = true;
  CHECK(mig(d));
  CHECK_FALSE(tth(d));  // light and sound together exclude tension-type
}

TEST_CASE("analysis: tension-type-like features at the ICHD-3 boundaries") {
  Headache h = tension_base();
  CHECK(tth(h));
  CHECK_FALSE(mig(h));
  h.duration_hours = 0.5;
  CHECK(tth(h));
  h.duration_hours = 0.4;
  CHECK_FALSE(tth(h));
  // C hinges on mild-moderate (1-6): one-sided, pulsating, not worse with activity.
  Headache c = tension_base();
  c.side = HeadacheSide::right;
  c.pulsating = true;
  c.intensity = 6;  // mild-moderate + not worse with activity = 2
  CHECK(tth(c));
  c.intensity = 7;  // only "not worse with activity" = 1
  CHECK_FALSE(tth(c));
  // D: no nausea; at most one of light / sound.
  Headache d = tension_base();
  d.light_sensitive = true;
  CHECK(tth(d));
  d.sound_sensitive = true;
  CHECK_FALSE(tth(d));
  d.sound_sensitive = false;
  d.nausea = true;
  CHECK_FALSE(tth(d));
  // A headache-free day is neither.
  Headache none;
  none.duration_hours = 5.0;
  CHECK_FALSE(tth(none));
  CHECK_FALSE(mig(none));
}

TEST_CASE("analysis: monthly headache counts and the chronic pattern (more than 3 months)") {
  const Date today = date_from_civil(2026, 6, 20);
  // Every day Feb 1 .. today recorded. Headache days at the start of each month:
  // `days` of them, the first `migraine` migraine-like, the rest tension-type-like.
  auto diary = [&](int feb_days, int migraine_days_in_april) {
    JournalBuilder b(date_from_civil(2026, 2, 1));
    for (int i = 0; i <= today - b.start; ++i) b.headache(i, 0);
    for (int m = 2; m <= 5; ++m) {
      const int days = m == 2 ? feb_days : 15;
      const int migraine = m == 4 ? migraine_days_in_april : 8;
      for (int k = 0; k < days; ++k) {
        Headache& h = b.headache_at(date_from_civil(2026, m, 1 + k) - b.start);
        h = k < migraine ? migraine_base() : tension_base();
        if (k == 0) h.aura = true;
      }
    }
    return analyse_headache_pattern(build_daily_series(b.journal, today));
  };

  const HeadachePattern p = diary(15, 8);
  REQUIRE(p.months.size() == 6);
  CHECK(p.months[0].month == 1);
  CHECK(p.months[5].month == 6);
  CHECK_FALSE(p.months[5].complete);
  const MonthPattern& may = p.months[4];
  CHECK(may.recorded_days == 31);
  CHECK(may.headache_days == 15);
  CHECK(may.migraine_like_days == 8);
  CHECK(may.tension_type_like_days == 7);
  CHECK(may.aura_days == 1);
  CHECK(p.months[5].recorded_days == 20);
  CHECK(p.complete_months == 4);  // January has no records and is not averaged in
  CHECK(p.average_headache_days == doctest::Approx(15.0));
  CHECK(p.months_chronic == 4);
  CHECK(p.chronic_pattern);
  CHECK(p.chronic_migraine_like_pattern);
  CHECK(p.migraine_like_attacks == 12);  // 8 migraine-like days in a row a month: 3 attacks of at most 3 days
  CHECK(p.migraine_attack_count_met);
  CHECK(p.tension_type_band == TensionTypeBand::frequent);  // 7 a month for 4 months
  CHECK(p.sentence ==
        "In May you recorded 15 headache days (31 of 31 days recorded): 8 with features that fit migraine, 7 with "
        "features that fit tension-type headache, 1 with aura. Average over the last 4 full months: 15.0 headache "
        "days a month. Migraine-like attacks so far: 12. Tension-type-like headache on 7.0 days a month on "
        "average: the frequent range (1 to 14 days a month). Headache on 15 or more days a month for more than 3 "
        "months, with 8 or more migraine days a month, fits the pattern doctors call chronic migraine. These are "
        "patterns to discuss with your doctor, not a diagnosis.");

  const HeadachePattern three = diary(14, 8);  // February 14 days: only 3 months
  CHECK(three.months_chronic == 3);
  CHECK_FALSE(three.chronic_pattern);
  CHECK_FALSE(three.chronic_migraine_like_pattern);

  const HeadachePattern seven = diary(15, 7);  // April only 7 migraine-like days
  CHECK(seven.chronic_pattern);
  CHECK(seven.months_chronic_migraine == 1);  // May only
  CHECK_FALSE(seven.chronic_migraine_like_pattern);
}

TEST_CASE("analysis: headache pattern without a full month says so") {
  JournalBuilder b(date_from_civil(2026, 6, 3));
  b.headache(0, 5);
  const HeadachePattern p = analyse_headache_pattern(build_daily_series(b.journal, date_from_civil(2026, 6, 20)));
  CHECK(std::isnan(p.average_headache_days));
  CHECK(p.sentence.rfind("Not enough data yet", 0) == 0);
  CHECK(p.months[5].headache_days == 1);
}

TEST_CASE("headache pattern: chronic migraine counts short treated attacks (ICHD-3 1.3 C)") {
  const Date today = date_from_civil(2026, 6, 20);
  // Feb-May: 15 headache days a month, 8 of them short (2 h) attacks with one-sided pulsating pain
  // and nausea (1.1 C and D, but not B: treated attacks are short), on other days mild pressing pain.
  auto diary = [&](bool short_attacks_meet_c_d, std::optional<int> triptan_relief) {
    JournalBuilder b(date_from_civil(2026, 1, 1));
    for (int i = 0; i <= today - b.start; ++i) b.headache(i, 0);
    for (int m = 2; m <= 5; ++m)
      for (int k = 0; k < 15; ++k) {
        const int day = date_from_civil(2026, m, 1 + 2 * (k % 8) + (k >= 8 ? 1 : 0)) - b.start;
        Headache& h = b.headache_at(day);
        if (k < 8) {
          h = migraine_base();
          h.duration_hours = 2.0;
          if (!short_attacks_meet_c_d) {
            h.nausea = false;  // no D
            h.pulsating = false;
          }
          if (triptan_relief) b.medication(day, DrugClass::triptan, "sumatriptan", triptan_relief);
        } else {
          h = tension_base();
        }
      }
    // 5 full migraine attacks in January, for criterion B.
    for (int k = 0; k < 5; ++k) b.day(4 * k).headache = migraine_base();
    return analyse_headache_pattern(build_daily_series(b.journal, today));
  };
  const HeadachePattern cd = diary(true, std::nullopt);
  CHECK(cd.months[4].migraine_like_days <= 1);  // 2 h: not 1.1 B
  CHECK(cd.months[4].chronic_migraine_days == 8);
  CHECK(cd.chronic_migraine_like_pattern);
  // Without C and D, a triptan that helped (7 of 10) still makes it a migraine day.
  const HeadachePattern relieved = diary(false, 7);
  CHECK(relieved.months[4].chronic_migraine_days == 8);
  CHECK(relieved.chronic_migraine_like_pattern);
  // A triptan that did not help (relief 4 of 10) does not.
  const HeadachePattern not_relieved = diary(false, 4);
  CHECK(not_relieved.months[4].chronic_migraine_days == 0);
  CHECK_FALSE(not_relieved.chronic_migraine_like_pattern);
  CHECK(not_relieved.chronic_pattern);
}

TEST_CASE("headache pattern: fewer than 5 migraine-like attacks fit probable migraine (1.5.1)") {
  JournalBuilder b(date_from_civil(2026, 5, 1));
  for (int i = 0; i < 50; ++i) b.headache(i, 0);
  for (int k = 0; k < 4; ++k) b.day(5 * k).headache = migraine_base();  // 4 separate attacks
  HeadachePattern p = analyse_headache_pattern(build_daily_series(b.journal, date_from_civil(2026, 6, 19)));
  CHECK(p.migraine_like_attacks == 4);
  CHECK_FALSE(p.migraine_attack_count_met);
  CHECK(p.sentence.find("Doctors look for at least 5 such attacks; with fewer, the features fit what they call "
                        "probable migraine.") != std::string::npos);
  b.day(20).headache = migraine_base();
  p = analyse_headache_pattern(build_daily_series(b.journal, date_from_civil(2026, 6, 19)));
  CHECK(p.migraine_like_attacks == 5);
  CHECK(p.migraine_attack_count_met);
  CHECK(p.sentence.find("probable migraine") == std::string::npos);
  // A day meeting all but one criterion (here: 2 h, short) is probable-migraine-like.
  Headache short_attack = migraine_base();
  short_attack.duration_hours = 2.0;
  CHECK(probable_migraine_like(headache_day_from(short_attack)));
  CHECK_FALSE(probable_migraine_like(headache_day_from(migraine_base())));
  CHECK_FALSE(probable_migraine_like(headache_day_from(tension_base())));
}

TEST_CASE("headache pattern: tension-type bands: under 1, 1 to 14, 15 or more days a month") {
  const Date today = date_from_civil(2026, 6, 20);
  auto band = [&](int days_a_month) {
    JournalBuilder b(date_from_civil(2026, 1, 1));
    for (int i = 0; i <= today - b.start; ++i) b.headache(i, 0);
    for (int m = 1; m <= 5; ++m)
      for (int k = 0; k < days_a_month; ++k)
        b.headache_at(date_from_civil(2026, m, 1 + 2 * (k % 14) + (k >= 14 ? 1 : 0)) - b.start) = tension_base();
    return analyse_headache_pattern(build_daily_series(b.journal, today));
  };
  CHECK(band(0).tension_type_band == TensionTypeBand::none);
  CHECK(band(1).tension_type_band == TensionTypeBand::frequent);
  CHECK(band(14).tension_type_band == TensionTypeBand::frequent);
  CHECK(band(15).tension_type_band == TensionTypeBand::chronic);
  const HeadachePattern infrequent = [&] {
    JournalBuilder b(date_from_civil(2026, 1, 1));
    for (int i = 0; i <= today - b.start; ++i) b.headache(i, 0);
    b.headache_at(3) = tension_base();  // 1 day in 5 months
    return analyse_headache_pattern(build_daily_series(b.journal, today));
  }();
  CHECK(infrequent.tension_type_band == TensionTypeBand::infrequent);
  CHECK(infrequent.tension_type_like_episodes == 1);
}

TEST_CASE("headache pattern: perimenstrual window is day -2 to +3 (ICHD-3 A1.1)") {
  const Date today = date_from_civil(2026, 6, 20);
  // Periods start on Feb 10, Mar 10, Apr 7, May 5 (bleeding 4 days); headache recorded every day.
  // `offset` places one migraine-like day relative to day 1 (-2 = two days before bleeding).
  auto diary = [&](int offset, bool also_outside) {
    JournalBuilder b(date_from_civil(2026, 2, 1));
    for (int i = 0; i <= today - b.start; ++i) b.headache(i, 0);
    for (const Date start : {date_from_civil(2026, 2, 10), date_from_civil(2026, 3, 10), date_from_civil(2026, 4, 7),
                             date_from_civil(2026, 5, 5)}) {
      for (int k = 0; k < 4; ++k) b.factors((start + k) - b.start).menstruating = true;
      b.factors((start - 1) - b.start).menstruating = false;
      const int day = (start + (offset < 0 ? offset : offset - 1)) - b.start;  // no day 0
      b.day(day).headache = migraine_base();
    }
    if (also_outside) b.day(date_from_civil(2026, 2, 25) - b.start).headache = migraine_base();
    return analyse_headache_pattern(build_daily_series(b.journal, today)).menstrual;
  };
  for (int offset : {-2, -1, 1, 2, 3}) {
    INFO(offset);
    const MenstrualPattern m = diary(offset, false);
    CHECK(m.cycles == 4);
    CHECK(m.recent_with_attack == 3);
    CHECK(m.fit == MenstrualFit::pure_menstrual);
  }
  for (int offset : {-3, 4}) {
    INFO(offset);
    const MenstrualPattern m = diary(offset, false);
    CHECK(m.recent_with_attack == 0);
    CHECK(m.fit == MenstrualFit::no_clear_pattern);
  }
  const MenstrualPattern related = diary(1, true);
  CHECK(related.fit == MenstrualFit::menstrually_related);
  CHECK(related.sentence.find("menstrually related migraine (ICHD-3 A1.1.2)") != std::string::npos);
  CHECK(related.sentence.rfind("Migraine-like headaches came from 2 days before your period to its third day in 3 "
                               "of your last 3 cycles.",
                               0) == 0);
  // No period recorded: nothing is said.
  JournalBuilder none(date_from_civil(2026, 5, 1));
  none.headache(0, 4);
  CHECK(analyse_headache_pattern(build_daily_series(none.journal, today)).menstrual.sentence.empty());
}
