#include "core/csv_export.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/json_text.hpp"

namespace painlink {

namespace {

constexpr const char* kHeader[] = {
    "Date", "Back pain (0-10)", "Back regions", "Radiates to", "Headache (0-10)", "Headache duration (hours)",
    "Headache side", "Pulsating", "Aura", "Nausea", "Light sensitive", "Sound sensitive", "Worse with activity",
    "Sleep (hours)", "Stress (0-10)", "Screen time (hours)", "Sitting (hours)", "Water (glasses)",
    "Caffeine (cups)", "Alcohol (units)", "Exercise (minutes)", "Skipped meal", "Menstruating", "Other factors",
    "Treatments", "Notes"};

// Shortest text that reads back as the same double ("5.5", "10").
std::string number_text(double v) {
  if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15)
    return std::to_string(static_cast<long long>(v));
  return dump_compact(Json(v));
}

std::string yes_no(bool v) { return v ? "yes" : "no"; }

template <class T>
std::string optional_text(const std::optional<T>& v) {
  if (!v) return "";
  if constexpr (std::is_same_v<T, bool>) return yes_no(*v);
  else return number_text(static_cast<double>(*v));
}

// Short class names for a cell; model.hpp's label() is the longer form for the UI.
const char* short_label(DrugClass c) {
  switch (c) {
    case DrugClass::nsaid: return "NSAID";
    case DrugClass::paracetamol: return "paracetamol";
    case DrugClass::aspirin: return "aspirin";
    case DrugClass::triptan: return "triptan";
    case DrugClass::ergot: return "ergot";
    case DrugClass::opioid: return "opioid";
    case DrugClass::combination: return "combination";
    case DrugClass::muscle_relaxant: return "muscle relaxant";
    case DrugClass::other: return "other";
  }
  return "other";
}

void append_item(std::string& list, const std::string& item) {
  if (!list.empty()) list += "; ";
  list += item;
}

// "ibuprofen 400 mg (NSAID) relief 6", "ice relief 3", "hot bath (heat)"
std::string treatment_text(const Treatment& t) {
  const bool medication = t.type == TreatmentType::medication;
  std::string s = t.name.empty() ? to_string(t.type) : t.name;
  if (t.dose_mg) s += " " + number_text(*t.dose_mg) + " mg";
  if (t.drug_class) s += std::string(" (") + short_label(*t.drug_class) + ")";
  else if (!t.name.empty() && !medication) s += std::string(" (") + to_string(t.type) + ")";
  if (t.relief) s += " relief " + std::to_string(*t.relief);
  return s;
}

std::vector<std::string> row(const Entry& e) {
  std::vector<std::string> cells;
  cells.push_back(format_date(e.date));
  if (const auto& b = e.back_pain) {
    std::string regions, to;
    if (b->neck) append_item(regions, "neck");
    if (b->upper_back) append_item(regions, "upper back");
    if (b->lower_back) append_item(regions, "lower back");
    if (b->to_arm) append_item(to, "arm");
    if (b->to_leg) append_item(to, "leg");
    cells.insert(cells.end(), {std::to_string(b->intensity), regions, to});
  } else {
    cells.insert(cells.end(), 3, "");
  }
  if (const auto& h = e.headache) {
    cells.insert(cells.end(), {std::to_string(h->intensity), optional_text(h->duration_hours),
                               h->side ? to_string(*h->side) : "", optional_text(h->pulsating),
                               optional_text(h->aura), optional_text(h->nausea), optional_text(h->light_sensitive),
                               optional_text(h->sound_sensitive), optional_text(h->worse_with_activity)});
  } else {
    cells.insert(cells.end(), 9, "");
  }
  if (const auto& f = e.factors) {
    std::string custom;
    for (const auto& [name, yes] : f->custom) append_item(custom, name + "=" + yes_no(yes));
    cells.insert(cells.end(), {optional_text(f->sleep_hours), optional_text(f->stress),
                               optional_text(f->screen_hours), optional_text(f->sitting_hours),
                               optional_text(f->water_glasses), optional_text(f->caffeine_cups),
                               optional_text(f->alcohol_units), optional_text(f->exercise_minutes),
                               optional_text(f->skipped_meal), optional_text(f->menstruating), custom});
  } else {
    cells.insert(cells.end(), 11, "");
  }
  std::string treatments;
  for (const Treatment& t : e.treatments) append_item(treatments, treatment_text(t));
  cells.push_back(treatments);
  cells.push_back(e.notes);
  return cells;
}

void append_row(std::string& out, const std::vector<std::string>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out += ',';
    out += csv_cell(cells[i]);
  }
  out += "\r\n";
}

}  // namespace

std::string csv_cell(std::string_view text) {
  std::string cell(text);
  // A spreadsheet runs a cell starting with these as a formula (CSV injection); a leading
  // apostrophe makes it plain text. Notes often start with "-", which is harmless after this.
  if (!cell.empty() && (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' || cell[0] == '\t' ||
                        cell[0] == '\r'))
    cell.insert(cell.begin(), '\'');
  // Control characters but tab (U+0000 included: notes keep them as written) are quoted too, so
  // a reader that stops a bare cell at one still sees where the cell ends; the text is whole.
  const bool plain = std::none_of(cell.begin(), cell.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return c == ',' || c == '"' || (b < 0x20 && c != '\t') || b == 0x7F;
  });
  if (plain) return cell;
  std::string quoted = "\"";
  for (char c : cell) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

std::span<const char* const> csv_export_columns() { return kHeader; }

std::string export_csv(const Journal& journal) { return export_csv(journal, CsvOptions{}); }

std::string export_csv(const Journal& journal, const CsvOptions& options) {
  std::string out = options.byte_order_mark ? "\xEF\xBB\xBF" : "";
  append_row(out, std::vector<std::string>(std::begin(kHeader), std::end(kHeader)));
  for (const auto& [date, entry] : journal.entries) append_row(out, row(entry));
  return out;
}

}  // namespace painlink
