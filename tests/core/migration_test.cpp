#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "core/json_text.hpp"
#include "core/migrations.hpp"
#include "core/storage.hpp"
#include "core/stored_value.hpp"
#include "sample_journals.hpp"

using namespace painlink;

namespace {

constexpr std::int64_t kT0 = 1764000000000;
const std::string K = "painlink.journal";
const std::string K2 = "painlink.journal.slot2";

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(PAINLINK_FIXTURES_DIR) + "/store/" + name, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "missing fixture " << name);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The journal in schema1-journal.json (and schema2-journal.json, see below), written out by hand.
Journal fixture_journal() {
  Journal j;
  Entry a;
  a.date = date_from_civil(2026, 11, 18);
  a.back_pain = BackPain{};
  a.back_pain->intensity = 3;
  a.back_pain->lower_back = true;
  a.factors = Factors{};
  a.factors->sleep_hours = 7.5;
  a.factors->stress = 4;
  a.factors->custom["weather change"] = false;
  a.notes = "-stiff after gardening";
  j.entries[a.date] = a;
  const Entry b = samples::example_entry();
  j.entries[b.date] = b;
  Entry c;
  c.date = date_from_civil(2026, 11, 23);
  c.headache = Headache{};
  c.headache->intensity = 4;
  c.headache->side = HeadacheSide::both;
  c.headache->extra = {{"pollen_count", "high"}};
  Treatment t;
  t.type = TreatmentType::medication;
  t.name = "sumatriptan";
  t.drug_class = DrugClass::triptan;
  t.dose_mg = 50;
  t.relief = 8;
  t.extra = {{"taken_at", "14:30"}};
  c.treatments.push_back(t);
  c.extra = {{"mood", 2}};
  j.entries[c.date] = c;
  j.screening.answered_on = date_from_civil(2026, 11, 1);
  j.screening.answers = {{"fever", false}, {"numbness", false}};
  j.settings.back_flare_threshold = 5;
  j.extra = {{"exported_by", "an embedder, before Painlink had its own storage format"}};
  return j;
}

// The same journal as schema 2 stored it: a headache feature was ticked or not, and the unticked
// ones of 2026-11-23 read as "no" (migrate_2_to_3 says why).
Journal schema2_fixture_journal() {
  Journal j = fixture_journal();
  Headache& h = *j.entries.at(date_from_civil(2026, 11, 23)).headache;
  h.pulsating = h.aura = h.nausea = h.light_sensitive = h.sound_sensitive = h.worse_with_activity = false;
  return j;
}

std::vector<StoreNotice::Kind> kinds(const std::vector<StoreNotice>& notices) {
  std::vector<StoreNotice::Kind> out;
  for (const auto& n : notices) out.push_back(n.kind);
  return out;
}

using Kind = StoreNotice::Kind;

}  // namespace

TEST_CASE("migration: schema 1 (a plain interchange document under the key) is upgraded on load") {
  MemoryStore m;
  m.data[K] = fixture("schema1-journal.json");
  JournalStore store(m, K);
  const LoadResult r = store.load(kT0);
  CHECK(kinds(r.notices) == std::vector<Kind>{Kind::migrated});
  CHECK_FALSE(r.read_only);
  CHECK(r.journal == fixture_journal());
  CHECK(m.data.size() == 1);  // loading writes nothing

  // The next save writes an envelope into the spare slot; the old document becomes a backup.
  REQUIRE(store.save(r.journal, {}, kT0 + 1).status == WriteStatus::ok);
  const Json written = Json::parse(m.data.at(K2));
  CHECK(written["format"] == "painlink.store");
  CHECK(written["schema"] == kStoreSchema);
  CHECK(written["seq"] == 1);
  REQUIRE(store.backups().size() == 1);
  CHECK(*store.read_backup(store.backups()[0].key) == fixture_journal());

  JournalStore again(m, K);
  const LoadResult r2 = again.load(kT0 + 2);
  CHECK(r2.notices.empty());  // the envelope (seq 1) beats the document (seq 0)
  CHECK(r2.journal == fixture_journal());
  REQUIRE(again.save(r2.journal, {}, kT0 + 3).status == WriteStatus::ok);
  CHECK(Json::parse(m.data.at(K))["schema"] == kStoreSchema);  // now both slots are envelopes
}

TEST_CASE("migration: the schema 2 fixture (written by this codec) keeps loading exactly") {
  MemoryStore m;
  m.data[K] = fixture("schema2-journal.json");
  JournalStore store(m, K);
  const LoadResult r = store.load(kT0);
  CHECK(r.notices.empty());
  CHECK(r.journal == schema2_fixture_journal());
  CHECK(store.sequence() == 7);
  REQUIRE(store.save(r.journal, {}, kT0).status == WriteStatus::ok);
  CHECK(Json::parse(m.data.at(K2))["seq"] == 8);
}

TEST_CASE("migration: schema 2 -> 3 keeps the envelope's sequence and times and adds the features answered no") {
  const std::string v2 = fixture("schema2-journal.json");
  const Migrated up = migrate_2_to_3(v2);
  REQUIRE(up.stored);
  const StoredValue before = read_stored(v2), after = read_stored(*up.stored);
  REQUIRE(after.kind == StoredKind::envelope);
  CHECK(after.schema == 3);
  CHECK(after.fields.seq == before.fields.seq);
  CHECK(after.fields.saved_at_ms == before.fields.saved_at_ms);
  CHECK(after.fields.entry_count == before.fields.entry_count);
  CHECK(migrate_to_current(v2, 2).stored == up.stored);
  // The chain from schema 1 never goes through it: schema 1's unanswered features stay unanswered.
  const StoredValue from_v1 = read_stored(*migrate_to_current(fixture("schema1-journal.json"), 1).stored);
  CHECK(from_v1.schema == kStoreSchema);
  CHECK_FALSE(migrate_2_to_3(*up.stored).stored);  // only a schema 2 envelope is upgraded
}

