#include <algorithm>
#include <doctest/doctest.h>

#include "core/interchange.hpp"
#include "core/checksum.hpp"
#include "core/json_text.hpp"
#include "core/storage.hpp"
#include "core/utf8.hpp"
#include "core/stored_value.hpp"
#include "core/store_codec.hpp"
#include "reference_writers.hpp"
#include "sample_journals.hpp"

using namespace painlink;

namespace {

constexpr std::int64_t kHour = 60LL * 60 * 1000;
constexpr std::int64_t kDay = 24 * kHour;
constexpr std::int64_t kT0 = 1764000000000;  // 2025-11-24
const std::string K = "painlink.journal";
const std::string K2 = "painlink.journal.slot2";

Journal days(int n, int first_day_offset = 0) {
  return samples::full_journal(date_from_civil(2026, 1, 1) + first_day_offset, n);
}

bool has_notice(const std::vector<StoreNotice>& notices, StoreNotice::Kind kind) {
  for (const auto& n : notices)
    if (n.kind == kind) return true;
  return false;
}

const StoreNotice* find_notice(const std::vector<StoreNotice>& notices, StoreNotice::Kind kind) {
  for (const auto& n : notices)
    if (n.kind == kind) return &n;
  return nullptr;
}

std::uint64_t stored_seq(MemoryStore& m, const std::string& key) {
  return Json::parse(m.data.at(key)).at("seq").get<std::uint64_t>();
}

// Changes one character of the payload and leaves the checksum as it was: still valid JSON.
void corrupt_payload(MemoryStore& m, const std::string& key) {
  Json envelope = Json::parse(m.data.at(key));
  std::string payload = envelope["payload"];
  payload[payload.size() / 2] = payload[payload.size() / 2] == '#' ? '$' : '#';
  envelope["payload"] = payload;
  m.data[key] = envelope.dump();
}

// Stores a value exactly as given and reports success, but reads back something else.
class LyingStore final : public KeyValueStore {
 public:
  bool available() override { return true; }
  std::optional<std::string> get(const std::string& key) override {
    const auto it = data.find(key);
    if (it == data.end()) return std::nullopt;
    return it->second;
  }
  WriteStatus set(const std::string& key, const std::string& value) override {
    data[key] = value.substr(0, value.size() / 2);  // a write that was cut short
    return WriteStatus::ok;
  }
  void remove(const std::string& key) override { data.erase(key); }
  std::vector<std::string> keys() override {
    std::vector<std::string> out;
    for (const auto& [k, v] : data) out.push_back(k);
    return out;
  }
  std::map<std::string, std::string> data;
};

}  // namespace

TEST_CASE("memory store: the quota counts UTF-16 code units of keys and values, like localStorage") {
  CHECK(utf16_units("abc") == 3);
  CHECK(utf16_units("\xC3\xA9\xE2\x82\xAC") == 2);  // é € : one unit each
  CHECK(utf16_units("\xF0\x9F\x98\x80") == 2);      // 😀 : a surrogate pair
  CHECK(utf16_units("\xFF\xFE") == 2);              // invalid bytes: one each

  MemoryStore m(10);
  CHECK(m.set("k", "abcd") == WriteStatus::ok);                      // 5 units
  CHECK(m.set("k2", "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80") == WriteStatus::quota_exceeded);  // 2 + 4 more
  CHECK(m.data.size() == 1);
  CHECK(m.set("k2", "\xC3\xA9\xF0\x9F\x98\x80") == WriteStatus::ok);  // 2 + 3: exactly 10
  CHECK(m.used_utf16_units() == 10);
  CHECK(m.set("k", "abcde") == WriteStatus::quota_exceeded);
  CHECK(m.set("k", "abc") == WriteStatus::ok);  // replacing frees the old value first
  CHECK(m.used_utf16_units() == 9);

  MemoryStore off(0, false);
  CHECK(off.set("k", "v") == WriteStatus::unavailable);
  CHECK_FALSE(off.get("k"));
  CHECK(off.keys().empty());
}

