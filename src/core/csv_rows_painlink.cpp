// A row of Painlink's own CSV (core/csv_export.cpp), read back the way it was written: the formula
// guard's apostrophe removed, lists of regions and factors, and treatments from their text
// ("ibuprofen 400 mg (NSAID) relief 6", "ice relief 3", "hot bath (heat)").
#include <cmath>

#include "core/csv_export.hpp"
#include "core/csv_rows.hpp"
#include "core/validate.hpp"

namespace painlink::csv_rows {

namespace {

// Positions in csv_export_columns().
enum Column {
  kDate, kBackPain, kRegions, kRadiates, kHeadache, kHours, kSide, kPulsating, kAura, kNausea, kLight, kSound,
  kWorse, kSleep, kStress, kScreen, kSitting, kWater, kCaffeine, kAlcohol, kExercise, kSkippedMeal,
  kMenstruating, kOtherFactors, kTreatments, kNotes, kColumnCount
};

// The export puts an apostrophe before a cell a spreadsheet would run as a formula.
std::string unguarded(std::string_view cell) {
  if (cell.size() >= 2 && cell[0] == '\'' &&
      (cell[1] == '=' || cell[1] == '+' || cell[1] == '-' || cell[1] == '@' || cell[1] == '\t' || cell[1] == '\r'))
    cell.remove_prefix(1);
  return std::string(cell);
}

// Items of "neck; upper back" as written by append_item.
std::vector<std::string> items(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find("; ", start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) out.emplace_back(text.substr(start, end - start));
    start = end + 2;
  }
  return out;
}

const char* short_class(DrugClass c) {  // as csv_export.cpp writes them
  switch (c) {
    case DrugClass::nsaid: return "NSAID";
    case DrugClass::muscle_relaxant: return "muscle relaxant";
    default: return to_string(c);
  }
}

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// The inverse of csv_export.cpp's treatment_text. "(other)" without a dose reads as the treatment
// type "other" (both the type and the drug class "other" are written so).
std::optional<Treatment> treatment_from_text(std::string_view text) {
  Treatment t;
  std::string_view s = text;
  // " relief N"
  if (const std::size_t at = s.rfind(" relief "); at != std::string_view::npos) {
    const auto relief = cell_number(s.substr(at + 8), false);
    if (relief && *relief == std::floor(*relief) && std::fabs(*relief) <= 10 &&
        in_range(limits::kScale0to10, static_cast<long long>(*relief))) {
      t.relief = static_cast<int>(*relief);
      s = s.substr(0, at);
    }
  }
  std::optional<TreatmentType> type;
  // " (class)" or " (type)"
  if (ends_with(s, ")")) {
    if (const std::size_t open = s.rfind(" ("); open != std::string_view::npos) {
      const std::string_view word = s.substr(open + 2, s.size() - open - 3);
      std::optional<DrugClass> drug;
      for (DrugClass c : kAllDrugClasses)
        if (word == short_class(c)) drug = c;
      const auto as_type = treatment_type_from_string(word);
      if (as_type && (!drug || *as_type == TreatmentType::other)) type = as_type;
      else if (drug) t.drug_class = drug;
      if (type || t.drug_class) s = s.substr(0, open);
    }
  }
  // " N mg"
  if (ends_with(s, " mg")) {
    const std::string_view rest = s.substr(0, s.size() - 3);
    const std::size_t space = rest.rfind(' ');
    const std::string_view number = space == std::string_view::npos ? rest : rest.substr(space + 1);
    if (const auto dose = cell_number(number, false)) {
      t.dose_mg = *dose;
      s = space == std::string_view::npos ? std::string_view() : rest.substr(0, space);
    }
  }
  if (t.dose_mg && type == TreatmentType::other) {  // a dose is for medication: the class was "other"
    type.reset();
    t.drug_class = DrugClass::other;
  }
  if (type) {
    t.type = *type;
    t.name = std::string(s);
  } else if (t.drug_class || t.dose_mg) {
    t.type = TreatmentType::medication;
    t.name = s == "medication" ? "" : std::string(s);
  } else if (const auto bare = treatment_type_from_string(s)) {
    t.type = *bare;  // "ice", "rest", "medication": the type alone, no name
  } else {
    t.type = TreatmentType::medication;  // a named medication without a class: "ibuprofen"
    t.name = std::string(s);
  }
  if (t.name.empty() && !t.drug_class && !t.dose_mg && !type && s.empty()) return std::nullopt;
  return t;
}

struct Reader {
  EntryPatch& patch;
  std::vector<FieldError>& errors;
  const std::string& column;

  void fail(const std::string& message) { errors.push_back({column, message}); }
  std::optional<int> whole(std::string_view text, IntRange range) {
    const auto v = cell_number(text, true);
    if (!v || *v != std::floor(*v) || std::fabs(*v) > 1e9 || !in_range(range, static_cast<long long>(*v))) {
      fail(int_rule(range, quoted_cell(text)));
      return std::nullopt;
    }
    return static_cast<int>(*v);
  }
  std::optional<double> number(std::string_view text, NumberRange range) {
    const auto v = cell_number(text, true);
    if (!v || !in_range(range, *v)) {
      fail(number_rule(range, v ? describe_number(*v) : quoted_cell(text)));
      return std::nullopt;
    }
    return v;
  }
  std::optional<bool> yes_no(std::string_view text) {
    const auto v = cell_yes_no(text);
    if (!v) fail("must be yes or no (got " + quoted_cell(text) + ")");
    return v;
  }
  // A list of known words (regions): each sets its flag; all five are then known.
  template <std::size_t N>
  void words(std::string_view text, const char* const (&names)[N], std::optional<bool>* const (&flags)[N]) {
    for (auto* f : flags) *f = false;
    for (const std::string& item : items(text)) {
      bool known = false;
      for (std::size_t i = 0; i < N; ++i)
        if (item == names[i]) *flags[i] = known = true;
      if (!known) {
        std::string allowed;
        for (const char* n : names) allowed += (allowed.empty() ? "\"" : ", \"") + std::string(n) + "\"";
        fail("must list " + allowed + " (got " + quoted_cell(item) + ")");
      }
    }
  }

