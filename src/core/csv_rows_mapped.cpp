// A row of a foreign spreadsheet (a Migraine Buddy export, any diary) read through a CsvMapping.
#include <cmath>

#include "core/csv_rows.hpp"
#include "core/utf8.hpp"
#include "core/validate.hpp"

namespace painlink::csv_rows {

namespace {

struct Reader {
  const CsvTable& table;
  EntryPatch& patch;
  std::vector<FieldError>& errors;
  std::vector<std::string> symptom_notes;
  bool decimal_comma() const { return table.separator != ','; }

  void fail(const std::string& column, const std::string& message) { errors.push_back({column, message}); }

  std::optional<int> whole(const std::string& column, std::string_view text, IntRange range) {
    const auto v = cell_number(text, decimal_comma());
    if (!v || *v != std::floor(*v) || std::fabs(*v) > 1e9 || !in_range(range, static_cast<long long>(*v))) {
      fail(column, int_rule(range, quoted_cell(text)));
      return std::nullopt;
    }
    return static_cast<int>(*v);
  }
  std::optional<double> number(const std::string& column, std::string_view text, NumberRange range) {
    const auto v = cell_number(text, decimal_comma());
    if (!v || !in_range(range, *v)) {
      fail(column, number_rule(range, v ? describe_number(*v) : quoted_cell(text)));
      return std::nullopt;
    }
    return v;
  }
  std::optional<bool> yes_no(const std::string& column, std::string_view text) {
    const auto v = cell_yes_no(text);
    if (!v) fail(column, "must be yes or no (got " + quoted_cell(text) + ")");
    return v;
  }
  void note(const std::string& column, std::string_view text) {
    patch.notes.push_back(column + ": " + std::string(trim_cell(text)));
  }

  void symptoms(const std::string& column, std::string_view text) {
    std::string unknown;
    for (const std::string& item : cell_list(text)) {
      const std::string n = normalized_name(item);
      auto has = [&](const char* word) { return n.find(word) != std::string::npos; };
      if (has("nausea") || has("vomit")) patch.nausea = true;
      else if (has("aura")) patch.aura = true;
      else if (has("light") || has("photophob")) patch.light_sensitive = true;
      else if (has("sound") || has("noise") || has("phonophob")) patch.sound_sensitive = true;
      else if (has("throbbing") || has("pulsat") || has("pounding")) patch.pulsating = true;
      else if (has("activity") || has("movement")) patch.worse_with_activity = true;
      else unknown += (unknown.empty() ? "" : ", ") + item;
    }
    if (!unknown.empty()) note(column, unknown);
  }

  void side(const std::string& column, std::string_view text) {
    const std::string n = normalized_name(text);
    const bool left = n.find("left") != std::string::npos, right = n.find("right") != std::string::npos;
    if (n == "both" || n.find("both") != std::string::npos || n.find("bilateral") != std::string::npos ||
        (left && right))
      patch.side = HeadacheSide::both;
    else if (left) patch.side = HeadacheSide::left;
    else if (right) patch.side = HeadacheSide::right;
    else note(column, text);  // "Forehead", "Back of head": kept in the notes, not guessed
  }

  void medication(const std::string& column, std::string_view text) {
    for (const std::string& item : cell_list(text)) {
      auto t = medicine_from_text(item);
      if (!t) continue;
      if (code_points(t->name) > static_cast<std::size_t>(kMaxTreatmentNameChars)) {
        fail(column, "a medicine name can be at most " + std::to_string(kMaxTreatmentNameChars) +
                         " characters (got " + quoted_cell(item) + ")");
        continue;
      }
      if (t->dose_mg && !in_range(limits::kDoseMg, *t->dose_mg)) {
        fail(column, "dose " + number_rule(limits::kDoseMg, describe_number(*t->dose_mg)));
        continue;
      }
      patch.treatments.push_back(std::move(*t));
    }
  }

