// Data's danger section: "Delete all my entries on this device". It asks first, says what goes and
// suggests a backup, with Cancel as the default; only the second, explicit step deletes
// (JournalApp::erase_all decides what that removes and tells the other tabs).
#include <string>

#include "ui/draft.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace painlink::ui {

namespace {

// "all 12 days recorded, your self-check answers and your settings"
std::string what_goes(int days) {
  const std::string rest = "your self-check answers and your settings";
  if (days == 0) return rest;
  const std::string recorded = days == 1 ? "the 1 day recorded" : "all " + std::to_string(days) + " days recorded";
  return recorded + ", " + rest;
}

void draw_confirmation(Ui& ui) {
  const Theme& t = ui.theme;
  const int days = static_cast<int>(ui.app.journal().entries.size());
  const std::string question = "Delete " + what_goes(days) +
                               " from this device? This cannot be undone: no restore point is kept. Download a "
                               "backup first if you may want them later.";
  banner(t.danger, t.danger_soft, t.text, question.c_str());
  if (secondary_button("Download a backup##delete-all")) download_backup(ui);
  if (!ui.narrow) ImGui::SameLine();
  if (secondary_button("Cancel##delete-all")) ui.confirm_delete_all = false;
  // The safe answer is the default: a stray Enter keeps everything.
  if (ui.focus_delete_all_cancel) {
    take_default_focus();
    ui.focus_delete_all_cancel = false;
  }
  if (!ui.narrow) ImGui::SameLine();
  if (danger_button("Yes, delete everything", t)) {
    const JournalApp::EraseResult r = ui.app.erase_all();
    ui.confirm_delete_all = false;
    load_draft(ui, ui.selected);
    if (r.status != JournalApp::EraseStatus::read_only) ui.platform.announce("Everything was deleted from this device.");
  }
}

}  // namespace

void draw_delete_all(Ui& ui) {
  const Theme& t = ui.theme;
  card_begin("##delete-all", "Delete everything", t, ui.font_bold, t.danger);
  const bool read_only = ui.app.save_state() == SaveState::read_only;
  if (read_only) ui.confirm_delete_all = false;
  if (ui.confirm_delete_all) {
    draw_confirmation(ui);
  } else {
    muted_text(t, "Removes every day recorded, your self-check answers and your settings from this browser on "
                  "this device, with the restore points kept for them. Other open Painlink tabs empty too.");
    if (read_only)
      muted_text(t, "Not possible here: a newer version of Painlink saved this journal, and this version never "
                    "changes it.");
    ImGui::BeginDisabled(read_only);
    ImGui::PushStyleColor(ImGuiCol_Text, t.danger);
    if (secondary_button("Delete all my entries on this device")) {
      ui.confirm_delete_all = true;
      ui.focus_delete_all_cancel = true;
    }
    ImGui::PopStyleColor();
    ImGui::EndDisabled();
  }
  card_end();
}

}  // namespace painlink::ui
