// Typing on a phone: a finger that starts a scroll on a text box never focuses it, and a tap on one
// wants text input as of the frame drawn for the tap itself, so the browser can focus its text
// field inside the tap's event handler (iOS Safari opens the keyboard only there).
#include "ui_harness.hpp"

#include "ui/input.hpp"
#include "ui/ui.hpp"
#include "ui/ui_state.hpp"

using namespace painlink;
using painlink::test::UiHarness;

namespace {
constexpr int kTouch = 1;

const ui::ItemRect* bring_notes_into_view(UiHarness& h) {
  for (int i = 0; i < 30; ++i) {
    const ui::ItemRect* it = h.find("##notes");
    if (it && it->y0 > 80 && it->y1 < 700) return it;  // clear of the header and the bottom
    ui::input::wheel(*h.ui, 195, 420, 0, -3.0f);
    h.frames(2);
  }
  return h.find("##notes");
}

// A new day's notes box in view; its centre, where a finger comes down.
ImVec2 notes_centre(UiHarness& h) {
  h.tap("Start today's entry");
  const ui::ItemRect* notes = bring_notes_into_view(h);
  REQUIRE(notes != nullptr);
  return ImVec2((notes->x0 + notes->x1) / 2, (notes->y0 + notes->y1) / 2);
}
}  // namespace

TEST_CASE("touch: a tap on the notes wants the keyboard in the tap's own frame") {
  UiHarness h;
  const ImVec2 at = notes_centre(h);
  const float x = at.x, y = at.y;
  ui::input::pointer(*h.ui, 1, x, y, 0, kTouch, true);
  h.frame();
  CHECK_FALSE(ui::wants_text_input(*h.ui));  // a finger down is not yet a tap
  ui::input::pointer(*h.ui, 2, x, y, 0, kTouch, true);
  h.frame();  // the one frame the browser draws inside the pointerup handler
  CHECK(ui::wants_text_input(*h.ui));
}

TEST_CASE("touch: a scroll that starts on the notes does not focus them") {
  UiHarness h;
  const ImVec2 at = notes_centre(h);
  const float x = at.x, y = at.y;
  ui::input::pointer(*h.ui, 1, x, y, 0, kTouch, true);
  h.frame();
  for (int step = 1; step <= 8; ++step) {
    ui::input::pointer(*h.ui, 0, x, y - 15.0f * step, 0, kTouch, true);
    h.frame();
  }
  ui::input::pointer(*h.ui, 2, x, y - 120.0f, 0, kTouch, true);
  h.frames(5);
  CHECK_FALSE(ui::wants_text_input(*h.ui));
}

// The on-screen keyboard covers the bottom of the screen (the browser's visual viewport shrinks):
// the note being typed scrolls up to stay above it.
TEST_CASE("touch: the caret stays above the on-screen keyboard") {
  UiHarness h;
  notes_centre(h);
  h.tap("##notes");
  h.type("Long drive");
  REQUIRE(ui::wants_text_input(*h.ui));
  float rect[4];
  ui::text_input_rect(*h.ui, rect);
  const float caret_before = rect[1];
  const float keyboard_top = caret_before - 100.0f;  // a keyboard over the caret
  REQUIRE(keyboard_top > 150.0f);
  ui::set_visible_bottom(*h.ui, keyboard_top);
  h.frames(3);
  ui::text_input_rect(*h.ui, rect);
  CHECK(rect[1] + rect[3] <= keyboard_top);
  CHECK(rect[1] > 0.0f);
  CHECK(h.ui->notes_buffer == "Long drive");
  ui::set_visible_bottom(*h.ui, 0);  // the keyboard closed
  h.frames(2);
}
