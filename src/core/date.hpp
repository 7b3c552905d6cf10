// Calendar dates as day numbers. A journal entry is keyed by the patient's *local* calendar date;
// the platform layer decides what "today" is, the core only does arithmetic on civil dates.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace painlink {

struct Date {
  // Days since 1970-01-01 in the proleptic Gregorian calendar (negative before).
  std::int32_t days = 0;
  auto operator<=>(const Date&) const = default;
  Date operator+(int n) const { return Date{days + n}; }
  Date operator-(int n) const { return Date{days - n}; }
  int operator-(Date other) const { return days - other.days; }
};

struct CivilDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
};

// Years the journal accepts; anything outside is a typing mistake, not a diary day.
inline constexpr int kMinYear = 1900;
inline constexpr int kMaxYear = 2200;

Date date_from_civil(int year, int month, int day);
CivilDate civil_from_date(Date d);
int days_in_month(int year, int month);
bool is_valid_civil(int year, int month, int day);

// Strict ISO 8601 calendar date "YYYY-MM-DD". Rejects 2026-02-30, "2026-2-3", trailing text.
std::optional<Date> parse_date(std::string_view text);
std::string format_date(Date d);

// 0 = Monday ... 6 = Sunday (ISO weekday minus one).
int weekday(Date d);
// First day of the month that contains d.
Date month_start(Date d);

// Month and weekday names for display (English for now; the road map has other languages).
const char* month_name(int month);        // 1..12 -> "January"
const char* month_short_name(int month);  // 1..12 -> "Jan"
const char* weekday_short_name(int wd);   // 0..6 -> "Mon"

// "Fri 20 Nov 2026"
std::string format_date_long(Date d);

}  // namespace painlink
