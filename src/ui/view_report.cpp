#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace painlink::ui {
void draw_report(Ui& ui) { muted_text(ui.theme, "The report is being prepared."); }
}  // namespace painlink::ui
