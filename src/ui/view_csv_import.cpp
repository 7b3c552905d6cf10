// Data > "Bring in a journal file" for a CSV: Painlink's own file and a Migraine Buddy export go
// straight to the preview; any other spreadsheet first gets the mapping step (which column is the
// date and how it is written, what each other column feeds, and the first rows as they will be
// read). The preview is the JSON import's (core/csv_import.hpp gives the same ImportResult), and
// Apply is JournalApp::apply_import. The result and the row preview are Memos keyed on what they
// read (the mapping, and the journal's revision for the result), never remade per frame.
#include <algorithm>
#include <cstdio>

#include "core/csv_import.hpp"
#include "ui/draft.hpp"
#include "ui/views.hpp"
#include "ui/semantics.hpp"
#include "ui/widgets.hpp"

namespace painlink::ui {

struct CsvImportView {
  CsvDocument doc;
  CsvMapping mapping;
  bool mapping_step = false;
  int open_column = -1;                // the column whose field choices are shown
  std::vector<std::string> samples;    // per column: a few of its values, for the mapping step
  Memo<std::pair<std::uint64_t, CsvMapping>, ImportResult> result;
  Memo<CsvMapping, std::vector<CsvRowPreview>> rows;
};

namespace {

constexpr std::size_t kPreviewRows = 5;

std::string column_name(const CsvDocument& doc, std::size_t c) {
  const std::string& h = doc.table.header[c];
  return h.find_first_not_of(" \t") == std::string::npos ? "Column " + std::to_string(c + 1) : h;
}

std::vector<std::string> column_samples(const CsvDocument& doc) {
  std::vector<std::string> out(doc.table.header.size());
  for (std::size_t c = 0; c < out.size(); ++c) {
    int shown = 0;
    for (const CsvRow& row : doc.table.rows) {
      if (shown == 3) break;
      if (c >= row.cells.size() || blank_cell(row.cells[c])) continue;
      std::string v(trim_cell(row.cells[c]));
      v.erase(std::remove(v.begin(), v.end(), '\r'), v.end());  // a line break shows as one space
      std::replace(v.begin(), v.end(), '\n', ' ');
      if (v.size() > 24) {
        std::size_t cut = 24;
        while (cut > 0 && (static_cast<unsigned char>(v[cut]) & 0xC0) == 0x80) --cut;
        v = v.substr(0, cut) + "\xE2\x80\xA6";
      }
      out[c] += (shown ? ", \"" : "\"") + v + "\"";
      ++shown;
    }
  }
  return out;
}

// A choice chip when it fits the row, else a full-width answer button (a long column name).
bool pick(const std::string& label, bool selected, const Theme& t, Flow& flow) {
  const float w = chip_width(label.c_str());
  if (w > ImGui::GetContentRegionAvail().x) return answer_button(label.c_str(), selected, t);
  flow.next(w);
  return choice_chip(label.c_str(), selected, t);
}

void close(Ui& ui) {
  ui.csv_import.reset();
  ui.import_text.clear();
}

void draw_mapping(Ui& ui, CsvImportView& v) {
  const Theme& t = ui.theme;
  const CsvDocument& doc = v.doc;
  const std::size_t columns = doc.table.header.size();
  ImGui::TextWrapped("This spreadsheet has %zu columns and %zu rows. Say what they hold; nothing changes until you "
                     "apply.",
                     columns, doc.table.rows.size());
  ImGui::Dummy(em2(0, 0.3f));
  ImGui::PushFont(ui.font_bold);
  ImGui::TextUnformatted("Which column holds the date?");
  ImGui::PopFont();
  {
    Flow flow;
    for (std::size_t c = 0; c < columns; ++c) {
      const std::string chip = column_name(doc, c) + "##date-column-" + std::to_string(c);
      if (pick(chip, v.mapping.date_column == static_cast<int>(c), t, flow) &&
          v.mapping.date_column != static_cast<int>(c)) {
        v.mapping.date_column = static_cast<int>(c);
        v.mapping.date_format = guess_date_format(doc.table, v.mapping.date_column);
        v.open_column = -1;
      }
    }
  }
  if (v.mapping.date_column >= 0) {
    ImGui::Dummy(em2(0, 0.3f));
    ImGui::PushFont(ui.font_bold);
    ImGui::TextUnformatted("How is the date written?");
    ImGui::PopFont();
    Flow flow;
    for (CsvDateFormat f : kAllCsvDateFormats) {
      const std::string chip = std::string(painlink::label(f)) + "##date-format";
      if (pick(chip, v.mapping.date_format == f, t, flow)) v.mapping.date_format = f;
    }
  }

  ImGui::Dummy(em2(0, 0.3f));
  ImGui::PushFont(ui.font_bold);
  ImGui::TextUnformatted("What does each column hold?");
  ImGui::PopFont();
  muted_text(t, "Tap the choice under a column to change it.");
  for (std::size_t c = 0; c < columns; ++c) {
    if (static_cast<int>(c) == v.mapping.date_column) continue;
    ImGui::PushID(static_cast<int>(c));
    ImGui::Dummy(em2(0, 0.15f));
    ImGui::TextWrapped("%s", column_name(doc, c).c_str());
    if (!v.samples[c].empty()) muted_text(t, "%s", v.samples[c].c_str());
    const CsvField field = c < v.mapping.fields.size() ? v.mapping.fields[c] : CsvField::ignore;
    const std::string button = std::string(painlink::label(field)) + "##column-" + std::to_string(c);
    if (secondary_button(button.c_str())) v.open_column = v.open_column == static_cast<int>(c) ? -1 : static_cast<int>(c);
    // On screen the button shows only the field, the same under many columns: a screen reader is
    // told whose it is, and the choices are one group named by the column.
    const std::string column = column_name(doc, c);
    sem_describe(SemRole::button, "Column " + column + ": " + painlink::label(field));
    if (v.open_column == static_cast<int>(c)) {
      sem_group_begin(SemRole::radiogroup, "What column " + column + " holds");
      Flow flow;
      for (CsvField f : kAllCsvFields) {
        const std::string option = std::string(painlink::label(f)) + "##column-" + std::to_string(c) + "-option";
        if (pick(option, f == field, t, flow)) {
          v.mapping.fields.resize(columns, CsvField::ignore);
          v.mapping.fields[c] = f;
          v.open_column = -1;
        }
        if (SemNode* n = sem_describe(SemRole::radio, painlink::label(f))) n->checked = f == field ? 1 : 0;
      }
      sem_group_end();
    }
    ImGui::PopID();
  }

  ImGui::Dummy(em2(0, 0.3f));
  ImGui::PushFont(ui.font_bold);
  ImGui::TextUnformatted("The first rows as they will be read");
  ImGui::PopFont();
  const auto& rows = v.rows.get(v.mapping, [&] { return preview_csv_rows(doc, v.mapping, kPreviewRows); });
  for (const CsvRowPreview& r : rows) {
    ImGui::Bullet();
    if (r.ok) ImGui::TextWrapped("Row %d, %s: %s", r.row, r.date.c_str(), r.summary.c_str());
    else {
      char head[64];
      std::snprintf(head, sizeof head, "Row %d: ", r.row);
      colored_text_wrapped(t.danger, (head + r.summary).c_str());
    }
  }
  ImGui::Dummy(em2(0, 0.3f));
  Flow row;
  row.next(button_width("Continue"));
  ImGui::BeginDisabled(v.mapping.date_column < 0);
  if (primary_button("Continue", t)) {
    v.mapping_step = false;
    v.open_column = -1;
  }
  ImGui::EndDisabled();
  row.next(button_width("Cancel"));
  if (secondary_button("Cancel")) close(ui);
}

void draw_preview(Ui& ui, CsvImportView& v) {
  const Theme& t = ui.theme;
  const ImportResult& p = v.result.get({ui.app.revision(), v.mapping},
                                       [&] { return import_csv(v.doc, v.mapping, ui.app.journal()); });
  ImGui::TextWrapped("Read as %s%s.", painlink::label(v.doc.format),
                     v.doc.format == CsvFormat::generic ? " with your choices of columns" : "");
  muted_text(t, "Each day in the file is added to your journal field by field: nothing already recorded is removed.");
  if (!p.ok) {
    colored_text_wrapped(t.danger, p.error.c_str());
  } else {
    draw_import_counts(ui, p);
    if (!p.rejected.empty()) {
      colored_text_wrapped(t.danger, "These rows will not be imported:");
      const std::size_t shown = std::min<std::size_t>(p.rejected.size(), 20);
      for (std::size_t i = 0; i < shown; ++i) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s", p.rejected[i].message.c_str());  // it starts "row N: "
      }
      if (p.rejected.size() > shown) muted_text(t, "\xE2\x80\xA6 and %zu more.", p.rejected.size() - shown);
    }
    if (!p.warnings.empty()) {
      colored_text_wrapped(t.warning, "Please check:");
      for (const FieldError& w : p.warnings) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s: %s", w.path.c_str(), w.message.c_str());
      }
    }
  }
  const bool can_apply = p.ok && p.added + p.updated > 0 && ui.app.save_state() != SaveState::read_only;
  Flow row;
  if (can_apply) {
    row.next(button_width("Apply"));
    if (primary_button("Apply", t)) {
      const ImportResult applied = p;  // the Memo's value: copied before the view is closed
      ui.app.apply_import(applied);
      load_draft(ui, ui.selected);
      close(ui);
      return;
    }
  }
  if (v.doc.format != CsvFormat::painlink) {
    row.next(button_width("Change columns"));
    if (secondary_button("Change columns")) v.mapping_step = true;
  }
  row.next(button_width("Cancel"));
  if (secondary_button("Cancel")) close(ui);
}

}  // namespace

void begin_csv_import(Ui& ui, const std::string& text) {
  ui.import_preview.reset();
  ui.tab = Tab::data;
  CsvRead read = read_csv(text);
  if (!read.document) {
    ui.import_error = "This file cannot be imported: " + read.error + " Nothing was changed.";
    close(ui);
    return;
  }
  ui.import_error.clear();
  auto v = std::make_shared<CsvImportView>();
  v->doc = std::move(*read.document);
  v->mapping = v->doc.mapping;
  v->mapping.fields.resize(v->doc.table.header.size(), CsvField::ignore);
  v->mapping_step = v->doc.format == CsvFormat::generic;
  v->samples = column_samples(v->doc);
  ui.csv_import = std::move(v);
}

bool draw_csv_import(Ui& ui) {
  if (!ui.csv_import) return false;
  // Held for the frame: Apply or Cancel reset ui.csv_import while it is being drawn.
  const std::shared_ptr<CsvImportView> v = ui.csv_import;
  if (v->mapping_step) draw_mapping(ui, *v);
  else draw_preview(ui, *v);
  return true;
}

}  // namespace painlink::ui
