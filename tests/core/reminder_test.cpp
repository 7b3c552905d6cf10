// The daily reminder: the calendar file (RFC 5545 text, byte for byte), the in-app prompt's rule,
// and the reminder time in Settings (interchange and storage).
#include <doctest/doctest.h>

#include <string>

#include "core/interchange.hpp"
#include "core/reminder.hpp"
#include "core/store_codec.hpp"

using namespace painlink;

namespace {

const Date kDay = date_from_civil(2026, 11, 20);
constexpr std::int64_t kNow = 1'795'178'096'000;  // 2026-11-20 12:34:56 UTC
const std::string kUrl = "https://journal.example.org/index.html";

std::vector<std::string> lines_of(const std::string& ics) {
  std::vector<std::string> out;
  std::size_t at = 0;
  for (std::size_t crlf; (crlf = ics.find("\r\n", at)) != std::string::npos; at = crlf + 2)
    out.push_back(ics.substr(at, crlf - at));
  REQUIRE(at == ics.size());  // every line, the last one too, ends with CRLF
  return out;
}

}  // namespace

TEST_CASE("reminder: the calendar file for 20:00, byte for byte") {
  const std::string expected =
      "BEGIN:VCALENDAR\r\n"
      "VERSION:2.0\r\n"
      "PRODID:-//Painlink//Daily reminder//EN\r\n"
      "CALSCALE:GREGORIAN\r\n"
      "METHOD:PUBLISH\r\n"
      "BEGIN:VEVENT\r\n"
      "UID:painlink-reminder-2000-fd58abca16a26582@painlink\r\n"
      "DTSTAMP:20261120T123456Z\r\n"
      "DTSTART:20261120T200000\r\n"
      "DURATION:PT5M\r\n"
      "RRULE:FREQ=DAILY\r\n"
      "SUMMARY:Painlink check-in\r\n"
      "DESCRIPTION:Time for your daily check-in: back pain\\, headache and your day\r\n"
      " \\, in about a minute.\\nOpen Painlink: https://journal.example.org/index.ht\r\n"
      " ml\r\n"
      "URL:https://journal.example.org/index.html\r\n"
      "TRANSP:TRANSPARENT\r\n"
      "BEGIN:VALARM\r\n"
      "ACTION:DISPLAY\r\n"
      "DESCRIPTION:Painlink check-in\r\n"
      "TRIGGER:PT0M\r\n"
      "END:VALARM\r\n"
      "END:VEVENT\r\n"
      "END:VCALENDAR\r\n";
  const std::string ics = daily_reminder_ics(20, 0, kDay, kUrl, kNow);
  CHECK(ics == expected);
  for (const std::string& line : lines_of(ics)) {
    CHECK(line.size() <= 75);
    CHECK(line.find('\n') == std::string::npos);
    CHECK(line.find('\r') == std::string::npos);
  }
}

TEST_CASE("reminder: the time, the day and the UID follow the input; nothing else does") {
  const std::string a = daily_reminder_ics(7, 45, date_from_civil(2027, 1, 3), kUrl, kNow);
  CHECK(a.find("\r\nDTSTART:20270103T074500\r\n") != std::string::npos);
  CHECK(a.find("TZID") == std::string::npos);  // floating: that local time wherever the phone is
  // The UID is the same for the same time (a second import updates the event, no duplicate) and
  // differs for another time; it does not depend on the day or the clock.
  const std::string b = daily_reminder_ics(7, 45, date_from_civil(2027, 2, 1), kUrl, kNow + 86'400'000);
  const auto uid = [](const std::string& ics) {
    const std::size_t at = ics.find("\r\nUID:") + 2;
    return ics.substr(at, ics.find("\r\n", at) - at);
  };
  CHECK(uid(a) == uid(b));
  CHECK(uid(a) != uid(daily_reminder_ics(7, 30, date_from_civil(2027, 1, 3), kUrl, kNow)));
  CHECK(uid(a).rfind("UID:painlink-reminder-0745-", 0) == 0);
  // Midnight and the last minute of the day.
  CHECK(daily_reminder_ics(0, 0, kDay, kUrl, kNow).find("DTSTART:20261120T000000\r\n") != std::string::npos);
  CHECK(daily_reminder_ics(23, 59, kDay, kUrl, kNow).find("DTSTART:20261120T235900\r\n") != std::string::npos);
}

TEST_CASE("reminder: inputs out of range give no file") {
  CHECK(daily_reminder_ics(24, 0, kDay, kUrl, kNow).empty());
  CHECK(daily_reminder_ics(-1, 0, kDay, kUrl, kNow).empty());
  CHECK(daily_reminder_ics(12, 60, kDay, kUrl, kNow).empty());
  CHECK(daily_reminder_ics(12, -1, kDay, kUrl, kNow).empty());
  CHECK(daily_reminder_ics(12, 0, date_from_civil(2201, 1, 1), kUrl, kNow).empty());
  CHECK_FALSE(daily_reminder_ics(12, 0, kDay, kUrl, kNow).empty());
}

