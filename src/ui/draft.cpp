#include "ui/draft.hpp"

namespace painlink::ui {

void load_draft(Ui& ui, Date d) {
  ui.selected = d;
  const Entry* e = ui.app.entry(d);
  ui.draft = e ? *e : Entry{};
  ui.draft.date = d;
  ui.notes_buffer = ui.draft.notes;
  ui.draft_revision = ui.app.revision();
  ui.confirm_delete_day = false;
  ui.notes_cut = false;
  ui.custom_factor_error.clear();
}

void sync_draft(Ui& ui) {
  if (ui.draft_revision == ui.app.revision()) return;
  // Keep what is being typed right now: the rest of the day follows the journal.
  const bool typing_notes = text_area_editing(ui) || (ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput);
  const std::string typed = ui.notes_buffer;
  load_draft(ui, ui.selected);
  if (typing_notes && typed != ui.draft.notes) {
    ui.notes_buffer = typed;
    ui.draft.notes = typed;
  }
}

void commit_draft(Ui& ui, JournalApp::SaveTiming timing) {
  ui.draft.date = ui.selected;
  ui.app.put_entry(ui.draft, timing);
  ui.draft_revision = ui.app.revision();
}

}  // namespace painlink::ui
