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

Headache tension_base() {
  Headache h;
  h.intensity = 3;
  h.duration_hours = 2.0;
  h.side = HeadacheSide::both;
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
  CHECK(p.sentence ==
        "In May you recorded 15 headache days (31 of 31 days recorded): 8 with features that fit migraine, 7 with "
        "features that fit tension-type headache, 1 with aura. Average over the last 4 full months: 15.0 headache "
        "days a month. Headache on 15 or more days a month for more than 3 months, with 8 or more migraine-like days "
        "a month, fits the pattern doctors call chronic migraine. This is information to share with your doctor, not "
        "a diagnosis.");

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