TEST_CASE("storage: save then load gives the same journal; saves alternate slots with rising seq") {
  MemoryStore m;
  JournalStore store(m, K);
  const LoadResult first = store.load(kT0);
  CHECK(first.journal == Journal{});
  CHECK(first.notices.empty());
  CHECK_FALSE(first.read_only);

  const Journal j = days(30);
  SaveResult s = store.save(j, {}, kT0);
  CHECK(s.status == WriteStatus::ok);
  CHECK(s.notices.empty());
  const Json envelope = Json::parse(m.data.at(K));
  CHECK(envelope["format"] == "painlink.store");
  CHECK(envelope["schema"] == kStoreSchema);
  CHECK(envelope["seq"] == 1);
  CHECK(envelope["saved_at"] == kT0);
  CHECK(envelope["entries"] == 30);
  CHECK(m.data.count(K2) == 0);

  Journal j2 = j;
  j2.entries.erase(j2.entries.begin());
  CHECK(store.save(j2, {}, kT0 + 1000).status == WriteStatus::ok);
  CHECK(stored_seq(m, K2) == 2);
  CHECK(store.save(j, {}, kT0 + 2000).status == WriteStatus::ok);
  CHECK(stored_seq(m, K) == 3);
  CHECK(store.sequence() == 3);

  JournalStore fresh(m, K);
  const LoadResult again = fresh.load(kT0 + 3000);
  CHECK(again.notices.empty());
  CHECK(again.journal == j);
  CHECK(fresh.sequence() == 3);
}

TEST_CASE("storage: a damaged newest slot - the spare is used and the damaged value is kept aside") {
  MemoryStore m;
  JournalStore store(m, K);
  store.load(kT0);
  const Journal older = days(3);
  const Journal newer = days(4);
  store.save(older, {}, kT0);  // K, seq 1
  store.save(newer, {}, kT0);  // slot2, seq 2

  SUBCASE("cut short") { m.data[K2] = m.data[K2].substr(0, m.data[K2].size() - 40); }
  SUBCASE("checksum mismatch") { corrupt_payload(m, K2); }
  const std::string damaged = m.data[K2];

  JournalStore reader(m, K);
  const LoadResult r = reader.load(kT0 + 5000);
  CHECK(r.journal == older);
  CHECK(has_notice(r.notices, StoreNotice::Kind::recovered_from_spare));
  const StoreNotice* aside = find_notice(r.notices, StoreNotice::Kind::kept_aside);
  REQUIRE(aside);
  CHECK(aside->key == K + ".aside." + std::to_string(kT0 + 5000));
  CHECK(m.data.at(aside->key) == damaged);  // byte for byte
  CHECK(reader.kept_aside().size() == 1);
  CHECK(reader.kept_aside()[0].bytes == damaged.size());
  CHECK(reader.raw(aside->key) == damaged);

  // Loading again does not pile up copies of the same value.
  JournalStore again(m, K);
  CHECK(find_notice(again.load(kT0 + 6000).notices, StoreNotice::Kind::kept_aside)->key == aside->key);
  CHECK(again.kept_aside().size() == 1);

  // The next save overwrites the damaged slot, and then everything loads cleanly.
  CHECK(again.save(newer, {}, kT0 + 7000).status == WriteStatus::ok);
  CHECK(stored_seq(m, K2) > stored_seq(m, K));
  JournalStore clean(m, K);
  const LoadResult c = clean.load(kT0 + 8000);
  CHECK(c.notices.empty());
  CHECK(c.journal == newer);
  CHECK(m.data.at(aside->key) == damaged);  // still there for the patient to download
}

TEST_CASE("storage: a damaged older slot is kept aside without claiming a recovery") {
  MemoryStore m;
  JournalStore store(m, K);
  store.load(kT0);
  store.save(days(3), {}, kT0);  // K seq 1
  store.save(days(4), {}, kT0);  // slot2 seq 2
  corrupt_payload(m, K);
  JournalStore reader(m, K);
  const LoadResult r = reader.load(kT0);
  CHECK(r.journal == days(4));
  CHECK(has_notice(r.notices, StoreNotice::Kind::kept_aside));
  CHECK_FALSE(has_notice(r.notices, StoreNotice::Kind::recovered_from_spare));
}

