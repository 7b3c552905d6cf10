#include <doctest/doctest.h>

#include "core/chart_series.hpp"

using namespace painlink;

TEST_CASE("chart series: a 30-day window marks unrecorded days as NaN, not zero") {
  Journal j;
  const Date d0 = date_from_civil(2026, 11, 1);
  Entry a;
  a.date = d0 + 2;
  a.back_pain = BackPain{};
  a.back_pain->intensity = 6;
  j.entries[a.date] = a;
  Entry b;
  b.date = d0 + 5;
  b.headache = Headache{};
  b.headache->intensity = 0;  // recorded: none
  Treatment med;
  med.type = TreatmentType::medication;
  b.treatments.push_back(med);
  j.entries[b.date] = b;
  Entry outside;
  outside.date = d0 + 40;
  outside.back_pain = BackPain{};
  j.entries[outside.date] = outside;

  const auto s = intensity_window(j, d0, 30);
  REQUIRE(s.size() == 30);
  CHECK(s[0].date == d0);
  CHECK(s[29].date == d0 + 29);
  CHECK(s[2].back == 6.0f);
  CHECK(std::isnan(s[2].headache));
  CHECK(std::isnan(s[5].back));
  CHECK(s[5].headache == 0.0f);
  CHECK(s[5].medication);
  CHECK_FALSE(s[2].medication);
  CHECK(std::isnan(s[10].back));
}
