// Inside CSV import: one table row -> an EntryPatch, for Painlink's own columns
// (csv_rows_painlink.cpp) and for a mapping (csv_rows_mapped.cpp). Errors name the column as the
// file does ("Pain Level"), so "row 7: Pain Level: must be ..." points at the cell.
#pragma once

#include <optional>
#include <vector>

#include "core/csv_import.hpp"
#include "core/entry_patch.hpp"

namespace painlink::csv_rows {

struct RowRead {
  bool blank = false;                // every cell empty (Excel writes ";;;;" lines): skipped quietly
  std::optional<EntryPatch> patch;   // set when the row could be read
  std::vector<FieldError> errors;
};

// Painlink's own header: "Date" first, every column one Painlink writes (in any order).
bool is_painlink_header(const std::vector<std::string>& header);
// `dates`: how its Date column is written (YYYY-MM-DD as exported; a spreadsheet that saved the
// file again may have written its own order).
RowRead read_painlink_row(const CsvTable& table, const CsvRow& row, CsvDateFormat dates);
RowRead read_mapped_row(const CsvTable& table, const CsvMapping& mapping, const CsvRow& row);

// The cell of `column`, or "" where a short row has none.
std::string_view cell(const CsvRow& row, std::size_t column);
bool blank_row(const CsvRow& row);
// The cell quoted for a message: "\"twelve\"" (long cells cut).
std::string quoted_cell(std::string_view cell);
// "Sumatriptan 50 mg" -> a medication named Sumatriptan with 50 mg; nullopt when there is no name.
std::optional<Treatment> medicine_from_text(std::string_view text);

}  // namespace painlink::csv_rows
