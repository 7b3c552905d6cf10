// "Delete everything" (JournalApp::erase_all): this tab's copy, the stored one, and what the other
// tabs do when they hear of it. Which keys go is JournalStore::erase_all's (and the meta value's,
// which is this class's own); how a deletion travels between tabs is in tab_sync.hpp.
#include "core/journal_app.hpp"

namespace painlink {

namespace {

const char* const kErasedHere = "All your entries, self-check answers and settings were deleted from this device.";
const char* const kNotMarked =
    "Your entries were deleted, but the browser refused the note that tells other open Painlink tabs. Close them "
    "before you record anything, or they may save their copy again.";

}  // namespace

JournalApp::EraseResult JournalApp::erase_all() {
  if (save_state_ == SaveState::read_only) return {EraseStatus::read_only, 0};
  EraseResult result{EraseStatus::ok, static_cast<int>(journal_.entries.size())};
  if (role_ == TabRole::follower) {
    // Only the writing tab writes (tab_sync.hpp): it deletes when this request reaches it. Until
    // then the request waits in the outbox like any change; this tab shows the journal empty now.
    forget_everything();
    erase_requested_ = ++outbox_version_;
    expect_erasure_ = true;
    save_state_ = SaveState::pending;
  } else {
    const bool marked = erase_storage();
    if (save_state_ == SaveState::read_only) return {EraseStatus::read_only, 0};  // a newer version saved meanwhile
    forget_everything();
    if (!marked) result.status = EraseStatus::not_marked;
    if (role_ == TabRole::leader) erasure_to_broadcast_ = true;
  }
  notify(Notice::Level::info, kErasedHere);
  if (result.status == EraseStatus::not_marked) notify(Notice::Level::warning, kNotMarked);
  return result;
}

void JournalApp::forget_everything() {
  journal_ = Journal{};
  touched_.clear();
  save_due_ms_ = -1;
  outbox_.clear();
  screening_version_ = settings_version_ = assessment_version_ = 0;
  to_broadcast_.clear();
  parts_to_broadcast_ = false;
  record(ChangeSet::whole_journal);
}

bool JournalApp::erase_storage() {
  // The backup reminder's dates were about the journal deleted (a best-effort value, as saving it is).
  kv_.remove(meta_key_);
  meta_ = Meta{};
  if (!storage_ok_) return true;  // nothing was stored, so no tab can read it back
  const WriteStatus status = store_.erase_all(clock_());
  if (store_.read_only()) {
    save_state_ = SaveState::read_only;
    return true;
  }
  clear_sticky();
  save_state_ = SaveState::saved;
  last_saved_ms_ = clock_();
  return status == WriteStatus::ok;
}

void JournalApp::heard_erasure_elsewhere() {
  meta_ = Meta{};  // the tab that deleted removed these dates from storage too
  if (role_ == TabRole::leader) erasure_to_broadcast_ = true;  // tabs that have not heard yet
}

void JournalApp::erase_for_follower() {
  if (save_state_ == SaveState::read_only) return;  // a newer version's journal is not ours to delete
  const bool marked = erase_storage();
  if (save_state_ == SaveState::read_only) return;  // one saved meanwhile
  forget_everything();
  erasure_to_broadcast_ = true;
  notify(Notice::Level::warning, kErasedElsewhereMessage);
  if (!marked) notify(Notice::Level::warning, kNotMarked);
}

void JournalApp::forget_for_erasure_elsewhere() {
  // All this tab held goes, its changes not yet saved too: they were made to the deleted journal.
  outbox_.clear();
  screening_version_ = settings_version_ = assessment_version_ = 0;
  erase_requested_ = 0;
  journal_ = Journal{};
  touched_.clear();
  save_due_ms_ = -1;
  if (save_state_ == SaveState::pending) save_state_ = SaveState::saved;
  heard_erasure_elsewhere();
  notify(Notice::Level::warning, kErasedElsewhereMessage);
}

}  // namespace painlink
