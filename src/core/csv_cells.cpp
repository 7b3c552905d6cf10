#include "core/csv_cells.hpp"

#include <cmath>
#include <cstdlib>

namespace painlink {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

// A whole number of 1-4 digits at s[i...]; advances i.
std::optional<int> digits(std::string_view s, std::size_t& i) {
  const std::size_t start = i;
  int v = 0;
  while (i < s.size() && is_digit(s[i]) && i - start < 5) v = v * 10 + (s[i++] - '0');
  if (i == start || i - start > 4) return std::nullopt;
  return v;
}

}  // namespace

const char* label(CsvDateFormat f) {
  switch (f) {
    case CsvDateFormat::ymd: return "YYYY-MM-DD";
    case CsvDateFormat::dmy: return "DD/MM/YYYY";
    case CsvDateFormat::mdy: return "MM/DD/YYYY";
  }
  return "";
}

std::string_view trim_cell(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  // A no-break space (U+00A0) is what some spreadsheets put around numbers.
  while (s.substr(0, 2) == "\xC2\xA0") s.remove_prefix(2);
  while (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") s.remove_suffix(2);
  return s;
}

bool blank_cell(std::string_view cell) { return trim_cell(cell).empty(); }

std::optional<double> cell_number(std::string_view cell, bool decimal_comma) {
  std::string s(trim_cell(cell));
  if (s.empty() || s.size() > 32) return std::nullopt;
  int separators = 0;
  for (char& c : s) {
    if (c == ',' && decimal_comma) c = '.';
    if (c == '.') ++separators;
    else if (!is_digit(c) && !(c == '-' && &c == &s[0]) && !(c == '+' && &c == &s[0])) return std::nullopt;
  }
  if (separators > 1 || s == "." || s == "-" || s == "+") return std::nullopt;
  char* end = nullptr;
  const double v = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

std::optional<bool> cell_yes_no(std::string_view cell) {
  const std::string s = lowered(trim_cell(cell));
  for (const char* yes : {"yes", "y", "true", "1", "x", "ja", "oui", "si", "s\xC3\xAD"})
    if (s == yes) return true;
  for (const char* no : {"no", "n", "false", "0", "nein", "non"})
    if (s == no) return false;
  return std::nullopt;
}

std::optional<Date> cell_date(std::string_view cell, CsvDateFormat format) {
  std::string_view s = trim_cell(cell);
  // The day is the part before a time: "2026-03-04 14:30", "2026-03-04T14:30:00".
  const std::size_t cut = s.find_first_of(" T");
  if (cut != std::string_view::npos) s = s.substr(0, cut);
  std::size_t i = 0;
  int part[3] = {0, 0, 0};
  std::size_t width[3] = {0, 0, 0};
  char sep = 0;
  for (int k = 0; k < 3; ++k) {
    const std::size_t start = i;
    const auto v = digits(s, i);
    if (!v) return std::nullopt;
    part[k] = *v;
    width[k] = i - start;
    if (k < 2) {
      if (i >= s.size() || (s[i] != '-' && s[i] != '/' && s[i] != '.')) return std::nullopt;
      if (sep != 0 && s[i] != sep) return std::nullopt;  // "2026-03/04" is no date
      sep = s[i++];
    }
  }
  if (i != s.size()) return std::nullopt;
  int y = 0, m = 0, d = 0;
  std::size_t year_width = 0;
  switch (format) {
    case CsvDateFormat::ymd: y = part[0], m = part[1], d = part[2], year_width = width[0]; break;
    case CsvDateFormat::dmy: d = part[0], m = part[1], y = part[2], year_width = width[2]; break;
    case CsvDateFormat::mdy: m = part[0], d = part[1], y = part[2], year_width = width[2]; break;
  }
  if (year_width == 2) y += 2000;
  else if (year_width != 4) return std::nullopt;
  if (!is_valid_civil(y, m, d)) return std::nullopt;
  return date_from_civil(y, m, d);
}

std::optional<double> cell_duration_hours(std::string_view cell, bool plain_minutes, bool decimal_comma) {
  const std::string s = lowered(trim_cell(cell));
  if (s.empty()) return std::nullopt;
  if (auto v = cell_number(s, decimal_comma)) return plain_minutes ? *v / 60.0 : *v;
  // "1:30" (hours:minutes)
  if (const std::size_t colon = s.find(':'); colon != std::string::npos) {
    const auto h = cell_number(s.substr(0, colon), false);
    const auto m = cell_number(s.substr(colon + 1), false);
    if (!h || !m || *h < 0 || *m < 0 || *m >= 60 || *h != std::floor(*h) || *m != std::floor(*m))
      return std::nullopt;
    return *h + *m / 60.0;
  }
  // "4h 15m", "4 h", "45 min", "2 hours 10 minutes", "1d 2h"
  double hours = 0;
  bool any = false;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    if (i == s.size()) break;
    std::size_t j = i;
    while (j < s.size() && (is_digit(s[j]) || s[j] == '.' || (decimal_comma && s[j] == ','))) ++j;
    const auto number = cell_number(s.substr(i, j - i), decimal_comma);
    if (!number) return std::nullopt;
    while (j < s.size() && s[j] == ' ') ++j;
    std::size_t k = j;
    while (k < s.size() && s[k] >= 'a' && s[k] <= 'z') ++k;
    const std::string unit = s.substr(j, k - j);
    if (unit == "h" || unit == "hr" || unit == "hrs" || unit == "hour" || unit == "hours" || unit == "std")
      hours += *number;
    else if (unit == "m" || unit == "min" || unit == "mins" || unit == "minute" || unit == "minutes")
      hours += *number / 60.0;
    else if (unit == "d" || unit == "day" || unit == "days")
      hours += *number * 24.0;
    else
      return std::nullopt;
    any = true;
    i = k;
    while (i < s.size() && (s[i] == ' ' || s[i] == ',')) ++i;
  }
  if (!any) return std::nullopt;
  return hours;
}

std::vector<std::string> cell_list(std::string_view cell) {
  std::vector<std::string> items;
  const char sep = cell.find(';') != std::string_view::npos ? ';' : ',';
  std::size_t start = 0;
  while (start <= cell.size()) {
    std::size_t end = cell.find(sep, start);
    if (end == std::string_view::npos) end = cell.size();
    const std::string_view item = trim_cell(cell.substr(start, end - start));
    if (!item.empty()) items.emplace_back(item);
    start = end + 1;
  }
  return items;
}

std::string normalized_name(std::string_view text) {
  std::string out;
  bool gap = false;
  for (char c : text) {
    const char l = lower(c);
    const bool word = is_digit(l) || (l >= 'a' && l <= 'z') || static_cast<unsigned char>(l) >= 0x80;
    if (!word) {
      gap = !out.empty();
      continue;
    }
    if (gap) out += ' ';
    gap = false;
    out += l;
  }
  return out;
}

}  // namespace painlink