TEST_CASE("storage: unreadable values under the key - empty journal, value kept aside, never lost") {
  struct Case {
    const char* name;
    std::string raw;
    const char* problem;
  };
  const Case cases[] = {
      {"truncated JSON", R"({"format":"painlink.store","schema":2,"seq":4,"sav)", "it is not valid JSON"},
      {"wrong types", R"({"format":"painlink.store","schema":2,"seq":"4","saved_at":0,"entries":0,"checksum":"x","payload":"{}"})",
       "parts of it are missing"},
      {"another app's JSON", R"({"todos":[{"title":"milk","done":false}]})", "it is not Painlink data"},
      {"a huge string", "\"" + std::string(1 << 20, 'x') + "\"", "it is not Painlink data"},
      {"invalid UTF-8", "{\"format\":\"painlink.journal\",\"entries\":[],\"x\":\"\xC0\xAF\"}", "it is not valid JSON"},
      {"NaN", R"({"format":"painlink.journal","version":1,"entries":[{"date":"2026-01-01","back_pain":{"intensity":NaN}}]})",
       "it is not valid JSON"},
      {"Infinity", R"({"format":"painlink.journal","entries":[{"date":"2026-01-01","factors":{"sleep_hours":Infinity}}]})",
       "it is not valid JSON"},
      {"deep nesting", std::string(5000, '[') + std::string(5000, ']'), "nested more than 64 levels"},
      {"schema 1 without entries", R"({"format":"painlink.journal","version":1})", "could not be upgraded"},
      {"damaged payload, good checksum",
       R"({"format":"painlink.store","schema":2,"seq":1,"saved_at":0,"entries":0,"checksum":")" + checksum_hex("[]") +
           R"(","payload":"[]"})",
       "the stored payload is not an object"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    MemoryStore m;
    m.data[K] = c.raw;
    JournalStore store(m, K);
    const LoadResult r = store.load(kT0);
    CHECK(r.journal == Journal{});
    CHECK_FALSE(r.read_only);
    REQUIRE(r.notices.size() == 1);
    CHECK(r.notices[0].kind == StoreNotice::Kind::kept_aside);
    CHECK_MESSAGE(r.notices[0].message.find(c.problem) != std::string::npos, r.notices[0].message);
    CHECK(m.data.at(r.notices[0].key) == c.raw);
    // Saving over it is safe: the copy stays.
    CHECK(store.save(days(2), {}, kT0 + 1).status == WriteStatus::ok);
    CHECK(m.data.at(r.notices[0].key) == c.raw);
    JournalStore reader(m, K);
    CHECK(reader.load(kT0 + 2).journal == days(2));
  }
}

TEST_CASE("storage: a sequence number too large to increase is a damaged value, not the newest save") {
  MemoryStore m;
  JournalStore store(m, K);
  store.load(kT0);
  store.save(days(2), {}, kT0);  // K, seq 1
  Json forged = Json::parse(m.data.at(K));
  forged["seq"] = 18446744073709551615ULL;  // the checksum covers the payload only
  forged["payload"] = Json::parse(m.data.at(K))["payload"];
  m.data[K2] = forged.dump();
  JournalStore reader(m, K);
  const LoadResult r = reader.load(kT0 + 1);
  CHECK(has_notice(r.notices, StoreNotice::Kind::kept_aside));
  CHECK(reader.sequence() == 1);
  REQUIRE(reader.save(days(3), {}, kT0 + 2).status == WriteStatus::ok);
  CHECK(stored_seq(m, K2) == 2);
  CHECK(JournalStore(m, K).load(kT0 + 3).journal == days(3));
}

