// CSV text -> a table of cells, with libcsv (RFC 4180: quoted cells, doubled quotes, line breaks
// inside quotes, CRLF or LF). What libcsv leaves to its caller is here: a UTF-8 byte order mark,
// the separator (',' or ';' from European spreadsheets, or tab, chosen from the header line), and
// spreadsheet row numbers for messages. No I/O; errors are values.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace painlink {

struct CsvRow {
  int number = 0;                  // the row a spreadsheet shows: the header is row 1
  std::vector<std::string> cells;  // as written, quotes removed; never trimmed
};

struct CsvTable {
  char separator = ',';
  std::vector<std::string> header;  // row 1
  std::vector<CsvRow> rows;         // the rows after it, blank lines left out (their numbers kept)
  // Set when the last quoted cell is never closed: the rest of the file was read as that one cell.
  std::optional<int> unclosed_quote_row;
};

struct CsvTableRead {
  std::optional<CsvTable> table;
  std::string error;  // a sentence for a person when there is no table
};

// The separator of a header line: whichever of ',' ';' and tab occurs most outside quotes (',' on
// a tie, and for a single column).
char detect_csv_separator(std::string_view first_line);

// At most kMaxCsvBytes (a 10-year daily journal is under 2 MB); more is refused, not cut.
inline constexpr std::size_t kMaxCsvBytes = 16u << 20;
CsvTableRead parse_csv_table(std::string_view text);

}  // namespace painlink
