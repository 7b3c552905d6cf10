// The semantics tree (ui/semantics.hpp) drawn headless: what a screen reader and a keyboard get
// from each frame, and what their focus and clicks do.
#include "ui_harness.hpp"

#include <cctype>

#include "imgui_internal.h"  // the tooltip window

#include "ui/semantics.hpp"

using namespace painlink;
using painlink::test::UiHarness;

namespace {

const ui::SemFrame& tree(UiHarness& h) { return h.platform.semantics; }

const ui::SemNode* node(UiHarness& h, ui::SemRole role, const std::string& name, std::uint32_t group = 0) {
  for (const ui::SemNode& n : tree(h).nodes)
    if (n.role == role && n.name == name && (group == 0 || n.group == group)) return &n;
  return nullptr;
}

const ui::SemNode* node_by_id(UiHarness& h, std::uint32_t id) {
  for (const ui::SemNode& n : tree(h).nodes)
    if (n.id == id) return &n;
  return nullptr;
}

bool has_word(const std::string& s) {
  for (unsigned char c : s)
    if (std::isalnum(c)) return true;
  return false;
}

}  // namespace

TEST_CASE("semantics: Check-in's controls are named, with their roles, groups and states") {
  UiHarness h(date_from_civil(2026, 11, 20), 1280, 800);
  const ui::SemNode* views = node(h, ui::SemRole::tablist, "Views");
  REQUIRE(views != nullptr);
  int tabs = 0;
  for (const ui::SemNode& n : tree(h).nodes) {
    if (n.role != ui::SemRole::tab) continue;
    ++tabs;
    CHECK(n.group == views->id);
    CHECK(n.checked == (n.name == "Check-in" ? 1 : 0));
  }
  CHECK(tabs == 5);

  CHECK(node(h, ui::SemRole::heading, "Back pain") != nullptr);
  const ui::SemNode* back = node(h, ui::SemRole::radiogroup, "Back pain, 0 to 10");
  REQUIRE(back != nullptr);
  for (int i = 0; i <= 10; ++i) {
    const ui::SemNode* r = node(h, ui::SemRole::radio, std::to_string(i), back->id);
    REQUIRE_MESSAGE(r != nullptr, "back pain radio " << i);
    CHECK(r->checked == 0);
  }
  CHECK(node(h, ui::SemRole::radiogroup, "Headache, 0 to 10") != nullptr);
  CHECK(node(h, ui::SemRole::button, "Previous day") != nullptr);

  // Every control has a name made of words or numbers (never a bare arrow or an empty label).
  for (const ui::SemNode& n : tree(h).nodes) {
    if (!n.focusable()) continue;
    CHECK_MESSAGE(has_word(n.name), "unnamed " << ui::sem_role_name(n.role) << " at y=" << n.y0);
    CHECK(n.x1 > n.x0);
    CHECK(n.y1 > n.y0);
  }
  // Reading order: the navigation comes before the first score.
  std::size_t first_tab = 0, first_radio = 0;
  for (std::size_t i = 0; i < tree(h).nodes.size(); ++i) {
    if (!first_tab && tree(h).nodes[i].role == ui::SemRole::tab) first_tab = i + 1;
    if (!first_radio && tree(h).nodes[i].role == ui::SemRole::radio) first_radio = i + 1;
  }
  CHECK(first_tab < first_radio);
}

TEST_CASE("semantics: a screen reader's click on a score records it, and the radio reads as checked") {
  UiHarness h(date_from_civil(2026, 11, 20), 1280, 800);
  const ui::SemNode* back = node(h, ui::SemRole::radiogroup, "Back pain, 0 to 10");
  REQUIRE(back != nullptr);
  const std::uint32_t six = node(h, ui::SemRole::radio, "6", back->id)->id;
  ui::semantics_activate(*h.ui, six);
  h.frames(3);
  const Entry* e = h.app->entry(h.platform.today);
  REQUIRE(e != nullptr);
  REQUIRE(e->back_pain.has_value());
  CHECK(e->back_pain->intensity == 6);
  CHECK(h.change_events == 1);
  REQUIRE(node_by_id(h, six) != nullptr);
  CHECK(node_by_id(h, six)->checked == 1);
}

