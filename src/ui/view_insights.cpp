#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace painlink::ui {
void draw_insights(Ui& ui) { muted_text(ui.theme, "Insights are being prepared."); }
}  // namespace painlink::ui
