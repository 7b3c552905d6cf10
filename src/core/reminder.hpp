// The daily reminder without a server: a calendar event the patient downloads and imports into
// any phone calendar (RFC 5545 iCalendar), and the in-app check of whether today's check-in is
// overdue. The time is Settings::reminder_minutes; the event carries no journal data at all (this
// file's functions are never handed the journal's entries, only the time and the app's address).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/date.hpp"
#include "core/model.hpp"

namespace painlink {

inline constexpr int kMinutesPerDay = 24 * 60;
inline constexpr int kReminderDurationMinutes = 5;
inline constexpr int kDefaultReminderMinutes = 20 * 60;  // what the time picker starts at

// A daily event at `hour`:`minute` local time, wherever the phone is (a floating DTSTART, no
// TZID), from `first_day` on: VCALENDAR 2.0 with one VEVENT (UID, DTSTAMP in UTC from `now_ms`,
// DTSTART, DURATION PT5M, RRULE:FREQ=DAILY, SUMMARY, DESCRIPTION with the link, URL) and a VALARM
// at the start. CRLF line endings, lines folded at 75 octets. `app_url` is the link back to the
// app: left out when it is empty or not one token of printable ASCII (it is never escaped into
// something else). Empty when hour is not 0-23, minute not 0-59 or first_day outside the journal's
// years.
std::string daily_reminder_ics(int hour, int minute, Date first_day, const std::string& app_url,
                               std::int64_t now_ms);

// RFC 5545 pieces, for the tests.
std::string ics_escape_text(std::string_view text);   // \\ \; \, \n; other control characters dropped
std::string ics_fold_line(std::string_view line);     // one content line, CRLF-terminated and folded

// "HH:MM" <-> minutes after midnight (0-1439). Strict: two digits each, in range.
std::string format_time_of_day(int minutes);
std::optional<int> parse_time_of_day(std::string_view text);

// The in-app prompt: a reminder time is set, it is now at or after it (minutes after local
// midnight), and today has no entry yet.
bool reminder_due(const Journal& journal, Date today, int minutes_now);

}  // namespace painlink