TEST_CASE("semantics: a spin button's increase and decrease change the value it reads") {
  UiHarness h(date_from_civil(2026, 11, 20), 1280, 800);
  const ui::SemNode* sleep = nullptr;
  for (int i = 0; i < 20 && !sleep; ++i) {  // further down the page
    sleep = node(h, ui::SemRole::spinbutton, "Sleep last night (hours)");
    if (!sleep) {
      ui::input::wheel(*h.ui, 640, 400, 0, -3.0f);
      h.frames(2);
    }
  }
  REQUIRE(sleep != nullptr);
  CHECK(sleep->value == "not recorded");
  const std::uint32_t id = sleep->id, inc = sleep->increment, dec = sleep->decrement;
  REQUIRE(inc != 0);
  REQUIRE(dec != 0);
  // Up/Down on the focused spin button press + and -: the focus stays on the value.
  ui::semantics_focus(*h.ui, id);
  h.frames(3);
  REQUIRE(tree(h).focus == id);
  ui::semantics_activate(*h.ui, inc, false);
  h.frames(3);
  CHECK(node_by_id(h, id)->value == "7.0 h");
  ui::semantics_activate(*h.ui, inc, false);
  h.frame();  // a key held down: one press per frame
  ui::semantics_activate(*h.ui, inc, false);
  h.frames(3);
  CHECK(node_by_id(h, id)->value == "8.0 h");
  ui::semantics_activate(*h.ui, dec, false);
  h.frames(3);
  CHECK(node_by_id(h, id)->value == "7.5 h");
  ui::semantics_activate(*h.ui, dec, false);
  h.frames(3);
  CHECK(node_by_id(h, id)->value == "7.0 h");
  CHECK(tree(h).focus == id);
  const Entry* e = h.app->entry(h.platform.today);
  REQUIRE(e != nullptr);
  REQUIRE(e->factors.has_value());
  CHECK(e->factors->sleep_hours == 7.0);
}

TEST_CASE("semantics: Tab moves the focus through the controls in reading order, with a visible ring") {
  UiHarness h(date_from_civil(2026, 11, 20), 1280, 800);
  CHECK_FALSE(tree(h).focus_visible);  // no ring before the keyboard is used
  std::vector<std::string> names;
  for (int i = 0; i < 8; ++i) {
    h.key("Tab");
    REQUIRE_MESSAGE(tree(h).focus != 0, "Tab " << i + 1 << " focused nothing");
    CHECK(tree(h).focus_visible);
    names.push_back(node_by_id(h, tree(h).focus)->name);
  }
  // The five views first, then the first visit's two starts, then the day's controls.
  CHECK(names[0] == "Check-in");
  CHECK(names[1] == "History");
  CHECK(names[4] == "Data");
  CHECK(names[5] == "Check yourself (2 minutes)");
  CHECK(names[7] == "Previous day");
  // Shift+Tab goes back.
  h.key("Tab", 2);
  CHECK(node_by_id(h, tree(h).focus)->name == names[6]);
  CHECK_FALSE(tree(h).leave_backward);
  // Back at the first control, Shift+Tab may leave the widget.
  for (int i = 0; i < 6; ++i) h.key("Tab", 2);
  CHECK(node_by_id(h, tree(h).focus)->name == "Check-in");
  CHECK(tree(h).leave_backward);
}

TEST_CASE("semantics: a screen reader's focus moves the widget's focus; the tree is sent only when it changed") {
  UiHarness h(date_from_civil(2026, 11, 20), 1280, 800);
  const ui::SemNode* prev = node(h, ui::SemRole::button, "Previous day");
  REQUIRE(prev != nullptr);
  const std::uint32_t id = prev->id;
  ui::semantics_focus(*h.ui, id);
  h.frames(3);
  CHECK(tree(h).focus == id);
  CHECK(tree(h).focus_visible);

  const int updates = h.platform.semantics_updates;
  h.frames(10);  // nothing changed on screen
  CHECK(h.platform.semantics_updates == updates);
}

