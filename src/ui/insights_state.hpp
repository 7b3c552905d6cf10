// What the Insights tab remembers between frames (which range, month, outcome and lag the patient
// picked, the questionnaire being answered). Never journal data and never analysis results: those
// live in JournalApp and InsightsCache.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis/red_flags.hpp"
#include "core/analysis/triggers.hpp"
#include "core/model.hpp"

namespace painlink::ui {

// Timeline: range chips, pan position and the factor whose days are marked.
struct TimelineView {
  int range_days = 90;      // 30, 90 or 365 days visible
  bool range_chosen = false;  // false: 30 days on a phone, 90 on a wider screen
  float end_offset = 0.0f;  // days between the last visible day and the last day of the series (pan)
  int factor_bit = -1;      // bit of Timeline::factor_bits marked under the plot; -1 = none
  bool medication = true;   // medication days marked
  int picked = -1;          // index of the day read out (hover on desktop, tap on a phone); -1 = none
  float drag_carry = 0.0f;  // drag distance not yet turned into whole days
};

struct CalendarView {
  Date month{};        // first day of the month shown
  bool chosen = false; // false: follow the current month
  Date picked{};       // day read out (tap or click)
  bool has_picked = false;
};

// One row of the trigger chart, pointing into the cached analysis (rebuilt when it changes).
struct ForestRow {
  std::string_view label;
  std::string_view factor;
  double relative_risk = 0.0;  // NaN without enough data
  double ci_low = 0.0;
  double ci_high = 0.0;
  analysis::Verdict verdict = analysis::Verdict::not_enough_data;
  bool premonitory = false;
  std::string_view sentence;
  bool details = true;  // the sentence is shown (a phone folds "no clear link" rows until tapped)
};

struct TriggerView {
  analysis::Outcome outcome = analysis::Outcome::headache;
  int lag = 0;
  bool chosen = false;  // the patient picked outcome or lag; until then they follow the top finding
  bool show_without_data = false;
  std::vector<std::string> unfolded;  // factors whose folded row was tapped open (phone)
  // Rows for (outcome, lag), sorted triggers first; rebuilt when the cache or the choice changes.
  std::vector<ForestRow> rows;
  int rows_with_data = 0;
  std::uint64_t rows_generation = 0;
  analysis::Outcome rows_outcome = analysis::Outcome::headache;
  int rows_lag = -1;
};

// The red-flag questionnaire being answered (saved only with "Save answers").
struct ScreeningDraft {
  bool open = false;
  bool loaded = false;
  std::map<std::string, bool> answers;
  analysis::RedFlagResult preview;  // evaluated when an answer changes, not per frame
  std::string last_yes;             // the question last answered yes (the urgent message shows under it)
  bool just_saved = false;          // show "Saved" on the Insights tab after saving
};

struct InsightsView {
  TimelineView timeline;
  CalendarView calendar;
  TriggerView triggers;
  ScreeningDraft screening;
  bool scroll_top = false;  // scroll the body to the top on the next frame (opening / saving the questions)
};

}  // namespace painlink::ui