TEST_CASE("storage: both slots damaged - empty journal and a notice for each") {
  MemoryStore m;
  m.data[K] = "{";
  m.data[K2] = "[1,2";
  JournalStore store(m, K);
  const LoadResult r = store.load(kT0);
  CHECK(r.journal == Journal{});
  CHECK(r.notices.size() == 2);
  CHECK(store.kept_aside().size() == 2);
  CHECK(store.kept_aside()[1].key == K + ".aside." + std::to_string(kT0) + "-2");  // same millisecond
}

TEST_CASE("storage: bad entries inside a readable save - good ones kept, whole value kept aside") {
  MemoryStore m;
  JournalStore store(m, K);
  store.load(kT0);
  Journal j = days(5);
  j.entries.begin()->second.headache->intensity = 42;  // a bug elsewhere; stored as given
  store.save(j, {}, kT0);
  const std::string raw = m.data.at(K);
  JournalStore reader(m, K);
  const LoadResult r = reader.load(kT0 + 1);
  CHECK(r.journal.entries.size() == 4);
  const StoreNotice* n = find_notice(r.notices, StoreNotice::Kind::kept_aside);
  REQUIRE(n);
  CHECK(n->message ==
        "1 part of your saved journal could not be read and was left out (2026-01-01: headache.intensity must be "
        "a whole number from 0 to 10 (got 42)). The complete saved copy was kept aside and can be downloaded.");
  CHECK(m.data.at(n->key) == raw);
}

TEST_CASE("storage: another tab saved meanwhile - its days are kept, ours add only the touched dates") {
  MemoryStore m;
  JournalStore a(m, K), b(m, K);
  a.load(kT0);
  a.save(days(10), {}, kT0);
  Journal in_a = a.load(kT0).journal;
  Journal in_b = b.load(kT0).journal;
  CHECK_FALSE(a.changed_elsewhere());

  // B edits day 2 and deletes day 3, and saves.
  const Date d2 = date_from_civil(2026, 1, 2), d3 = date_from_civil(2026, 1, 3), d5 = date_from_civil(2026, 1, 5);
  in_b.entries[d2].notes = "edited in B";
  in_b.entries.erase(d3);
  CHECK(b.save(in_b, {d2, d3}, kT0 + 1000).status == WriteStatus::ok);
  CHECK(a.changed_elsewhere());
  CHECK_FALSE(b.changed_elsewhere());

  // A (still holding the old days 2 and 3) edits day 5, deletes day 1 and adds day 20.
  in_a.entries[d5].notes = "edited in A";
  in_a.entries.erase(date_from_civil(2026, 1, 1));
  in_a.entries[date_from_civil(2026, 1, 20)] = samples::full_entry(date_from_civil(2026, 1, 20), 1);
  in_a.settings.back_flare_threshold = 7;  // A changed a setting, B did not
  const SaveResult s = a.save(in_a, {d5, date_from_civil(2026, 1, 1), date_from_civil(2026, 1, 20)}, kT0 + 2000);
  CHECK(s.status == WriteStatus::ok);
  REQUIRE(s.merged);
  CHECK(has_notice(s.notices, StoreNotice::Kind::other_tab_changed));
  CHECK(s.merged->entries.at(d2).notes == "edited in B");      // B's change survives
  CHECK(s.merged->entries.count(d3) == 0);                      // B's delete survives
  CHECK(s.merged->entries.at(d5).notes == "edited in A");
  CHECK(s.merged->entries.count(date_from_civil(2026, 1, 1)) == 0);
  CHECK(s.merged->entries.count(date_from_civil(2026, 1, 20)) == 1);
  CHECK(s.merged->entries.size() == 9);
  CHECK(s.merged->settings.back_flare_threshold == 7);
  CHECK(b.changed_elsewhere());
  CHECK(JournalStore(m, K).load(kT0 + 3000).journal == *s.merged);

  // B now saves without touching settings: A's setting is not reverted.
  const SaveResult sb = b.save(in_b, {d2}, kT0 + 4000);
  REQUIRE(sb.merged);
  CHECK(sb.merged->settings.back_flare_threshold == 7);
}

