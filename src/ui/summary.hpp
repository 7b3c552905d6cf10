// The screen-reader alternative to the canvas: a short text kept current in the DOM (what the
// widget is, the selected day, save status, key insights, any red-flag warning).
#pragma once

#include <string>

#include "ui/ui_state.hpp"

namespace painlink::ui {
std::string accessible_summary(Ui& ui);
// Rebuilds and hands the summary to the page only when what it says changed.
void update_accessible_summary(Ui& ui);
}  // namespace painlink::ui
