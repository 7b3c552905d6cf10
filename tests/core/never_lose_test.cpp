// Never lose a day (issue 12): stored values copied aside exactly, stored data that would be
// changed silently (duplicate keys, lone surrogates, a garbage backup), complete CSV exports and
// replace imports that would empty the journal.
#include <doctest/doctest.h>

#include "core/csv_export.hpp"
#include "core/interchange.hpp"
#include "core/journal_app.hpp"
#include "core/json_text.hpp"
#include "core/storage.hpp"
#include "sample_journals.hpp"

using namespace painlink;

namespace {

constexpr std::int64_t kT0 = 1764000000000;
constexpr std::int64_t kDayMs = 24LL * 60 * 60 * 1000;
const std::string K = "painlink.journal";

// Like the browser before copies stayed in JavaScript: a value written through set() crosses into
// C strings and loses everything from the first U+0000 on. Only copy() moves values whole.
class CStringStore final : public KeyValueStore {
 public:
  bool copy_exact = true;  // false: copy() is the default get + set (and its verification)
  bool available() override { return true; }
  std::optional<std::string> get(const std::string& key) override {
    const auto it = data.find(key);
    if (it == data.end()) return std::nullopt;
    return it->second;
  }
  WriteStatus set(const std::string& key, const std::string& value) override {
    data[key] = std::string(value.c_str());
    return WriteStatus::ok;
  }
  void remove(const std::string& key) override { data.erase(key); }
  std::vector<std::string> keys() override {
    std::vector<std::string> out;
    for (const auto& [k, v] : data) out.push_back(k);
    return out;
  }
  WriteStatus copy(const std::string& from, const std::string& to) override {
    if (!copy_exact) return KeyValueStore::copy(from, to);
    const auto it = data.find(from);
    if (it == data.end()) return WriteStatus::unavailable;
    data[to] = it->second;
    return WriteStatus::ok;
  }
  std::map<std::string, std::string> data;
};

std::vector<std::string> aside_keys(const std::map<std::string, std::string>& data) {
  std::vector<std::string> out;
  for (const auto& [k, v] : data)
    if (k.rfind(K + ".aside.", 0) == 0) out.push_back(k);
  return out;
}

const StoreNotice* find_notice(const std::vector<StoreNotice>& notices, StoreNotice::Kind kind) {
  for (const auto& n : notices)
    if (n.kind == kind) return &n;
  return nullptr;
}

Journal days(int n) { return samples::full_journal(date_from_civil(2026, 1, 1), n); }

}  // namespace

// ---- item 4: kept-aside copies are exact -----------------------------------------------------------

TEST_CASE("memory store: copy() moves a value byte for byte, respects the quota and reports a missing key") {
  MemoryStore m(64);
  const std::string raw("abc\0def\xED\xA0\x80", 10);
  m.data["a"] = raw;
  CHECK(m.copy("a", "b") == WriteStatus::ok);
  CHECK(m.data.at("b") == raw);
  CHECK(m.copy("missing", "c") != WriteStatus::ok);
  CHECK(m.data.count("c") == 0);
  m.data["big"] = std::string(40, 'x');
  CHECK(m.copy("big", "big2") == WriteStatus::quota_exceeded);
  CHECK(m.data.count("big2") == 0);
}

TEST_CASE("storage: a value with U+0000 is kept aside whole, through the store's own copy") {
  const std::string raw("abc\0def", 7);
  CStringStore s;
  s.data[K] = raw;
  JournalStore store(s, K);
  const LoadResult r = store.load(kT0);
  const StoreNotice* n = find_notice(r.notices, StoreNotice::Kind::kept_aside);
  REQUIRE(n != nullptr);
  REQUIRE(aside_keys(s.data).size() == 1);
  CHECK(s.data.at(aside_keys(s.data)[0]) == raw);
  CHECK(store.save(days(1), {}, kT0 + 1).status == WriteStatus::ok);
  CHECK(s.data.at(aside_keys(s.data)[0]) == raw);
}

TEST_CASE("storage: a copy that does not verify is no copy - the slot is not overwritten") {
  const std::string raw("abc\0def", 7);
  CStringStore s;
  s.copy_exact = false;  // the copy goes through set(), which cuts it: verification must catch it
  s.data[K] = raw;
  JournalStore store(s, K);
  const LoadResult r = store.load(kT0);
  const StoreNotice* n = find_notice(r.notices, StoreNotice::Kind::kept_aside);
  REQUIRE(n != nullptr);
  CHECK(n->message.find("will not be overwritten") != std::string::npos);
  CHECK(aside_keys(s.data).empty());  // a cut copy is removed, not left to look like a good one
  // Saving uses the other slot and leaves the unreadable one exactly as it was.
  CHECK(store.save(days(1), {}, kT0 + 1).status == WriteStatus::ok);
  CHECK(s.data.at(K) == raw);
  CHECK(JournalStore(s, K).load(kT0 + 2).journal == days(1));
}

