// Data: backups out (JSON, CSV), journals in (with a preview before anything changes), what is
// stored where, restore points, display settings, and (last, apart) deleting everything.
#include <cstdio>
#include <ctime>
#include <string>

#include "core/csv_export.hpp"
#include "core/csv_import.hpp"
#include "core/reminder.hpp"
#include "ui/draft.hpp"
#include "ui/fonts.hpp"
#include "ui/language.hpp"
#include "ui/views.hpp"
#include "ui/semantics.hpp"
#include "ui/widgets.hpp"

namespace painlink::ui {

namespace {

std::string dated_filename(const Ui& ui, const char* stem, const char* ext) {
  return std::string(stem) + "-" + format_date(ui.today) + "." + ext;
}

std::string format_time_ms(std::int64_t ms) {
  if (ms <= 0) return "never";
  // The patient's own clock (in the browser, Emscripten's localtime follows the page's time zone).
  const std::time_t secs = static_cast<std::time_t>(ms / 1000);
  std::tm local{};
  localtime_r(&secs, &local);
  char buf[40];
  std::strftime(buf, sizeof buf, "%d %b %Y, %H:%M", &local);
  return buf[0] == '0' ? std::string(buf + 1) : std::string(buf);
}

void draw_export(Ui& ui) {
  const Theme& t = ui.theme;
  card_begin("##export", "Back up or share", t, ui.font_bold);
  muted_text(t, "Your journal is stored only in this browser on this device. Download a copy to keep it safe, "
                "to move it to another browser, or to give it to your doctor.");
  Flow row;
  row.next(button_width("Download backup (JSON)"));
  if (primary_button("Download backup (JSON)", t)) download_backup(ui);
  row.next(button_width("Download for spreadsheets (CSV)"));
  if (secondary_button("Download for spreadsheets (CSV)")) {
    ui.platform.download_file(dated_filename(ui, "painlink-journal", "csv"), "text/csv;charset=utf-8",
                            export_csv(ui.app.journal()));
    ui.platform.announce("CSV file downloaded.");
  }
  card_end();
}

// One part of a time (hour or minutes): [-] value [+], going round (23 + 1 = 0, 00 - 15 = 45).
// The buttons are labelled "+##reminder-hour" and so on. True when changed.
bool time_part(const char* id, const char* label, int& value, int step, int modulo, const Theme& t, ImFont* bold) {
  bool changed = false;
  const float b = em(kTargetEm);
  ImGui::BeginGroup();
  muted_text(t, "%s", label);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, em(0.45f));
  char buf[64];
  std::snprintf(buf, sizeof buf, "\xE2\x88\x92##%s", id);  // U+2212 minus
  if (ImGui::Button(buf, ImVec2(b, b))) {
    value = ((value - step) % modulo + modulo) % modulo;
    changed = true;
  }
  // Read out as a stepper is: "Decrease Hour", the value as a spin button, "Increase Hour".
  sem_describe(SemRole::button, std::string("Decrease ") + label);
  const ImGuiID minus_id = ImGui::GetItemID();
  ImGui::SameLine();
  std::snprintf(buf, sizeof buf, "%02d##%s-value", value, id);
  ImGui::PushStyleColor(ImGuiCol_Button, t.accent_soft);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, t.accent_soft);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, t.accent_soft);
  ImGui::PushFont(bold);
  ImGui::Button(buf, ImVec2(b, b));  // the value: shown, not a control
  SemNode* shown = sem_describe(SemRole::spinbutton, label);
  if (shown) {
    char text[8];
    std::snprintf(text, sizeof text, "%02d", value);
    shown->value = text;
    shown->decrement = minus_id;
  }
  ImGui::PopFont();
  ImGui::PopStyleColor(3);
  ImGui::SameLine();
  std::snprintf(buf, sizeof buf, "+##%s", id);
  if (ImGui::Button(buf, ImVec2(b, b))) {
    value = (value + step) % modulo;
    changed = true;
  }
  sem_describe(SemRole::button, std::string("Increase ") + label);
  if (shown) shown->increment = ImGui::GetItemID();
  ImGui::PopStyleVar();
  ImGui::EndGroup();
  return changed;
}

