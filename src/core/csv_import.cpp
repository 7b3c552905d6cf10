// CSV import: which kind of file it is, what its columns probably mean, and the rows applied to
// the journal as one ImportResult.
//
// Migraine Buddy: no public description of its CSV columns was found (its documented export is the
// "For my doctor" report, whose table has the attack's start, duration such as "4h 15m", pain
// level 0-10, pain position, triggers, symptoms, medication and notes; see
// github.com/rachel-carvalho/migraine-buddy-parser). So an attack log is recognised by names
// rather than by one exact header: a start column ("Start Time", "Start date", "Started"), a pain
// column ("Pain Level", "Pain Intensity", "Intensity") and at least one attack column ("Duration",
// "Triggers", "Medication", "Pain Position", "Symptoms", "Relief"). Its rows are attacks: the
// attacks of one day become that day (the worse pain, the durations added).
#include "core/csv_import.hpp"

#include <algorithm>
#include <cstdio>
#include <map>

#include "core/csv_rows.hpp"
#include "core/utf8.hpp"

namespace painlink {

namespace {

bool contains(const std::string& s, const char* word) { return s.find(word) != std::string::npos; }

bool any_of_words(const std::string& n, std::initializer_list<const char*> words) {
  return std::any_of(words.begin(), words.end(), [&](const char* w) { return contains(n, w); });
}

// What a column's name says it holds (normalized_name). The order matters: "Headache duration"
// is a duration, "Back pain" is not a headache.
CsvField field_for_name(const std::string& n) {
  if (any_of_words(n, {"duration", "dauer", "how long"})) {
    return any_of_words(n, {"min"}) ? CsvField::headache_minutes : CsvField::headache_hours;
  }
  if (any_of_words(n, {"back", "r\xC3\xBC" "cken", "lumbar"})) return CsvField::back_pain;
  if (any_of_words(n, {"symptom"})) return CsvField::symptoms;
  if (any_of_words(n, {"medic", "meds", "medikament", "drug", "pill", "tablet", "painkiller"})) return CsvField::medication;
  if (any_of_words(n, {"trigger", "ausl\xC3\xB6ser", "cause", "relief", "helpful", "effect"}))
    return CsvField::note_with_name;
  if (any_of_words(n, {"note", "comment", "notiz", "bemerkung", "description", "remark"})) return CsvField::notes;
  if (any_of_words(n, {"side", "position", "seite"})) return CsvField::headache_side;
  if (any_of_words(n, {"aura"})) return CsvField::aura;
  if (any_of_words(n, {"nausea", "\xC3\xBC" "belkeit"})) return CsvField::nausea;
  if (any_of_words(n, {"sleep", "slept", "schlaf"})) return CsvField::sleep_hours;
  if (any_of_words(n, {"stress"})) return CsvField::stress;
  if (any_of_words(n, {"screen", "bildschirm"})) return CsvField::screen_hours;
  if (any_of_words(n, {"sitting", "sitzen"})) return CsvField::sitting_hours;
  if (any_of_words(n, {"water", "wasser"})) return CsvField::water_glasses;
  if (any_of_words(n, {"caffeine", "coffee", "kaffee", "koffein"})) return CsvField::caffeine_cups;
  if (any_of_words(n, {"alcohol", "alkohol"})) return CsvField::alcohol_units;
  if (any_of_words(n, {"exercise", "workout", "sport"})) return CsvField::exercise_minutes;
  if (any_of_words(n, {"meal", "mahlzeit"})) return CsvField::skipped_meal;
  if (any_of_words(n, {"menstrua", "period", "periode"})) return CsvField::menstruating;
  if (any_of_words(n, {"headache", "migraine", "kopf", "pain", "intensity", "severity", "schmerz"}))
    return CsvField::headache;
  return CsvField::ignore;
}

bool date_like_name(const std::string& n) {
  return any_of_words(n, {"date", "day", "datum", "tag", "fecha", "start", "time", "when", "zeit"});
}

// A Migraine Buddy export (see the comment at the top).
bool is_attack_log(const std::vector<std::string>& header) {
  bool start = false, pain = false, attack = false;
  for (const std::string& h : header) {
    const std::string n = normalized_name(h);
    if (n.rfind("start", 0) == 0) start = true;
    else if (n == "pain" || any_of_words(n, {"pain level", "pain intensity", "intensity"})) pain = true;
    else if (any_of_words(n, {"duration", "trigger", "medication", "pain position", "symptom", "relief"})) attack = true;
  }
  return start && pain && attack;
}

std::size_t cells_read(const CsvTable& table, int column, CsvDateFormat format, std::size_t* non_blank = nullptr) {
  std::size_t read = 0, seen = 0;
  for (const CsvRow& row : table.rows) {
    const std::string_view text = csv_rows::cell(row, static_cast<std::size_t>(column));
    if (blank_cell(text)) continue;
    ++seen;
    if (cell_date(text, format)) ++read;
  }
  if (non_blank) *non_blank = seen;
  return read;
}

std::string rows_text(const std::vector<int>& rows) {
  std::string s = rows.size() == 1 ? "row " : "rows ";
  for (std::size_t i = 0; i < rows.size(); ++i) s += (i ? ", " : "") + std::to_string(rows[i]);
  return s;
}

std::string join(const std::vector<FieldError>& errors) {
  std::string s;
  for (const FieldError& e : errors) s += (s.empty() ? "" : "; ") + (e.path.empty() ? "" : e.path + ": ") + e.message;
  return s;
}

}  // namespace

const char* label(CsvFormat f) {
  switch (f) {
    case CsvFormat::painlink: return "a Painlink spreadsheet";
    case CsvFormat::migraine_buddy: return "a Migraine Buddy export";
    case CsvFormat::generic: return "a spreadsheet";
  }
  return "";
}

const char* label(CsvField f) {
  switch (f) {
    case CsvField::ignore: return "Not imported";
    case CsvField::headache: return "Headache (0-10)";
    case CsvField::back_pain: return "Back pain (0-10)";
    case CsvField::headache_hours: return "Headache duration (hours)";
    case CsvField::headache_minutes: return "Headache duration (minutes)";
    case CsvField::headache_side: return "Headache side";
    case CsvField::symptoms: return "Headache symptoms";
    case CsvField::aura: return "Aura (yes/no)";
    case CsvField::nausea: return "Nausea (yes/no)";
    case CsvField::sleep_hours: return "Sleep (hours)";
    case CsvField::stress: return "Stress (0-10)";
    case CsvField::screen_hours: return "Screen time (hours)";
    case CsvField::sitting_hours: return "Sitting (hours)";
    case CsvField::water_glasses: return "Water (glasses)";
    case CsvField::caffeine_cups: return "Caffeine (cups)";
    case CsvField::alcohol_units: return "Alcohol (units)";
    case CsvField::exercise_minutes: return "Exercise (minutes)";
    case CsvField::skipped_meal: return "Skipped meal (yes/no)";
    case CsvField::menstruating: return "Menstruating (yes/no)";
    case CsvField::medication: return "Medicines taken";
    case CsvField::notes: return "Notes";
    case CsvField::note_with_name: return "Notes, with the column's name";
  }
  return "";
}

bool looks_like_json(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && (text[first] == '{' || text[first] == '[');
}

bool date_format_fits(const CsvTable& table, int column, CsvDateFormat format) {
  std::size_t seen = 0;
  const std::size_t read = cells_read(table, column, format, &seen);
  return seen > 0 && read == seen;
}

CsvDateFormat guess_date_format(const CsvTable& table, int column) {
  std::size_t best = 0;
  std::vector<CsvDateFormat> top;
  for (CsvDateFormat f : kAllCsvDateFormats) {
    const std::size_t n = cells_read(table, column, f);
    if (n > best) best = n, top.clear();
    if (n == best) top.push_back(f);
  }
  if (top.size() == 1 || std::find(top.begin(), top.end(), CsvDateFormat::ymd) != top.end())
    return top.empty() || best == 0 ? CsvDateFormat::ymd : top.front();
  // Day and month both 12 or less everywhere: the file's habits decide.
  bool dots = false;
  for (const CsvRow& row : table.rows)
    if (csv_rows::cell(row, static_cast<std::size_t>(column)).find('.') != std::string_view::npos) dots = true;
  return table.separator == ';' || dots ? CsvDateFormat::dmy : CsvDateFormat::mdy;
}

CsvMapping guess_mapping(const CsvTable& table) {
  CsvMapping m;
  const bool attack_log = is_attack_log(table.header);
  m.fields.assign(table.header.size(), CsvField::ignore);
  // The date: a column named so whose cells read as dates, else the first whose cells do.
  int by_cells = -1;
  for (std::size_t c = 0; c < table.header.size() && m.date_column < 0; ++c) {
    // Most cells, not all: a mistyped date is the row's problem, reported with its number.
    bool fits = false;
    for (CsvDateFormat f : kAllCsvDateFormats) {
      std::size_t seen = 0;
      const std::size_t read = cells_read(table, static_cast<int>(c), f, &seen);
      fits = fits || (read > 0 && 2 * read >= seen);
    }
    const std::string n = normalized_name(table.header[c]);
    if (fits && (attack_log ? n.rfind("start", 0) == 0 : date_like_name(n))) m.date_column = static_cast<int>(c);
    else if (fits && by_cells < 0) by_cells = static_cast<int>(c);
  }
  if (m.date_column < 0) m.date_column = by_cells;
  if (m.date_column >= 0) m.date_format = guess_date_format(table, m.date_column);
  for (std::size_t c = 0; c < table.header.size(); ++c) {
    if (static_cast<int>(c) == m.date_column) continue;
    const std::string n = normalized_name(table.header[c]);
    CsvField f = field_for_name(n);
    // An attack log's other columns (location, relief, end time...) go to the notes, not away;
    // an end time adds nothing the start and the duration do not say.
    if (attack_log && f == CsvField::ignore && !n.empty() && n.rfind("end", 0) != 0) f = CsvField::note_with_name;
    m.fields[c] = f;
  }
  return m;
}

CsvRead read_csv(std::string_view text) {
  CsvRead out;
  CsvTableRead parsed = parse_csv_table(text);
  if (!parsed.table) {
    out.error = parsed.error;
    return out;
  }
  CsvDocument doc;
  doc.table = std::move(*parsed.table);
  if (doc.table.header.size() < 2) {
    out.error = "This file has a single column; a journal file needs a date column and at least one more.";
    return out;
  }
  if (csv_rows::is_painlink_header(doc.table.header)) doc.format = CsvFormat::painlink;
  else if (is_attack_log(doc.table.header)) doc.format = CsvFormat::migraine_buddy;
  doc.mapping = guess_mapping(doc.table);
  if (doc.table.unclosed_quote_row)
    doc.warnings.push_back({"row " + std::to_string(*doc.table.unclosed_quote_row),
                            "a quote (\") opens a cell that is never closed, so everything after it was read as "
                            "that one cell. Check the file in a spreadsheet."});
  if (text.find("\xEF\xBF\xBD") != std::string_view::npos || !valid_utf8(text))
    doc.warnings.push_back({"file", "some characters could not be read (shown as \xEF\xBF\xBD): the file is probably "
                                    "not saved as UTF-8. Save it again as \"CSV UTF-8\" to keep accents."});
  out.document = std::move(doc);
  return out;
}

ImportResult import_csv(const CsvDocument& doc, const CsvMapping& mapping, const Journal& current) {
  ImportResult r;
  r.journal = current;
  const bool own = doc.format == CsvFormat::painlink;
  if (!own && (mapping.date_column < 0 || static_cast<std::size_t>(mapping.date_column) >= doc.table.header.size())) {
    r.error = "Choose the column that holds the date.";
    return r;
  }
  std::map<Date, EntryPatch> days;
  for (const CsvRow& row : doc.table.rows) {
    csv_rows::RowRead read = own ? csv_rows::read_painlink_row(doc.table, row, doc.mapping.date_format)
                                 : csv_rows::read_mapped_row(doc.table, mapping, row);
    if (read.blank) continue;
    const std::string prefix = "row " + std::to_string(row.number) + ": ";
    if (!read.patch) {
      r.rejected.push_back({row.number, prefix + join(read.errors)});
      continue;
    }
    if (read.patch->empty()) {
      r.rejected.push_back({row.number, prefix + "records nothing for " + format_date(read.patch->date) +
                                            " (the cells of the imported columns are empty)"});
      continue;
    }
    auto [it, inserted] = days.try_emplace(read.patch->date, *read.patch);
    if (!inserted) combine_patches(it->second, *read.patch);
  }
  for (const auto& [date, patch] : days) {
    const auto before = current.entries.find(date);
    Parsed<Entry> e = apply_patch(before == current.entries.end() ? nullptr : &before->second, patch);
    if (!e.ok()) {
      r.rejected.push_back({patch.rows.front(), rows_text(patch.rows) + " (" + format_date(date) + "): " + join(e.errors)});
      continue;
    }
    if (before == current.entries.end()) ++r.added;
    else if (before->second == *e.value) ++r.unchanged;
    else ++r.updated;
    r.journal.entries[date] = std::move(*e.value);
  }
  std::sort(r.rejected.begin(), r.rejected.end(), [](const Rejection& a, const Rejection& b) { return a.index < b.index; });
  r.warnings = doc.warnings;
  r.ok = true;
  return r;
}

std::vector<CsvRowPreview> preview_csv_rows(const CsvDocument& doc, const CsvMapping& mapping, std::size_t max_rows) {
  std::vector<CsvRowPreview> out;
  const bool own = doc.format == CsvFormat::painlink;
  const bool has_date = own || (mapping.date_column >= 0 &&
                                static_cast<std::size_t>(mapping.date_column) < doc.table.header.size());
  for (const CsvRow& row : doc.table.rows) {
    if (out.size() >= max_rows) break;
    CsvRowPreview p;
    p.row = row.number;
    if (!has_date) {
      p.summary = "Choose the date column.";
      out.push_back(p);
      continue;
    }
    csv_rows::RowRead read = own ? csv_rows::read_painlink_row(doc.table, row, doc.mapping.date_format)
                                 : csv_rows::read_mapped_row(doc.table, mapping, row);
    if (read.blank) continue;
    if (!read.patch) {
      p.summary = join(read.errors);
      out.push_back(p);
      continue;
    }
    const EntryPatch& e = *read.patch;
    p.date = format_date_long(e.date);
    std::vector<std::string> parts;
    auto num = [](double v) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%g", v);
      return std::string(buf);
    };
    if (e.headache) parts.push_back("headache " + std::to_string(*e.headache));
    if (e.headache_hours) parts.push_back(num(*e.headache_hours) + " h");
    if (e.side) parts.push_back(std::string(to_string(*e.side)) + " side");
    if (e.back_pain) parts.push_back("back pain " + std::to_string(*e.back_pain));
    if (e.factors.sleep_hours) parts.push_back("sleep " + num(*e.factors.sleep_hours) + " h");
    if (e.factors.stress) parts.push_back("stress " + std::to_string(*e.factors.stress));
    const Factors& f = e.factors;
    const int other_factors = !!f.screen_hours + !!f.sitting_hours + !!f.water_glasses + !!f.caffeine_cups +
                              !!f.alcohol_units + !!f.exercise_minutes + !!f.skipped_meal + !!f.menstruating +
                              static_cast<int>(f.custom.size());
    if (other_factors > 0) parts.push_back(std::to_string(other_factors) + (other_factors == 1 ? " factor" : " factors"));
    if (!e.treatments.empty())
      parts.push_back(std::to_string(e.treatments.size()) + (e.treatments.size() == 1 ? " treatment" : " treatments"));
    if (std::any_of(e.notes.begin(), e.notes.end(), [](const std::string& n) { return !n.empty(); }))
      parts.push_back("notes");
    for (const std::string& s : parts) p.summary += (p.summary.empty() ? "" : ", ") + s;
    if (p.summary.empty()) p.summary = "nothing to import";
    p.ok = !e.empty();
    out.push_back(p);
  }
  return out;
}

}  // namespace painlink
