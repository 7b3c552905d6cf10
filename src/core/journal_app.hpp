// The widget's state machine, without a screen: the journal, its storage, what the patient must
// be told, and the JS API. The UI (src/ui) draws from it and turns clicks into its actions; the
// platform (src/platform) feeds it a KeyValueStore and a clock. Plain C++: tested natively.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include "core/interchange.hpp"
#include "core/model.hpp"
#include "core/storage.hpp"
#include "core/tab_sync.hpp"

namespace painlink {

enum class SaveState {
  saved,        // everything is in storage
  pending,      // a change waits for its (debounced) save
  failed_quota, // storage is full: the journal is only in memory
  unavailable,  // the browser gives us no storage: this session only
  read_only,    // stored by a newer version: we never overwrite it
};

struct Notice {
  enum class Level { info, warning, danger };
  std::int64_t id = 0;
  Level level = Level::info;
  std::string text;
  // What the notice offers the patient to do about it.
  enum class Action {
    none,
    download_backup,  // download a JSON backup of the journal now
    download_kept,    // download the value kept aside under `key` (storage could not read it)
  };
  Action action = Action::none;
  std::string key;  // download_kept only
  bool sticky = false;  // stays until the cause is gone (e.g. storage full)
};

// Actions (the `update(model, action)` half). Each returns whether the journal changed.
// What changed since the shell last asked (JournalApp::take_changes). The shell's one
// `after_change` does the follow-up for every source alike - the UI, the JS API, an import, a
// restore, another tab, the storage event: the UI refreshes, the page hears one "change" event,
// frames are drawn, other tabs are told.
struct ChangeSet {
  enum Kind : std::uint8_t {
    entries = 1,    // entry data the analysis reads
    notes = 2,      // only the notes of a day that already existed: the analysis ignores them
    screening = 4,
    settings = 8,
    notices = 16,   // notices came or went (the journal itself did not change)
    assessment = 32,  // self-check answers (evaluated on their own, not by the journal's analysis)
  };
  static constexpr std::uint8_t whole_journal = entries | screening | settings | assessment;
  std::uint8_t kinds = 0;
  bool empty() const { return kinds == 0; }
  bool journal() const { return (kinds & (entries | notes | screening | settings | assessment)) != 0; }
  bool analysis() const { return (kinds & (entries | screening | settings)) != 0; }
};

struct JournalActions {
  static bool put_entry(Journal& j, Entry e);     // upsert by date; an empty entry removes the day
  static bool remove_entry(Journal& j, Date d);
};

class JournalApp {
 public:
  using Clock = std::function<std::int64_t()>;
  JournalApp(KeyValueStore& kv, std::string storage_key, Clock clock_ms);

  void start();  // loads storage; notices say what happened

  const Journal& journal() const { return journal_; }
  const Entry* entry(Date d) const;
  std::uint64_t revision() const { return revision_; }  // bumps on every journal change
  // Bumps on every change the analysis reads (not on notes-only edits): the key of analysis caches.
  std::uint64_t analysis_revision() const { return analysis_revision_; }
  // The changes since the last call (and forgets them). Called by the shell after every event.
  ChangeSet take_changes() { return std::exchange(changes_, ChangeSet{}); }

  // Changes. `debounce` is for typing (notes): the save happens shortly after, not per key.
  enum class SaveTiming { now, debounce };
  void put_entry(Entry e, SaveTiming timing = SaveTiming::now);
  void remove_entry(Date d);
  void set_screening(Screening s);
  void set_settings(Settings s);
  // The self-assessment (assessment/questions.hpp). Each change is saved at once and reaches the
  // other tabs; `today` dates the take. The safety questions are set_screening's.
  // False (nothing changes) for an unknown question or an answer that is not one of its options.
  bool set_assessment_answer(const std::string& id, const std::string& answer, Date today);
  bool clear_assessment_answer(const std::string& id, Date today);  // false: it was unanswered
  // "Start again": the current take becomes the previous one (what changed is shown against it) and
  // the current one is empty. False when nothing is answered yet (the previous take stays).
  bool start_assessment_again();
  // Adds the factor fields and medicine kinds the answers suggest (evaluate.hpp TrackSuggestions)
  // to Settings.tracked_*, after those already there. False when there was nothing new to add.
  bool apply_tracking_suggestions();
  // "Delete everything": the journal, the self-check answers and the settings, with every stored
  // copy (restore points, kept-aside values) and the backup reminder's dates. The other tabs empty
  // too and say why; none saves its copy back. A follower asks the writing tab to do it (shown
  // empty at once, saved when acknowledged). Errors are values: read_only (a newer version's
  // journal: nothing is touched), not_marked (removed, but storage refused the marker that tells
  // other tabs, see JournalStore::erase_all). `days` is how many days were deleted.
  enum class EraseStatus { ok, read_only, not_marked };
  struct EraseResult {
    EraseStatus status = EraseStatus::ok;
    int days = 0;
  };
  EraseResult erase_all();
  ImportResult preview_import(std::string_view text, ImportMode mode) const;
  void apply_import(const ImportResult& preview);
  bool restore_backup(const std::string& key);

  // Persistence. tick() saves when a debounced save is due; returns ms until it is due (or -1).
  int tick();
  void flush();                 // save anything pending now (page hidden, closing)
  void on_storage_changed();    // another tab wrote (or freed space): merge and refresh, retry a failed save
  // While a save failed for lack of space: retry now (the platform calls it every kRetrySaveMs).
  void retry_save();
  int retry_in_ms() const;      // kRetrySaveMs while a save waits for space, else -1
  // Changes that would be lost if the page closed now (the page asks before unloading).
  bool unsaved() const;
  SaveState save_state() const { return save_state_; }
  const char* save_state_text() const;
  std::int64_t last_saved_ms() const { return last_saved_ms_; }
  std::int64_t now_ms() const { return clock_(); }  // the clock it was given (ms since 1970, UTC)
  JournalStore& store() { return store_; }

