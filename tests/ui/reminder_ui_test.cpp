// The daily reminder drawn headless: the Data card's time picker and calendar download, and the
// gentle prompt on Check-in when the reminder time has passed and today is still empty.
#include "ui_harness.hpp"

#include "core/reminder.hpp"
#include "ui/ui_state.hpp"

using namespace painlink;
using painlink::test::UiHarness;

namespace {

const char* const kPrompt = "It is past your check-in time and today is still empty.";
const std::string kMinus = "\xE2\x88\x92";  // U+2212, the steppers' minus

bool has(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

}  // namespace

TEST_CASE("reminder: choosing a time and \"Add to my calendar\" downloads a daily event with no journal data") {
  UiHarness h;
  // Something private in the journal first: it must not reach the calendar file.
  h.tap("4##back");
  h.tap("##notes");
  h.type("SENTINEL-7qZ saw Dr Moreau about the MRI");
  h.now_ms += 2000;  // the typing save is debounced
  h.frames(3);
  REQUIRE(h.app->entry(h.platform.today)->notes == "SENTINEL-7qZ saw Dr Moreau about the MRI");

  h.capture_text();
  h.tap("Data");
  CHECK(has(h.text(), "Daily reminder"));
  CHECK(has(h.text(), "Your calendar will remind you every day at 20:00. Nothing is sent anywhere."));
  h.tap("+##reminder-hour");                 // 21:00
  h.tap("+##reminder-minute");               // 21:15, in 15-minute steps
  h.tap("+##reminder-minute");               // 21:30
  CHECK(has(h.text(), "every day at 21:30"));
  CHECK_FALSE(h.app->journal().settings.reminder_minutes.has_value());  // nothing is kept until added
  h.tap("Add to my calendar");

  REQUIRE(h.platform.downloads.size() == 1);
  const auto& d = h.platform.downloads[0];
  CHECK(d.filename == "painlink-reminder.ics");
  CHECK(d.mime == "text/calendar");
  CHECK(has(d.content, "\r\nDTSTART:20261120T213000\r\n"));
  CHECK(has(d.content, "\r\nRRULE:FREQ=DAILY\r\n"));
  CHECK(has(d.content, "\r\nURL:about:blank#index.html\r\n"));  // the null platform's asset_url
  CHECK_FALSE(has(d.content, "SENTINEL"));
  CHECK_FALSE(has(d.content, "Moreau"));
  CHECK_FALSE(has(d.content, "MRI"));
  CHECK(h.app->journal().settings.reminder_minutes == 21 * 60 + 30);
  REQUIRE_FALSE(h.platform.announcements.empty());
  CHECK(has(h.platform.announcements.back(), "Calendar file downloaded"));

  // The time is kept: a reload shows it.
  h.open();
  h.tap("Data");
  CHECK(has(h.text(), "every day at 21:30"));
}

TEST_CASE("reminder: the minute stepper goes round the hour, the hour round the day") {
  UiHarness h;
  h.capture_text();
  h.tap("Data");
  h.tap(kMinus + "##reminder-minute");  // 20:00 -> 20:45
  CHECK(has(h.text(), "every day at 20:45"));
  for (int i = 0; i < 4; ++i) h.tap("+##reminder-hour");  // 21, 22, 23, then 00
  CHECK(has(h.text(), "every day at 00:45"));
  h.tap(kMinus + "##reminder-hour");
  CHECK(has(h.text(), "every day at 23:45"));
}

TEST_CASE("reminder: the prompt on Check-in shows after the time while today is empty, and goes once it is not") {
  UiHarness h;
  h.capture_text();
  h.platform.minutes_now = 23 * 60;
  h.frames(2);
  CHECK_FALSE(has(h.text(), kPrompt));  // no reminder time chosen: never

  Settings s = h.app->journal().settings;
  s.reminder_minutes = 20 * 60;
  h.app->set_settings(s);
  h.platform.minutes_now = 20 * 60 - 1;
  h.frames(2);
  CHECK_FALSE(has(h.text(), kPrompt));  // a minute early
  CHECK_FALSE(has(h.platform.summary, kPrompt));
  h.platform.minutes_now = 20 * 60;
  h.frames(2);
  CHECK(has(h.text(), kPrompt));        // at the time
  CHECK(has(h.platform.summary, kPrompt));  // and for screen readers, in the summary of the canvas
  h.platform.minutes_now = 22 * 60;
  h.frames(2);
  CHECK(has(h.text(), kPrompt));        // later

  h.tap("Data");
  CHECK_FALSE(has(h.text(), kPrompt));  // only on Check-in
  h.tap("Check-in");
  CHECK(has(h.text(), kPrompt));

  h.tap("2##back");                     // today gets an entry
  REQUIRE(h.app->entry(h.platform.today) != nullptr);
  CHECK_FALSE(has(h.text(), kPrompt));
  CHECK_FALSE(has(h.platform.summary, kPrompt));

  h.platform.today = h.platform.today + 1;  // the next evening, empty again
  h.frames(3);
  CHECK(has(h.text(), kPrompt));
}

TEST_CASE("reminder: turning it off here stops the prompt and says where the calendar's event is") {
  UiHarness h;
  h.capture_text();
  h.platform.minutes_now = 21 * 60;
  h.tap("Data");
  h.tap("Add to my calendar");
  REQUIRE(h.app->journal().settings.reminder_minutes == 20 * 60);
  CHECK(has(h.text(), "delete the event"));
  h.tap("Turn off the reminder here");
  CHECK_FALSE(h.app->journal().settings.reminder_minutes.has_value());
  h.tap("Check-in");
  CHECK_FALSE(has(h.text(), kPrompt));
}

TEST_CASE("reminder: on a phone the hour and minute steppers sit side by side, on one row") {
  UiHarness h;
  h.tap("Data");
  h.tap("+##reminder-hour");  // brings the card into view
  const ui::ItemRect* hour = h.find(kMinus + "##reminder-hour");
  const ui::ItemRect* minute = h.find(kMinus + "##reminder-minute");
  REQUIRE(hour != nullptr);
  REQUIRE(minute != nullptr);
  CHECK(minute->x0 > hour->x1);
  CHECK(minute->y0 == doctest::Approx(hour->y0));
  CHECK(minute->y1 == doctest::Approx(hour->y1));
  // Finger-sized: at least 2.4 em (the base font is 16 px).
  CHECK(hour->y1 - hour->y0 >= 2.4f * 16 - 0.5f);
}
