// The journal as a spreadsheet: one row per day, RFC 4180 (CRLF, quotes doubled), with cells that
// a spreadsheet would run as a formula neutralised.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "core/model.hpp"
#include "core/on_demand.hpp"

namespace painlink {

struct CsvOptions {
  // A UTF-8 byte order mark makes Excel read accented notes correctly; other tools ignore it.
  bool byte_order_mark = true;
};

// Header row + one row per entry, sorted by date. Empty cell = not recorded.
std::string export_csv(const Journal& journal);
std::string export_csv(const Journal& journal, const CsvOptions& options) PAINLINK_ON_DEMAND("csv_export");

// The header row's names, in order (csv_import.cpp recognises Painlink's own file by them).
std::span<const char* const> csv_export_columns();

// One cell as written: formula guard first ("=1+1" -> "'=1+1"), then RFC 4180 quoting.
std::string csv_cell(std::string_view text);

}  // namespace painlink