// ---- item 6: stored data that would change silently ------------------------------------------------

TEST_CASE("json text: a key twice in one object is refused, wherever it is") {
  CHECK_FALSE(parse_json_text(R"({"a":1,"a":2})").value);
  CHECK(parse_json_text(R"({"a":1,"a":2})").error.find("\"a\"") != std::string::npos);
  CHECK_FALSE(parse_json_text(R"([{"x":{"k":1,"k":[]}}])").value);
  CHECK_FALSE(parse_json_text(R"({"entries":[],"entri\u0065s":[]})").value);  // the same key, escaped
  // The same key in different objects, and keys that only look alike, are fine.
  CHECK(parse_json_text(R"({"a":{"a":1},"b":[{"a":1},{"a":2}],"A":"a","a\"":"\"a"})").value);
  CHECK(parse_json_text(R"(["a","a",{"a":"a"}])").value);
}

TEST_CASE("json text: a U+0000 byte is not the end of the text") {
  const std::string text("{\"a\":1}\0{\"a\":2}", 15);
  CHECK_FALSE(parse_json_text(text).value);
  CHECK(parse_json_text(text).error.find("U+0000") != std::string::npos);
  CHECK(parse_json_text(R"({"a":"\u0000"})").value);  // escaped, it is an ordinary character
}

TEST_CASE("storage: a stored document followed by U+0000 and more is kept aside, not read up to the U+0000") {
  MemoryStore m;
  const std::string raw = std::string(R"({"format":"painlink.journal","version":1,"entries":[]})") +
                          std::string("\0\xED\xA0\x80tail", 8);
  m.data[K] = raw;
  JournalStore store(m, K);
  const LoadResult r = store.load(kT0);
  const StoreNotice* n = find_notice(r.notices, StoreNotice::Kind::kept_aside);
  REQUIRE(n != nullptr);
  CHECK(find_notice(r.notices, StoreNotice::Kind::migrated) == nullptr);
  CHECK(m.data.at(n->key) == raw);
}

TEST_CASE("storage: duplicate \"entries\" in a stored document - kept aside and told, not opened as empty") {
  MemoryStore m;
  const std::string raw =
      R"({"format":"painlink.journal","version":1,"entries":[{"date":"2026-01-01","back_pain":{"intensity":3}},)"
      R"({"date":"2026-01-02","back_pain":{"intensity":4}}],"entries":[]})";
  m.data[K] = raw;
  JournalStore store(m, K);
  const LoadResult r = store.load(kT0);
  const StoreNotice* n = find_notice(r.notices, StoreNotice::Kind::kept_aside);
  REQUIRE(n != nullptr);
  CHECK_MESSAGE(n->message.find("\"entries\"") != std::string::npos, n->message);
  CHECK(find_notice(r.notices, StoreNotice::Kind::migrated) == nullptr);
  CHECK(m.data.at(n->key) == raw);
}

TEST_CASE("storage: a lone surrogate in a stored note - the days open, the original is kept aside, the patient is told") {
  MemoryStore m;
  // What the browser store hands over for a JS string with a lone U+D800: its WTF-8 bytes.
  const std::string raw = "{\"format\":\"painlink.journal\",\"version\":1,\"entries\":["
                          "{\"date\":\"2026-01-01\",\"back_pain\":{\"intensity\":3},\"notes\":\"a\xED\xA0\x80z\"},"
                          "{\"date\":\"2026-01-02\",\"back_pain\":{\"intensity\":4}}]}";
  m.data[K] = raw;
  JournalStore store(m, K);
  const LoadResult r = store.load(kT0);
  CHECK(r.journal.entries.size() == 2);
  const StoreNotice* n = find_notice(r.notices, StoreNotice::Kind::kept_aside);
  REQUIRE(n != nullptr);
  CHECK_MESSAGE(n->message.find("character") != std::string::npos, n->message);
  CHECK(m.data.at(n->key) == raw);
  REQUIRE(r.journal.entries.size() == 2);
  CHECK(r.journal.entries.begin()->second.notes == "a\xEF\xBF\xBDz");  // shown as U+FFFD
  CHECK(store.save(r.journal, {}, kT0 + 1).status == WriteStatus::ok);
  CHECK(m.data.at(n->key) == raw);
}

