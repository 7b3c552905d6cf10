// Reading one CSV cell as a value: numbers (a decimal comma where the separator is not a comma),
// yes/no words, dates in a chosen order, durations ("4h 15m", "1:30", "90"). Every reader takes
// the cell as written and trims it itself; nullopt means "not this kind of value".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"

namespace painlink {

// Spreadsheet date orders; any of '-', '/' and '.' may separate the parts, a time may follow
// ("2026-03-04 14:30", "04.03.2026 08:15"), and a two-digit year is 20xx.
enum class CsvDateFormat { ymd, dmy, mdy };
inline constexpr CsvDateFormat kAllCsvDateFormats[] = {CsvDateFormat::ymd, CsvDateFormat::dmy, CsvDateFormat::mdy};
const char* label(CsvDateFormat f);  // "YYYY-MM-DD", "DD/MM/YYYY", "MM/DD/YYYY"

std::string_view trim_cell(std::string_view cell);
bool blank_cell(std::string_view cell);

std::optional<double> cell_number(std::string_view cell, bool decimal_comma);
std::optional<bool> cell_yes_no(std::string_view cell);
std::optional<Date> cell_date(std::string_view cell, CsvDateFormat format);
// Hours from "4h 15m", "4 h", "45 min", "1:30", or a plain number in hours (or minutes when
// `plain_minutes`).
std::optional<double> cell_duration_hours(std::string_view cell, bool plain_minutes, bool decimal_comma);

// A list cell ("Stress, Lack of sleep" or "a; b"): its items trimmed, blanks left out.
std::vector<std::string> cell_list(std::string_view cell);

// Lower case ASCII, runs of anything but letters and digits as one space: header names compare so.
std::string normalized_name(std::string_view text);

}  // namespace painlink