  const std::vector<Notice>& notices() const { return notices_; }
  void dismiss(std::int64_t id);

  // Tabs (core/tab_sync.hpp says why only one writes). solo: this tab reads and writes storage
  // itself (a browser without Web Locks or BroadcastChannel). The platform moves the JSON.
  void set_role(TabRole role);  // follower -> leader: saves everything this tab holds
  TabRole role() const { return role_; }
  // Follower: the changes the leader has not acknowledged, as a batch to send; nullopt when there
  // are none, while typing is debounced, or when they were sent less than kResendMs ago unchanged.
  std::optional<Json> outgoing();
  void acknowledged(std::uint64_t batch);
  // Leader: a follower's batch is merged per field group and saved. Returns the batch number to
  // acknowledge, nullopt for a message that cannot be read (nothing changes).
  std::optional<std::uint64_t> receive_changes(const Json& batch);
  // Leader: the days changed since the last call, as a message for every tab (nullopt: nothing
  // new); `full` sends the whole journal (for a tab that just opened).
  std::optional<Json> take_saved(bool full = false);
  // Follower: the leader's days; this tab's unacknowledged groups stay on top of them.
  void receive_saved(const Json& saved);

  // Backup reminders. The browser may clear a site's storage when space runs low unless the site
  // was granted persistent storage, so a patient without a recent download is reminded.
  void record_backup_download();            // the patient downloaded a JSON backup just now
  void set_storage_persisted(bool persisted);  // navigator.storage.persisted() (unknown until told)
  // A sentence when a reminder is due (no backup for kBackupReminderDays, storage not persistent,
  // at least a week recorded, not snoozed); empty otherwise.
  std::string backup_reminder() const;
  void snooze_backup_reminder();            // "Remind me later": kSnoozeDays
  std::int64_t last_backup_download_ms() const { return meta_.last_backup_ms; }

  // JS API, JSON in and out (the shapes are in README "Embedding API").
  Json api_add_entry(std::string_view text);
  Json api_entries() const;
  std::string api_export() const;
  Json api_import(std::string_view text, ImportMode mode);
  Json api_status() const;

 private:
  void changed(const std::set<Date>& dates, SaveTiming timing, std::uint8_t kinds, std::uint8_t groups = kAllGroups);
  void record(std::uint8_t kinds);  // bumps the revisions and remembers the change for take_changes
  void note_notices_changed();
  // The journal's parts that are not entries; each syncs between tabs as a whole.
  void mark_parts_pending(bool screening, bool settings, bool assessment = false);
  bool parts_pending() const;
  void set_assessment(Assessment a);
  // "Delete everything": this tab's copy (and its unsent changes) goes; erase_storage removes the
  // stored one. False when storage took the deletion but not the marker that tells other tabs.
  void forget_everything();
  bool erase_storage();
  void erase_for_follower();            // leader: a follower asked to delete everything
  void forget_for_erasure_elsewhere();  // follower: the leader says another tab deleted everything
  void heard_erasure_elsewhere();       // the journal shown here was deleted in another tab
  bool outbox_pending() const;     // follower: something waits for the leader's acknowledgement
  void save();
  void notify(Notice::Level level, std::string text, Notice::Action action = Notice::Action::none,
              bool sticky = false, std::string key = "");
  void clear_sticky();
  void adopt_notices(const std::vector<StoreNotice>& store_notices);

  struct Meta {  // per-device facts kept beside the journal under K + ".meta"
    std::int64_t last_backup_ms = 0;
    std::int64_t snoozed_until_ms = 0;
  };
  void load_meta();
  void save_meta();

  KeyValueStore& kv_;
  std::string meta_key_;
  Meta meta_;
  std::optional<bool> persisted_;
  JournalStore store_;
  Clock clock_;
  Journal journal_;
  std::set<Date> touched_;
  std::uint64_t revision_ = 1;
  std::uint64_t analysis_revision_ = 1;
  ChangeSet changes_;
  SaveState save_state_ = SaveState::saved;
  std::int64_t save_due_ms_ = -1;
  std::int64_t last_saved_ms_ = 0;
  std::vector<Notice> notices_;
  std::int64_t next_notice_id_ = 1;
  bool storage_ok_ = true;

  // Tabs.
  struct Pending {
    std::uint8_t groups = 0;     // field groups this tab changed that day
    std::uint64_t version = 0;   // outbox_version_ at the last change
    std::optional<Entry> mine;   // the day as this tab has it (nullopt: removed)
  };
  TabRole role_ = TabRole::solo;
  std::map<Date, Pending> outbox_;
  std::uint64_t screening_version_ = 0, settings_version_ = 0, assessment_version_ = 0;  // 0: not pending
  std::uint64_t outbox_version_ = 0, sent_version_ = 0;
  std::int64_t sent_ms_ = 0;
  std::set<Date> to_broadcast_;  // leader: days changed since the last take_saved()
  bool parts_to_broadcast_ = false;
  bool erasure_to_broadcast_ = false;  // leader: everything was deleted since the last take_saved()
  std::uint64_t erase_requested_ = 0;  // follower: outbox version of a deletion not yet acknowledged
  bool expect_erasure_ = false;        // follower: the deletion it asked for is not heard of yet
};

inline constexpr int kResendMs = 500;
inline constexpr int kRetrySaveMs = 5000;

inline constexpr int kTypingSaveDelayMs = 700;
inline constexpr int kBackupReminderDays = 30;
inline constexpr int kBackupSnoozeDays = 7;
inline constexpr int kBackupReminderMinEntries = 7;

}  // namespace painlink
