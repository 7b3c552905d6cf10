// Data > "Bring in a journal file" with a CSV: the mapping step for a foreign spreadsheet (date
// column and order, each column's field, the first rows as they will be read), then the same
// preview as a JSON backup (new, updated, unchanged, rejected by row) and Apply.
#include <fstream>
#include <sstream>

#include "core/csv_export.hpp"
#include "ui_harness.hpp"

using namespace painlink;
using painlink::test::UiHarness;

namespace {

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(PAINLINK_FIXTURES_DIR) + "/csv/" + name, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "missing fixture " << name);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

bool says(const UiHarness& h, const std::string& text) { return h.text().find(text) != std::string::npos; }

void load(UiHarness& h, const std::string& text) {
  h.tap("Data");
  h.tap("Choose a file\xE2\x80\xA6");
  ui::on_file_loaded(*h.ui, ui::FilePurpose::import_journal, text);
  h.frames(3);
}

}  // namespace

TEST_CASE("csv import ui: a European spreadsheet opens the mapping step, and the preview follows each choice") {
  UiHarness h;
  h.capture_text();
  load(h, fixture("european_diary.csv"));
  CHECK(says(h, "Which column holds the date?"));
  CHECK(h.shows("Datum##date-column-0"));
  CHECK(h.shows("DD/MM/YYYY##date-format"));
  CHECK(says(h, "Tue 1 Sep 2026"));                 // row 2 as it will be read
  CHECK(says(h, "headache 3, back pain 5, sleep 7.5 h, stress 4, 1 treatment, notes"));

  h.tap("MM/DD/YYYY##date-format");                 // the other order: 01.09. is 9 January
  CHECK(says(h, "Fri 9 Jan 2026"));
  h.tap("DD/MM/YYYY##date-format");
  CHECK(says(h, "Tue 1 Sep 2026"));

  h.tap("Stress (0-10)##column-4");                 // the column's field: its choices open
  h.tap("Not imported##column-4-option");
  CHECK(says(h, "headache 3, back pain 5, sleep 7.5 h, 1 treatment, notes"));
  CHECK(h.app->journal().entries.empty());

  h.tap("Continue");
  CHECK(says(h, "3 new days, 0 days updated, 0 unchanged, 2 rejected."));
  CHECK(says(h, "row 6: Datum: \"31.09.2026\" is not a date written DD/MM/YYYY"));
  CHECK(says(h, "row 7: records nothing for 2026-09-04"));
  CHECK(h.app->journal().entries.empty());          // nothing changes before Apply
  h.tap("Apply");
  REQUIRE(h.app->journal().entries.size() == 3);
  const Entry& first = h.app->journal().entries.begin()->second;
  CHECK(first.factors->sleep_hours == 7.5);
  CHECK_FALSE(first.factors->stress);               // that column was not imported
  CHECK(h.change_events == 1);
}

TEST_CASE("csv import ui: a Migraine Buddy export goes straight to the preview and keeps what the day had") {
  UiHarness h;
  Entry day;
  day.date = date_from_civil(2026, 9, 2);
  day.back_pain = BackPain{};
  day.back_pain->intensity = 5;
  h.app->put_entry(day);
  h.frames(2);
  h.capture_text();
  load(h, fixture("migraine_buddy_export.csv"));
  CHECK(says(h, "Read as a Migraine Buddy export"));
  CHECK(says(h, "2 new days, 1 day updated, 0 unchanged, 1 rejected."));
  CHECK(says(h, "row 5: Pain Level: must be a whole number from 0 to 10 (got \"12\")"));
  CHECK(says(h, "nothing already recorded is removed"));
  CHECK_FALSE(h.shows("Merge (recommended)"));      // CSV only merges

  h.tap("Change columns");                          // the guesses can be changed
  CHECK(says(h, "Which column holds the date?"));
  CHECK(h.shows("Start Time##date-column-0"));
  h.tap("Continue");
  h.tap("Apply");
  const Entry& merged = h.app->journal().entries.at(day.date);
  CHECK(merged.back_pain->intensity == 5);
  CHECK(merged.headache->intensity == 7);
  CHECK(h.app->journal().entries.size() == 3);
}

TEST_CASE("csv import ui: Painlink's own CSV comes back unchanged; Cancel leaves the journal as it was") {
  UiHarness h;
  for (int i = 1; i <= 3; ++i) {
    Entry e;
    e.date = h.platform.today - i;
    e.headache = Headache{};
    e.headache->intensity = i;
    e.notes = "day " + std::to_string(i) + ", with a comma";
    h.app->put_entry(e);
  }
  h.frames(2);
  const Journal before = h.app->journal();
  h.capture_text();
  load(h, export_csv(before));
  CHECK(says(h, "Read as a Painlink spreadsheet"));
  CHECK(says(h, "0 new days, 0 days updated, 3 unchanged, 0 rejected."));
  CHECK_FALSE(h.shows("Change columns"));           // its columns are known
  h.tap("Cancel");
  CHECK(h.shows("Choose a file\xE2\x80\xA6"));
  CHECK(h.app->journal() == before);

  load(h, "Date\n");
  CHECK(says(h, "This file cannot be imported: This file has a single column"));
}

TEST_CASE("csv import ui: a screen reader hears which column each field button belongs to") {
  UiHarness h;
  load(h, fixture("european_diary.csv"));
  h.tap("Stress (0-10)##column-4");  // brings it into view and opens its choices
  const ui::SemFrame& tree = h.platform.semantics;
  const auto find = [&](ui::SemRole role, const std::string& prefix) -> const ui::SemNode* {
    for (const ui::SemNode& n : tree.nodes)
      if (n.role == role && n.name.rfind(prefix, 0) == 0) return &n;
    return nullptr;
  };
  const ui::SemNode* button = find(ui::SemRole::button, "Column ");
  REQUIRE(button != nullptr);
  CHECK(button->name.find(": ") != std::string::npos);
  const ui::SemNode* group = find(ui::SemRole::radiogroup, "What column ");
  REQUIRE(group != nullptr);
  // The choices in view are radios of that group; the one the column is read as now is checked.
  int radios = 0;
  for (const ui::SemNode& n : tree.nodes) {
    if (n.group != group->id || n.role != ui::SemRole::radio) continue;
    ++radios;
    CHECK(n.checked == (n.name == "Stress (0-10)" ? 1 : 0));
  }
  CHECK(radios > 0);
}
