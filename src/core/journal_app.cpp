#include "core/journal_app.hpp"

#include "core/i18n/translate.hpp"

#include "core/assessment/evaluate.hpp"
#include "core/validate.hpp"

#include <algorithm>
#include <utility>

namespace painlink {

bool JournalActions::put_entry(Journal& j, Entry e) {
  if (e.empty()) return remove_entry(j, e.date);
  auto it = j.entries.find(e.date);
  if (it != j.entries.end() && it->second == e) return false;
  j.entries[e.date] = std::move(e);
  return true;
}

bool JournalActions::remove_entry(Journal& j, Date d) { return j.entries.erase(d) > 0; }

JournalApp::JournalApp(KeyValueStore& kv, std::string storage_key, Clock clock_ms)
    : kv_(kv), meta_key_(storage_key + ".meta"), store_(kv, std::move(storage_key)), clock_(std::move(clock_ms)) {}

void JournalApp::load_meta() {
  meta_ = Meta{};
  auto text = kv_.get(meta_key_);
  if (!text) return;
  Json j = Json::parse(*text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return;  // a bad meta value only loses a reminder date
  if (auto it = j.find("last_backup_ms"); it != j.end() && it->is_number_integer()) {
    meta_.last_backup_ms = it->get<std::int64_t>();
  }
  if (auto it = j.find("snoozed_until_ms"); it != j.end() && it->is_number_integer()) {
    meta_.snoozed_until_ms = it->get<std::int64_t>();
  }
}

void JournalApp::save_meta() {
  const Json j = {{"last_backup_ms", meta_.last_backup_ms}, {"snoozed_until_ms", meta_.snoozed_until_ms}};
  kv_.set(meta_key_, j.dump());  // best effort: the journal itself never depends on it
}

void JournalApp::record_backup_download() {
  meta_.last_backup_ms = clock_();
  save_meta();
}

void JournalApp::set_storage_persisted(bool persisted) { persisted_ = persisted; }

void JournalApp::snooze_backup_reminder() {
  meta_.snoozed_until_ms = clock_() + std::int64_t{kBackupSnoozeDays} * 86'400'000;
  save_meta();
}

std::string JournalApp::backup_reminder() const {
  if (journal_.entries.size() < static_cast<size_t>(kBackupReminderMinEntries)) return {};
  const std::int64_t now = clock_();
  if (now < meta_.snoozed_until_ms) return {};
  const bool stale = meta_.last_backup_ms == 0 ||
                     now - meta_.last_backup_ms > std::int64_t{kBackupReminderDays} * 86'400'000;
  if (!stale) return {};
  if (save_state_ == SaveState::unavailable) return {};  // a sticky notice already says so
  if (persisted_.value_or(false)) return {};
  return meta_.last_backup_ms == 0
             ? "This browser may clear its storage to free space, and there is no backup of your journal yet. "
               "Download one now and keep it safe."
             : "This browser may clear its storage to free space, and your last backup is more than 30 days "
               "old. Download a fresh one.";
}

void JournalApp::start() {
  load_meta();
  LoadResult loaded = store_.load(clock_());
  journal_ = std::move(loaded.journal);
  ++revision_;
  ++analysis_revision_;
  adopt_notices(loaded.notices);
  changes_ = {};  // the first load is not a change: nothing was there to change
  if (loaded.read_only) {
    save_state_ = SaveState::read_only;
  } else if (!storage_ok_) {
    save_state_ = SaveState::unavailable;
  }
}

const Entry* JournalApp::entry(Date d) const {
  auto it = journal_.entries.find(d);
  return it == journal_.entries.end() ? nullptr : &it->second;
}

void JournalApp::put_entry(Entry e, SaveTiming timing) {
  const Date d = e.date;
  const std::optional<Entry> before = entry(d) ? std::optional<Entry>(*entry(d)) : std::nullopt;
  if (!JournalActions::put_entry(journal_, std::move(e))) return;
  const std::uint8_t groups = changed_groups(before ? &*before : nullptr, entry(d));
  changed({d}, timing, before && entry(d) && groups == kGroupNotes ? ChangeSet::notes : ChangeSet::entries, groups);
}

void JournalApp::remove_entry(Date d) {
  if (JournalActions::remove_entry(journal_, d)) changed({d}, SaveTiming::now, ChangeSet::entries);
}

void JournalApp::set_screening(Screening s) {
  if (journal_.screening == s) return;
  journal_.screening = std::move(s);
  mark_parts_pending(true, false);
  changed({}, SaveTiming::now, ChangeSet::screening);
}

void JournalApp::set_settings(Settings s) {
  if (journal_.settings == s) return;
  journal_.settings = s;
  mark_parts_pending(false, true);
  changed({}, SaveTiming::now, ChangeSet::settings);
}

void JournalApp::set_assessment(Assessment a) {
  if (journal_.assessment == a) return;
  journal_.assessment = std::move(a);
  mark_parts_pending(false, false, true);
  changed({}, SaveTiming::now, ChangeSet::assessment);
}

bool JournalApp::set_assessment_answer(const std::string& id, const std::string& answer, Date today) {
  const assessment::Question* q = assessment::find_question(id);
  if (!q || !assessment::find_option(*q, answer)) return false;
  Assessment a = journal_.assessment;
  auto [it, inserted] = a.current.answers.try_emplace(id, answer);
  if (!inserted && it->second == answer) return false;
  it->second = answer;
  a.current.answered_on = today;
  set_assessment(std::move(a));
  return true;
}

bool JournalApp::clear_assessment_answer(const std::string& id, Date today) {
  Assessment a = journal_.assessment;
  if (a.current.answers.erase(id) == 0) return false;
  a.current.answered_on = today;
  set_assessment(std::move(a));
  return true;
}

bool JournalApp::start_assessment_again() {
  if (journal_.assessment.current.answers.empty()) return false;
  Assessment a = journal_.assessment;
  a.previous = std::move(a.current);
  a.current = AssessmentTake{};
  set_assessment(std::move(a));
  return true;
}

bool JournalApp::apply_tracking_suggestions() {
  // The suggestions do not depend on the date (only the red flags do, and they are not used here).
  const assessment::TrackSuggestions t =
      assessment::evaluate_take(journal_.assessment.current, Screening{}, Date{}).track;
  Settings s = journal_.settings;
  for (FactorField f : t.factors)
    if (std::find(s.tracked_factors.begin(), s.tracked_factors.end(), f) == s.tracked_factors.end())
      s.tracked_factors.push_back(f);
  for (DrugClass c : t.medicines)
    if (std::find(s.tracked_medicines.begin(), s.tracked_medicines.end(), c) == s.tracked_medicines.end())
      s.tracked_medicines.push_back(c);
  if (s == journal_.settings) return false;
  set_settings(std::move(s));
  return true;
}

void JournalApp::mark_parts_pending(bool screening, bool settings, bool assessment) {
  if (role_ == TabRole::leader) parts_to_broadcast_ = parts_to_broadcast_ || screening || settings || assessment;
  if (role_ != TabRole::follower) return;
  if (screening) screening_version_ = ++outbox_version_;
  if (settings) settings_version_ = ++outbox_version_;
  if (assessment) assessment_version_ = ++outbox_version_;
}

bool JournalApp::parts_pending() const {
  return screening_version_ != 0 || settings_version_ != 0 || assessment_version_ != 0;
}

ImportResult JournalApp::preview_import(std::string_view text, ImportMode mode) const {
  ImportResult r = import_document(text, journal_, mode);
  refuse_emptying_replace(r, journal_, mode);
  return r;
}

void JournalApp::apply_import(const ImportResult& preview) {
  if (!preview.ok) return;
  std::set<Date> dates;
  for (const auto& [d, e] : journal_.entries) dates.insert(d);
  for (const auto& [d, e] : preview.journal.entries) dates.insert(d);
  mark_parts_pending(!(journal_.screening == preview.journal.screening),
                     !(journal_.settings == preview.journal.settings),
                     !(journal_.assessment == preview.journal.assessment));
  journal_ = preview.journal;
  changed(dates, SaveTiming::now, ChangeSet::whole_journal);
  notify(Notice::Level::info, "Imported: " + std::to_string(preview.added) + " days added, " +
                                  std::to_string(preview.updated) + " updated" +
                                  (preview.removed > 0 ? ", " + std::to_string(preview.removed) + " removed" : "") +
                                  (preview.rejected.empty() ? "."
                                                            : ", " + std::to_string(preview.rejected.size()) +
                                                                  " rejected (see the list)."));
}

bool JournalApp::outbox_pending() const { return !outbox_.empty() || parts_pending() || erase_requested_ != 0; }

bool JournalApp::restore_backup(const std::string& key) {
  auto backup = store_.read_backup(key);
  if (!backup) {
    notify(Notice::Level::warning, "That backup could not be read, so nothing was changed.");
    return false;
  }
  std::set<Date> dates;
  for (const auto& [d, e] : journal_.entries) dates.insert(d);
  for (const auto& [d, e] : backup->entries) dates.insert(d);
  mark_parts_pending(!(journal_.screening == backup->screening), !(journal_.settings == backup->settings),
                     !(journal_.assessment == backup->assessment));
  journal_ = std::move(*backup);
  changed(dates, SaveTiming::now, ChangeSet::whole_journal);
  notify(Notice::Level::info, "The journal was restored from the backup.");
  return true;
}

void JournalApp::note_notices_changed() {
  changes_.kinds = static_cast<std::uint8_t>(changes_.kinds | ChangeSet::notices);
}

void JournalApp::record(std::uint8_t kinds) {
  changes_.kinds = static_cast<std::uint8_t>(changes_.kinds | kinds);
  ++revision_;
  if (ChangeSet{kinds}.analysis()) ++analysis_revision_;
}

void JournalApp::changed(const std::set<Date>& dates, SaveTiming timing, std::uint8_t kinds, std::uint8_t groups) {
  record(kinds);
  touched_.insert(dates.begin(), dates.end());
  if (role_ == TabRole::leader) to_broadcast_.insert(dates.begin(), dates.end());
  if (role_ == TabRole::follower) {
    for (const Date d : dates) {
      Pending& p = outbox_[d];
      p.groups = static_cast<std::uint8_t>(p.groups | groups);
      p.version = ++outbox_version_;
      p.mine = entry(d) ? std::optional<Entry>(*entry(d)) : std::nullopt;
    }
  }
  if (save_state_ == SaveState::read_only) return;
  if (timing == SaveTiming::now) {
    save();
  } else {
    save_state_ = SaveState::pending;
    save_due_ms_ = clock_() + kTypingSaveDelayMs;
  }
}

int JournalApp::tick() {
  if (save_due_ms_ < 0) return -1;
  const std::int64_t now = clock_();
  if (now >= save_due_ms_) {
    save();
    return -1;
  }
  return static_cast<int>(save_due_ms_ - now);
}

void JournalApp::flush() {
  if (save_due_ms_ >= 0 || save_state_ == SaveState::failed_quota) save();
}

void JournalApp::save() {
  save_due_ms_ = -1;
  if (save_state_ == SaveState::read_only) return;
  if (role_ == TabRole::follower) {  // the leader writes; outgoing() hands it the changes
    save_state_ = outbox_pending() ? SaveState::pending : SaveState::saved;
    return;
  }
  SaveResult r = store_.save(journal_, touched_, clock_());
  adopt_notices(r.notices);
  switch (r.status) {
    case WriteStatus::ok:
      if (r.merged && !(*r.merged == journal_)) {
        journal_ = std::move(*r.merged);
        record(ChangeSet::whole_journal);
      }
      touched_.clear();
      clear_sticky();
      save_state_ = SaveState::saved;
      last_saved_ms_ = clock_();
      break;
    case WriteStatus::quota_exceeded:
    case WriteStatus::verify_failed:
      // Both leave the last good copy in place and the changes only in memory; the patient's
      // next step is the same (a backup), but the cause is told as it is.
      if (save_state_ != SaveState::failed_quota) {
        notify(Notice::Level::danger,
               r.status == WriteStatus::quota_exceeded
                   ? "Your browser's storage is full, so the latest changes are only kept while this page is "
                     "open. Download a backup now; saving resumes by itself when space frees up."
                   : "Your browser did not store the latest changes correctly (reading them back gave "
                     "something else), so they are only kept while this page is open. Your earlier "
                     "entries are safe. Download a backup now; Painlink tries again on the next change.",
               Notice::Action::download_backup, true);
      }
      save_state_ = SaveState::failed_quota;
      break;
    case WriteStatus::unavailable:
      if (store_.read_only()) {
        save_state_ = SaveState::read_only;
      } else {
        if (save_state_ != SaveState::unavailable) {
          notify(Notice::Level::warning,
                 "This browser does not let Painlink store data here, so entries last only until the page is "
                 "closed. Download a backup before you leave.",
                 Notice::Action::download_backup, true);
        }
        save_state_ = SaveState::unavailable;
      }
      break;
  }
}

void JournalApp::retry_save() {
  if (save_state_ == SaveState::failed_quota) save();
}

int JournalApp::retry_in_ms() const { return save_state_ == SaveState::failed_quota ? kRetrySaveMs : -1; }

bool JournalApp::unsaved() const {
  return save_state_ == SaveState::pending || save_state_ == SaveState::failed_quota ||
         (save_state_ == SaveState::unavailable && !touched_.empty());
}

void JournalApp::on_storage_changed() {
  // A follower hears every save from the leader itself; storage may still hold an older copy.
  if (role_ == TabRole::follower) return;
  // Another page of this origin may just have freed space.
  if (save_state_ == SaveState::failed_quota) save();
  if (!store_.changed_elsewhere()) return;
  const Journal before = role_ == TabRole::leader ? journal_ : Journal{};
  const std::int64_t erased_before = store_.erased_at();
  if (!touched_.empty() && save_state_ != SaveState::read_only) {
    save();  // our pending days merge into theirs
  } else {
    LoadResult loaded = store_.load(clock_());
    if (!(loaded.journal == journal_)) {
      journal_ = std::move(loaded.journal);
      record(ChangeSet::whole_journal);
    }
    adopt_notices(loaded.notices);
  }
  if (role_ == TabRole::leader) {  // a tab without the lock (an older version) wrote: tell the followers
    for (const auto& [d, e] : journal_.entries) {
      const auto it = before.entries.find(d);
      if (it == before.entries.end() || !(it->second == e)) to_broadcast_.insert(d);
    }
    for (const auto& [d, e] : before.entries)
      if (journal_.entries.find(d) == journal_.entries.end()) to_broadcast_.insert(d);
    parts_to_broadcast_ = true;
  }
  // A deletion has its own notice (adopt_notices): "updated" would undersell it.
  if (store_.erased_at() == erased_before) notify(Notice::Level::info, "Updated with changes made in another tab or window.");
}

void JournalApp::set_role(TabRole role) {
  const TabRole was = role_;
  role_ = role;
  if (role != TabRole::leader || was != TabRole::follower) return;
  // Taking over: a deletion asked for here that the leader never acknowledged is done now.
  if (erase_requested_ != 0) {
    erase_requested_ = 0;
    expect_erasure_ = false;
    erase_storage();
    erasure_to_broadcast_ = true;
  }
  // Everything this tab changed or heard about may be missing from storage (another
  // tab's writes arrive late), so all of it is saved; the outbox needs no leader any more.
  for (const auto& [d, p] : outbox_) touched_.insert(d);
  outbox_.clear();
  screening_version_ = settings_version_ = assessment_version_ = 0;
  to_broadcast_.insert(touched_.begin(), touched_.end());
  parts_to_broadcast_ = true;
  if (!touched_.empty()) save();
}

std::optional<Json> JournalApp::outgoing() {
  if (role_ != TabRole::follower || save_due_ms_ >= 0) return std::nullopt;
  if (!outbox_pending()) return std::nullopt;
  const std::int64_t now = clock_();
  if (outbox_version_ == sent_version_ && now - sent_ms_ < kResendMs) return std::nullopt;
  ChangeBatch b;
  b.batch = outbox_version_;
  b.erase = erase_requested_ != 0;
  if (store_.erased_at() > 0) b.erased_at = store_.erased_at();
  for (const auto& [d, p] : outbox_) b.days.push_back({d, p.groups, p.mine});
  if (screening_version_ != 0) b.screening = journal_.screening;
  if (settings_version_ != 0) b.settings = journal_.settings;
  if (assessment_version_ != 0) b.assessment = journal_.assessment;
  sent_version_ = outbox_version_;
  sent_ms_ = now;
  return batch_to_json(b);
}

void JournalApp::acknowledged(std::uint64_t batch) {
  for (auto it = outbox_.begin(); it != outbox_.end();)
    it = it->second.version <= batch ? outbox_.erase(it) : std::next(it);
  if (screening_version_ <= batch) screening_version_ = 0;
  if (settings_version_ <= batch) settings_version_ = 0;
  if (assessment_version_ <= batch) assessment_version_ = 0;
  if (erase_requested_ <= batch) erase_requested_ = 0;
  if (role_ == TabRole::follower && !outbox_pending() && save_state_ == SaveState::pending && save_due_ms_ < 0) {
    save_state_ = SaveState::saved;
    last_saved_ms_ = clock_();
  }
}

std::optional<std::uint64_t> JournalApp::receive_changes(const Json& message) {
  Parsed<ChangeBatch> parsed = batch_from_json(message);
  if (!parsed.ok()) return std::nullopt;
  ChangeBatch& b = *parsed.value;
  const std::int64_t erased = store_.erased_at();
  if (b.erase && b.erased_at.value_or(0) >= erased) {
    // The sender deletes everything it showed (the journal as of the deletion it knew of); an
    // older request was done before, and is not done again over what was recorded since.
    erase_for_follower();
  } else if (!b.erase && b.erased_at.value_or(0) < erased) {
    // Sent before that tab heard of the deletion: its changes belong to the deleted journal. Not
    // acknowledged: once it has heard, it drops them, and what it sends after that is taken.
    return std::nullopt;
  }
  std::set<Date> dates;
  for (const DayChange& c : b.days) {
    std::optional<Entry> merged = merge_groups(entry(c.date), c.entry ? &*c.entry : nullptr, c.date, c.groups);
    if (merged) journal_.entries[c.date] = std::move(*merged);
    else journal_.entries.erase(c.date);
    dates.insert(c.date);
  }
  if (b.screening) journal_.screening = std::move(*b.screening);
  if (b.settings) journal_.settings = *b.settings;
  if (b.assessment) journal_.assessment = std::move(*b.assessment);
  if (b.screening || b.settings || b.assessment) parts_to_broadcast_ = true;
  changed(dates, SaveTiming::now, ChangeSet::whole_journal);
  return b.batch;
}

std::optional<Json> JournalApp::take_saved(bool full) {
  if (role_ != TabRole::leader) return std::nullopt;
  if (!full && to_broadcast_.empty() && !parts_to_broadcast_ && !erasure_to_broadcast_) return std::nullopt;
  SavedDays s;
  s.full = full || erasure_to_broadcast_;  // after a deletion, the days not listed are gone
  if (store_.erased_at() > 0) s.erased_at = store_.erased_at();
  erasure_to_broadcast_ = false;
  if (s.full) {
    for (const auto& [d, e] : journal_.entries) s.days.push_back({d, kAllGroups, e});
  } else {
    for (const Date d : to_broadcast_) s.days.push_back({d, kAllGroups, entry(d) ? std::optional<Entry>(*entry(d)) : std::nullopt});
  }
  s.screening = journal_.screening;
  s.settings = journal_.settings;
  s.assessment = journal_.assessment;
  to_broadcast_.clear();
  parts_to_broadcast_ = false;
  return saved_to_json(s);
}

void JournalApp::receive_saved(const Json& message) {
  if (role_ != TabRole::follower) return;
  Parsed<SavedDays> parsed = saved_from_json(message);
  if (!parsed.ok()) return;
  SavedDays& s = *parsed.value;
  // Whether anything shown changes, tracked day by day: a broadcast follows every save of the
  // writing tab, so copying the whole journal to compare would cost more than applying it.
  bool changed_any = false;
  if (s.erased_at && *s.erased_at > store_.erased_at()) {
    store_.note_erasure(*s.erased_at);  // what this tab sends from now on is after the deletion
    if (!expect_erasure_) {  // another tab's deletion
      forget_for_erasure_elsewhere();
      changed_any = true;
    }
    expect_erasure_ = false;
  }
  // The whole journal: days the leader does not list are gone, except this tab's own pending ones.
  std::map<Date, Entry> previous;
  if (s.full) {
    previous = std::move(journal_.entries);
    journal_.entries.clear();
    for (const auto& [d, p] : outbox_)  // kept below, on top of the leader's version
      if (p.mine) journal_.entries[d] = *p.mine;
    std::set<Date> listed;
    for (const DayChange& c : s.days) listed.insert(c.date);
    for (const auto& [d, e] : previous)
      if (!listed.count(d) && !journal_.entries.count(d)) changed_any = true;
  }
  const std::map<Date, Entry>& shown = s.full ? previous : journal_.entries;  // what the patient saw
  for (DayChange& c : s.days) {
    const auto pending = outbox_.find(c.date);
    std::optional<Entry> day = std::move(c.entry);
    if (pending != outbox_.end()) {
      const Entry* mine = pending->second.mine ? &*pending->second.mine : nullptr;
      day = merge_groups(day ? &*day : nullptr, mine, c.date, pending->second.groups);
    }
    const auto was = shown.find(c.date);
    const bool had = was != shown.end();
    if (day ? !had || !(was->second == *day) : had) changed_any = true;
    if (day) journal_.entries[c.date] = std::move(*day);
    else journal_.entries.erase(c.date);
    touched_.insert(c.date);  // if this tab takes over, it saves what it heard
  }
  if (s.screening && screening_version_ == 0 && !(journal_.screening == *s.screening)) {
    journal_.screening = std::move(*s.screening);
    changed_any = true;
  }
  if (s.settings && settings_version_ == 0 && !(journal_.settings == *s.settings)) {
    journal_.settings = *s.settings;
    changed_any = true;
  }
  if (s.assessment && assessment_version_ == 0 && !(journal_.assessment == *s.assessment)) {
    journal_.assessment = std::move(*s.assessment);
    changed_any = true;
  }
  if (changed_any) record(ChangeSet::whole_journal);
}

const char* JournalApp::save_state_text() const {
  switch (save_state_) {
    case SaveState::saved: return i18n::msg("Saved on this device");
    case SaveState::pending: return i18n::msg("Saving…");
    case SaveState::failed_quota: return i18n::msg("Not saved: storage full");
    case SaveState::unavailable: return i18n::msg("Not saved: no storage in this browser");
    case SaveState::read_only: return i18n::msg("Read-only: made by a newer version");
  }
  return "";
}

void JournalApp::notify(Notice::Level level, std::string text, Notice::Action action, bool sticky, std::string key) {
  // The same message twice in a row is one notice.
  if (!notices_.empty() && notices_.back().text == text) return;
  notices_.push_back(Notice{next_notice_id_++, level, std::move(text), action, std::move(key), sticky});
  note_notices_changed();
  if (notices_.size() > 8) notices_.erase(notices_.begin());
}

void JournalApp::clear_sticky() {
  if (std::erase_if(notices_, [](const Notice& n) { return n.sticky; }) > 0) note_notices_changed();
}

void JournalApp::dismiss(std::int64_t id) {
  if (std::erase_if(notices_, [id](const Notice& n) { return n.id == id; }) > 0) note_notices_changed();
}

void JournalApp::adopt_notices(const std::vector<StoreNotice>& store_notices) {
  for (const auto& n : store_notices) {
    switch (n.kind) {
      case StoreNotice::Kind::kept_aside:
        notify(Notice::Level::warning, n.message, Notice::Action::download_kept, false, n.key);
        break;
      case StoreNotice::Kind::newer_version:
        notify(Notice::Level::warning, n.message, Notice::Action::download_backup, true);
        break;
      case StoreNotice::Kind::storage_unavailable:
        storage_ok_ = false;
        notify(Notice::Level::warning, n.message, Notice::Action::download_backup, true);
        break;
      case StoreNotice::Kind::quota_exceeded:
        break;  // save() words this one itself
      case StoreNotice::Kind::backup_dropped:
        notify(Notice::Level::warning, n.message, Notice::Action::download_backup);
        break;
      case StoreNotice::Kind::erased_elsewhere:
        heard_erasure_elsewhere();
        notify(Notice::Level::warning, n.message);
        break;
      case StoreNotice::Kind::migrated:
      case StoreNotice::Kind::recovered_from_spare:
      case StoreNotice::Kind::other_tab_changed:
        notify(Notice::Level::info, n.message);
        break;
    }
  }
}

// ---- JS API ---------------------------------------------------------------------------------------

namespace {
Json errors_to_json(const std::vector<FieldError>& errors) {
  Json out = Json::array();
  for (const auto& e : errors) out.push_back({{"path", e.path}, {"message", e.message}});
  return out;
}
}  // namespace

Json JournalApp::api_add_entry(std::string_view text) {
  Parsed<Entry> parsed = entry_from_text(text);
  if (!parsed.ok()) return {{"ok", false}, {"errors", errors_to_json(parsed.errors)}};
  if (save_state_ == SaveState::read_only) {
    return {{"ok", false},
            {"errors", Json::array({{{"path", ""},
                                     {"message", "The journal is read-only: it was saved by a newer version of "
                                                 "Painlink."}}})}};
  }
  put_entry(std::move(*parsed.value));
  return {{"ok", true}, {"errors", Json::array()}};
}

Json JournalApp::api_entries() const {
  Json out = Json::array();
  for (const auto& [d, e] : journal_.entries) out.push_back(entry_to_json(e));
  return out;
}

std::string JournalApp::api_export() const { return export_json(journal_); }

Json JournalApp::api_import(std::string_view text, ImportMode mode) {
  ImportResult r = preview_import(text, mode);
  Json rejected = Json::array();
  if (!r.ok) {
    rejected.push_back({{"index", -1}, {"message", r.error}});
    // A refused replace still says what was wrong with each entry.
    for (const auto& rej : r.rejected) rejected.push_back({{"index", rej.index}, {"message", rej.message}});
  } else if (save_state_ == SaveState::read_only) {
    rejected.push_back({{"index", -1}, {"message", "The journal is read-only: it was saved by a newer version."}});
    return {{"added", 0}, {"updated", 0}, {"unchanged", 0}, {"removed", 0}, {"rejected", rejected}};
  } else {
    for (const auto& rej : r.rejected) rejected.push_back({{"index", rej.index}, {"message", rej.message}});
    // Document-level parts that were not applied or not used (settings, screening): no entry index.
    for (const FieldError& w : r.warnings)
      rejected.push_back({{"index", nullptr}, {"path", w.path}, {"message", w.path + ": " + w.message}});
    for (const std::string& id : r.unknown_screening_ids)
      rejected.push_back({{"index", nullptr},
                          {"path", "screening.answers" + quoted_key(id)},
                          {"message", unknown_screening_message(id)}});
    for (const std::string& id : r.unknown_assessment_ids)
      rejected.push_back({{"index", nullptr},
                          {"path", "assessment.current.answers" + quoted_key(id)},
                          {"message", unknown_assessment_message(id)}});
    apply_import(r);
  }
  return {{"added", r.ok ? r.added : 0},
          {"updated", r.ok ? r.updated : 0},
          {"unchanged", r.ok ? r.unchanged : 0},
          {"removed", r.ok ? r.removed : 0},
          {"rejected", rejected}};
}

Json JournalApp::api_status() const {
  Json notices = Json::array();
  for (const auto& n : notices_) {
    notices.push_back({{"level", n.level == Notice::Level::info      ? "info"
                                 : n.level == Notice::Level::warning ? "warning"
                                                                     : "danger"},
                       {"text", n.text}});
  }
  return {{"state", save_state_text()},
          {"saved", save_state_ == SaveState::saved},
          {"readOnly", save_state_ == SaveState::read_only},
          {"available", save_state_ != SaveState::unavailable},
          {"entries", journal_.entries.size()},
          {"tab", to_string(role_)},
          {"notices", notices}};
}

}  // namespace painlink
