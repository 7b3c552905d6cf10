// The Insights tab, one function per section (drawn in this order by draw_insights). Each draws
// only from ui.insights (the cached analysis) and ui.insights_view (the patient's choices).
#pragma once

#include <string>

#include "ui/two_columns.hpp"
#include "ui/ui_state.hpp"

namespace painlink::ui {

void draw_insights_safety(Ui& ui);      // insights_safety.cpp: red-flag banner, questionnaire invitation
void draw_insights_standouts(Ui& ui);   // insights_standouts.cpp: what stands out, strongest first
// The trigger chart shows the top finding's outcome and timing until the patient picks one.
void follow_top_finding(Ui& ui);
void draw_insights_connection(Ui& ui);  // insights_connection.cpp
void draw_insights_timeline(Ui& ui);    // insights_timeline.cpp: day by day
void draw_insights_calendar(Ui& ui);    // insights_timeline.cpp: month at a glance
void draw_insights_triggers(Ui& ui);    // insights_triggers.cpp
void draw_insights_medication(Ui& ui);  // insights_health.cpp
void draw_insights_pattern(Ui& ui);     // insights_health.cpp
void draw_insights_treatments(Ui& ui);  // insights_health.cpp
void draw_insights_body_map(Ui& ui);    // insights_health.cpp

// Shared bits (view_insights.cpp).
// A section card whose text wraps inside it; section_end() closes it.
void section_begin(Ui& ui, const char* id, const char* title, ImU32 accent_dot = 0);
void section_end();
void insights_subheading(Ui& ui, const char* text);
// Two columns on wide screens (false on a phone: draw everything in one column then).
// Between begin and end: the left column, columns_next(), the right column.
bool columns_begin(Ui& ui, TwoColumns& cols, const char* id, float left_weight = 1.0f, float right_weight = 1.0f);
void columns_next(TwoColumns& cols);
void columns_end(TwoColumns& cols);
// An "empty state": what is missing and how many more days are needed.
void insights_empty_state(Ui& ui, const std::string& text);
// A card filled with a strong colour (the urgent red-flag message). Ends with alert_card_end().
void alert_card_begin(const char* id, ImU32 fill, ImU32 border);
void alert_card_end();
// Opens the red-flag questionnaire (loads the saved answers into the draft).
void open_screening(Ui& ui);

}  // namespace painlink::ui
