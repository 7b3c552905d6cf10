// Daily back pain and headache over a chosen range (30 / 90 / 365 days) from the analysis'
// timeline, with marks for the days a chosen factor was present and for medication days. Drawn
// the way implot draws items: getter (columnar series), transform to pixels, cull to the visible
// days, render. Interactive: drag to pan (mouse; a mostly sideways finger on touch screens), hover
// or tap for a read-out of that day.
#pragma once

#include "core/analysis/charts.hpp"
#include "ui/ui_state.hpp"

namespace painlink::ui {

struct TimelineChartOptions {
  float height_em = 11.0f;  // plot area
};

// Draws `tl` over view.range_days ending view.end_offset days before the last day. Updates
// view.end_offset (pan) and view.picked (read-out). Returns the day index read out, or -1.
int draw_timeline_chart(Ui& ui, const char* id, const analysis::Timeline& tl, TimelineView& view,
                        const TimelineChartOptions& opt = {});

// Largest pan offset for this series and range (0 when everything fits).
float timeline_max_offset(const analysis::Timeline& tl, int range_days);

}  // namespace painlink::ui
