// Check-in drawn headless: taps reach the journal, typing is kept, every change is heard once.
#include "ui_harness.hpp"

#include "ui/ui_state.hpp"

using namespace painlink;
using painlink::test::UiHarness;

TEST_CASE("check-in: tapping a score records it for today and fires one change") {
  UiHarness h;
  REQUIRE(h.shows("6##back"));
  h.tap("6##back");
  const Entry* e = h.app->entry(h.platform.today);
  REQUIRE(e != nullptr);
  REQUIRE(e->back_pain.has_value());
  CHECK(e->back_pain->intensity == 6);
  CHECK(h.change_events == 1);

  h.tap("7##head");
  e = h.app->entry(h.platform.today);
  REQUIRE(e->headache.has_value());
  CHECK(e->headache->intensity == 7);
  CHECK(h.change_events == 2);

  // Saved: a reload over the same storage shows the day.
  h.open();
  e = h.app->entry(h.platform.today);
  REQUIRE(e != nullptr);
  CHECK(e->back_pain->intensity == 6);
}

TEST_CASE("check-in: notes typed are kept while another tab changes the same day") {
  UiHarness h;
  h.tap("3##back");
  h.tap("##notes");
  h.type("Long drive");
  CHECK(h.ui->notes_buffer == "Long drive");

  // The clinic page's script records a headache for today (JS API) while the patient types.
  const Json r = h.app->api_add_entry(R"({"date":")" + format_date(h.platform.today) +
                                      R"(","back_pain":{"intensity":3},"headache":{"intensity":5}})");
  REQUIRE(r.value("ok", false));
  h.frames(2);

  CHECK(h.ui->draft.headache.has_value());            // the other tab's headache shows
  CHECK(h.ui->notes_buffer == "Long drive");          // what is being typed stays
  h.type(" home");
  h.now_ms += 2000;                                   // the typing save is debounced
  h.frames(3);
  const Entry* e = h.app->entry(h.platform.today);
  REQUIRE(e != nullptr);
  CHECK(e->notes == "Long drive home");
  CHECK(e->headache.has_value());
}

TEST_CASE("check-in: a notes-only edit does not recompute the analysis") {
  UiHarness h;
  h.tap("4##back");
  h.tap("Insights");
  const auto generation = h.ui->insights.generation;
  h.tap("Check-in");
  h.tap("##notes");
  h.type("stiff neck after the drive");
  h.now_ms += 2000;
  h.frames(3);
  REQUIRE(h.app->entry(h.platform.today)->notes == "stiff neck after the drive");
  h.tap("Insights");
  CHECK(h.ui->insights.generation == generation);
  h.tap("Check-in");
  h.tap("6##back");
  h.tap("Insights");
  CHECK(h.ui->insights.generation > generation);
}