TEST_CASE("storage: quota - a failed save changes nothing stored, a later one writes everything") {
  const Journal small = days(20);
  const Journal big = days(60);
  const auto slot_units = [](const Journal& j) {
    MemoryStore probe;
    JournalStore(probe, K).save(j, {}, kT0);
    return probe.used_utf16_units();
  };
  // Room for both slots, but not while another app's data takes half a big slot.
  MemoryStore m(slot_units(small) + slot_units(big) + 100);
  m.data["other.app"] = std::string(slot_units(big) / 2, 'f');
  JournalStore store(m, K);
  store.load(kT0);
  REQUIRE(store.save(small, {}, kT0).status == WriteStatus::ok);
  const std::string before = m.data.at(K);
  const SaveResult failed = store.save(big, {}, kT0 + 1000);
  CHECK(failed.status == WriteStatus::quota_exceeded);
  CHECK(has_notice(failed.notices, StoreNotice::Kind::quota_exceeded));
  CHECK(m.data.at(K) == before);
  CHECK(m.data.count(K2) == 0);
  CHECK(JournalStore(m, K).load(kT0 + 2000).journal == small);

  m.data.erase("other.app");  // the patient frees space
  CHECK(store.save(big, {}, kT0 + 3000).status == WriteStatus::ok);
  CHECK(JournalStore(m, K).load(kT0 + 4000).journal == big);
}

TEST_CASE("storage: when space is short, old backups go before the main save fails") {
  MemoryStore probe;
  JournalStore(probe, K).save(days(40), {}, kT0);
  const std::size_t slot = probe.used_utf16_units();
  MemoryStore m(slot * 4 + 200);  // two slots and two backups, barely
  JournalStore store(m, K);
  store.load(kT0);
  store.save(days(40), {}, kT0);
  store.save(days(40, 1), {}, kT0 + kDay);      // backup of save 1
  store.save(days(40, 2), {}, kT0 + 2 * kDay);  // backup of save 2
  REQUIRE(store.backups().size() == 2);
  const SaveResult s = store.save(days(45, 3), {}, kT0 + 2 * kDay + 1);  // 5 days more than fits
  CHECK(s.status == WriteStatus::ok);
  CHECK(store.backups().size() == 1);
  CHECK(store.backups()[0].saved_at_ms == kT0 + kDay);  // the oldest (save 1) went first
  CHECK(JournalStore(m, K).load(kT0 + 3 * kDay).journal == days(45, 3));
}

TEST_CASE("storage: a slot we cannot read is not overwritten when there is no room to keep it aside") {
  MemoryStore probe;
  JournalStore(probe, K).save(days(10), {}, kT0);
  MemoryStore m(probe.used_utf16_units() + 300);
  m.data[K] = std::string(probe.used_utf16_units() - 100, '{');  // junk nearly the size of a slot
  JournalStore store(m, K);
  const LoadResult r = store.load(kT0);
  REQUIRE(r.notices.size() == 1);
  CHECK(r.notices[0].key.empty());
  CHECK(r.notices[0].message.find("no room to keep a copy aside. It will not be overwritten") != std::string::npos);
  const SaveResult s = store.save(days(10), {}, kT0);
  CHECK(s.status == WriteStatus::quota_exceeded);  // slot2 does not fit next to the junk
  CHECK(m.data.at(K) == std::string(probe.used_utf16_units() - 100, '{'));
}

TEST_CASE("storage: no storage at all - a notice, and saves report unavailable") {
  MemoryStore m(0, false);
  JournalStore store(m, K);
  const LoadResult r = store.load(kT0);
  CHECK(has_notice(r.notices, StoreNotice::Kind::storage_unavailable));
  const SaveResult s = store.save(days(1), {}, kT0);
  CHECK(s.status == WriteStatus::unavailable);
  CHECK(has_notice(s.notices, StoreNotice::Kind::storage_unavailable));
  CHECK_FALSE(store.changed_elsewhere());
}

TEST_CASE("storage: a write that does not read back is reported as verify_failed") {
  LyingStore kv;
  JournalStore store(kv, K);
  store.load(kT0);
  CHECK(store.save(days(2), {}, kT0).status == WriteStatus::verify_failed);
  CHECK(store.sequence() == 0);
}

