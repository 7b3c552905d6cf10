// libFuzzer target: arbitrary bytes in localStorage, then load -> save -> load.
// The first byte picks where the bytes go, so the checksum does not hide the payload decoder:
//   0: the base slot;  1: the spare slot next to a good save;  2: the payload of a valid envelope
//   (checksum computed here) with a higher seq than a good save;  3: a backup generation.
// Invariants: load never changes or removes a stored value; whatever load returns obeys every
// rule and survives save + load unchanged; an unreadable value is never overwritten without a copy
// kept aside; read-only mode never writes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/checksum.hpp"
#include "core/storage.hpp"
#include "core/store_codec.hpp"
#include "core/stored_value.hpp"
#include "core/validate.hpp"
#include "fuzz_check.hpp"

using namespace painlink;

namespace {

const std::string K = "painlink.journal";
constexpr std::int64_t kT0 = 1764000000000;
constexpr std::int64_t kDay = 24LL * 60 * 60 * 1000;

std::string good_envelope(std::uint64_t seq, const std::string& payload) {
  EnvelopeFields f;
  f.seq = seq;
  f.saved_at_ms = kT0 - kDay;
  f.entry_count = 1;
  f.payload = payload;
  return write_envelope(f);
}

const std::string& good_payload() {
  static const std::string payload = [] {
    Journal j;
    Entry e;
    e.date = date_from_civil(2026, 11, 20);
    e.back_pain = BackPain{};
    e.back_pain->intensity = 4;
    e.notes = "good";
    j.entries[e.date] = e;
    return encode_payload(j);
  }();
  return payload;
}

bool kept_somewhere(const MemoryStore& m, const std::string& key, const std::string& value) {
  const auto it = m.data.find(key);
  if (it != m.data.end() && it->second == value) return true;
  for (const auto& [k, v] : m.data)
    if (k.rfind(K + ".aside.", 0) == 0 && v == value) return true;
  return false;
}

void check_journal(const Journal& j) {
  for (const auto& [date, entry] : j.entries) {
    FUZZ_CHECK(entry.date == date);
    FUZZ_CHECK(validate_entry(entry).empty());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const int scenario = data[0] % 4;
  const std::string bytes(reinterpret_cast<const char*>(data + 1), size - 1);

  MemoryStore m;
  switch (scenario) {
    case 0: m.data[K] = bytes; break;
    case 1:
      m.data[K] = good_envelope(1, good_payload());
      m.data[K + ".slot2"] = bytes;
      break;
    case 2:
      m.data[K] = good_envelope(1, good_payload());
      m.data[K + ".slot2"] = good_envelope(5, bytes);
      break;
    default:
      m.data[K] = good_envelope(1, good_payload());
      m.data[K + ".backup.0"] = bytes;
      break;
  }
  const auto before = m.data;

  JournalStore store(m, K);
  const LoadResult loaded = store.load(kT0);
  check_journal(loaded.journal);
  for (const auto& [key, value] : before) FUZZ_CHECK(m.data.at(key) == value);  // load only adds copies
  // The good save is what loads, unless the bytes are a (valid) save with a higher seq.
  const Journal good = *decode_payload(good_payload()).journal;
  const StoredValue fuzzed = read_stored(bytes);
  const bool fuzzed_is_newer_save = fuzzed.kind == StoredKind::envelope && fuzzed.fields.seq > 1;
  if (scenario == 3 || (scenario == 1 && !fuzzed_is_newer_save)) FUZZ_CHECK(loaded.journal == good);
  for (const BackupInfo& b : store.backups()) {
    const auto backup = store.read_backup(b.key);
    if (backup) check_journal(*backup);
  }

  const auto after_load = m.data;
  const SaveResult saved = store.save(loaded.journal, {}, kT0 + 1000);
  if (loaded.read_only) {
    FUZZ_CHECK(saved.status == WriteStatus::unavailable);
    FUZZ_CHECK(m.data == after_load);
    return 0;
  }
  FUZZ_CHECK(saved.status == WriteStatus::ok);
  FUZZ_CHECK(!saved.merged);  // nothing else saved meanwhile: what is stored is loaded.journal
  // Every value that was there is still there or kept aside, unless it was a readable save of ours
  // (superseded by this save) or a backup generation that can no longer be read (replaced first).
  for (const auto& [key, value] : before) {
    const StoredValue v = read_stored(value);
    const bool ours = v.kind == StoredKind::envelope || v.kind == StoredKind::interchange;
    const bool dead_backup = key.rfind(K + ".backup.", 0) == 0 && v.kind != StoredKind::newer;
    FUZZ_CHECK(ours || dead_backup || kept_somewhere(m, key, value));
  }

  JournalStore reader(m, K);
  const LoadResult again = reader.load(kT0 + 2000);
  FUZZ_CHECK(!again.read_only);
  FUZZ_CHECK(again.journal == loaded.journal);
  FUZZ_CHECK(reader.save(again.journal, {}, kT0 + 2 * kDay).status == WriteStatus::ok);
  FUZZ_CHECK(JournalStore(m, K).load(kT0 + 3 * kDay).journal == loaded.journal);
  return 0;
}