TEST_CASE("migration: the restore point taken of a schema 2 save is upgraded and restores as it was") {
  MemoryStore m;
  m.data[K] = fixture("schema2-journal.json");
  JournalStore store(m, K);
  const LoadResult r = store.load(kT0);
  Journal changed = r.journal;
  changed.entries.erase(date_from_civil(2026, 11, 18));
  REQUIRE(store.save(changed, {date_from_civil(2026, 11, 18)}, kT0 + 1).status == WriteStatus::ok);
  REQUIRE(store.backups().size() == 1);
  const std::string backup = m.data.at(store.backups()[0].key);
  CHECK(Json::parse(backup)["schema"] == kStoreSchema);
  CHECK(Json::parse(backup)["saved_at"] == 1764000000000);  // when schema 2 saved it, not the upgrade
  CHECK(*store.read_backup(store.backups()[0].key) == schema2_fixture_journal());
}

TEST_CASE("migration: schema 1 with bad entries keeps the good ones and the whole document aside") {
  MemoryStore m;
  const std::string raw = fixture("schema1-bad-entries.json");
  m.data[K] = raw;
  JournalStore store(m, K);
  const LoadResult r = store.load(kT0);
  CHECK(kinds(r.notices) == std::vector<Kind>{Kind::kept_aside, Kind::migrated});
  CHECK(r.notices[0].message.rfind("3 parts of your saved journal could not be read and were left out (entries[1].date", 0) == 0);
  CHECK(m.data.at(r.notices[0].key) == raw);
  REQUIRE(r.journal.entries.size() == 2);
  CHECK(r.journal.entries.at(date_from_civil(2026, 11, 18)).back_pain->intensity == 3);
  CHECK(r.journal.entries.at(date_from_civil(2026, 11, 20)).back_pain->intensity == 2);  // the later duplicate
}

TEST_CASE("migration: data from a newer version is opened read-only, never migrated or written") {
  for (const char* name : {"schema1-newer-version.json", "schema4-future.json"}) {
    CAPTURE(name);
    MemoryStore m;
    m.data[K] = fixture(name);
    const auto before = m.data;
    JournalStore store(m, K);
    const LoadResult r = store.load(kT0);
    CHECK(r.read_only);
    CHECK(kinds(r.notices) == std::vector<Kind>{Kind::newer_version});
    CHECK(r.journal == Journal{});
    CHECK(store.save(samples::full_journal(date_from_civil(2026, 1, 1), 2), {}, kT0).status ==
          WriteStatus::unavailable);
    CHECK(m.data == before);
  }
}

TEST_CASE("migration: corrupt stored values from the fixtures") {
  struct Case {
    const char* file;
    std::vector<Kind> notices;
    std::size_t entries;
    const char* message_part;
  };
  const Case cases[] = {
      {"truncated.json", {Kind::kept_aside}, 0, "it is not valid JSON"},
      {"wrong-types.json", {Kind::kept_aside}, 0, "its schema number is missing or unknown"},
      {"other-app.json", {Kind::kept_aside}, 0, "it is not Painlink data"},
      {"invalid-utf8.json", {Kind::kept_aside}, 0, "it is not valid JSON"},
      {"nan.json", {Kind::kept_aside}, 0, "it is not valid JSON"},
      {"bad-date.json", {Kind::kept_aside, Kind::migrated}, 1, "entries[0].date: must be a real calendar date"},
      {"duplicate-dates.json", {Kind::kept_aside, Kind::migrated}, 1, "2026-03-01 appears again later"},
      {"huge-string.json", {Kind::kept_aside, Kind::migrated}, 1, "notes: must be at most 2000 characters (got 5000)"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.file);
    MemoryStore m;
    const std::string raw = fixture(std::string("corrupt/") + c.file);
    m.data[K] = raw;
    JournalStore store(m, K);
    const LoadResult r = store.load(kT0);
    CHECK(kinds(r.notices) == c.notices);
    CHECK(r.journal.entries.size() == c.entries);
    REQUIRE_FALSE(r.notices.empty());
    CHECK_MESSAGE(r.notices[0].message.find(c.message_part) != std::string::npos, r.notices[0].message);
    CHECK(m.data.at(r.notices[0].key) == raw);
  }
}

TEST_CASE("migration: the chain runs step by step and refuses what it does not know") {
  const std::string v1 = fixture("schema1-journal.json");
  const Migrated up = migrate_to_current(v1, 1);
  REQUIRE(up.stored);
  CHECK(up.problems.empty());
  const StoredValue v = read_stored(*up.stored);
  CHECK(v.kind == StoredKind::envelope);
  CHECK(v.fields.seq == 0);
  CHECK(v.fields.entry_count == 3);
  CHECK(migrate_1_to_2(v1).stored == up.stored);

  const std::string current = fixture("schema2-journal.json");
  CHECK(migrate_to_current(current, kStoreSchema).stored == current);  // nothing to do

  const Migrated unknown = migrate_to_current("{}", 0);
  CHECK_FALSE(unknown.stored);
  CHECK(unknown.error == "no upgrade is known from storage schema 0");

  const Migrated no_entries = migrate_1_to_2(R"({"format":"painlink.journal","version":1})");
  CHECK_FALSE(no_entries.stored);
  CHECK(no_entries.error == "This file has no \"entries\" list, so there is nothing to import.");
}