TEST_CASE("storage: rolling backups - one generation a day at most, three kept, oldest dropped") {
  MemoryStore m;
  JournalStore store(m, K);
  store.load(kT0);
  store.save(days(1), {}, kT0);
  CHECK(store.backups().empty());  // nothing older to keep yet
  store.save(days(2), {}, kT0 + kHour);
  REQUIRE(store.backups().size() == 1);
  CHECK(store.backups()[0].saved_at_ms == kT0);  // the state that was superseded
  CHECK(store.backups()[0].entry_count == 1);
  store.save(days(3), {}, kT0 + 2 * kHour);
  CHECK(store.backups().size() == 1);  // less than 24 h since the last backup
  store.save(days(4), {}, kT0 + kHour + kDay);
  CHECK(store.backups().size() == 2);
  store.save(days(5), {}, kT0 + kHour + 2 * kDay);
  store.save(days(6), {}, kT0 + kHour + 3 * kDay);
  const std::vector<BackupInfo> b = store.backups();
  REQUIRE(b.size() == 3);
  // Newest first; the first backup (1 entry) was dropped.
  CHECK(b[0].entry_count == 5);
  CHECK(b[1].entry_count == 4);
  CHECK(b[2].entry_count == 3);
  CHECK(b[0].saved_at_ms == kT0 + kHour + 2 * kDay);
  const std::optional<Journal> restored = store.read_backup(b[1].key);
  REQUIRE(restored);
  CHECK(*restored == days(4));
  CHECK_FALSE(store.read_backup(K + ".backup.9"));
  // Backups use the same envelope; a load never mistakes them for slots.
  CHECK(Json::parse(m.data.at(b[0].key))["format"] == "painlink.store");
  CHECK(JournalStore(m, K).load(kT0 + 4 * kDay).journal == days(6));
}

// A MemoryStore that counts reads per key: the browser's reads copy whole values across to wasm.
class CountingStore final : public KeyValueStore {
 public:
  bool available() override { return inner.available(); }
  std::optional<std::string> get(const std::string& key) override {
    ++reads[key];
    return inner.get(key);
  }
  WriteStatus set(const std::string& key, const std::string& value) override { return inner.set(key, value); }
  void remove(const std::string& key) override { inner.remove(key); }
  std::vector<std::string> keys() override { return inner.keys(); }
  int backup_reads() const {
    int n = 0;
    for (const auto& [key, count] : reads)
      if (key.find(".backup.") != std::string::npos) n += count;
    return n;
  }
  MemoryStore inner;
  std::map<std::string, int> reads;
};

TEST_CASE("storage: while no backup can be due, a save does not read the backups") {
  CountingStore kv;
  JournalStore store(kv, K);
  store.load(kT0);
  store.save(days(10), {}, kT0);
  store.save(days(11), {}, kT0 + kHour);  // first backup: the generations are read once
  REQUIRE(store.backups().size() == 1);
  kv.reads.clear();
  store.save(days(12), {}, kT0 + 2 * kHour);
  store.save(days(13), {}, kT0 + 3 * kHour);
  CHECK(kv.backup_reads() == 0);
  CHECK(store.backups().size() == 1);
  // A mass delete within the day still reads them, and takes its backup.
  kv.reads.clear();
  store.save(days(3), {}, kT0 + 4 * kHour);
  CHECK(kv.backup_reads() > 0);
  CHECK(store.backups().size() == 2);
  // A day after the newest backup, the next save takes one again.
  store.save(days(4), {}, kT0 + 4 * kHour + kDay);
  CHECK(store.backups().size() == 3);
  // A fresh load knows nothing of the backups: its first save reads them, and finds one not due.
  JournalStore reopened(kv, K);
  reopened.load(kT0 + 5 * kHour + kDay);
  kv.reads.clear();
  reopened.save(days(5), {}, kT0 + 5 * kHour + kDay);
  CHECK(kv.backup_reads() > 0);
  CHECK(reopened.backups().size() == 3);
  kv.reads.clear();
  reopened.save(days(6), {}, kT0 + 6 * kHour + kDay);
  CHECK(kv.backup_reads() == 0);
  // A clock set back by more than a day counts as due, as before.
  reopened.save(days(7), {}, kT0 - kDay);
  const std::vector<BackupInfo> b = reopened.backups();
  REQUIRE(b.size() == 3);
  CHECK(std::any_of(b.begin(), b.end(), [](const BackupInfo& i) { return i.entry_count == 6; }));
}

