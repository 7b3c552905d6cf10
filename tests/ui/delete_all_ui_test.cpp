// Data > "Delete everything": it asks first, naming what goes, with Cancel as the default; only the
// second, explicit step deletes.
#include "ui_harness.hpp"

#include "ui/semantics.hpp"

using namespace painlink;
using painlink::test::UiHarness;

namespace {

void record_days(UiHarness& h, int n) {
  for (int i = 0; i < n; ++i) {
    Entry e;
    e.date = h.platform.today - i;
    e.back_pain = BackPain{};
    e.back_pain->intensity = 2 + i;
    h.app->put_entry(e);
  }
  h.frames(2);
}

const ui::SemNode* button(UiHarness& h, const std::string& name) {
  for (const ui::SemNode& n : h.platform.semantics.nodes)
    if (n.role == ui::SemRole::button && n.name == name) return &n;
  return nullptr;
}

}  // namespace

TEST_CASE("delete everything: it asks first, says how many days go, and Cancel (the default) keeps them") {
  UiHarness h(date_from_civil(2026, 11, 20), 1280, 800);
  record_days(h, 3);
  h.capture_text();
  h.tap("Data");
  h.tap("Delete all my entries on this device");
  CHECK(h.app->journal().entries.size() == 3);  // nothing yet
  CHECK(h.text().find("all 3 days") != std::string::npos);
  CHECK(h.text().find("Download a backup first") != std::string::npos);
  // The keyboard focus is on Cancel: Enter or Space now keeps everything.
  const ui::SemNode* cancel = button(h, "Cancel");
  REQUIRE(cancel != nullptr);
  CHECK(h.platform.semantics.focus == cancel->id);
  h.tap("Cancel##delete-all");
  CHECK(h.app->journal().entries.size() == 3);
  CHECK_FALSE(h.shows("Yes, delete everything"));
  CHECK(h.shows("Delete all my entries on this device"));
}

TEST_CASE("delete everything: the second step deletes the journal and says so") {
  UiHarness h;  // a phone: the buttons stack
  record_days(h, 2);
  REQUIRE(h.app->set_assessment_answer("headache_side", "one_side", h.platform.today));
  h.frames(2);
  h.capture_text();
  h.tap("Data");
  h.tap("Delete all my entries on this device");
  h.tap("Yes, delete everything");
  CHECK(h.app->journal() == Journal{});
  CHECK(h.text().find("were deleted from this device") != std::string::npos);
  CHECK(h.shows("Delete all my entries on this device"));  // the confirmation is gone
  // A reload shows the same empty journal.
  h.open();
  CHECK(h.app->journal() == Journal{});
}
