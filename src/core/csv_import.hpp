// Journals from spreadsheets and other diaries: Painlink's own CSV (core/csv_export.hpp), a
// Migraine Buddy export, or any spreadsheet with a date column and columns mapped to fields.
// The result is the JSON import's ImportResult (added, updated, unchanged, rejected with reasons),
// so the patient sees the same preview before anything changes. CSV import only ever merges, field
// by field (core/entry_patch.hpp): nothing already recorded is removed. Rejections carry the
// file's row number (index) and say so: "row 7: Pain Level: must be a whole number ...".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/csv_cells.hpp"
#include "core/csv_table.hpp"
#include "core/interchange.hpp"

namespace painlink {

enum class CsvFormat {
  painlink,        // the header Painlink writes: every column read as it was written
  migraine_buddy,  // an attack log: a start time, a pain level and attack columns (see csv_import.cpp)
  generic,         // anything else: the patient maps the columns
};
const char* label(CsvFormat f);  // "a Painlink spreadsheet", "a Migraine Buddy export", "a spreadsheet"

// What a column of a foreign spreadsheet feeds.
enum class CsvField {
  ignore,
  headache,           // intensity 0-10
  back_pain,          // intensity 0-10
  headache_hours,     // duration; "4h 15m" and "1:30" are read in either unit
  headache_minutes,
  headache_side,      // left / right / both (any other words go to the notes)
  symptoms,           // a list: nausea, aura, light, sound, throbbing... to the headache; others to notes
  aura, nausea,       // yes / no
  sleep_hours, stress, screen_hours, sitting_hours, water_glasses, caffeine_cups, alcohol_units,
  exercise_minutes, skipped_meal, menstruating,
  medication,         // a list of medicines, "Sumatriptan 50 mg; Ibuprofen 400mg"
  notes,              // the text as it is
  note_with_name,     // "Triggers: Stress, Lack of sleep" on a line of the notes
};
inline constexpr CsvField kAllCsvFields[] = {
    CsvField::ignore,          CsvField::headache,       CsvField::back_pain,     CsvField::headache_hours,
    CsvField::headache_minutes, CsvField::headache_side, CsvField::symptoms,      CsvField::aura,
    CsvField::nausea,          CsvField::sleep_hours,    CsvField::stress,        CsvField::screen_hours,
    CsvField::sitting_hours,   CsvField::water_glasses,  CsvField::caffeine_cups, CsvField::alcohol_units,
    CsvField::exercise_minutes, CsvField::skipped_meal,  CsvField::menstruating,  CsvField::medication,
    CsvField::notes,           CsvField::note_with_name};
const char* label(CsvField f);  // "Headache (0-10)", "Add to notes with the column's name", ...

struct CsvMapping {
  int date_column = -1;  // -1: none chosen yet (nothing can be imported)
  CsvDateFormat date_format = CsvDateFormat::ymd;
  std::vector<CsvField> fields;  // one per column (the date column's is not used)
  bool operator==(const CsvMapping&) const = default;
};

struct CsvDocument {
  CsvTable table;
  CsvFormat format = CsvFormat::generic;
  CsvMapping mapping;  // the guess from the header and the cells (not used for Painlink's own)
  std::vector<FieldError> warnings;  // about the file as a whole (unread columns, characters)
};

struct CsvRead {
  std::optional<CsvDocument> document;
  std::string error;  // a sentence when the file cannot be read as a table at all
};

// A JSON document starts with '{' or '[' (after a byte order mark and spaces); anything else that
// is picked as a journal file is read as CSV.
bool looks_like_json(std::string_view text);

// Parses, recognises the format and guesses the mapping.
CsvRead read_csv(std::string_view text);

// The guesses on their own, for the mapping step.
CsvMapping guess_mapping(const CsvTable& table);
// The order that reads the most cells of `column` (day > 12 or month > 12 decides; on a tie,
// DD/MM/YYYY where the file uses ';' or dates with dots, else MM/DD/YYYY).
CsvDateFormat guess_date_format(const CsvTable& table, int column);
// True when `format` reads every non-blank cell of the column as a date.
bool date_format_fits(const CsvTable& table, int column, CsvDateFormat format);

// The file applied to `current` with `mapping` (Painlink's own CSV ignores it). ok is false, with
// `error`, only when no date column is chosen; every row that cannot be used is in `rejected`.
ImportResult import_csv(const CsvDocument& doc, const CsvMapping& mapping, const Journal& current);

// The mapping step's live preview: how the first rows read.
struct CsvRowPreview {
  int row = 0;
  std::string date;     // "Wed 4 Mar 2026", or "" when the date cannot be read
  std::string summary;  // "Headache 7 · Sleep 6.5 h · 1 treatment · notes", or the row's problems
  bool ok = false;
};
std::vector<CsvRowPreview> preview_csv_rows(const CsvDocument& doc, const CsvMapping& mapping, std::size_t max_rows);

}  // namespace painlink