void draw_reminder(Ui& ui) {
  const Theme& t = ui.theme;
  card_begin("##reminder", "Daily reminder", t, ui.font_bold);
  const std::optional<int> stored = ui.app.journal().settings.reminder_minutes;
  int pick = ui.reminder_pick.value_or(stored.value_or(kDefaultReminderMinutes));
  muted_text(t, "Pick a time, then add a daily check-in to the calendar on your phone or computer.");
  int hour = pick / 60, minute = pick % 60;
  // Side by side when both fit. Placed by position, not SameLine(), which would lower the second
  // part's label to the first part's button text baseline.
  const ImVec2 row = ImGui::GetCursorPos();
  const float gap = em(1.2f);
  const float part_w = em(kTargetEm) * 3 + 2 * ImGui::GetStyle().ItemSpacing.x;
  const bool side_by_side = ImGui::GetContentRegionAvail().x >= 2 * part_w + gap;
  bool changed = time_part("reminder-hour", "Hour", hour, 1, 24, t, ui.font_bold);
  if (side_by_side) ImGui::SetCursorPos(ImVec2(row.x + part_w + gap, row.y));
  changed |= time_part("reminder-minute", "Minutes", minute, 15, 60, t, ui.font_bold);
  if (changed) {
    pick = hour * 60 + minute;
    ui.reminder_pick = pick;
  }
  const std::string at = format_time_of_day(pick);
  ImGui::Dummy(ImVec2(0, em(0.2f)));
  ImGui::TextWrapped("Your calendar will remind you every day at %s. Nothing is sent anywhere.", at.c_str());
  if (primary_button("Add to my calendar", t)) {
    const std::string ics = daily_reminder_ics(pick / 60, pick % 60, ui.today, ui.platform.asset_url("index.html"),
                                               ui.app.now_ms());
    ui.platform.download_file("painlink-reminder.ics", "text/calendar", ics);
    Settings s = ui.app.journal().settings;
    s.reminder_minutes = pick;
    ui.app.set_settings(s);
    ui.reminder_pick.reset();
    ui.platform.announce("Calendar file downloaded. Open it to add the daily reminder to your calendar.");
  }
  if (stored) {
    const std::string was = format_time_of_day(*stored);
    if (pick != *stored) {
      colored_text_wrapped(t.warning, ("You added " + was + " before. Once the new time is in your calendar, "
                                       "delete the " + was + " event there.").c_str());
    } else {
      muted_text(t,
                 "Painlink also reminds you here when you open it after %s and today is still empty. To stop "
                 "the calendar's reminder, delete the event \"Painlink check-in\" in your calendar.",
                 was.c_str());
    }
    if (secondary_button("Turn off the reminder here")) {
      Settings s = ui.app.journal().settings;
      s.reminder_minutes.reset();
      ui.app.set_settings(s);
      ui.reminder_pick.reset();
      ui.platform.announce("The reminder here is off.");
    }
  }
  card_end();
}

