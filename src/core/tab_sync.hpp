// Several tabs of the same journal, without losing a day.
//
// localStorage is shared by every tab of an origin, but Chromium delivers one tab's writes to the
// others asynchronously, so "read, merge, write" in two tabs at once can overwrite a day the other
// tab has just saved. Only one tab therefore writes: the leader (the tab holding the Web Lock
// "painlink-writer:<key>"; when it closes, the lock and the role pass to a waiting tab). The other
// tabs are followers: they send what they changed to the leader over a BroadcastChannel and keep it
// in an outbox, resending until the leader acknowledges it. The leader merges, saves, and tells
// every tab which days it saved, with their contents, so each tab shows every day at once.
//
// Same-day edits from two tabs merge per field group (back pain, headache, factors, treatments,
// notes): a follower sends only the groups it changed, and the later edit of a group wins, so
// nothing else of that day is dropped.
//
// This file holds the message types and the group merge; JournalApp (journal_app.hpp) plays the
// roles; the platform only moves the JSON between tabs.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/interchange.hpp"
#include "core/model.hpp"

namespace painlink {

enum class TabRole { solo, leader, follower };
const char* to_string(TabRole r);

// Field groups of an entry.
inline constexpr std::uint8_t kGroupBack = 1, kGroupHeadache = 2, kGroupFactors = 4, kGroupTreatments = 8,
                              kGroupNotes = 16, kGroupExtra = 32, kAllGroups = 63;

// Which groups differ between two versions of a day (nullptr = no entry).
std::uint8_t changed_groups(const Entry* before, const Entry* after);

// `current` with `groups` taken from `incoming` (nullptr = the sender has no entry that day);
// nullopt when the result records nothing (the day is then removed).
std::optional<Entry> merge_groups(const Entry* current, const Entry* incoming, Date date, std::uint8_t groups);

struct DayChange {
  Date date{};
  std::uint8_t groups = kAllGroups;
  std::optional<Entry> entry;  // nullopt: the day has no entry (removed)
};

// "Delete everything" (JournalApp::erase_all) reaches every tab as a number: the time of the latest
// deletion a tab knows of (JournalStore::erased_at, also in storage). A follower's deletion is a
// request in its batch; the leader deletes, and its next message carries the new number, on which
// every other tab drops all it held, its unsent changes too. A batch carrying an older number was
// sent before its tab heard: its days belong to the deleted journal and are not taken.

// Follower -> leader: what one tab changed and has not seen acknowledged.
struct ChangeBatch {
  std::uint64_t batch = 0;  // acknowledged by number; a later batch holds everything still pending
  bool erase = false;       // delete everything first; `days` were changed after that
  std::optional<std::int64_t> erased_at;  // the latest deletion the sender knows of (absent: none)
  std::vector<DayChange> days;
  std::optional<Screening> screening;
  std::optional<Settings> settings;
  std::optional<Assessment> assessment;
};

// Leader -> every tab: days as they are now saved (whole entries), and the non-entry parts when
// they changed.
struct SavedDays {
  std::vector<DayChange> days;  // groups == kAllGroups: the entry is authoritative
  std::optional<Screening> screening;
  std::optional<Settings> settings;
  std::optional<Assessment> assessment;
  bool full = false;            // the whole journal (sent to a tab that just opened, or after a deletion)
  std::optional<std::int64_t> erased_at;  // the latest deletion the leader knows of (absent: none)
};

Json batch_to_json(const ChangeBatch& b);
Parsed<ChangeBatch> batch_from_json(const Json& j);
Json saved_to_json(const SavedDays& s);
Parsed<SavedDays> saved_from_json(const Json& j);

}  // namespace painlink
