#include "core/csv_table.hpp"

#include <csv.h>

#include <algorithm>

namespace painlink {

namespace {

// libcsv hands over one cell at a time and says when a row ends; this gathers them.
struct Collector {
  std::vector<CsvRow> rows;
  CsvRow current;
  int row_number = 1;      // of the row being read
  bool last_was_cr = false;
  bool any_cell = false;
};

void on_cell(void* data, std::size_t size, void* user) {
  auto& c = *static_cast<Collector*>(user);
  c.current.cells.emplace_back(static_cast<const char*>(data), data ? size : 0);
  c.any_cell = true;
}

// CSV_REPALL_NL reports every line end outside quotes, so blank lines keep their row numbers the
// way a spreadsheet counts them; the LF of a CRLF is the same line end, not a blank line.
void on_row_end(int terminator, void* user) {
  auto& c = *static_cast<Collector*>(user);
  const bool lf_after_cr = terminator == '\n' && c.last_was_cr && !c.any_cell;
  c.last_was_cr = terminator == '\r';
  if (lf_after_cr) return;
  if (c.any_cell) {
    c.current.number = c.row_number;
    c.rows.push_back(std::move(c.current));
  }
  c.current = CsvRow{};
  c.any_cell = false;
  ++c.row_number;
}

// Nothing is trimmed: a note keeps its spaces, and a tab may be the separator. Readers of numbers
// and dates trim for themselves.
int never_space(unsigned char) { return 0; }

}  // namespace

char detect_csv_separator(std::string_view line) {
  int comma = 0, semicolon = 0, tab = 0;
  bool quoted = false;
  for (char ch : line) {
    if (ch == '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch == '\n' || ch == '\r') break;
    else if (ch == ',') ++comma;
    else if (ch == ';') ++semicolon;
    else if (ch == '\t') ++tab;
  }
  if (semicolon > comma && semicolon >= tab) return ';';
  if (tab > comma && tab > semicolon) return '\t';
  return ',';
}

CsvTableRead parse_csv_table(std::string_view text) {
  CsvTableRead out;
  if (text.size() > kMaxCsvBytes) {
    out.error = "This file is larger than 16 MB, more than a journal holds; nothing was read.";
    return out;
  }
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // UTF-8 byte order mark (Excel)
  const char separator = detect_csv_separator(text);

  csv_parser parser;
  if (csv_init(&parser, CSV_REPALL_NL) != 0) {
    out.error = "The file could not be read (out of memory).";
    return out;
  }
  csv_set_delim(&parser, static_cast<unsigned char>(separator));
  csv_set_space_func(&parser, never_space);
  Collector c;
  const std::size_t used = csv_parse(&parser, text.data(), text.size(), on_cell, on_row_end, &c);
  bool unclosed = false;
  if (used == text.size()) {
    // Strict only at the end: an unclosed quote there means the rest of the file went into one
    // cell. Elsewhere a stray quote is kept as text, as spreadsheets do.
    csv_set_opts(&parser, CSV_REPALL_NL | CSV_STRICT | CSV_STRICT_FINI);
    if (csv_fini(&parser, on_cell, on_row_end, &c) != 0) {
      unclosed = csv_error(&parser) == CSV_EPARSE;
      csv_set_opts(&parser, CSV_REPALL_NL);
      csv_fini(&parser, on_cell, on_row_end, &c);  // hand over what was read all the same
    }
  }
  const bool failed = used != text.size();
  csv_free(&parser);
  if (failed) {
    out.error = "The file could not be read (out of memory).";
    return out;
  }
  if (c.rows.empty() || c.rows.front().number != 1) {
    out.error = c.rows.empty() ? "This file is empty." : "The file's first line is empty: it must name the columns.";
    return out;
  }
  CsvTable table;
  table.separator = separator;
  table.header = std::move(c.rows.front().cells);
  if (unclosed) table.unclosed_quote_row = c.rows.back().number;
  table.rows.assign(std::make_move_iterator(c.rows.begin() + 1), std::make_move_iterator(c.rows.end()));
  out.table = std::move(table);
  return out;
}

}  // namespace painlink
