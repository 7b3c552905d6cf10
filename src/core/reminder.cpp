// The daily reminder as an iCalendar file (RFC 5545) and the in-app "today is still empty" rule.
#include "core/reminder.hpp"

#include <cstdio>

#include "core/checksum.hpp"

namespace painlink {

namespace {

constexpr std::size_t kFoldOctets = 75;  // RFC 5545 3.1: lines SHOULD NOT be longer, CRLF excluded
constexpr std::int64_t kMsPerDay = 86'400'000;

const char* const kSummary = "Painlink check-in";
const char* const kDescription =
    "Time for your daily check-in: back pain, headache and your day, in about a minute.";

// One token of printable ASCII (no space, no control character): nothing in it can end a line or
// start a property, and it needs no escaping as a URI value.
bool usable_link(const std::string& url) {
  if (url.empty() || url.size() > 2000) return false;
  for (const char c : url)
    if (c <= 0x20 || c >= 0x7F) return false;
  return true;
}

std::string two(int v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", v);
  return buf;
}

std::string date_text(Date d) {
  const CivilDate c = civil_from_date(d);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", c.year, c.month, c.day);
  return buf;
}

// DTSTAMP: the moment the file was made, in UTC ("20261120T123456Z").
std::string utc_stamp(std::int64_t ms) {
  std::int64_t days = ms / kMsPerDay;
  std::int64_t rest = ms % kMsPerDay;
  if (rest < 0) {
    rest += kMsPerDay;
    --days;
  }
  const int secs = static_cast<int>(rest / 1000);
  return date_text(Date{static_cast<std::int32_t>(days)}) + "T" + two(secs / 3600) + two(secs / 60 % 60) +
         two(secs % 60) + "Z";
}

}  // namespace

std::string ics_escape_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;  // CRLF is one line break
        out += "\\n";
        break;
      case '\t': out += c; break;
      default:
        // TEXT allows no other control characters (RFC 5545 3.3.11).
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) break;
        out += c;
    }
  }
  return out;
}

std::string ics_fold_line(std::string_view line) {
  std::string out;
  std::size_t at = 0;
  std::size_t room = kFoldOctets;  // octets this physical line may still take
  while (line.size() - at > room) {
    std::size_t cut = at + room;
    // Never inside a UTF-8 character: back up over continuation octets (10xxxxxx).
    while (cut > at && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    if (cut == at) cut = at + room;  // not UTF-8 at all: cut where the octets say
    out.append(line, at, cut - at);
    out += "\r\n ";
    at = cut;
    room = kFoldOctets - 1;  // the leading space is part of the next line
  }
  out.append(line, at, std::string_view::npos);
  out += "\r\n";
  return out;
}

std::string format_time_of_day(int minutes) {
  if (minutes < 0 || minutes >= kMinutesPerDay) return {};
  return two(minutes / 60) + ":" + two(minutes % 60);
}

std::optional<int> parse_time_of_day(std::string_view text) {
  const auto digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  if (text.size() != 5 || text[2] != ':' || !digit(0) || !digit(1) || !digit(3) || !digit(4)) return std::nullopt;
  const int hour = (text[0] - '0') * 10 + (text[1] - '0');
  const int minute = (text[3] - '0') * 10 + (text[4] - '0');
  if (hour > 23 || minute > 59) return std::nullopt;
  return hour * 60 + minute;
}

std::string daily_reminder_ics(int hour, int minute, Date first_day, const std::string& app_url,
                               std::int64_t now_ms) {
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return {};
  const CivilDate day = civil_from_date(first_day);
  if (day.year < kMinYear || day.year > kMaxYear) return {};
  const bool link = usable_link(app_url);
  const std::string hhmm = two(hour) + two(minute);
  // Stable and unique without randomness or personal data: the same time (and app) gives the same
  // UID, so importing a new file for that time updates the event instead of adding a second one.
  const std::string uid = "painlink-reminder-" + hhmm + "-" +
                          checksum_hex("painlink-daily-reminder|" + two(hour) + ":" + two(minute) + "|" +
                                       (link ? app_url : std::string())) +
                          "@painlink";
  std::string description = kDescription;
  if (link) description += "\nOpen Painlink: " + app_url;

  std::string out;
  const auto line = [&](const std::string& text) { out += ics_fold_line(text); };
  line("BEGIN:VCALENDAR");
  line("VERSION:2.0");
  line("PRODID:-//Painlink//Daily reminder//EN");
  line("CALSCALE:GREGORIAN");
  line("METHOD:PUBLISH");
  line("BEGIN:VEVENT");
  line("UID:" + uid);
  line("DTSTAMP:" + utc_stamp(now_ms));
  // Floating time (no TZID, no Z): "at 20:00 wherever I am", as an alarm clock is.
  line("DTSTART:" + date_text(first_day) + "T" + hhmm + "00");
  line("DURATION:PT" + std::to_string(kReminderDurationMinutes) + "M");
  line("RRULE:FREQ=DAILY");
  line(std::string("SUMMARY:") + ics_escape_text(kSummary));
  line("DESCRIPTION:" + ics_escape_text(description));
  if (link) line("URL:" + app_url);
  line("TRANSP:TRANSPARENT");  // a reminder, not a meeting: the time is not shown as busy
  line("BEGIN:VALARM");
  line("ACTION:DISPLAY");
  line(std::string("DESCRIPTION:") + ics_escape_text(kSummary));  // required with ACTION:DISPLAY
  line("TRIGGER:PT0M");
  line("END:VALARM");
  line("END:VEVENT");
  line("END:VCALENDAR");
  return out;
}

bool reminder_due(const Journal& journal, Date today, int minutes_now) {
  const std::optional<int>& at = journal.settings.reminder_minutes;
  return at && minutes_now >= *at && !journal.entries.contains(today);
}

}  // namespace painlink
