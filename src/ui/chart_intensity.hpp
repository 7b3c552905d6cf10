// Daily back pain and headache intensity as two lines with dots, drawn with ImDrawList:
// getter (the series), transform to pixels, cull to the visible range, render, hover read-out.
#pragma once

#include <vector>

#include "core/chart_series.hpp"
#include "ui/ui_state.hpp"

namespace painlink::ui {

struct IntensityChartOptions {
  float height_em = 11.0f;
};

// Returns the index of the day under the mouse (for the caller's read-out), or -1.
int draw_intensity_chart(Ui& ui, const char* id, const std::vector<IntensityPoint>& series,
                         const IntensityChartOptions& opt = {});

}  // namespace painlink::ui