TEST_CASE("storage: an unreadable backup generation is replaced first, a newer version's is left alone") {
  MemoryStore m;
  const std::string newer = R"({"format":"painlink.store","schema":4,"seq":1,"backup_at":1})";
  m.data[K + ".backup.0"] = newer;
  m.data[K + ".backup.1"] = "{\"format\":\"painlink.store\",\"schema\":2,\"seq\":1";  // cut short
  JournalStore store(m, K);
  store.load(kT0);
  store.save(days(1), {}, kT0);
  store.save(days(2), {}, kT0 + kHour);
  CHECK(m.data.at(K + ".backup.0") == newer);
  CHECK(Json::parse(m.data.at(K + ".backup.1"))["entries"] == 1);
  CHECK(m.data.count(K + ".backup.2") == 0);
  REQUIRE(store.backups().size() == 1);  // only readable ones are listed
  CHECK(store.backups()[0].key == K + ".backup.1");
}

TEST_CASE("storage: a mass delete takes a backup of the state before it, even within the day") {
  MemoryStore m;
  JournalStore store(m, K);
  store.load(kT0);
  store.save(days(30), {}, kT0);
  store.save(days(31), {}, kT0 + 1);  // first backup (30 days)
  store.save(days(31), {}, kT0 + 2);  // same day: no backup
  REQUIRE(store.backups().size() == 1);
  store.save(days(2), {}, kT0 + 3);   // 31 -> 2 entries
  REQUIRE(store.backups().size() == 2);
  CHECK(store.backups()[0].entry_count == 31);
  CHECK(*store.read_backup(store.backups()[0].key) == days(31));
}

TEST_CASE("storage: data from a newer version opens read-only and is never written") {
  MemoryStore m;
  JournalStore writer(m, K);
  writer.load(kT0);
  writer.save(days(3), {}, kT0);  // K seq 1: what this version wrote before the upgrade
  // The newer version then saved its own format into the spare slot.
  m.data[K2] = R"({"format":"painlink.store","schema":4,"seq":2,"saved_at":0,"payload":"future"})";
  const auto before = m.data;
  JournalStore store(m, K);
  const LoadResult r = store.load(kT0 + 1);
  CHECK(r.read_only);
  CHECK(store.read_only());
  CHECK(has_notice(r.notices, StoreNotice::Kind::newer_version));
  CHECK(r.journal == days(3));  // what this version can still read, for viewing
  const SaveResult s = store.save(days(4), {date_from_civil(2026, 1, 4)}, kT0 + 2);
  CHECK(s.status == WriteStatus::unavailable);
  CHECK(has_notice(s.notices, StoreNotice::Kind::newer_version));
  CHECK(m.data == before);

  // A newer app saving while this tab is open turns the tab read-only at its next save.
  MemoryStore m2;
  JournalStore tab(m2, K);
  tab.load(kT0);
  tab.save(days(1), {}, kT0);
  m2.data[K2] = R"({"format":"painlink.store","schema":9,"seq":5})";
  CHECK(tab.changed_elsewhere());
  const auto before2 = m2.data;
  CHECK(tab.save(days(2), {}, kT0 + 1).status == WriteStatus::unavailable);
  CHECK(tab.read_only());
  CHECK(m2.data == before2);
}