  void read(CsvField field, const std::string& column, std::string_view text) {
    Factors& f = patch.factors;
    switch (field) {
      case CsvField::ignore: return;
      case CsvField::headache: if (auto v = whole(column, text, limits::kScale0to10)) patch.headache = v; return;
      case CsvField::back_pain: if (auto v = whole(column, text, limits::kScale0to10)) patch.back_pain = v; return;
      case CsvField::headache_hours:
      case CsvField::headache_minutes: {
        const auto h = cell_duration_hours(text, field == CsvField::headache_minutes, decimal_comma());
        if (!h || !in_range(limits::kHeadacheHours, *h)) {
          fail(column, "must be a duration from 0 to 72 hours, such as 4.5, \"4h 30m\" or \"4:30\" (got " +
                           quoted_cell(text) + ")");
          return;
        }
        patch.headache_hours = std::round(*h * 100) / 100;  // to the minute, near enough, without 0.3333...
        return;
      }
      case CsvField::headache_side: side(column, text); return;
      case CsvField::symptoms: symptoms(column, text); return;
      // "no" is an answer too (entry_patch.cpp drops it on a day without a headache to describe).
      case CsvField::aura: patch.aura = yes_no(column, text); return;
      case CsvField::nausea: patch.nausea = yes_no(column, text); return;
      case CsvField::sleep_hours: f.sleep_hours = number(column, text, limits::kHoursPerDay); return;
      case CsvField::stress: f.stress = whole(column, text, limits::kScale0to10); return;
      case CsvField::screen_hours: f.screen_hours = number(column, text, limits::kHoursPerDay); return;
      case CsvField::sitting_hours: f.sitting_hours = number(column, text, limits::kHoursPerDay); return;
      case CsvField::water_glasses: f.water_glasses = whole(column, text, limits::kWaterGlasses); return;
      case CsvField::caffeine_cups: f.caffeine_cups = whole(column, text, limits::kCaffeineCups); return;
      case CsvField::alcohol_units: f.alcohol_units = number(column, text, limits::kAlcoholUnits); return;
      case CsvField::exercise_minutes: f.exercise_minutes = whole(column, text, limits::kExerciseMinutes); return;
      case CsvField::skipped_meal: f.skipped_meal = yes_no(column, text); return;
      case CsvField::menstruating: f.menstruating = yes_no(column, text); return;
      case CsvField::medication: medication(column, text); return;
      case CsvField::notes: patch.notes.emplace_back(trim_cell(text)); return;
      case CsvField::note_with_name: note(column, text); return;
    }
  }
};

}  // namespace

RowRead read_mapped_row(const CsvTable& table, const CsvMapping& mapping, const CsvRow& row) {
  RowRead out;
  if (blank_row(row)) {
    out.blank = true;
    return out;
  }
  const auto date_col = static_cast<std::size_t>(mapping.date_column);
  const std::string date_name = date_col < table.header.size() ? table.header[date_col] : "Date";
  const std::string_view date_text = cell(row, date_col);
  EntryPatch patch;
  patch.rows.push_back(row.number);
  if (blank_cell(date_text)) {
    out.errors.push_back({date_name, "is empty, so this row belongs to no day"});
  } else if (auto d = cell_date(date_text, mapping.date_format)) {
    patch.date = *d;
  } else {
    out.errors.push_back({date_name, quoted_cell(date_text) + " is not a date written " +
                                         label(mapping.date_format) + " (from " + std::to_string(kMinYear) +
                                         " to " + std::to_string(kMaxYear) + ")"});
  }
  Reader reader{table, patch, out.errors, {}};
  for (std::size_t c = 0; c < table.header.size() && c < mapping.fields.size(); ++c) {
    if (c == date_col || blank_cell(cell(row, c))) continue;
    const std::string name = trim_cell(table.header[c]).empty() ? "Column " + std::to_string(c + 1)
                                                                  : std::string(trim_cell(table.header[c]));
    reader.read(mapping.fields[c], name, cell(row, c));
  }
  if (out.errors.empty()) out.patch = std::move(patch);
  return out;
}

}  // namespace painlink::csv_rows
