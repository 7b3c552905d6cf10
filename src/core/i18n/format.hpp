// Numbers, dates and lists written the way a language writes them (CLDR's conventions for each):
//   format_decimal(7.5, 1, es) "7,5"        format_integer(12345, es) "12.345" (1234: "1234")
//   format_date_full(d, es)   "1 de diciembre de 2026"   format_date_medium(d, es) "1 dic 2026"
//   join_list({"a","b","c"}, es) "a, b y c"
// The overloads without a Language use the active one (translate.hpp).
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "core/date.hpp"
#include "core/i18n/language.hpp"

namespace painlink::i18n {

// Grouped thousands: English "12,345"; Spanish "12.345", and no separator with four digits
// (CLDR es: minimumGroupingDigits 2).
std::string format_integer(std::int64_t n, Language lang);
// Rounded to `decimals` digits after the decimal separator ("." in English, "," in Spanish);
// "–" for NaN or infinity.
std::string format_decimal(double v, int decimals, Language lang);

const char* month_name(int month, Language lang);        // 1..12: "January" / "enero"
const char* month_short_name(int month, Language lang);  // 1..12: "Jan" / "ene"
const char* weekday_short_name(int wd, Language lang);   // 0 = Monday: "Mon" / "lun"

std::string format_date_full(Date d, Language lang);    // "1 December 2026" / "1 de diciembre de 2026"
std::string format_date_medium(Date d, Language lang);  // "1 Dec 2026" / "1 dic 2026"
std::string format_day_month(Date d, Language lang);    // "1 Dec" / "1 dic"

// "a", "a and b", "a, b and c"; Spanish "y", or "e" before a word that starts with the sound /i/
// ("fiebre e hinchazón").
std::string join_list(std::span<const std::string> items, Language lang);

std::string format_integer(std::int64_t n);
std::string format_decimal(double v, int decimals);
std::string format_date_full(Date d);
std::string format_date_medium(Date d);
std::string format_day_month(Date d);
std::string join_list(std::span<const std::string> items);

}  // namespace painlink::i18n