void draw_import(Ui& ui) {
  const Theme& t = ui.theme;
  card_begin("##import", "Bring in a journal file", t, ui.font_bold);
  if (draw_csv_import(ui)) {
    card_end();
    return;
  }
  if (!ui.import_preview) {
    muted_text(t, "Choose a Painlink backup (.json), or a spreadsheet or another diary's export (.csv), such as "
                  "Migraine Buddy's. You will see what changes before anything is applied.");
    ImGui::BeginDisabled(ui.app.save_state() == SaveState::read_only);
    if (secondary_button("Choose a file\xE2\x80\xA6")) {
      ui.import_error.clear();
      ui.platform.pick_text_file(".json,.csv,application/json,text/csv", FilePurpose::import_journal);
    }
    ImGui::EndDisabled();
    if (!ui.import_error.empty()) colored_text_wrapped(t.danger, ui.import_error.c_str());
    card_end();
    return;
  }
  const ImportResult& r = *ui.import_preview;
  ImGui::TextUnformatted("How should the file be combined with this journal?");
  Flow modes;
  modes.next(chip_width("Merge (recommended)"));
  if (choice_chip("Merge (recommended)", ui.import_mode == ImportMode::merge, t)) {
    ui.import_mode = ImportMode::merge;
    begin_import_preview(ui, ui.import_text);
  }
  modes.next(chip_width("Replace everything"));
  if (choice_chip("Replace everything", ui.import_mode == ImportMode::replace, t)) {
    ui.import_mode = ImportMode::replace;
    begin_import_preview(ui, ui.import_text);
  }
  const ImportResult& p = *ui.import_preview;
  draw_import_counts(ui, p);
  char line[200];
  if (p.would_empty) {
    colored_text_wrapped(t.danger, p.error.c_str());
  } else if (ui.import_mode == ImportMode::replace && p.removed > 0) {
    std::snprintf(line, sizeof line,
                  "%d days in this journal are not in the file and will be removed (a backup is kept).", p.removed);
    colored_text_wrapped(t.warning, line);
  }
  if (!p.rejected.empty()) {
    colored_text_wrapped(t.danger, "These entries will not be imported:");
    const size_t shown = std::min<size_t>(p.rejected.size(), 20);
    for (size_t i = 0; i < shown; ++i) {
      ImGui::Bullet();
      // The message starts with its own "entries[N]." path; the list already says which entry.
      std::string msg = p.rejected[i].message;
      if (msg.rfind("entries[", 0) == 0) {
        const size_t dot = msg.find("].");
        if (dot != std::string::npos) msg = msg.substr(dot + 2);
      }
      ImGui::TextWrapped("Entry %d: %s", p.rejected[i].index + 1, msg.c_str());
    }
    if (p.rejected.size() > shown) muted_text(t, "\xE2\x80\xA6 and %zu more.", p.rejected.size() - shown);
  }
  if (!p.warnings.empty() || !p.unknown_screening_ids.empty()) {
    colored_text_wrapped(t.warning, "These parts of the file will not be used:");
    for (const FieldError& w : p.warnings) {
      ImGui::Bullet();
      ImGui::TextWrapped("%s: %s", w.path.c_str(), w.message.c_str());
    }
    for (const std::string& id : p.unknown_screening_ids) {
      ImGui::Bullet();
      ImGui::TextWrapped("%s", unknown_screening_message(id).c_str());
    }
  }
  Flow row;
  if (p.ok) {
    row.next(button_width("Apply"));
    if (primary_button("Apply", t)) {
      ui.app.apply_import(p);
      load_draft(ui, ui.selected);
      ui.import_preview.reset();
      ui.import_text.clear();
    }
  }
  row.next(button_width("Cancel"));
  if (secondary_button("Cancel")) {
    ui.import_preview.reset();
    ui.import_text.clear();
  }
  (void)r;
  card_end();
}

void draw_storage(Ui& ui) {
  const Theme& t = ui.theme;
  card_begin("##storage", "Storage on this device", t, ui.font_bold);
  const size_t days = ui.app.journal().entries.size();
  ImGui::Text("%zu %s recorded", days, days == 1 ? "day" : "days");
  ImGui::TextWrapped("Status: %s. Last saved: %s.", ui.app.save_state_text(),
                     format_time_ms(ui.app.last_saved_ms()).c_str());
  const Ui::StoredCopies& copies = ui.stored_copies.get(
      {ui.app.revision(), ui.app.last_saved_ms(), static_cast<int>(ui.app.save_state())},
      [&] { return Ui::StoredCopies{ui.app.store().backups(), ui.app.store().kept_aside()}; });
  const auto& backups = copies.backups;
  if (!backups.empty()) {
    ImGui::Dummy(ImVec2(0, em(0.2f)));
    ImGui::TextUnformatted("Restore points (kept automatically):");
    for (size_t i = 0; i < backups.size(); ++i) {
      ImGui::PushID(static_cast<int>(i));
      // The time beside its Restore button, or the button under it when both do not fit.
      Flow row;
      row.next(0.0f);
      ImGui::AlignTextToFramePadding();
      ImGui::TextWrapped("%s, %d %s", format_time_ms(backups[i].saved_at_ms).c_str(), backups[i].entry_count,
                         backups[i].entry_count == 1 ? "day" : "days");
      row.next(button_width("Restore"));
      if (secondary_button("Restore")) ImGui::OpenPopup("confirm-restore");
      // Every point's button says "Restore": a screen reader is told which point it restores.
      const std::string point = format_time_ms(backups[i].saved_at_ms);
      sem_describe(SemRole::button, "Restore the journal as it was on " + point);
      if (ImGui::BeginPopup("confirm-restore")) {
        ImGui::TextWrapped("Replace the journal with this restore point? Today's state is kept as a restore point.");
        Flow choice;
        choice.next(button_width("Restore"));
        const bool confirmed = danger_button("Restore", t);
        sem_describe(SemRole::button, "Yes, restore the journal as it was on " + point);
        if (confirmed) {
          ui.app.restore_backup(backups[i].key);
          load_draft(ui, ui.selected);
          ImGui::CloseCurrentPopup();
        }
        choice.next(button_width("Cancel"));
        if (secondary_button("Cancel")) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
      }
      ImGui::PopID();
    }
  }
  const auto& aside = copies.kept_aside;
  if (!aside.empty()) {
    ImGui::Dummy(ImVec2(0, em(0.2f)));
    colored_text_wrapped(t.warning, "Data that could not be read was kept, untouched, so nothing is lost:");
    for (size_t i = 0; i < aside.size(); ++i) {
      ImGui::PushID(static_cast<int>(1000 + i));
      Flow row;
      row.next(0.0f);
      ImGui::Bullet();
      ImGui::TextWrapped("%zu bytes", aside[i].bytes);
      row.next(button_width("Download"));
      if (secondary_button("Download")) {
        if (auto raw = ui.app.store().raw(aside[i].key)) {
          ui.platform.download_file("painlink-unreadable-data.txt", "text/plain", *raw);
        }
      }
      ImGui::PopID();
    }
  }
  card_end();
}

