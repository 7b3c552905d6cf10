// JournalStore::erase_all ("Delete everything"): which keys go, and the marker that tells every
// other tab. How the tabs use it: load() and save() in storage.cpp, JournalApp in journal_app_erase.cpp.
#include <algorithm>

#include "core/storage.hpp"
#include "core/storage_internal.hpp"
#include "core/store_codec.hpp"

namespace painlink {

using namespace store_detail;

WriteStatus JournalStore::erase_all(std::int64_t now_ms) {
  if (read_only_ || !kv_.available()) return WriteStatus::unavailable;
  SlotRead slots[kSlotCount] = {read_slot(kv_, slot_key(base_, 0), false, cache_.get()),
                                read_slot(kv_, slot_key(base_, 1), false, cache_.get())};
  std::uint64_t highest_seq = seq_;
  std::int64_t erased = erased_at_;
  for (const SlotRead& s : slots) {
    if (s.value.kind == StoredKind::newer) {  // a newer version saved meanwhile: never touch its data
      read_only_ = true;
      return WriteStatus::unavailable;
    }
    if (s.value.seq && *s.value.seq > highest_seq) highest_seq = *s.value.seq;
    erased = std::max(erased, s.value.fields.erased_at_ms.value_or(0));
  }
  // The copies first (they also make room for the marker): restore points, values kept aside.
  for (int g = 0; g < kBackupGenerations; ++g) kv_.remove(backup_key(base_, g));
  const std::string aside = aside_prefix(base_);
  for (const std::string& key : kv_.keys())
    if (key.rfind(aside, 0) == 0) kv_.remove(key);
  // Then the journal: an empty one that says when it was deleted, numbered above every save so
  // that it wins over what any tab still holds (a clock set back still gives a later marker).
  EnvelopeFields fields;
  fields.seq = highest_seq + 1;
  fields.saved_at_ms = now_ms;
  fields.erased_at_ms = std::max(now_ms, erased + 1);
  fields.payload = encode_payload(Journal{});
  std::string text = write_envelope(fields);
  const std::string key = slot_key(base_, 0);
  WriteStatus status = kv_.set(key, text);
  if (status == WriteStatus::ok && !kv_.holds(key, text)) status = WriteStatus::verify_failed;
  kv_.remove(slot_key(base_, 1));
  if (status != WriteStatus::ok) kv_.remove(key);  // deleted all the same: the patient asked for it
  erased_at_ = *fields.erased_at_ms;
  seq_ = fields.seq;
  current_slot_ = status == WriteStatus::ok ? 0 : -1;
  newest_backup_ms_.reset();
  base_screening_ = {};
  base_assessment_ = {};
  base_settings_ = {};
  base_extra_ = Json::object();
  if (status == WriteStatus::ok) cache_->remember(key, std::move(text), written_envelope(std::move(fields)));
  return status;
}

void JournalStore::note_erasure(std::int64_t erased_at_ms) { erased_at_ = std::max(erased_at_, erased_at_ms); }

}  // namespace painlink
