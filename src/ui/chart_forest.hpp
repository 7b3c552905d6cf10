// Trigger chart (a forest plot): each factor's relative risk with its 95% CI on a log scale, a
// line at 1 (no difference), verdict colours, and the analysis' plain sentence beside each row on
// wide screens (below it on a phone).
#pragma once

#include <span>

#include "ui/insights_state.hpp"
#include "ui/ui_state.hpp"

namespace painlink::ui {

struct ForestPlotOptions {
  double lo = 0.25;  // log axis range
  double hi = 8.0;
  const char* caption = "Relative risk with 95% confidence interval (log scale)";
};

// Returns the index of a row tapped or clicked this frame (to fold / unfold its sentence), or -1.
int draw_forest_plot(Ui& ui, const char* id, std::span<const ForestRow> rows, const ForestPlotOptions& opt = {});

}  // namespace painlink::ui
