// Fewer taps for a usual day (issue 15, fast entry): holding a stepper repeats, the usual doses
// and headache lengths are one tap, and "Same as yesterday" copies the day before's factors.
#include "ui_harness.hpp"

#include "ui/ui_state.hpp"

using namespace painlink;
using painlink::test::UiHarness;

namespace {

std::optional<double> sleep_today(UiHarness& h) {
  const Entry* e = h.app->entry(h.platform.today);
  if (!e || !e->factors) return std::nullopt;
  return e->factors->sleep_hours;
}

// Brings the item into view with the harness's own scrolling (a tap elsewhere would change data).
const ui::ItemRect* scroll_to(UiHarness& h, const std::string& label) {
  for (int i = 0; i < 30 && !h.find(label); ++i) {
    ui::input::wheel(*h.ui, 195, 420, 0, -3.0f);
    h.frames(2);
  }
  return h.find(label);
}

}  // namespace

TEST_CASE("fast entry: holding + repeats, letting go adds no extra step, a tap is one step") {
  UiHarness h;
  const ui::ItemRect* plus = scroll_to(h, "+##sleep");
  REQUIRE(plus != nullptr);
  const float x = (plus->x0 + plus->x1) / 2, y = (plus->y0 + plus->y1) / 2;
  ui::input::pointer(*h.ui, 0, x, y, 0, 0, true);
  h.frame();
  ui::input::pointer(*h.ui, 1, x, y, 0, 0, true);
  h.frames(75);  // held still for about 1.2 s
  const std::optional<double> held = sleep_today(h);
  REQUIRE(held.has_value());
  CHECK(*held >= 9.0);  // 7 h (the usual value) and then a step every tenth of a second
  ui::input::pointer(*h.ui, 2, x, y, 0, 0, true);
  h.frames(3);
  CHECK(sleep_today(h) == held);

  h.tap("+##sleep");
  CHECK(sleep_today(h) == *held + 0.5);
}

TEST_CASE("fast entry: a finger that starts a scroll on + changes nothing") {
  UiHarness h;
  const ui::ItemRect* plus = scroll_to(h, "+##sleep");
  REQUIRE(plus != nullptr);
  const float x = (plus->x0 + plus->x1) / 2, y = (plus->y0 + plus->y1) / 2;
  ui::input::pointer(*h.ui, 1, x, y, 0, 1, true);
  h.frame();
  for (int i = 1; i <= 10; ++i) {
    ui::input::pointer(*h.ui, 0, x, y - 8.0f * static_cast<float>(i), 0, 1, true);
    h.frame();
  }
  ui::input::pointer(*h.ui, 2, x, y - 80.0f, 0, 1, true);
  h.frames(40);
  CHECK_FALSE(sleep_today(h).has_value());
}

TEST_CASE("fast entry: a usual dose is one tap") {
  UiHarness h;
  h.tap("+ Medication");
  h.tap("1000 mg##dose-preset");
  const Entry* e = h.app->entry(h.platform.today);
  REQUIRE(e != nullptr);
  REQUIRE(e->treatments.size() == 1);
  CHECK(e->treatments[0].dose_mg == 1000.0);
  h.tap("400 mg##dose-preset");
  CHECK(h.app->entry(h.platform.today)->treatments[0].dose_mg == 400.0);
}

TEST_CASE("fast entry: a usual headache length is one tap, saved at once") {
  UiHarness h;
  h.tap("7##head");
  const auto hours = [&h] {
    const Entry* e = h.app->entry(h.platform.today);
    REQUIRE(e != nullptr);
    REQUIRE(e->headache.has_value());
    return e->headache->duration_hours;
  };
  const struct {
    const char* preset;
    double hours;
  } presets[] = {{"30 min##dur-preset", 0.5}, {"1 h##dur-preset", 1.0}, {"2 h##dur-preset", 2.0},
                 {"4 h##dur-preset", 4.0},    {"All day##dur-preset", 24.0}};
  for (const auto& p : presets) {
    const std::string preset = p.preset;
    CAPTURE(preset);
    const int changes = h.change_events;
    h.tap(p.preset);
    CHECK(hours() == p.hours);
    CHECK(h.change_events == changes + 1);
    const ui::ItemRect* chip = h.find(p.preset);
    REQUIRE(chip != nullptr);
    CHECK(chip->full_height >= 44.0f);
  }
  h.open();  // a reload: it was saved
  CHECK(hours() == 24.0);
  // The stepper still steps from the preset.
  h.tap("\xE2\x88\x92##dur");
  CHECK(hours() == 23.5);
}

TEST_CASE("fast entry: same as yesterday fills today's unrecorded factors in one tap") {
  UiHarness h;
  const Date yesterday = h.platform.today - 1;
  const Json r = h.app->api_add_entry(R"({"date":")" + format_date(yesterday) +
                                      R"(","factors":{"sleep_hours":6,"stress":7,"caffeine_cups":2}})");
  REQUIRE(r.value("ok", false));
  h.frames(2);
  h.tap("7##back");
  h.tap("Same as yesterday");
  const Entry* e = h.app->entry(h.platform.today);
  REQUIRE(e != nullptr);
  REQUIRE(e->factors.has_value());
  CHECK(e->factors->sleep_hours == 6.0);
  CHECK(e->factors->stress == 7);
  CHECK(e->factors->caffeine_cups == 2);
  CHECK(e->back_pain->intensity == 7);
  h.frames(2);
  CHECK_FALSE(h.shows("Same as yesterday"));  // nothing left to copy
}

// Tap a value to type it: one tap on the value, the number, Enter. A number out of range or not a
// number says what it takes and keeps the value; Escape keeps it too.
TEST_CASE("fast entry: a tap on a stepper's value types a new one") {
  UiHarness h;
  h.capture_text();
  REQUIRE(scroll_to(h, "+##sleep") != nullptr);
  h.tap("+##sleep");  // the usual 7 h
  REQUIRE(sleep_today(h) == 7.0);
  h.tap("7.0 h###value-sleep");
  h.type("6,5");  // a decimal comma, as European keyboards type it
  h.key("Enter");
  CHECK(sleep_today(h) == 6.5);

  h.tap("6.5 h###value-sleep");
  h.type("30");
  h.key("Enter");
  CHECK(sleep_today(h) == 6.5);
  CHECK(h.text().find("\"30\" is not a value here: type a number from 0.0 h to 24.0 h. It stays 6.5 h.") !=
        std::string::npos);

  h.tap("6.5 h###value-sleep");
  h.type("9");
  h.key("Escape");
  CHECK(sleep_today(h) == 6.5);
  h.tap("+##sleep");  // a step answers the message
  CHECK(sleep_today(h) == 7.0);
  CHECK(h.text().find("is not a value here") == std::string::npos);
}