void draw_settings(Ui& ui) {
  const Theme& t = ui.theme;
  card_begin("##settings", "Display and analysis", t, ui.font_bold);
  bool large = ui.large_text;
  Flow chips;
  chips.next(chip_width("Larger text"));
  if (chip("Larger text", large, t)) {
    ui.large_text = large;
    ui.font_built_px = 0;  // rebuilt before the next frame
  }
  chips.next(chip_width("High contrast"));
  bool contrast = ui.high_contrast;
  if (chip("High contrast", contrast, t)) {
    ui.high_contrast = contrast;
    ui.theme = make_theme(ui.high_contrast, ui.embed.dark, ui.embed.accent ? &*ui.embed.accent : nullptr);
    apply_style(ui.theme, ui.high_contrast, ui.large_text ? kLargeFontPx : kBaseFontPx);
  }
  Settings s = ui.app.journal().settings;
  std::optional<int> threshold = s.back_flare_threshold;
  const std::string out_of_format = "%.0f / " + std::to_string(kMaxIntensity);
  if (stepper_int("flare", "A back-pain \"flare\" is a day at or above", threshold, 1, limits::kFlareThreshold, 4,
                   out_of_format.c_str(), t) &&
      threshold) {
    s.back_flare_threshold = *threshold;
    ui.app.set_settings(s);
  }
  card_end();
}

}  // namespace

void download_backup(Ui& ui) {
  ui.platform.download_file(dated_filename(ui, "painlink-journal", "json"), "application/json",
                          ui.app.api_export());
  ui.app.record_backup_download();
  ui.platform.announce("Backup downloaded.");
}

void draw_import_counts(Ui& ui, const ImportResult& p) {
  char line[200];
  std::snprintf(line, sizeof line, "%d new %s, %d %s updated, %d unchanged, %d rejected.", p.added,
                p.added == 1 ? "day" : "days", p.updated, p.updated == 1 ? "day" : "days", p.unchanged,
                static_cast<int>(p.rejected.size()));
  ImGui::PushFont(ui.font_bold);
  ImGui::TextWrapped("%s", line);
  ImGui::PopFont();
}

void begin_import_preview(Ui& ui, const std::string& text) {
  if (!looks_like_json(text)) {  // a spreadsheet: its own steps, the same preview
    begin_csv_import(ui, text);
    return;
  }
  ui.csv_import.reset();
  ui.import_text = text;
  ImportResult r = ui.app.preview_import(text, ui.import_mode);
  // A refused replace keeps the preview: the patient sees why and can still choose to merge.
  if (!r.ok && !r.would_empty) {
    ui.import_error = "This file cannot be imported: " + r.error + " Nothing was changed.";
    ui.import_preview.reset();
    ui.import_text.clear();
    ui.tab = Tab::data;
    return;
  }
  ui.import_error.clear();
  ui.import_preview = std::move(r);
  ui.tab = Tab::data;
}

void draw_data(Ui& ui) {
  draw_language_card(ui);
  draw_export(ui);
  draw_reminder(ui);
  draw_import(ui);
  draw_storage(ui);
  draw_settings(ui);
  muted_text(ui.theme,
             "Privacy: Painlink sends nothing anywhere. Entries stay in this browser's storage on this device "
             "until you download or print them.");
  ImGui::Dummy(ImVec2(0, em(1.5f)));  // apart from everything else: it cannot be undone
  draw_delete_all(ui);
}

}  // namespace painlink::ui