TEST_CASE("semantics: focusing the notes box starts typing there, and it is named by its card") {
  UiHarness h(date_from_civil(2026, 11, 20), 1280, 800);
  const ui::SemNode* notes = nullptr;
  for (int i = 0; i < 20 && !notes; ++i) {
    notes = node(h, ui::SemRole::textbox, "Notes");
    if (!notes) {
      ui::input::wheel(*h.ui, 640, 400, 0, -3.0f);
      h.frames(2);
    }
  }
  REQUIRE(notes != nullptr);
  CHECK(notes->multiline);
  const std::uint32_t id = notes->id;
  ui::semantics_focus(*h.ui, id);
  h.frames(3);
  CHECK(tree(h).editing == id);
  h.type("Slept badly");
  CHECK(h.ui->notes_buffer == "Slept badly");
}

TEST_CASE("a tap with a finger leaves no tooltip behind; a mouse pointer still gets one") {
  UiHarness h(date_from_civil(2026, 11, 20), 390, 844);
  const ui::ItemRect* prev = h.find("\xE2\x86\x90##prev");
  REQUIRE(prev != nullptr);
  const float x = (prev->x0 + prev->x1) / 2, y = (prev->y0 + prev->y1) / 2;
  const auto tooltip_up = [&] {
    ImGuiWindow* w = ImGui::FindWindowByName("##Tooltip_00");
    return w && w->Active;
  };
  ui::input::pointer(*h.ui, 1, x, y, 0, 1, true);  // touch down, up
  h.frame();
  ui::input::pointer(*h.ui, 2, x, y, 0, 1, true);
  h.frames(30);  // well past ImGui's hover delay
  CHECK_FALSE(tooltip_up());
  ui::input::pointer(*h.ui, 0, x + 1, y, 0, 0, true);  // a mouse resting on it
  h.frames(60);
  h.now_ms += 1500;
  h.frames(3);
  CHECK(tooltip_up());
}

TEST_CASE("semantics: a self-check answer is a radio in a group named by its question, and Clear says what it clears") {
  UiHarness h;
  h.tap("Check yourself (2 minutes)");
  const std::string question =
      "In the last week, has a headache come on suddenly and reached its worst within about a minute, like a thunderclap?";
  const ui::SemNode* group = node(h, ui::SemRole::radiogroup, question);
  REQUIRE(group != nullptr);
  const ui::SemNode* no = node(h, ui::SemRole::radio, "No", group->id);
  REQUIRE(no != nullptr);
  CHECK(no->checked == 0);
  h.tap("No##rf-headache_thunderclap");
  group = node(h, ui::SemRole::radiogroup, question);
  REQUIRE(group != nullptr);
  no = node(h, ui::SemRole::radio, "No", group->id);
  REQUIRE(no != nullptr);
  CHECK(no->checked == 1);
  CHECK(node(h, ui::SemRole::button, "Clear the answer: " + question) != nullptr);
}

TEST_CASE("semantics: the reminder's hour and minutes are read as steppers, not as bare + and -") {
  UiHarness h;
  h.tap("5##back");
  h.tap("Data");
  h.tap("+##reminder-hour");  // brings the reminder into view: 20:00 -> 21:00
  const ui::SemNode* hour = node(h, ui::SemRole::spinbutton, "Hour");
  REQUIRE(hour != nullptr);
  CHECK(hour->value == "21");
  const ui::SemNode* up = node_by_id(h, hour->increment);
  const ui::SemNode* down = node_by_id(h, hour->decrement);
  REQUIRE(up != nullptr);
  REQUIRE(down != nullptr);
  CHECK(up->name == "Increase Hour");
  CHECK(down->name == "Decrease Hour");
  CHECK(node(h, ui::SemRole::spinbutton, "Minutes") != nullptr);
}
