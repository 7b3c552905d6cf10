// The notes box (ui/text_area.hpp): long notes wrap and the box grows, typing happens in the
// browser's own text area, and nothing typed is lost when typing ends.
#include <string>

#include "ui_harness.hpp"
#include "imgui_internal.h"
#include "ui/text_area.hpp"
#include "ui/widgets.hpp"

using namespace painlink;
using namespace painlink::test;

namespace {

const ui::ItemRect* notes_in_view(UiHarness& h) {
  h.tap("Start today's entry");
  h.tap("##notes");  // scrolls it fully into view, and starts typing there
  return h.find("##notes");
}

std::string sentence(int words) {
  std::string s;
  for (int i = 0; i < words; ++i) s += (i ? " word" : "Started") + std::to_string(i);
  return s + " ended";
}

}  // namespace

TEST_CASE("notes: a long note wraps inside its box, which grows to show all of it") {
  UiHarness h;
  h.capture_text();
  const ui::ItemRect* box = notes_in_view(h);
  REQUIRE(box != nullptr);
  const float empty_height = box->full_height, width = box->full_width;
  const std::string note = sentence(60);  // one paragraph, about 7 lines on a phone
  h.type(note);
  h.key("Escape");
  CHECK(h.ui->notes_buffer == note);
  box = h.find("##notes");
  REQUIRE(box != nullptr);
  CHECK(box->full_width == doctest::Approx(width));
  CHECK(box->full_height > empty_height * 1.5f);
  // Both ends of the note are drawn: nothing scrolled out of the box sideways.
  const std::string& shown = h.text();
  CHECK(shown.find("Started0") != std::string::npos);
  CHECK(shown.find("word59 ended") != std::string::npos);
}

TEST_CASE("notes: the browser's text area gets the text, and every change comes back to the day") {
  UiHarness h;
  h.tap("4##back");
  h.tap("##notes");
  const ui::TextAreaEdit* e = ui::text_area_editing(*h.ui);
  REQUIRE(e != nullptr);
  CHECK(e->text.empty());
  CHECK(ui::wants_text_input(*h.ui));
  CHECK(e->x1 > e->x0);
  CHECK(e->y1 > e->y0);
  h.type("Stiff neck");
  CHECK(h.ui->notes_buffer == "Stiff neck");
  h.now_ms += 2000;  // the typing save is debounced
  h.frames(3);
  REQUIRE(h.app->entry(h.platform.today) != nullptr);
  CHECK(h.app->entry(h.platform.today)->notes == "Stiff neck");

  // More than the notes can hold: the day keeps the first kMaxNotesChars characters, the text area
  // is handed the cut text (a new serial tells the browser to re-read it), and the patient is told.
  const std::uint32_t serial = e->serial;
  ui::input::text_area_changed(*h.ui, std::string(kMaxNotesChars + 50, 'a').c_str(), 0);
  h.frames(3);
  e = ui::text_area_editing(*h.ui);
  REQUIRE(e != nullptr);
  CHECK(ui::utf8_length(h.ui->notes_buffer) == kMaxNotesChars);
  CHECK(e->text == h.ui->notes_buffer);
  CHECK(e->serial != serial);
}

TEST_CASE("notes: typing ends on Escape, Tab, a tap elsewhere or another view, and keeps the text") {
  UiHarness h;
  h.tap("Start today's entry");
  h.tap("##notes");
  h.type("Escape keeps this");
  h.key("Escape");
  CHECK(ui::text_area_editing(*h.ui) == nullptr);
  CHECK_FALSE(ui::wants_text_input(*h.ui));
  CHECK(h.ui->notes_buffer == "Escape keeps this");

  // Tapping the box again goes on typing where the note is.
  h.tap("##notes");
  REQUIRE(ui::text_area_editing(*h.ui) != nullptr);
  CHECK(ui::text_area_editing(*h.ui)->text == "Escape keeps this");
  h.type(", and Tab");
  const ImGuiID box = ui::text_area_editing(*h.ui)->id;
  h.key("Tab");
  CHECK(ui::text_area_editing(*h.ui) == nullptr);
  CHECK(h.ui->ctx->NavId != box);  // the keyboard moved on to the next control
  CHECK(h.ui->notes_buffer == "Escape keeps this, and Tab");

  // A tap on another control ends typing; so does leaving the view.
  h.tap("##notes");
  h.tap("5##back");
  CHECK(ui::text_area_editing(*h.ui) == nullptr);
  h.tap("##notes");
  REQUIRE(ui::text_area_editing(*h.ui) != nullptr);
  h.tap("History");
  CHECK(ui::text_area_editing(*h.ui) == nullptr);
  h.now_ms += 2000;
  h.frames(3);
  REQUIRE(h.app->entry(h.platform.today) != nullptr);
  CHECK(h.app->entry(h.platform.today)->notes == "Escape keeps this, and Tab");
}