  void read(int kind, std::string_view raw) {
    const std::string text = unguarded(raw);
    Factors& f = patch.factors;
    switch (kind) {
      case kBackPain: patch.back_pain = whole(text, limits::kScale0to10); return;
      case kRegions: {
        const char* const names[] = {"neck", "upper back", "lower back"};
        std::optional<bool>* const flags[] = {&patch.neck, &patch.upper_back, &patch.lower_back};
        words(text, names, flags);
        return;
      }
      case kRadiates: {
        const char* const names[] = {"arm", "leg"};
        std::optional<bool>* const flags[] = {&patch.to_arm, &patch.to_leg};
        words(text, names, flags);
        return;
      }
      case kHeadache: patch.headache = whole(text, limits::kScale0to10); return;
      case kHours: patch.headache_hours = number(text, limits::kHeadacheHours); return;
      case kSide:
        if (auto s = headache_side_from_string(trim_cell(text))) patch.side = s;
        else fail("must be \"left\", \"right\" or \"both\" (got " + quoted_cell(text) + ")");
        return;
      case kPulsating: patch.pulsating = yes_no(text); return;
      case kAura: patch.aura = yes_no(text); return;
      case kNausea: patch.nausea = yes_no(text); return;
      case kLight: patch.light_sensitive = yes_no(text); return;
      case kSound: patch.sound_sensitive = yes_no(text); return;
      case kWorse: patch.worse_with_activity = yes_no(text); return;
      case kSleep: f.sleep_hours = number(text, limits::kHoursPerDay); return;
      case kStress: f.stress = whole(text, limits::kScale0to10); return;
      case kScreen: f.screen_hours = number(text, limits::kHoursPerDay); return;
      case kSitting: f.sitting_hours = number(text, limits::kHoursPerDay); return;
      case kWater: f.water_glasses = whole(text, limits::kWaterGlasses); return;
      case kCaffeine: f.caffeine_cups = whole(text, limits::kCaffeineCups); return;
      case kAlcohol: f.alcohol_units = number(text, limits::kAlcoholUnits); return;
      case kExercise: f.exercise_minutes = whole(text, limits::kExerciseMinutes); return;
      case kSkippedMeal: f.skipped_meal = yes_no(text); return;
      case kMenstruating: f.menstruating = yes_no(text); return;
      case kOtherFactors:
        for (const std::string& item : items(text)) {
          const std::size_t eq = item.rfind('=');
          const auto yes = eq == std::string::npos ? std::nullopt : cell_yes_no(item.substr(eq + 1));
          if (!yes || eq == 0) {
            fail("must list factors as name=yes or name=no (got " + quoted_cell(item) + ")");
            continue;
          }
          f.custom[unguarded(item.substr(0, eq))] = *yes;
        }
        return;
      case kTreatments:
        for (const std::string& item : items(text))
          if (auto t = treatment_from_text(unguarded(item))) patch.treatments.push_back(std::move(*t));
        return;
      case kNotes: patch.notes.push_back(text); return;
      default: return;
    }
  }
};

int column_kind(std::string_view name) {
  const std::string n = normalized_name(name);
  const auto columns = csv_export_columns();
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (normalized_name(columns[i]) == n) return static_cast<int>(i);
  return -1;
}

}  // namespace

bool is_painlink_header(const std::vector<std::string>& header) {
  if (header.size() < 2 || column_kind(header[0]) != kDate) return false;
  for (const std::string& h : header)
    if (column_kind(h) < 0) return false;
  return true;
}

RowRead read_painlink_row(const CsvTable& table, const CsvRow& row, CsvDateFormat dates) {
  static_assert(kColumnCount == 26, "csv_export.cpp's columns and this reader go together");
  RowRead out;
  if (blank_row(row)) {
    out.blank = true;
    return out;
  }
  EntryPatch patch;
  patch.rows.push_back(row.number);
  for (std::size_t c = 0; c < table.header.size(); ++c) {
    const int kind = column_kind(table.header[c]);
    const std::string_view text = cell(row, c);
    if (kind == kDate) {
      if (auto d = cell_date(text, dates)) patch.date = *d;
      else out.errors.push_back({"Date", quoted_cell(text) + " is not a date written " + label(dates)});
      continue;
    }
    if (kind < 0 || blank_cell(text)) continue;
    const std::string column(trim_cell(table.header[c]));
    Reader{patch, out.errors, column}.read(kind, kind == kNotes ? text : trim_cell(text));
  }
  if (out.errors.empty()) out.patch = std::move(patch);
  return out;
}

}  // namespace painlink::csv_rows
