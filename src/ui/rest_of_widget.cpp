#include "ui/platform_api.hpp"
#include "ui/ui_state.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace painlink::ui {

namespace {
// The views whose drawing is marked PAINLINK_ON_DEMAND in views.hpp.
bool on_demand(Tab tab) {
  return tab == Tab::history || tab == Tab::insights || tab == Tab::report || tab == Tab::data;
}
}  // namespace

bool rest_of_widget_ready(Ui& ui) {
  const bool ready = !on_demand(ui.tab) || ui.platform.rest_of_widget() == Platform::RestOfWidget::ready;
  // A view that waited draws its cards now, and ImGui sizes a card over a few frames: as after an
  // input, the next frames are asked for (else it stays on empty cards until the next tap).
  if (ready && ui.view_waited_for_rest) {
    ui.view_waited_for_rest = false;
    ui.frames_after_input = 0;
  }
  return ready;
}

bool analysis_loaded(Ui& ui) { return ui.platform.rest_of_widget() == Platform::RestOfWidget::ready; }

void draw_rest_of_widget_pending(Ui& ui) {
  const Theme& t = ui.theme;
  ui.view_waited_for_rest = true;
  if (ui.platform.rest_of_widget() == Platform::RestOfWidget::loading) {
    colored_text_wrapped(t.text_muted, "Opening this view\xE2\x80\xA6");
    return;
  }
  colored_text_wrapped(t.text, "This part of Painlink is not on this device yet. Connect to the internet, then "
                               "try again. Your journal is safe: nothing you entered is affected.");
  if (secondary_button("Try again##rest-of-widget")) ui.platform.expect_rest_of_widget();
}

}  // namespace painlink::ui
