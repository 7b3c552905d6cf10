// A first visit runs only what painlink.wasm holds (core/on_demand.hpp): the welcome, the empty
// Check-in and the self-check use the safety part of the analysis, and the platform is told to
// fetch the rest of the widget once the visit goes beyond them, once.
#include "ui_harness.hpp"

#include "ui/ui_state.hpp"

using namespace painlink;
using painlink::test::UiHarness;

TEST_CASE("on demand: a first visit runs no counting code and fetches nothing more") {
  UiHarness h;
  REQUIRE(h.shows("Start today's entry"));
  h.frames(5);
  // The whole analysis lists a row per factor, outcome and lag even with nothing recorded.
  CHECK(h.ui->insights.data.triggers.empty());
  CHECK(h.platform.rest_expected == 0);
  h.tap("Check yourself (2 minutes)");
  h.frames(3);
  CHECK(h.ui->tab == ui::Tab::assessment);
  CHECK(h.platform.rest_expected == 0);
}

TEST_CASE("on demand: the first recorded day asks for the rest of the widget, once") {
  UiHarness h;
  h.tap("Start today's entry");
  h.tap("6##back");
  h.frames(3);
  REQUIRE(h.app->entry(h.platform.today) != nullptr);
  CHECK(h.platform.rest_expected == 1);
  CHECK(h.ui->insights.data.triggers.empty());  // one day: still nothing to count for Check-in
  h.tap("Insights");
  h.frames(3);
  CHECK_FALSE(h.ui->insights.data.triggers.empty());  // Insights draws the whole analysis
  CHECK(h.platform.rest_expected == 1);
}

TEST_CASE("on demand: another view on an empty journal asks for the rest of the widget") {
  UiHarness h;
  h.tap("History");
  h.frames(2);
  CHECK(h.platform.rest_expected == 1);
}

TEST_CASE("on demand: a journal long enough for findings has the whole analysis on Check-in") {
  UiHarness h;
  for (int i = 0; i < analysis::kDaysForAnyFinding; ++i) {
    Entry e;
    e.date = h.platform.today - i;
    e.back_pain = BackPain{};
    e.back_pain->intensity = 3;
    h.app->put_entry(e);
  }
  h.open();
  h.frames(3);
  CHECK_FALSE(h.ui->insights.data.triggers.empty());
  CHECK(h.platform.rest_expected == 1);
}

TEST_CASE("on demand: a view waits while the rest of the widget is on its way, and offers a retry") {
  UiHarness h;
  h.capture_text();
  h.platform.rest = ui::Platform::RestOfWidget::loading;
  h.tap("Insights");
  h.frames(2);
  CHECK(h.text().find("Opening this view") != std::string::npos);
  CHECK(h.ui->insights.data.triggers.empty());  // the analysis did not run yet
  CHECK(h.platform.rest_expected == 1);

  h.platform.rest = ui::Platform::RestOfWidget::failed;
  h.frames(2);
  CHECK(h.text().find("Connect to the internet") != std::string::npos);
  h.tap("Try again##rest-of-widget");
  CHECK(h.platform.rest_expected == 2);

  h.platform.rest = ui::Platform::RestOfWidget::ready;
  h.frames(2);
  CHECK(h.text().find("Opening this view") == std::string::npos);
  CHECK_FALSE(h.ui->insights.data.triggers.empty());
}

TEST_CASE("on demand: a returning patient's Check-in shows the safety part until the analysis arrives") {
  UiHarness h;
  for (int i = 0; i < analysis::kDaysForAnyFinding; ++i) {
    Entry e;
    e.date = h.platform.today - i;
    e.back_pain = BackPain{};
    e.back_pain->intensity = 3;
    h.app->put_entry(e);
  }
  h.platform.rest = ui::Platform::RestOfWidget::loading;
  h.open();
  h.frames(3);
  CHECK(h.ui->insights.data.triggers.empty());  // nothing ran that would wait for a download
  CHECK(h.platform.rest_expected == 1);
  h.platform.rest = ui::Platform::RestOfWidget::ready;
  h.frames(2);
  CHECK_FALSE(h.ui->insights.data.triggers.empty());
}

// The view that waited draws its cards as soon as the rest arrives, and ImGui sizes a card over
// a few frames: the widget must ask for them, or it stops with empty cards until the next tap.
TEST_CASE("on demand: when the rest arrives, the view that waited asks for the frames it needs to lay out") {
  UiHarness h;
  h.platform.rest = ui::Platform::RestOfWidget::loading;
  h.tap("Insights");
  // Idle: nothing asks for frames any more while the view waits.
  bool more = true;
  for (int i = 0; i < 20 && more; ++i) more = ui::frame(*h.ui, painlink::test::kPhoneW, painlink::test::kPhoneH, 1.0f, 0);
  REQUIRE_FALSE(more);
  h.platform.rest = ui::Platform::RestOfWidget::ready;
  // The frame that draws the cards asks for more, and so do the next ones, as after an input.
  int asked = 0;
  while (asked < 10 && ui::frame(*h.ui, painlink::test::kPhoneW, painlink::test::kPhoneH, 1.0f, 0)) ++asked;
  CHECK(asked >= 2);
}
