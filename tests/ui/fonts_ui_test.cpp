// The "more" face (Central European Latin, Greek, Cyrillic) is not in the first download: it is
// fetched the first time the journal or the keyboard needs it, then merged into the body font.
#include "ui_harness.hpp"

#include <fstream>
#include <iterator>

#include "ui/fonts.hpp"
#include "ui/ui_state.hpp"

using namespace painlink;
using painlink::test::UiHarness;

namespace {
std::vector<unsigned char> more_font_file() {
  std::ifstream in(PAINLINK_MORE_FONT_PATH, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}
bool draws(const UiHarness& h, unsigned code_point) {
  return h.ui->font_regular->FindGlyphNoFallback(static_cast<ImWchar>(code_point)) != nullptr;
}
}  // namespace

TEST_CASE("fonts: which text needs the face of more scripts") {
  CHECK_FALSE(ui::needs_more_face("Back pain after gardening, caf\xC3\xA9, ni\xC3\xB1o, \xC3\x9F"));  // Latin-1
  CHECK(ui::needs_more_face("\xC5\x81\xC3\xB3" "d\xC5\xBA"));           // Polish: Łódź
  CHECK(ui::needs_more_face("\xCE\x9A\xCE\xB1\xCE\xBB\xCE\xB7"));       // Greek
  CHECK(ui::needs_more_face("\xD0\x93\xD0\xBE\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB0"));  // Cyrillic
  CHECK_FALSE(ui::needs_more_face("\xE2\x80\x94 \xE2\x82\xAC 5"));      // dash, euro: in the body face
}

TEST_CASE("fonts: a Latin journal never fetches it; typing Greek does, once, and then draws it") {
  UiHarness h;
  h.tap("3##back");
  h.tap("##notes");
  h.type("walked to the caf\xC3\xA9");
  CHECK(h.platform.fonts_requested.empty());
  CHECK_FALSE(draws(h, 0x039A));  // Κ

  h.type(" \xCE\x9A\xCE\xB1\xCE\xBB\xCE\xB7");
  REQUIRE(h.platform.fonts_requested.size() == 1);
  CHECK(h.platform.fonts_requested[0] == ui::kMoreFontFile);
  h.type("\xCE\xBC\xCE\xAD\xCF\x81\xCE\xB1");
  CHECK(h.platform.fonts_requested.size() == 1);  // asked once

  const std::vector<unsigned char> file = more_font_file();
  REQUIRE(file.size() > 1000);
  ui::on_font_loaded(*h.ui, file);
  h.frames(2);
  CHECK(draws(h, 0x039A));
  CHECK(draws(h, 0x0416));  // Ж
  CHECK(draws(h, 0x0141));  // Ł
  CHECK(draws(h, 'a'));
}

TEST_CASE("fonts: a journal that already holds Cyrillic asks at start; a failed fetch is asked again") {
  UiHarness h;
  h.tap("2##back");
  Entry e = *h.app->entry(h.platform.today);
  e.notes = "\xD0\x93\xD0\xBE\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB0";
  h.app->put_entry(e);
  h.frame();
  REQUIRE(h.platform.fonts_requested.size() == 1);  // an API or other-tab change is checked too

  h.open();  // a reload
  REQUIRE(h.platform.fonts_requested.size() == 2);
  ui::on_font_loaded(*h.ui, std::nullopt);  // offline, say
  h.tap("History");
  h.tap("Check-in");
  h.type(" \xD0\x96");
  CHECK(h.platform.fonts_requested.size() == 3);
}
