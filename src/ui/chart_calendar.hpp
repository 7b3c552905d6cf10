// Calendar heat map: one month as a Monday-first grid; each day cell is split diagonally, the
// top-left half coloured by back-pain intensity (blue) and the bottom-right half by headache
// intensity (plum). Blank halves were not recorded. Tap / hover reads a day out.
#pragma once

#include "core/analysis/charts.hpp"
#include "ui/ui_state.hpp"

namespace painlink::ui {

struct CalendarChartOptions {
  float max_cell_em = 3.6f;  // cells never grow past this (desktop)
};

struct MonthSummary {
  int days_in_month = 0;
  int recorded = 0;       // days with back or headache recorded
  int headache_days = 0;
  int headache_recorded = 0;
  int back_recorded = 0;
  double back_mean = 0.0;  // NaN when no back pain recorded
};
MonthSummary summarize_month(const analysis::ChartSeries& cs, Date month);

// `month` is the first day of the month. view.picked is updated on tap.
void draw_calendar_month(Ui& ui, const char* id, const analysis::ChartSeries& cs, Date month, CalendarView& view,
                         const CalendarChartOptions& opt = {});

}  // namespace painlink::ui
