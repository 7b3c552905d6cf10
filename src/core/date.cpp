#include "core/date.hpp"

#include <cstdio>

namespace painlink {

namespace {
bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Floor division for negative day counts.
int floor_div(int a, int b) { return (a >= 0) ? a / b : -((-a + b - 1) / b); }
}  // namespace

int days_in_month(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

bool is_valid_civil(int year, int month, int day) {
  return year >= kMinYear && year <= kMaxYear && month >= 1 && month <= 12 && day >= 1 &&
         day <= days_in_month(year, month);
}

// Era-based conversion: a 400-year era has exactly 146097 days, and counting years from March
// puts the leap day at the end of the year, so day-of-year needs no leap correction.
Date date_from_civil(int year, int month, int day) {
  const int y = year - (month <= 2 ? 1 : 0);
  const int era = floor_div(y, 400);
  const int year_of_era = y - era * 400;                                    // 0..399
  const int shifted_month = month > 2 ? month - 3 : month + 9;              // Mar = 0
  const int day_of_year = (153 * shifted_month + 2) / 5 + day - 1;          // 0..365
  const int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return Date{era * 146097 + day_of_era - 719468};  // 719468 = days from 0000-03-01 to 1970-01-01
}

CivilDate civil_from_date(Date d) {
  const int z = d.days + 719468;
  const int era = floor_div(z, 146097);
  const int day_of_era = z - era * 146097;
  const int year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const int day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const int shifted_month = (5 * day_of_year + 2) / 153;
  CivilDate c;
  c.day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
  c.month = shifted_month < 10 ? shifted_month + 3 : shifted_month - 9;
  c.year = year_of_era + era * 400 + (c.month <= 2 ? 1 : 0);
  return c;
}

std::optional<Date> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto digits = [&](size_t from, size_t count, int& out) {
    out = 0;
    for (size_t i = from; i < from + count; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
      out = out * 10 + (text[i] - '0');
    }
    return true;
  };
  int y = 0, m = 0, day = 0;
  if (!digits(0, 4, y) || !digits(5, 2, m) || !digits(8, 2, day)) return std::nullopt;
  if (!is_valid_civil(y, m, day)) return std::nullopt;
  return date_from_civil(y, m, day);
}

std::string format_date(Date d) {
  const CivilDate c = civil_from_date(d);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
  return buf;
}

int weekday(Date d) {
  // 1970-01-01 was a Thursday (ISO weekday 4, index 3).
  int w = (d.days + 3) % 7;
  return w < 0 ? w + 7 : w;
}

Date month_start(Date d) {
  const CivilDate c = civil_from_date(d);
  return date_from_civil(c.year, c.month, 1);
}

const char* month_name(int month) {
  static const char* kNames[12] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};
  return month >= 1 && month <= 12 ? kNames[month - 1] : "?";
}

const char* month_short_name(int month) {
  static const char* kNames[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  return month >= 1 && month <= 12 ? kNames[month - 1] : "?";
}

const char* weekday_short_name(int wd) {
  static const char* kNames[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  return wd >= 0 && wd <= 6 ? kNames[wd] : "?";
}

std::string format_date_long(Date d) {
  const CivilDate c = civil_from_date(d);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s %d %s %d", weekday_short_name(weekday(d)), c.day, month_short_name(c.month),
                c.year);
  return buf;
}

}  // namespace painlink
