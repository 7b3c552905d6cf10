// The body map's regions as named chips (issue 15): under the figure, a toggle chip of a finger's
// size for each region, the same state as a tap on the figure, and the one control screen readers
// and the keyboard meet for it (the figure's small regions are pointer shortcuts).
#include "ui_harness.hpp"

#include "ui/ui_state.hpp"

using namespace painlink;
using painlink::test::UiHarness;

namespace {

const BackPain& back_today(const UiHarness& h) {
  const Entry* e = h.app->entry(h.platform.today);
  REQUIRE(e != nullptr);
  REQUIRE(e->back_pain.has_value());
  return *e->back_pain;
}

// The controls named `name` in the semantics tree (a toggle chip is a button with a state).
std::vector<ui::SemNode> controls_named(const UiHarness& h, const std::string& name) {
  std::vector<ui::SemNode> out;
  for (const ui::SemNode& n : h.ui->semantics.current().nodes)
    if (n.name == name && n.focusable()) out.push_back(n);
  return out;
}

}  // namespace

TEST_CASE("body map: the chip Neck marks the neck and says so as a pressed toggle button") {
  UiHarness h;
  h.tap("6##back");
  h.tap("Neck");
  CHECK(back_today(h).neck);
  std::vector<ui::SemNode> neck = controls_named(h, "Neck");
  REQUIRE(neck.size() == 1);  // the chip only: the figure's neck is not a second stop
  CHECK(neck[0].role == ui::SemRole::button);
  CHECK(neck[0].checked == 1);
  const ui::ItemRect* chip = h.find("Neck");
  REQUIRE(chip != nullptr);
  CHECK(chip->full_height >= 44.0f);
  CHECK(chip->full_width >= 44.0f);

  h.tap("Neck");
  CHECK_FALSE(back_today(h).neck);
  neck = controls_named(h, "Neck");
  REQUIRE(neck.size() == 1);
  CHECK(neck[0].checked == 0);
}

TEST_CASE("body map: every region of the figure has its chip under it, named as the figure names it") {
  UiHarness h;
  h.tap("6##back");
  const struct {
    const char* chip;
    const char* region;  // the figure's part
    bool BackPain::*field;
  } regions[] = {{"Neck", "##neck", &BackPain::neck},
                 {"Upper back", "##upper", &BackPain::upper_back},
                 {"Lower back", "##lower", &BackPain::lower_back},
                 {"Spreads to an arm", "##arml", &BackPain::to_arm},
                 {"Spreads to a leg", "##legl", &BackPain::to_leg}};
  for (const auto& r : regions) {
    const std::string chip_name = r.chip;
    CAPTURE(chip_name);
    h.tap(r.chip);
    CHECK(back_today(h).*r.field);
    const ui::ItemRect* chip = h.find(r.chip);
    const ui::ItemRect* part = h.find(r.region);
    REQUIRE(chip != nullptr);
    REQUIRE(part != nullptr);
    CHECK(chip->y0 > part->y1);  // below the drawn figure
    CHECK(chip->full_height >= 44.0f);
  }
}

TEST_CASE("body map: a tap on the figure's neck still marks it, and the chip shows it pressed") {
  UiHarness h;
  h.tap("6##back");
  h.tap("##neck");
  CHECK(back_today(h).neck);
  const std::vector<ui::SemNode> neck = controls_named(h, "Neck");
  REQUIRE(neck.size() == 1);
  CHECK(neck[0].checked == 1);
  h.tap("##arml");
  CHECK(back_today(h).to_arm);
  const std::vector<ui::SemNode> arm = controls_named(h, "Spreads to an arm");
  REQUIRE(arm.size() == 1);
  CHECK(arm[0].checked == 1);
}
