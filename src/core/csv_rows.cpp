// Helpers shared by the two row readers (csv_rows.hpp).
#include "core/csv_rows.hpp"

#include <algorithm>

#include "core/utf8.hpp"

namespace painlink::csv_rows {

std::string_view cell(const CsvRow& row, std::size_t column) {
  return column < row.cells.size() ? std::string_view(row.cells[column]) : std::string_view();
}

bool blank_row(const CsvRow& row) {
  return std::all_of(row.cells.begin(), row.cells.end(), [](const std::string& c) { return blank_cell(c); });
}

std::string quoted_cell(std::string_view text) {
  std::string s(trim_cell(text));
  if (code_points(s) > 40 || !valid_utf8(s)) {
    std::size_t cut = std::min<std::size_t>(s.size(), 40);
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // whole characters
    s = s.substr(0, cut) + "\xE2\x80\xA6";
  }
  return "\"" + s + "\"";
}

std::optional<Treatment> medicine_from_text(std::string_view text) {
  std::string s(trim_cell(text));
  Treatment t;
  t.type = TreatmentType::medication;
  // A trailing dose: "400 mg", "400mg", "0,5 mg".
  std::string lower = s;
  for (char& c : lower) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  if (lower.size() > 2 && lower.compare(lower.size() - 2, 2, "mg") == 0) {
    std::size_t end = lower.size() - 2;
    while (end > 0 && lower[end - 1] == ' ') --end;
    std::size_t start = end;
    while (start > 0 && ((lower[start - 1] >= '0' && lower[start - 1] <= '9') || lower[start - 1] == '.' ||
                         lower[start - 1] == ','))
      --start;
    if (start < end && (start == 0 || lower[start - 1] == ' ')) {
      if (auto dose = cell_number(lower.substr(start, end - start), true)) {
        t.dose_mg = *dose;
        s = std::string(trim_cell(std::string_view(s).substr(0, start)));
      }
    }
  }
  if (s.empty()) return std::nullopt;
  t.name = s;
  return t;
}

}  // namespace painlink::csv_rows
