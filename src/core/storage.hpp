// Durable storage of the journal on top of a plain key-value store (the browser's localStorage in
// the widget, a map in tests). The core decides *what* is written where; the platform only moves
// strings. Errors are values: nothing here throws to the caller or aborts.
//
// Layout under a base key K (default "painlink.journal"):
//   K, K + ".slot2"         two envelope slots; the valid one with the higher sequence wins
//   K + ".backup.N"         rolling backups (several generations)
//   K + ".aside.<time>"     values that could not be read, kept for the user to download
// The stored envelope is documented in README "Storage".
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/model.hpp"

namespace painlink {

namespace store_detail {
class ValueCache;
struct SlotRead;
}

enum class WriteStatus { ok, quota_exceeded, unavailable, verify_failed };

class KeyValueStore {
 public:
  virtual ~KeyValueStore() = default;
  virtual bool available() = 0;
  virtual std::optional<std::string> get(const std::string& key) = 0;
  virtual WriteStatus set(const std::string& key, const std::string& value) = 0;
  virtual void remove(const std::string& key) = 0;
  virtual std::vector<std::string> keys() = 0;
  // True when `key` holds exactly `value` (a save reads back what it wrote). A store whose values
  // cost a conversion to read (the browser's UTF-16 strings) compares on its own side instead.
  virtual bool holds(const std::string& key, const std::string& value) {
    const std::optional<std::string> stored = get(key);
    return stored && *stored == value;
  }
  // Copies the value under `from` to `to` exactly as stored and verifies the copy. A store whose
  // values are not UTF-8 bytes (the browser's UTF-16 strings, which may hold lone surrogates) copies
  // on its own side, so nothing is lost in a conversion. Anything but ok: `to` does not hold a copy.
  virtual WriteStatus copy(const std::string& from, const std::string& to) {
    const std::optional<std::string> value = get(from);
    if (!value) return WriteStatus::unavailable;
    const WriteStatus status = set(to, *value);
    if (status != WriteStatus::ok) return status;
    if (holds(to, *value)) return WriteStatus::ok;
    remove(to);  // a partial copy must not pass for the value
    return WriteStatus::verify_failed;
  }
};

// For tests and for the "storage unavailable" fallback: a map with an optional quota counted in
// UTF-16 code units of keys and values together, as browsers count localStorage.
class MemoryStore final : public KeyValueStore {
 public:
  explicit MemoryStore(std::size_t quota_utf16_units = 0 /* 0 = unlimited */, bool available = true);
  bool available() override;
  std::optional<std::string> get(const std::string& key) override;
  WriteStatus set(const std::string& key, const std::string& value) override;
  void remove(const std::string& key) override;
  std::vector<std::string> keys() override;
  WriteStatus copy(const std::string& from, const std::string& to) override;
  std::size_t used_utf16_units() const;
  std::map<std::string, std::string> data;  // public so tests can corrupt it directly
 private:
  std::size_t quota_;
  bool available_;
};

struct StoreNotice {
  enum class Kind {
    kept_aside,          // an unreadable value was moved to an ".aside." key
    newer_version,       // stored by a newer app: opened read-only, never downgraded
    migrated,            // an older schema was upgraded
    recovered_from_spare,// the newest slot was bad; the other slot was used
    storage_unavailable, // the browser refused storage: this session only
    quota_exceeded,      // could not save: the journal is only in memory
    other_tab_changed,   // another tab saved; its changes were merged in
    backup_dropped,      // a restore point was removed so that the save fits
    erased_elsewhere,    // another tab deleted everything: this journal is now what it left (empty)
  };
  Kind kind;
  std::string message;   // a sentence for the patient
  std::string key;       // the key concerned (e.g. where a value was kept aside), may be empty
};

// The sentence of an erased_elsewhere notice (also said when another tab's message tells of it).
inline constexpr const char* kErasedElsewhereMessage =
    "Your journal was deleted in another tab or window, so it is empty here too. Nothing this tab held of it "
    "was saved back.";

struct LoadResult {
  Journal journal;
  std::vector<StoreNotice> notices;
  bool read_only = false;   // true when the stored data is from a newer version
};

struct SaveResult {
  WriteStatus status = WriteStatus::ok;
  // Set only when another tab had saved meanwhile: ours merged into its copy (what is now stored
  // when status is ok). Otherwise what is stored is the journal given to save(); not copying it
  // here keeps a save of a 10-year journal from copying every entry (most of its cost in wasm).
  std::optional<Journal> merged;
  std::vector<StoreNotice> notices;
};

struct KeptAside {
  std::string key;
  std::size_t bytes = 0;
};

struct BackupInfo {
  std::string key;
  std::int64_t saved_at_ms = 0;
  int entry_count = 0;
};

class JournalStore {
 public:
  JournalStore(KeyValueStore& kv, std::string base_key);

