// Navigation and notices drawn headless through the null platform.
#include "ui_harness.hpp"

#include "ui/ui_state.hpp"

using namespace painlink;
using painlink::test::UiHarness;

TEST_CASE("navigation: each tab opens its view and is announced") {
  UiHarness h;
  const struct {
    const char* label;
    ui::Tab tab;
  } tabs[] = {{"History", ui::Tab::history}, {"Insights", ui::Tab::insights}, {"Report", ui::Tab::report},
              {"Data", ui::Tab::data}, {"Check-in", ui::Tab::checkin}};
  for (const auto& t : tabs) {
    CAPTURE(t.label);
    h.tap(t.label);
    CHECK(h.ui->tab == t.tab);
    REQUIRE_FALSE(h.platform.announcements.empty());
    CHECK(h.platform.announcements.back() == std::string(t.label) + " view");
  }
  CHECK(h.change_events == 0);  // looking around changes nothing
}

TEST_CASE("notices: a kept-aside value offers its download, and the download carries it") {
  UiHarness h;
  h.store.set("painlink.journal", "{ this is not a journal");
  h.open();
  REQUIRE(h.shows("Download the unreadable data"));
  h.tap("Download the unreadable data");
  REQUIRE(h.platform.downloads.size() == 1);
  CHECK(h.platform.downloads[0].filename == "painlink-unreadable-data.txt");
  CHECK(h.platform.downloads[0].content == "{ this is not a journal");
}

TEST_CASE("data: the backup download is the journal as JSON and is announced") {
  UiHarness h;
  h.tap("5##back");
  h.tap("Data");
  h.tap("Download backup (JSON)");
  REQUIRE(h.platform.downloads.size() == 1);
  CHECK(h.platform.downloads[0].mime == "application/json");
  const Json doc = Json::parse(h.platform.downloads[0].content, nullptr, false);
  REQUIRE_FALSE(doc.is_discarded());
  CHECK(doc.dump().find("\"back_pain\"") != std::string::npos);
  CHECK(h.platform.announcements.back() == "Backup downloaded.");
}

TEST_CASE("data: a file that cannot be read says so; one that can is previewed before anything changes") {
  UiHarness h;
  h.tap("Data");
  h.tap("Choose a file\xE2\x80\xA6");
  REQUIRE(h.platform.file_picks.size() == 1);
  ui::on_file_loaded(*h.ui, ui::FilePurpose::import_journal, std::nullopt);
  h.frames(2);
  CHECK(h.ui->import_error == "The file could not be read. Please choose it again.");

  // A backup made on another device.
  MemoryStore other_store;
  JournalApp other(other_store, "painlink.journal", [] { return std::int64_t{1'790'000'000'000}; });
  other.start();
  Entry day;
  day.date = h.platform.today + -2;
  day.back_pain = BackPain{};
  day.back_pain->intensity = 4;
  other.put_entry(day);
  const std::string file = other.api_export();
  ui::on_file_loaded(*h.ui, ui::FilePurpose::import_journal, file);
  h.frames(2);
  CHECK(h.ui->import_preview.has_value());
  CHECK(h.app->journal().entries.empty());  // nothing changes before Apply
  CHECK(h.change_events == 0);
}

TEST_CASE("report: printing hands one self-contained document to the platform") {
  UiHarness h;
  h.tap("5##back");
  h.tap("Report");
  h.tap("Print or save as PDF");
  REQUIRE(h.platform.printed.size() == 1);
  CHECK(h.platform.printed[0].rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(h.platform.announcements.back().find("print dialog") != std::string::npos);
}

TEST_CASE("safety: a red-flag answer is read out once as a warning, with what to do first") {
  UiHarness h;
  Screening s;
  s.answered_on = h.platform.today;
  s.answers["headache_thunderclap"] = true;
  h.app->set_screening(s);
  h.frames(3);
  int warnings = 0;
  for (const std::string& a : h.platform.announcements)
    if (a.rfind("Warning: ", 0) == 0) {
      ++warnings;
      CHECK(a.find("emergency") != std::string::npos);
    }
  CHECK(warnings == 1);
  CHECK(h.platform.summary.find("Warning: ") != std::string::npos);
  h.tap("History");
  h.tap("Check-in");
  warnings = 0;
  for (const std::string& a : h.platform.announcements) warnings += a.rfind("Warning: ", 0) == 0 ? 1 : 0;
  CHECK(warnings == 1);  // not again on every redraw
}

TEST_CASE("navigation: a day opened from far down History opens at the top of Check-in") {
  UiHarness h;
  for (int i = 1; i <= 60; ++i) {
    Entry e;
    e.date = h.platform.today + -i;
    e.back_pain = BackPain{};
    e.back_pain->intensity = i % 10;
    h.app->put_entry(e);
  }
  h.tap("History");
  for (int i = 0; i < 20; ++i) {
    ui::input::wheel(*h.ui, 195, 600, 0, -3.0f);
    h.frames(2);
  }
  const ui::ItemRect* row = h.find("##row");
  REQUIRE(row != nullptr);
  h.tap("##row");
  REQUIRE(h.ui->tab == ui::Tab::checkin);
  CHECK(h.ui->selected != h.platform.today);
  h.frames(2);
  const ui::ItemRect* prev = h.find("\xE2\x86\x90##prev");  // the day's header
  REQUIRE(prev != nullptr);
  CHECK(prev->visible);
  CHECK(prev->y0 > 0);
  CHECK(prev->y1 < 400);
}

TEST_CASE("data: times are the patient's local time and one day is \"1 day\"") {
  UiHarness h;
  h.tap("5##back");  // one day, saved: a restore point of it is kept
  h.capture_text();
  h.tap("Data");
  h.frames(2);
  const std::string& text = h.text();
  INFO(text);
  CHECK(text.find("UTC") == std::string::npos);
  CHECK(text.find("1 days") == std::string::npos);
  CHECK(text.find("1 day recorded") != std::string::npos);
}

TEST_CASE("navigation: every view opened is a history entry, and Back shows the previous one") {
  UiHarness h;
  h.tap("History");
  h.tap("Data");
  const std::vector<int> expected = {static_cast<int>(ui::Tab::checkin), static_cast<int>(ui::Tab::history),
                                     static_cast<int>(ui::Tab::data)};
  CHECK(h.platform.views_opened == expected);
  ui::show_view(*h.ui, static_cast<int>(ui::Tab::history));  // the browser's Back
  h.frames(2);
  CHECK(h.ui->tab == ui::Tab::history);
  CHECK(h.platform.views_opened == expected);  // Back adds no entry
  ui::show_view(*h.ui, 99);  // not a view: ignored
  h.frames(1);
  CHECK(h.ui->tab == ui::Tab::history);
}
