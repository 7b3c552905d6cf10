#include "ui/platform_api.hpp"
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
  return !on_demand(ui.tab) || ui.platform.rest_of_widget() == Platform::RestOfWidget::ready;
}

bool analysis_loaded(Ui& ui) { return ui.platform.rest_of_widget() == Platform::RestOfWidget::ready; }

void draw_rest_of_widget_pending(Ui& ui) {
  const Theme& t = ui.theme;
  if (ui.platform.rest_of_widget() == Platform::RestOfWidget::loading) {
    colored_text_wrapped(t.text_muted, "Opening this view\xE2\x80\xA6");
    return;
  }
  colored_text_wrapped(t.text, "This part of Painlink is not on this device yet. Connect to the internet, then "
                               "try again. Your journal is safe: nothing you entered is affected.");
  if (secondary_button("Try again##rest-of-widget")) ui.platform.expect_rest_of_widget();
}

}  // namespace painlink::ui
