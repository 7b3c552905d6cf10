// The widget's views; each draws into the scrolling body of the main window.
#pragma once

#include <string>

#include "ui/ui_state.hpp"

namespace painlink::ui {
void draw_checkin(Ui& ui);   // view_checkin.cpp: the daily entry
void draw_history(Ui& ui);   // view_history.cpp: recorded days and the last 30 days
void draw_insights(Ui& ui);  // view_insights.cpp: connection, triggers, medication, patterns
void draw_screening(Ui& ui); // view_screening.cpp: the red-flag questionnaire (inside the Insights tab)
void draw_report(Ui& ui);    // view_report.cpp: the printable summary for the doctor
void draw_data(Ui& ui);      // view_data.cpp: export, import, backups, settings

void download_backup(Ui& ui);                            // view_data.cpp
void begin_import_preview(Ui& ui, const std::string& text);  // view_data.cpp
}  // namespace painlink::ui
