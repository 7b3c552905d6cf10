// Rolling backups (base.backup.0..2) and the read-only views of backups and kept-aside values.
#include <algorithm>

#include "core/migrations.hpp"
#include "core/storage_internal.hpp"
#include "core/store_codec.hpp"

namespace painlink {

namespace store_detail {

std::vector<BackupHeader> read_backups(KeyValueStore& kv, const std::string& base, ValueCache* cache) {
  std::vector<BackupHeader> out;
  for (int g = 0; g < kBackupGenerations; ++g) {
    BackupHeader h;
    h.key = backup_key(base, g);
    if (const auto raw = read_raw(kv, h.key, cache)) {
      StoredValue v = cache ? cache->classify(h.key, *raw) : read_stored(*raw);
      h.present = true;
      h.valid = v.kind == StoredKind::envelope;
      h.newer = v.kind == StoredKind::newer;
      if (h.valid) h.fields = std::move(v.fields);
      else if (!h.newer) {
        h.unreadable = *raw;
        h.problem = v.problem;
      }
    }
    out.push_back(std::move(h));
  }
  return out;
}

namespace {

// The generation to give up first: unreadable before readable, then the oldest. Never `except`
// and never a newer version's; with `unreadable_too` false only readable ones (an unreadable one
// that could not be kept aside stays as it is).
const BackupHeader* first_to_drop(const std::vector<BackupHeader>& all, const std::string& except,
                                  bool unreadable_too) {
  const BackupHeader* victim = nullptr;
  for (const BackupHeader& h : all) {
    if (!h.present || h.newer || h.key == except || (!h.valid && !unreadable_too)) continue;
    if (!victim || (!h.valid && victim->valid) ||
        (h.valid == victim->valid && h.taken_at_ms() < victim->taken_at_ms()))
      victim = &h;
  }
  return victim;
}

}  // namespace

std::optional<TakenBackup> take_oldest_backup(KeyValueStore& kv, const std::string& base, ValueCache* cache) {
  const std::vector<BackupHeader> all = read_backups(kv, base, cache);
  // The main save comes first: it may take the room of an unreadable generation too.
  const BackupHeader* victim = first_to_drop(all, "", true);
  if (!victim) return std::nullopt;
  std::optional<std::string> value = kv.get(victim->key);
  if (!value) return std::nullopt;
  TakenBackup out{victim->key, std::move(*value), victim->taken_at_ms()};
  kv.remove(victim->key);
  return out;
}

bool is_sharp_drop(int entries_before, int entries_after) {
  constexpr int kMinEntriesLost = 3;
  return entries_before - entries_after >= kMinEntriesLost && entries_after * 2 <= entries_before;
}

std::optional<std::int64_t> rotate_backups(KeyValueStore& kv, const std::string& base, const SlotRead& previous,
                                           int entries_after, std::int64_t now_ms, ValueCache* cache,
                                           std::vector<StoreNotice>& notices) {
  // The superseded state as an envelope of the current schema (an older one is upgraded: the
  // backup is written with the current schema number, so its payload must be the current one).
  EnvelopeFields fields;
  if (previous.value.kind == StoredKind::envelope && previous.value.schema == kStoreSchema) {
    fields = previous.value.fields;
  } else if ((previous.value.kind == StoredKind::envelope || previous.value.kind == StoredKind::interchange) &&
             previous.raw) {
    const Migrated m = migrate_to_current(previous.text(), previous.value.schema);
    if (!m.stored) return std::nullopt;
    StoredValue v = read_stored(*m.stored);
    if (v.kind != StoredKind::envelope) return std::nullopt;
    fields = std::move(v.fields);
    if (previous.value.kind == StoredKind::interchange)
      fields.saved_at_ms = now_ms;  // schema 1 had no time; "as of this upgrade"
  } else {
    return std::nullopt;
  }

  std::vector<BackupHeader> all = read_backups(kv, base, cache);
  const BackupHeader* newest = nullptr;
  for (const BackupHeader& h : all)
    if (h.valid && (!newest || h.taken_at_ms() > newest->taken_at_ms())) newest = &h;
  // A clock moved back by more than a day also counts as due, or backups would stop for that long.
  const bool due = !newest || now_ms - newest->taken_at_ms() >= kBackupIntervalMs ||
                   newest->taken_at_ms() - now_ms >= kBackupIntervalMs ||
                   is_sharp_drop(fields.entry_count, entries_after);
  const std::optional<std::int64_t> newest_ms =
      newest ? std::optional<std::int64_t>(newest->taken_at_ms()) : std::nullopt;
  if (!due) return newest_ms;

  // Replace an unreadable generation first (it protects nothing) once a copy of it is kept aside,
  // then fill a free one, else replace the oldest. One that cannot be kept aside stays as it is.
  const BackupHeader* target = nullptr;
  for (const BackupHeader& h : all) {
    if (!h.present || h.valid || h.newer) continue;
    const std::optional<std::string> aside = keep_aside(kv, base, h.key, h.unreadable, now_ms);
    if (!aside) continue;
    notices.push_back({StoreNotice::Kind::kept_aside,
                       "An automatic restore point could not be read (" + h.problem +
                           "). A copy was kept aside so nothing is lost, and it can be downloaded.",
                       *aside});
    target = &h;
    break;
  }
  if (!target)
    for (const BackupHeader& h : all)
      if (!h.present) {
        target = &h;
        break;
      }
  if (!target)
    for (const BackupHeader& h : all)
      if (h.valid && (!target || h.taken_at_ms() < target->taken_at_ms())) target = &h;
  if (!target) return newest_ms;  // every generation is a newer version's
  const std::string key = target->key;

  fields.backup_at_ms = now_ms;
  std::string text = write_envelope(fields);
  WriteStatus status = kv.set(key, text);
  // Room for the newest backup comes from older ones; the main slots are never touched here.
  while (status == WriteStatus::quota_exceeded) {
    const std::vector<BackupHeader> now_stored = read_backups(kv, base, cache);
    const BackupHeader* victim = first_to_drop(now_stored, key, false);
    if (!victim) break;
    kv.remove(victim->key);
    status = kv.set(key, text);
  }
  if (status != WriteStatus::ok) return std::nullopt;  // older ones may be gone: read them next time
  if (cache) cache->remember(key, std::move(text), written_envelope(std::move(fields)));
  return now_ms;
}

}  // namespace store_detail

using namespace store_detail;

std::vector<KeptAside> JournalStore::kept_aside() {
  std::vector<KeptAside> out;
  const std::string prefix = aside_prefix(base_);
  for (const std::string& key : kv_.keys())
    if (key.rfind(prefix, 0) == 0)
      if (const auto raw = kv_.get(key)) out.push_back({key, raw->size()});
  std::sort(out.begin(), out.end(), [](const KeptAside& a, const KeptAside& b) { return a.key < b.key; });
  return out;
}

std::vector<BackupInfo> JournalStore::backups() {
  std::vector<BackupInfo> out;
  for (const BackupHeader& h : read_backups(kv_, base_, cache_.get()))
    if (h.valid) out.push_back({h.key, h.fields.saved_at_ms, h.fields.entry_count});
  std::sort(out.begin(), out.end(),
            [](const BackupInfo& a, const BackupInfo& b) { return a.saved_at_ms > b.saved_at_ms; });
  return out;
}

std::optional<Journal> JournalStore::read_backup(const std::string& key) {
  SlotRead s = read_slot(kv_, key, true, nullptr);
  if (!s.journal) return std::nullopt;
  return s.journal;
}

std::optional<std::string> JournalStore::raw(const std::string& key) { return kv_.get(key); }

}  // namespace painlink