TEST_CASE("storage: garbage in a backup generation is kept aside and told before the generation is reused") {
  MemoryStore m;
  const std::string garbage = "{\"format\":\"painlink.store\",\"sch";  // cut short
  m.data[K + ".backup.0"] = garbage;
  JournalStore store(m, K);
  store.load(kT0);
  REQUIRE(store.save(days(1), {}, kT0).status == WriteStatus::ok);
  const SaveResult second = store.save(days(2), {}, kT0 + kDayMs);  // supersedes a save: a backup is due
  REQUIRE(second.status == WriteStatus::ok);
  const StoreNotice* n = find_notice(second.notices, StoreNotice::Kind::kept_aside);
  REQUIRE(n != nullptr);
  CHECK_MESSAGE(n->message.find("restore point") != std::string::npos, n->message);
  CHECK(m.data.at(n->key) == garbage);
  CHECK(Json::parse(m.data.at(K + ".backup.0"))["entries"] == 1);  // reused only after the copy
}

TEST_CASE("storage: garbage in a backup that cannot be kept aside is not overwritten") {
  CStringStore s;
  s.copy_exact = false;
  const std::string garbage("not a backup\0 at all", 20);
  s.data[K + ".backup.0"] = garbage;
  JournalStore store(s, K);
  store.load(kT0);
  REQUIRE(store.save(days(1), {}, kT0).status == WriteStatus::ok);
  REQUIRE(store.save(days(2), {}, kT0 + kDayMs).status == WriteStatus::ok);
  CHECK(s.data.at(K + ".backup.0") == garbage);
  CHECK(s.data.count(K + ".backup.1") == 1);  // the backup went to another generation
}

// ---- item 3: exports are complete ------------------------------------------------------------------

TEST_CASE("csv: a note with U+0000 and other control characters is exported whole, in one quoted cell") {
  Journal j = days(1);
  j.entries.begin()->second.notes = std::string("before\0after\x01 end", 17);
  const std::string csv = export_csv(j);
  CHECK(csv.find(std::string("\"before\0after\x01 end\"", 19)) != std::string::npos);
  CHECK(csv.size() >= 2);
  CHECK(csv.substr(csv.size() - 2) == "\r\n");
}

// ---- item 5: a replace import never empties the journal by accident ----------------------------------

TEST_CASE("journal app: a replace with nothing usable changes nothing and says why") {
  MemoryStore mem;
  std::int64_t now = kT0;
  JournalApp app(mem, K, [&now] { return now; });
  app.start();
  app.api_import(R"([{"date":"2026-11-01","back_pain":{"intensity":3}},{"date":"2026-11-02","headache":{"intensity":2}}])",
                 ImportMode::merge);
  REQUIRE(app.journal().entries.size() == 2);
  const Journal before = app.journal();
  struct Case {
    const char* text;
    const char* says;
  };
  const Case cases[] = {
      {"[1,2,3]", "None of the 3 entries"},
      {R"({"format":"painlink.journal","version":1,"entries":[{"date":"2026-02-30","back_pain":{"intensity":1}}]})",
       "The only entry in this file cannot be used"},
      {"[]", "This file has no entries; replacing would delete every day"},
      {R"({"format":"painlink.journal","version":1,"entries":[]})", "This file has no entries"},
      {"not json", "not valid JSON"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const ImportResult preview = app.preview_import(c.text, ImportMode::replace);
    CHECK_FALSE(preview.ok);
    CHECK_MESSAGE(preview.error.find(c.says) != std::string::npos, preview.error);
    const Json r = app.api_import(c.text, ImportMode::replace);
    CHECK(r["added"] == 0);
    CHECK(r["removed"] == 0);
    REQUIRE(r["rejected"].size() >= 1);
    CHECK(r["rejected"][0]["index"] == -1);
    CHECK(app.journal() == before);
  }
  // Each rejected entry is still listed, so the patient sees why none could be used.
  const Json r = app.api_import("[1,2,3]", ImportMode::replace);
  CHECK(r["rejected"].size() == 4);
  // Merge with nothing usable is harmless and stays allowed.
  CHECK(app.preview_import("[]", ImportMode::merge).ok);
  // A replace with something usable reports what it removes.
  const Json ok = app.api_import(R"([{"date":"2026-11-03","back_pain":{"intensity":1}}])", ImportMode::replace);
  CHECK(ok["added"] == 1);
  CHECK(ok["removed"] == 2);
  CHECK(app.journal().entries.size() == 1);
}