TEST_CASE("reminder: a link that is not one printable token is left out, never written as lines") {
  for (const std::string bad : {std::string("https://x.example/\r\nATTENDEE:mailto:a@b.example"),
                                std::string("https://x.example/a b"), std::string("")}) {
    const std::string ics = daily_reminder_ics(20, 0, kDay, bad, kNow);
    REQUIRE_FALSE(ics.empty());
    CHECK(ics.find("\r\nURL:") == std::string::npos);
    CHECK(ics.find("ATTENDEE") == std::string::npos);
    CHECK(ics.find("Open Painlink") == std::string::npos);
    CHECK(ics.find("\r\nDESCRIPTION:Time for your daily check-in") != std::string::npos);
  }
  // A comma or a semicolon in the address is escaped in the description, not in the URL (a URI).
  const std::string ics = daily_reminder_ics(20, 0, kDay, "https://x.example/a,b;c", kNow);
  CHECK(ics.find("\r\nURL:https://x.example/a,b;c\r\n") != std::string::npos);
  CHECK(ics.find("Open Painlink: https://x.example/a\\,b\\;c\r\n") != std::string::npos);
}

TEST_CASE("reminder: RFC 5545 text escaping and line folding") {
  CHECK(ics_escape_text("a\\b;c,d\ne\r\nf\tg\x01h") == "a\\\\b\\;c\\,d\\ne\\nf\tgh");
  CHECK(ics_escape_text("plain: text") == "plain: text");
  CHECK(ics_fold_line("SUMMARY:short") == "SUMMARY:short\r\n");
  const std::string exact(75, 'x');
  CHECK(ics_fold_line(exact) == exact + "\r\n");
  CHECK(ics_fold_line(exact + "y") == exact + "\r\n y\r\n");
  // 74 octets of content per continuation line (the leading space is the 75th).
  const std::string long_line = exact + std::string(74, 'y') + "z";
  CHECK(ics_fold_line(long_line) == exact + "\r\n " + std::string(74, 'y') + "\r\n z\r\n");
  // A fold never splits a UTF-8 character: "é" (2 octets) that would straddle octet 75 moves down.
  const std::string utf8 = std::string(74, 'a') + "\xC3\xA9" + "b";
  CHECK(ics_fold_line(utf8) == std::string(74, 'a') + "\r\n \xC3\xA9" + "b\r\n");
}

TEST_CASE("reminder: times of day as HH:MM") {
  CHECK(format_time_of_day(0) == "00:00");
  CHECK(format_time_of_day(20 * 60 + 5) == "20:05");
  CHECK(format_time_of_day(1439) == "23:59");
  CHECK(parse_time_of_day("20:05") == 20 * 60 + 5);
  CHECK(parse_time_of_day("00:00") == 0);
  CHECK(parse_time_of_day("23:59") == 1439);
  for (const char* bad : {"24:00", "12:60", "7:30", "07:3", "07-30", "07:30 ", "", "ab:cd", "+1:30"})
    CHECK_MESSAGE(!parse_time_of_day(bad), bad);
}

TEST_CASE("reminder: due at and after the time while today is empty, never once today has an entry") {
  Journal j;
  CHECK_FALSE(reminder_due(j, kDay, 23 * 60));  // no reminder time set
  j.settings.reminder_minutes = 20 * 60;
  CHECK_FALSE(reminder_due(j, kDay, 20 * 60 - 1));  // a minute before
  CHECK(reminder_due(j, kDay, 20 * 60));            // at the time
  CHECK(reminder_due(j, kDay, 23 * 60 + 59));       // later that evening
  Entry yesterday;
  yesterday.date = kDay - 1;
  yesterday.notes = "only yesterday";
  j.entries[yesterday.date] = yesterday;
  CHECK(reminder_due(j, kDay, 21 * 60));            // yesterday's entry does not count
  Entry today = yesterday;
  today.date = kDay;
  j.entries[kDay] = today;
  CHECK_FALSE(reminder_due(j, kDay, 21 * 60));      // today has an entry
  CHECK(reminder_due(j, kDay + 1, 21 * 60));        // the next evening, again
  j.settings.reminder_minutes = 0;                  // midnight: due all day
  CHECK(reminder_due(j, kDay + 1, 0));
}

TEST_CASE("reminder: the time is a setting, \"reminder_time\": \"HH:MM\", kept in exports and in storage") {
  Settings s;
  s.reminder_minutes = 20 * 60 + 15;
  s.extra = Json{{"from_a_newer_version", true}};
  const Json j = settings_to_json(s);
  CHECK(j["reminder_time"] == "20:15");
  CHECK(j["from_a_newer_version"] == true);
  const Parsed<Settings> back = settings_from_json(j);
  REQUIRE(back.ok());
  CHECK(*back.value == s);
  // Without a reminder the field is not written, and a document without it has none.
  CHECK_FALSE(settings_to_json(Settings{}).contains("reminder_time"));
  const Parsed<Settings> old = settings_from_json(Json{{"back_flare_threshold", 5}});
  REQUIRE(old.ok());
  CHECK_FALSE(old.value->reminder_minutes.has_value());
  CHECK(old.value->back_flare_threshold == 5);
  // A time that is not HH:MM is reported, and the settings are not applied (as for a threshold).
  const Parsed<Settings> bad = settings_from_json(Json{{"back_flare_threshold", 4}, {"reminder_time", "25:00"}});
  CHECK_FALSE(bad.ok());
  REQUIRE(bad.errors.size() == 1);
  CHECK(bad.errors[0].path == "settings.reminder_time");
  CHECK(!settings_from_json(Json{{"reminder_time", 1200}}).ok());

  // The whole journal: export and import, and the stored payload.
  Journal journal;
  journal.settings = s;
  const ImportResult imported = import_document(export_json(journal), Journal{}, ImportMode::replace);
  REQUIRE(imported.ok);
  CHECK(imported.journal.settings == s);
  const DecodedPayload stored = decode_payload(encode_payload(journal));
  CHECK(stored.problems.empty());
  REQUIRE(stored.journal.has_value());
  CHECK(stored.journal->settings == s);
}
