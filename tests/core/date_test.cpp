#include <doctest/doctest.h>

#include "core/date.hpp"

using namespace painlink;

TEST_CASE("dates: civil <-> day number agree with known anchors") {
  CHECK(date_from_civil(1970, 1, 1).days == 0);
  CHECK(date_from_civil(2000, 3, 1).days == 11017);
  CHECK(date_from_civil(1969, 12, 31).days == -1);
  CHECK(format_date(Date{20412}) == "2025-11-20");
  // Round trip over 300 years including every leap rule (1900 no, 2000 yes, 2100 no).
  for (int n = date_from_civil(1900, 1, 1).days; n <= date_from_civil(2200, 12, 31).days; n += 1) {
    const CivilDate c = civil_from_date(Date{n});
    REQUIRE(date_from_civil(c.year, c.month, c.day).days == n);
  }
}

TEST_CASE("dates: strict ISO parsing rejects impossible and sloppy dates") {
  CHECK(parse_date("2026-11-20").has_value());
  CHECK(parse_date("2024-02-29").has_value());
  CHECK_FALSE(parse_date("2026-02-29").has_value());
  CHECK_FALSE(parse_date("2026-02-30").has_value());
  CHECK_FALSE(parse_date("2100-02-29").has_value());
  CHECK(parse_date("2000-02-29").has_value());
  CHECK_FALSE(parse_date("2026-13-01").has_value());
  CHECK_FALSE(parse_date("2026-00-10").has_value());
  CHECK_FALSE(parse_date("2026-1-10").has_value());
  CHECK_FALSE(parse_date("2026-01-10T00:00").has_value());
  CHECK_FALSE(parse_date("").has_value());
  CHECK_FALSE(parse_date("1899-12-31").has_value());
  CHECK_FALSE(parse_date("abcd-ef-gh").has_value());
}

TEST_CASE("dates: weekday, month start and display") {
  CHECK(weekday(date_from_civil(2026, 11, 25)) == 2);  // a Wednesday
  CHECK(weekday(date_from_civil(1970, 1, 1)) == 3);    // a Thursday
  CHECK(weekday(date_from_civil(1969, 12, 29)) == 0);  // a Monday, before the epoch
  CHECK(month_start(date_from_civil(2026, 11, 25)) == date_from_civil(2026, 11, 1));
  CHECK(format_date_long(date_from_civil(2026, 11, 20)) == "Fri 20 Nov 2026");
  CHECK(days_in_month(2024, 2) == 29);
  CHECK(days_in_month(2026, 2) == 28);
}
