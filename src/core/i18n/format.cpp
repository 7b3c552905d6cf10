#include "core/i18n/format.hpp"

#include <cmath>
#include <cstdio>

#include "core/i18n/translate.hpp"

namespace painlink::i18n {

namespace {

std::string group(std::string digits, const char* separator, std::size_t min_digits) {
  if (digits.size() < min_digits) return digits;
  std::string out;
  const std::size_t lead = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
  out += digits.substr(0, lead);
  for (std::size_t i = lead; i < digits.size(); i += 3) {
    out += separator;
    out += digits.substr(i, 3);
  }
  return out;
}

// Spanish writes thousands with "." only from five digits on (CLDR es minimumGroupingDigits 2).
std::size_t min_grouped_digits(Language lang) { return lang == Language::es ? 5 : 4; }
const char* group_separator(Language lang) { return lang == Language::es ? "." : ","; }
const char* decimal_separator(Language lang) { return lang == Language::es ? "," : "."; }

constexpr const char* kMonthsEn[] = {"January", "February", "March",     "April",   "May",      "June",
                                     "July",    "August",   "September", "October", "November", "December"};
constexpr const char* kMonthsEs[] = {"enero", "febrero", "marzo",      "abril",   "mayo",      "junio",
                                     "julio", "agosto",  "septiembre", "octubre", "noviembre", "diciembre"};
constexpr const char* kMonthsShortEn[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
// CLDR es abbreviated (format) month names, without the trailing period CLDR gives "sept.".
constexpr const char* kMonthsShortEs[] = {"ene", "feb", "mar",  "abr", "may", "jun",
                                          "jul", "ago", "sept", "oct", "nov", "dic"};
constexpr const char* kWeekdaysEn[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr const char* kWeekdaysEs[] = {"lun",
                                       "mar",
                                       "mi\xC3\xA9",
                                       "jue",
                                       "vie",
                                       "s\xC3\xA1"
                                       "b",
                                       "dom"};

bool starts_with_i_sound(const std::string& word) {
  // "i", "í", "hi", "hí" and not "hie"/"hia" (hielo, hiato: /j/, which keeps "y").
  std::string_view w(word);
  const auto starts = [&](std::string_view p) { return w.substr(0, p.size()) == p; };
  if (starts("i") || starts("I") || starts("\xC3\xAD") || starts("\xC3\x8D")) return true;
  if (starts("hi") || starts("Hi") || starts("h\xC3\xAD") || starts("H\xC3\xAD")) {
    const std::string_view rest = w.substr(starts("hi") || starts("Hi") ? 2 : 3);
    return rest.empty() || (rest[0] != 'a' && rest[0] != 'e' && rest[0] != 'o' && rest[0] != 'u');
  }
  return false;
}

}  // namespace

std::string format_integer(std::int64_t n, Language lang) {
  const bool negative = n < 0;
  const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
  std::string out = group(std::to_string(magnitude), group_separator(lang), min_grouped_digits(lang));
  return negative ? "\xE2\x88\x92" + out : out;  // U+2212 minus, as the fonts carry it
}

std::string format_decimal(double v, int decimals, Language lang) {
  if (!std::isfinite(v)) return "\xE2\x80\x93";
  if (decimals < 0) decimals = 0;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(v));
  std::string text = buf;
  const std::size_t dot = text.find('.');
  std::string whole = text.substr(0, dot);
  std::string out = group(whole, group_separator(lang), min_grouped_digits(lang));
  if (dot != std::string::npos) out += decimal_separator(lang) + text.substr(dot + 1);
  // -0.0 and values that round to zero are shown without a sign.
  const bool negative = v < 0 && out.find_first_not_of("0.,") != std::string::npos;
  return negative ? "\xE2\x88\x92" + out : out;
}

const char* month_name(int month, Language lang) {
  if (month < 1 || month > 12) return "";
  return lang == Language::es ? kMonthsEs[month - 1] : kMonthsEn[month - 1];
}

const char* month_short_name(int month, Language lang) {
  if (month < 1 || month > 12) return "";
  return lang == Language::es ? kMonthsShortEs[month - 1] : kMonthsShortEn[month - 1];
}

const char* weekday_short_name(int wd, Language lang) {
  if (wd < 0 || wd > 6) return "";
  return lang == Language::es ? kWeekdaysEs[wd] : kWeekdaysEn[wd];
}

std::string format_date_full(Date d, Language lang) {
  const CivilDate c = civil_from_date(d);
  if (lang == Language::es)
    return std::to_string(c.day) + " de " + month_name(c.month, lang) + " de " + std::to_string(c.year);
  return std::to_string(c.day) + " " + month_name(c.month, lang) + " " + std::to_string(c.year);
}

std::string format_date_medium(Date d, Language lang) {
  return format_day_month(d, lang) + " " + std::to_string(civil_from_date(d).year);
}

std::string format_day_month(Date d, Language lang) {
  const CivilDate c = civil_from_date(d);
  return std::to_string(c.day) + " " + month_short_name(c.month, lang);
}

std::string join_list(std::span<const std::string> items, Language lang) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0 && i + 1 < items.size()) out += ", ";
    if (i > 0 && i + 1 == items.size()) {
      if (lang == Language::es)
        out += starts_with_i_sound(items[i]) ? " e " : " y ";
      else
        out += " and ";
    }
    out += items[i];
  }
  return out;
}

std::string format_integer(std::int64_t n) { return format_integer(n, active_language()); }
std::string format_decimal(double v, int decimals) { return format_decimal(v, decimals, active_language()); }
std::string format_date_full(Date d) { return format_date_full(d, active_language()); }
std::string format_date_medium(Date d) { return format_date_medium(d, active_language()); }
std::string format_day_month(Date d) { return format_day_month(d, active_language()); }
std::string join_list(std::span<const std::string> items) { return join_list(items, active_language()); }

}  // namespace painlink::i18n
