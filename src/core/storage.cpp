// JournalStore::load / save / changed_elsewhere: choosing between the two slots, merging with
// another tab's save, and writing so that a failed or interrupted save never loses the last good one.
#include "core/storage.hpp"

#include <algorithm>

#include "core/storage_internal.hpp"
#include "core/store_codec.hpp"

namespace painlink {

using namespace store_detail;

namespace {

StoreNotice notice(StoreNotice::Kind kind, std::string message, std::string key = "") {
  return StoreNotice{kind, std::move(message), std::move(key)};
}

const char* const kNewerMessage =
    "Your journal was saved by a newer version of Painlink. This version opened it read-only and will not "
    "save, so nothing the newer version wrote is lost. Please use the newer version to make changes.";
const char* const kUnavailableMessage =
    "This browser does not allow this page to store data (private browsing or storage turned off). Entries "
    "last only until the page is closed: export your journal to keep them.";
const char* const kQuotaMessage =
    "The browser's storage for this page is full, so your latest changes are not saved yet. Export your "
    "journal to keep them safe; the last saved copy is unchanged.";

std::string aside_message(const std::string& problem, const std::optional<std::string>& key, bool read_only) {
  if (read_only)  // nothing is written in read-only mode, and nothing is overwritten either
    return "Some saved journal data could not be read (" + problem + "). It is left as it is and can be downloaded.";
  if (key)
    return "Some saved journal data could not be read (" + problem +
           "). A copy was kept aside so nothing is lost, and it can be downloaded.";
  return "Some saved journal data could not be read (" + problem +
         "), and there was no room to keep a copy aside. It will not be overwritten.";
}

std::string partial_message(std::vector<std::string> problems, const std::optional<std::string>& key) {
  const auto repaired = std::find(problems.begin(), problems.end(), std::string(kRepairedProblem));
  const bool characters = repaired != problems.end();
  if (characters) problems.erase(repaired);
  std::string m;
  if (!problems.empty())
    m = std::to_string(problems.size()) +
        (problems.size() == 1 ? " part of your saved journal" : " parts of your saved journal") +
        " could not be read and " + (problems.size() == 1 ? "was" : "were") + " left out (" + problems.front() +
        ").";
  if (characters)
    m += std::string(m.empty() ? "" : " ") +
         "Some characters in your saved journal (a broken emoji or symbol) could not be read and are shown as "
         "\"\xEF\xBF\xBD\".";
  m += key ? " The complete saved copy was kept aside and can be downloaded."
           : " There was no room to keep the complete saved copy aside.";
  return m;
}

// A slot that cannot be used but may have been our newest save (a damaged envelope with a higher or
// unknown seq, or a value cut short): using the other slot then means the latest save is missing.
bool may_have_been_newest(const SlotRead& bad, const SlotRead& used) {
  if (bad.value.kind == StoredKind::unreadable) return true;
  const bool ours = bad.value.kind == StoredKind::damaged || bad.value.kind == StoredKind::envelope;
  return ours && (!bad.value.seq || *bad.value.seq > used.seq());
}

}  // namespace

JournalStore::JournalStore(KeyValueStore& kv, std::string base_key)
    : kv_(kv), base_(std::move(base_key)), cache_(std::make_shared<ValueCache>()) {}

LoadResult JournalStore::load(std::int64_t now_ms) {
  LoadResult result;
  read_only_ = false;
  seq_ = 0;
  current_slot_ = -1;
  newest_backup_ms_.reset();
  if (!kv_.available()) {
    result.notices.push_back(notice(StoreNotice::Kind::storage_unavailable, kUnavailableMessage));
    return result;
  }
  SlotRead slots[kSlotCount] = {read_slot(kv_, slot_key(base_, 0), false, cache_.get()),
                                read_slot(kv_, slot_key(base_, 1), false, cache_.get())};
  for (const SlotRead& s : slots)
    if (s.value.kind == StoredKind::newer) read_only_ = true;
  result.read_only = read_only_;
  if (read_only_) result.notices.push_back(notice(StoreNotice::Kind::newer_version, kNewerMessage));

  // Decode only the newest usable slot; if its payload turns out unreadable, the other one.
  int best = -1;
  while ((best = newest_usable(slots)) >= 0) {
    SlotRead& s = slots[best];
    s = read_value(s.key, std::move(s.raw), true, cache_.get());
    if (s.journal) break;
  }
  bool recovered = false;
  for (const SlotRead& s : slots) {
    if (!s.raw || s.usable() || s.value.kind == StoredKind::newer) continue;
    // Read-only never writes; the value is safe anyway because read-only never saves over it.
    const std::optional<std::string> key =
        read_only_ ? std::optional<std::string>(s.key) : keep_aside(kv_, base_, s.key, *s.raw, now_ms);
    result.notices.push_back(
        notice(StoreNotice::Kind::kept_aside, aside_message(s.problem, key, read_only_), key.value_or("")));
    if (best >= 0 && may_have_been_newest(s, slots[best])) recovered = true;
  }
  if (best >= 0) {
    SlotRead& s = slots[best];
    if (!s.problems.empty()) {
      const std::optional<std::string> key =
          read_only_ ? std::optional<std::string>(s.key) : keep_aside(kv_, base_, s.key, *s.raw, now_ms);
      result.notices.push_back(
          notice(StoreNotice::Kind::kept_aside, partial_message(s.problems, key), key.value_or("")));
    }
    if (recovered)
      result.notices.push_back(notice(StoreNotice::Kind::recovered_from_spare,
                                      "The most recent save could not be read, so the journal was opened from "
                                      "the save before it. Your latest changes may be missing.",
                                      s.key));
    if (s.migrated)
      result.notices.push_back(notice(StoreNotice::Kind::migrated,
                                      "Your journal was upgraded to the current storage format. It is saved in "
                                      "that format from now on.",
                                      s.key));
    // A deletion newer than the one this store knew: another tab deleted what this one showed.
    const std::int64_t erased = s.value.fields.erased_at_ms.value_or(0);
    if (erased > erased_at_ && loaded_)
      result.notices.push_back(notice(StoreNotice::Kind::erased_elsewhere, kErasedElsewhereMessage, s.key));
    erased_at_ = std::max(erased_at_, erased);
    result.journal = std::move(*s.journal);
    seq_ = s.seq();
    current_slot_ = best;
  }
  loaded_ = true;
  base_screening_ = result.journal.screening;
  base_assessment_ = result.journal.assessment;
  base_settings_ = result.journal.settings;
  base_extra_ = result.journal.extra;
  return result;
}

bool JournalStore::backup_may_be_due(const SlotRead& previous, int entries_after, std::int64_t now_ms) const {
  if (!newest_backup_ms_ || previous.value.kind != StoredKind::envelope) return true;
  const std::int64_t age_ms = now_ms - *newest_backup_ms_;
  return age_ms >= kBackupIntervalMs || -age_ms >= kBackupIntervalMs ||
         is_sharp_drop(previous.value.fields.entry_count, entries_after);
}

SaveResult JournalStore::save(const Journal& journal, const std::set<Date>& touched, std::int64_t now_ms) {
  SaveResult result;
  if (read_only_) {
    result.status = WriteStatus::unavailable;
    result.notices.push_back(notice(StoreNotice::Kind::newer_version, kNewerMessage));
    return result;
  }
  if (!kv_.available()) {
    result.status = WriteStatus::unavailable;
    result.notices.push_back(notice(StoreNotice::Kind::storage_unavailable, kUnavailableMessage));
    return result;
  }
  SlotRead slots[kSlotCount] = {read_slot(kv_, slot_key(base_, 0), false, cache_.get()),
                                read_slot(kv_, slot_key(base_, 1), false, cache_.get())};
  std::uint64_t highest_seq = seq_;
  for (const SlotRead& s : slots) {
    if (s.value.kind == StoredKind::newer) read_only_ = true;  // a newer app saved meanwhile
    if (s.value.seq && *s.value.seq > highest_seq) highest_seq = *s.value.seq;
  }
  if (read_only_) {
    result.status = WriteStatus::unavailable;
    result.notices.push_back(notice(StoreNotice::Kind::newer_version, kNewerMessage));
    return result;
  }

  // Another tab saved since we last read or wrote: its journal is the base, ours adds the touched dates.
  const int best = newest_usable(slots);
  if (best >= 0 && slots[best].seq() > seq_) {
    SlotRead theirs = read_value(slots[best].key, slots[best].raw, true, cache_.get());
    const std::int64_t erased = theirs.value.fields.erased_at_ms.value_or(0);
    if (theirs.journal && erased > erased_at_) {
      // Everything was deleted since this store last read: the dates touched here were changed
      // before this tab knew, so they are part of what was deleted. What is stored stays as it is.
      erased_at_ = erased;
      result.merged = std::move(*theirs.journal);
      result.notices.push_back(notice(StoreNotice::Kind::erased_elsewhere, kErasedElsewhereMessage, slots[best].key));
    } else if (theirs.journal) {
      Journal merged = std::move(*theirs.journal);
      for (const Date d : touched) {
        const auto ours = journal.entries.find(d);
        if (ours != journal.entries.end()) merged.entries[d] = ours->second;
        else merged.entries.erase(d);
      }
      if (journal.screening != base_screening_) merged.screening = journal.screening;
      if (journal.assessment != base_assessment_) merged.assessment = journal.assessment;
      if (journal.settings != base_settings_) merged.settings = journal.settings;
      if (journal.extra != base_extra_) merged.extra = journal.extra;
      result.merged = std::move(merged);
      result.notices.push_back(notice(StoreNotice::Kind::other_tab_changed,
                                      "Your journal was also changed in another tab or window. Both sets of "
                                      "changes were kept.",
                                      slots[best].key));
    }
  }

  const Journal& out = result.merged ? *result.merged : journal;

  // Write the slot that does not hold the newest good save. A slot holding data we cannot read is
  // only overwritten once a copy of it is kept aside.
  int target = best >= 0 ? 1 - best : (current_slot_ >= 0 ? 1 - current_slot_ : 0);
  const auto may_overwrite = [&](int slot) {
    const SlotRead& s = slots[slot];
    return !s.raw || s.usable() || keep_aside(kv_, base_, s.key, *s.raw, now_ms).has_value();
  };
  if (!may_overwrite(target)) {
    if (!may_overwrite(1 - target)) {
      result.status = WriteStatus::quota_exceeded;
      result.notices.push_back(notice(StoreNotice::Kind::quota_exceeded, kQuotaMessage));
      return result;
    }
    target = 1 - target;
  }

  EnvelopeFields fields;
  fields.seq = highest_seq + 1;
  fields.saved_at_ms = now_ms;
  if (erased_at_ > 0) fields.erased_at_ms = erased_at_;  // carried on, for tabs that missed it
  fields.entry_count = static_cast<int>(out.entries.size());
  fields.payload = encode_payload(out);
  std::string text = write_envelope(fields);
  const std::string key = slot_key(base_, target);
  // The main save has priority over backups, but a restore point is only given up when that makes
  // the save fit: if the save still fails, every one taken is put back.
  WriteStatus status = kv_.set(key, text);
  std::vector<TakenBackup> taken;
  while (status == WriteStatus::quota_exceeded) {
    std::optional<TakenBackup> t = take_oldest_backup(kv_, base_, cache_.get());
    if (!t) break;
    taken.push_back(std::move(*t));
    status = kv_.set(key, text);
  }
  if (status != WriteStatus::ok) {
    for (auto it = taken.rbegin(); it != taken.rend(); ++it) kv_.set(it->key, it->value);
  } else if (!taken.empty()) {
    result.notices.push_back(notice(
        StoreNotice::Kind::backup_dropped,
        "The browser's storage was full, so " +
            std::string(taken.size() == 1 ? "the oldest restore point was" : "the oldest restore points were") +
            " removed to save your latest changes. Download a backup to keep a copy outside the browser."));
  }
  if (status != WriteStatus::ok) {
    result.status = status;
    if (status == WriteStatus::quota_exceeded)
      result.notices.push_back(notice(StoreNotice::Kind::quota_exceeded, kQuotaMessage, key));
    else result.notices.push_back(notice(StoreNotice::Kind::storage_unavailable, kUnavailableMessage, key));
    return result;
  }
  // Read back: identical text is a stronger check than a matching checksum (and costs no parse).
  if (!kv_.holds(key, text)) {
    // The status says it (the app words the notice). The other slot still holds the previous save,
    // and load() sets the unconfirmed slot aside if it is unreadable.
    result.status = WriteStatus::verify_failed;
    return result;
  }
  seq_ = fields.seq;
  const int entry_count = fields.entry_count;
  cache_->remember(key, std::move(text), written_envelope(std::move(fields)));  // no use for either after this
  current_slot_ = target;
  base_screening_ = out.screening;
  base_assessment_ = out.assessment;
  base_settings_ = out.settings;
  base_extra_ = out.extra;
  // The superseded save becomes a backup when one is due (daily, or before a mass delete).
  if (best >= 0 && backup_may_be_due(slots[best], entry_count, now_ms))
    newest_backup_ms_ =
        rotate_backups(kv_, base_, slots[best], entry_count, now_ms, cache_.get(), result.notices);
  return result;
}

bool JournalStore::changed_elsewhere() {
  if (!kv_.available()) return false;
  for (int i = 0; i < kSlotCount; ++i) {
    const SlotRead s = read_slot(kv_, slot_key(base_, i), false, cache_.get());
    if ((s.usable() || s.value.kind == StoredKind::newer) && s.value.seq && *s.value.seq > seq_) return true;
  }
  return false;
}

}  // namespace painlink