TEST_CASE("storage: 20 years of full days fit twice plus three backups in a 5.2M-unit localStorage") {
  const int kDays = 20 * 365 + 5;
  const Journal j = samples::full_journal(date_from_civil(2026, 1, 1), kDays);
  constexpr std::size_t kChromiumQuota = 5200000;  // UTF-16 units per origin, keys included
  MemoryStore m(kChromiumQuota);
  JournalStore store(m, K);
  store.load(kT0);
  // Two slots and three backup generations, a day apart.
  for (int i = 0; i < 5; ++i) REQUIRE(store.save(j, {}, kT0 + i * kDay).status == WriteStatus::ok);
  REQUIRE(store.backups().size() == 3);
  const std::size_t slot_units = utf16_units(m.data.at(K));
  // Pretty interchange JSON of one year, times 20 (exporting all of it is slow in a debug build).
  const std::size_t pretty_bytes = export_json(samples::full_journal(date_from_civil(2026, 1, 1), 365)).size() *
                                   static_cast<std::size_t>(kDays) / 365;
  MESSAGE("stored slot: " << slot_units << " UTF-16 units for " << kDays << " full days = "
                          << static_cast<double>(slot_units) / kDays << " per day (interchange JSON: "
                          << static_cast<double>(pretty_bytes) / kDays << " bytes/day); 2 slots + 3 backups use "
                          << m.used_utf16_units() << " of " << kChromiumQuota);
  CHECK(m.used_utf16_units() < kChromiumQuota);
  CHECK(slot_units < static_cast<std::size_t>(kDays) * 140);  // leaves room for asides and growth
  CHECK(JournalStore(m, K).load(kT0 + 10 * kDay).journal == j);
}

TEST_CASE("envelope: written byte for byte as before, and any payload text reads back identically") {
  std::string controls;
  for (char c = 0; c < 0x20; ++c) controls += c;
  const std::string payloads[] = {
      "",
      encode_payload(samples::awkward_journal()),
      "quotes \" and \\ backslashes \\\" mixed, controls " + controls + " \x7f and \u00e9\u20ac\U0001F600",
  };
  for (const std::string& payload : payloads) {
    EnvelopeFields f;
    f.seq = 9007199254740992ULL;
    f.saved_at_ms = kT0;
    f.entry_count = 3650;
    f.payload = payload;
    for (const int variant : {0, 1, 2}) {  // plain, a restore point, a restore point after a deletion
      f.backup_at_ms = variant > 0 ? std::optional<std::int64_t>(-kT0) : std::nullopt;
      f.erased_at_ms = variant > 1 ? std::optional<std::int64_t>(kT0 - 1) : std::nullopt;
      const std::string text = write_envelope(f);
      CHECK(text == reference::write_envelope_dom(f));
      const StoredValue v = read_stored(text);
      REQUIRE(v.kind == StoredKind::envelope);
      CHECK(v.fields.payload == payload);
      CHECK(v.fields.seq == f.seq);
      CHECK(v.fields.saved_at_ms == f.saved_at_ms);
      CHECK(v.fields.backup_at_ms == f.backup_at_ms);
      CHECK(v.fields.erased_at_ms == f.erased_at_ms);
      CHECK(v.fields.entry_count == f.entry_count);
    }
  }
  // Invalid UTF-8 cannot come from encode_payload(); written as before (replaced), it fails its checksum.
  EnvelopeFields bad;
  bad.payload = "bad \xC3\x28";
  CHECK(write_envelope(bad) == reference::write_envelope_dom(bad));
  CHECK(read_stored(write_envelope(bad)).kind == StoredKind::damaged);
}

TEST_CASE("storage: notes with quotes, backslashes, control characters and emoji survive a save and load") {
  MemoryStore m;
  JournalStore store(m, K);
  store.load(kT0);
  Journal j = days(3);
  std::string controls;
  for (char c = 1; c < 0x20; ++c) controls += c;
  j.entries.begin()->second.notes = "\"quoted\" \\ back\\slash " + controls + " \u00e9 \U0001F600";
  REQUIRE(store.save(j, {}, kT0).status == WriteStatus::ok);
  CHECK(JournalStore(m, K).load(kT0 + 1).journal == j);
}
