// The widget's views; each draws into the scrolling body of the main window.
#pragma once

#include <string>

#include "ui/ui_state.hpp"
#include "core/on_demand.hpp"

namespace painlink::ui {
void draw_checkin(Ui& ui);   // view_checkin.cpp: the daily entry
void draw_history(Ui& ui) PAINLINK_ON_DEMAND("history_view");   // view_history.cpp: recorded days and the last 30 days
void draw_insights(Ui& ui) PAINLINK_ON_DEMAND("insights_view");  // view_insights.cpp: connection, triggers, medication, patterns
void draw_screening(Ui& ui); // view_screening.cpp: the red-flag questionnaire (inside the Insights tab)
void draw_report(Ui& ui) PAINLINK_ON_DEMAND("report_view");    // view_report.cpp: the printable summary for the doctor
void draw_data(Ui& ui) PAINLINK_ON_DEMAND("data_view");      // view_data.cpp: export, import, backups, settings
void draw_assessment(Ui& ui);  // view_assessment.cpp: the self-check, one step at a time, and its result

// rest_of_widget.cpp: the views marked PAINLINK_ON_DEMAND wait until the browser has fetched them
// (Platform::rest_of_widget); meanwhile a line says so, or, when it failed, offers to try again.
bool rest_of_widget_ready(Ui& ui);
bool analysis_loaded(Ui& ui);  // compute_insights can run without stopping for a download
void draw_rest_of_widget_pending(Ui& ui);

// view_welcome.cpp: the first visit's welcome (an empty journal, nothing answered yet), drawn at the
// top of Check-in until "Start today's entry"; and the permanent self-check card on Check-in.
bool welcome_due(const Ui& ui);
void draw_welcome(Ui& ui);
void draw_assessment_card(Ui& ui);

// view_assessment.cpp: opens the self-check where it was left (the first step still to answer, or
// the result when every step is done).
void open_assessment(Ui& ui);
inline constexpr int kAssessmentSteps = 6;  // warning signs, headache, neck, back, everyday, medicines
int assessment_step(Ui& ui);                // 0 .. kAssessmentSteps - 1, kAssessmentSteps = the result
bool assessment_started(const Ui& ui);      // any self-check or warning-sign answer
bool assessment_finished(Ui& ui);           // every step answered (the card offers the result)

// view_checkin.cpp: the daily reminder's gentle prompt (core/reminder.hpp) is due: a reminder time
// is set, it is past it on the device's clock, and today is still empty. Also in the summary.
inline constexpr const char* kReminderPrompt = "It is past your check-in time and today is still empty.";
bool reminder_prompt_due(Ui& ui);
// insights_standouts.cpp: the possible triggers Check-in calls new (InsightsCache::new_triggers)
// are marked seen in the journal's settings.
void acknowledge_new_triggers(Ui& ui);

void download_backup(Ui& ui);                            // view_data.cpp
void draw_delete_all(Ui& ui);                            // view_delete_all.cpp: Data's danger section
void begin_import_preview(Ui& ui, const std::string& text) PAINLINK_ON_DEMAND("import_preview");  // view_data.cpp
// "N new days, M days updated, K unchanged, R rejected." in bold: the JSON and CSV previews.
void draw_import_counts(Ui& ui, const ImportResult& p);     // view_data.cpp
// view_csv_import.cpp: a CSV picked in Data (begin_import_preview hands it over), and its steps in
// the "Bring in a journal file" card; false when no CSV import is under way.
void begin_csv_import(Ui& ui, const std::string& text);
bool draw_csv_import(Ui& ui);
}  // namespace painlink::ui
