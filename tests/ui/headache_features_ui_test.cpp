// The check-in's headache features: each is a Yes / No pair that starts with neither chosen, so a
// feature the patient did not answer is saved as unanswered, never as "no".
#include "ui_harness.hpp"

#include "ui/semantics.hpp"

using namespace painlink;
using painlink::test::UiHarness;

namespace {

const char* const kFeatureRows[] = {"Pulsating / throbbing", "Aura (visual or other)", "Nausea",
                                    "Light hurt",            "Noise hurt",             "Worse with activity"};

const ui::SemNode* node(UiHarness& h, ui::SemRole role, const std::string& name, std::uint32_t group = 0) {
  for (const ui::SemNode& n : h.platform.semantics.nodes)
    if (n.role == role && n.name == name && (group == 0 || n.group == group)) return &n;
  return nullptr;
}

// The radio group `name`, scrolling down to it as a person would.
const ui::SemNode* find_group(UiHarness& h, const std::string& name) {
  const ui::SemNode* g = node(h, ui::SemRole::radiogroup, name);
  for (int i = 0; i < 20 && !g; ++i) {
    ui::input::wheel(*h.ui, 640, 400, 0, -2.0f);
    h.frames(2);
    g = node(h, ui::SemRole::radiogroup, name);
  }
  return g;
}

Json headache_json(UiHarness& h) {
  const Entry* e = h.app->entry(h.platform.today);
  REQUIRE(e != nullptr);
  REQUIRE(e->headache.has_value());
  return entry_to_json(*e)["headache"];
}

}  // namespace

TEST_CASE("headache features: a new day's features are Yes / No radio groups with neither checked") {
  UiHarness h(date_from_civil(2026, 11, 20), 1280, 800);
  h.tap("5##head");
  for (const char* row : kFeatureRows) {
    CAPTURE(row);
    const ui::SemNode* g = find_group(h, row);
    REQUIRE(g != nullptr);
    int radios = 0;
    for (const ui::SemNode& n : h.platform.semantics.nodes) {
      if (n.group != g->id) continue;
      CHECK(n.role == ui::SemRole::radio);
      CHECK(n.checked == 0);
      ++radios;
    }
    CHECK(radios == 2);
    CHECK(node(h, ui::SemRole::radio, "Yes", g->id) != nullptr);
    CHECK(node(h, ui::SemRole::radio, "No", g->id) != nullptr);
  }
  // Nothing answered: nothing stored but the intensity.
  CHECK(headache_json(h) == Json::parse(R"({"intensity":5})"));
}

TEST_CASE("headache features: Yes and No record the answer, a second tap on it clears it") {
  UiHarness h;
  h.tap("6##head");
  h.tap("Yes##nausea");
  CHECK(headache_json(h)["nausea"] == true);
  h.tap("No##nausea");
  CHECK(headache_json(h)["nausea"] == false);
  h.tap("No##nausea");  // tapped again: back to unanswered
  CHECK_FALSE(headache_json(h).contains("nausea"));
  h.tap("No##aura");
  CHECK(headache_json(h) == Json::parse(R"({"intensity":6,"aura":false})"));
  // Saved as answered: a reload shows the same.
  h.open();
  CHECK(headache_json(h) == Json::parse(R"({"intensity":6,"aura":false})"));
}