  // Reads the newest valid slot (migrating older schemas, keeping unreadable values aside).
  LoadResult load(std::int64_t now_ms);

  // Saves `journal`. `touched` are the dates this session changed or removed since its last
  // successful save: if another tab saved meanwhile, the stored journal is re-read and only those
  // dates are taken from ours, so neither tab's other days are lost. Write spare slot, read back,
  // verify checksum, then it becomes current (higher sequence). Also rotates backups.
  SaveResult save(const Journal& journal, const std::set<Date>& touched, std::int64_t now_ms);

  // True when storage holds a newer sequence than this store last read or wrote (another tab).
  bool changed_elsewhere();

  // "Delete everything": removes the journal's slots, restore points and kept-aside copies, and
  // leaves one envelope of an empty journal marked with when it was erased (erased_at), numbered
  // above every save, so that another tab learns of the deletion at its next load or save instead
  // of saving its own copy back (the marker is carried on by every later save). ok: done and
  // marked; any other status: the data is removed but the marker could not be written;
  // unavailable also when read-only (nothing is touched) or there is no storage.
  WriteStatus erase_all(std::int64_t now_ms);
  // The latest deletion this store knows of (0: none): read from storage, made here, or told by
  // the app when another tab's message said so (note_erasure).
  std::int64_t erased_at() const { return erased_at_; }
  void note_erasure(std::int64_t erased_at_ms);

  std::vector<KeptAside> kept_aside();
  std::vector<BackupInfo> backups();
  std::optional<Journal> read_backup(const std::string& key);
  std::optional<std::string> raw(const std::string& key);  // for "download the kept-aside value"

  bool read_only() const { return read_only_; }
  std::uint64_t sequence() const { return seq_; }

 private:
  // False only when the newest backup is known to be under a day old and this save is no mass delete.
  bool backup_may_be_due(const store_detail::SlotRead& previous, int entries_after, std::int64_t now_ms) const;

  KeyValueStore& kv_;
  std::string base_;
  std::uint64_t seq_ = 0;
  bool read_only_ = false;
  // When the newest rolling backup was taken, as last read or written: while no backup can be due,
  // a save does not read the backups at all (three more full copies of the journal to fetch).
  std::optional<std::int64_t> newest_backup_ms_;
  int current_slot_ = -1;            // 0 = base key, 1 = ".slot2", -1 = nothing read or written yet
  std::int64_t erased_at_ = 0;       // erased_at(); written into every save
  bool loaded_ = false;              // load() ran before: a deletion found now is another tab's
  // The non-entry parts as last read or written: on a merge with another tab's save, ours win only
  // where this session changed them.
  Screening base_screening_;
  Assessment base_assessment_;
  Settings base_settings_;
  Json base_extra_ = Json::object();
  // What was last read or written under each key, so unchanged values are not parsed again.
  std::shared_ptr<store_detail::ValueCache> cache_;
};

}  // namespace painlink
