// Pieces of JournalStore shared by storage.cpp (load/save) and storage_backups.cpp (backups and
// kept-aside values). Not a public API.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/storage.hpp"
#include "core/stored_value.hpp"

namespace painlink::store_detail {

inline constexpr int kSlotCount = 2;
inline constexpr int kBackupGenerations = 3;
inline constexpr std::int64_t kBackupIntervalMs = 24LL * 60 * 60 * 1000;

std::string slot_key(const std::string& base, int slot);        // base, base + ".slot2"
std::string backup_key(const std::string& base, int generation); // base + ".backup.N"
std::string aside_prefix(const std::string& base);              // base + ".aside."

// The classification of each value a JournalStore last read or wrote, by key. A save would
// otherwise parse both slots and every backup again (about 0.6 MB each for a 20-year journal) on
// every debounced keystroke; an unchanged value is recognised by its size and FNV-1a hash instead.
class ValueCache {
 public:
  StoredValue classify(const std::string& key, const std::string& raw);
  // By value: a save hands over the text it wrote and its fields (payload included) by moving them.
  void remember(const std::string& key, std::string raw, StoredValue value);
  // The text last read or written under `key`, nullptr when none: a store can confirm it is still
  // there (KeyValueStore::holds) more cheaply than hand over a copy.
  const std::string* known(const std::string& key) const;

 private:
  // The whole text, not a hash of it: comparing is a memcmp, and hashing 350 KB per slot per
  // save was a tenth of a save's time in wasm. The payload inside `value` is about as large again.
  struct Item {
    std::string raw;
    StoredValue value;
  };
  std::map<std::string, Item> items_;
};

// The envelope just written, as read_stored() would classify it (no need to parse it back).
StoredValue written_envelope(EnvelopeFields fields);

// The problem a repaired value reports (SlotRead::repaired): the load notice words it.
inline constexpr const char* kRepairedProblem =
    "some characters in it could not be read and are shown as \"\xEF\xBF\xBD\"";

// One stored value, classified and (with decode) turned into a journal.
struct SlotRead {
  std::string key;
  std::optional<std::string> raw;     // nullopt: nothing stored under the key
  // `raw` with each lone surrogate (as BrowserStore hands it over, not UTF-8) replaced by U+FFFD,
  // when that made it readable. Read from this text; `raw` is what must be kept aside.
  std::optional<std::string> repaired;
  StoredValue value;                  // decode, an older schema: after migration to the current one
  bool migrated = false;              // a schema 1 document was upgraded (the load says so)
  std::optional<Journal> journal;     // decode only: readable (perhaps with problems)
  std::vector<std::string> problems;  // decode only: entries/parts that were left out
  std::string problem;                // why it is not usable, as a clause ("it is not valid JSON")

  // Ours and current (or migratable) with a good checksum. With decode: also fully decoded.
  bool usable() const;
  std::uint64_t seq() const { return value.seq.value_or(0); }
  const std::string& text() const { return repaired ? *repaired : *raw; }  // raw must be set
};

// `cache` may be null (no caching).
// What is stored under `key`; when it is still what `cache` last saw there, confirmed in place
// rather than copied out of the store.
std::optional<std::string> read_raw(KeyValueStore& kv, const std::string& key, const ValueCache* cache);
SlotRead read_slot(KeyValueStore& kv, const std::string& key, bool decode, ValueCache* cache);
SlotRead read_value(const std::string& key, std::optional<std::string> raw, bool decode, ValueCache* cache);

// Index of the usable slot with the highest seq (the base key wins a tie), -1 when none.
int newest_usable(const SlotRead (&slots)[kSlotCount]);

// Copies the value under `from` (whose text is `raw`) to base.aside.<now_ms> unless an identical
// copy is already kept aside. The store copies it (KeyValueStore::copy), so the copy is exact even
// where `raw` is not. Returns the key holding the copy, nullopt when storage refused or the copy
// did not verify: then the value under `from` must not be overwritten.
std::optional<std::string> keep_aside(KeyValueStore& kv, const std::string& base, const std::string& from,
                                      const std::string& raw, std::int64_t now_ms);

// Backup generations hold copies this app made. One that cannot be read any more is replaced
// first (it protects nothing); one written by a newer version is left alone.
struct BackupHeader {
  std::string key;
  bool present = false;
  bool valid = false;
  bool newer = false;
  EnvelopeFields fields;  // payload included
  std::string unreadable;  // present, neither valid nor newer: the stored text, to keep it aside
  std::string problem;     // why it is unreadable, as a clause ("it is not valid JSON")
  std::int64_t taken_at_ms() const { return fields.backup_at_ms.value_or(fields.saved_at_ms); }
};
std::vector<BackupHeader> read_backups(KeyValueStore& kv, const std::string& base, ValueCache* cache);

// The oldest backup, removed from the store, with its value so it can be put back.
struct TakenBackup {
  std::string key;
  std::string value;
  std::int64_t saved_at_ms = 0;
};
std::optional<TakenBackup> take_oldest_backup(KeyValueStore& kv, const std::string& base, ValueCache* cache);

// A mass delete or replace: worth a backup of the state before it, whatever the time.
bool is_sharp_drop(int entries_before, int entries_after);

// Writes `previous` (the state the save just superseded) as a new backup generation when one is
// due. Returns when the newest readable backup was taken afterwards (the one just written, or the
// newest already there), nullopt when there is none. A generation holding something unreadable is
// reused only once a copy of it is kept aside; `notices` gets a sentence for each such copy.
std::optional<std::int64_t> rotate_backups(KeyValueStore& kv, const std::string& base, const SlotRead& previous,
                                           int entries_after, std::int64_t now_ms, ValueCache* cache,
                                           std::vector<StoreNotice>& notices);

}  // namespace painlink::store_detail
