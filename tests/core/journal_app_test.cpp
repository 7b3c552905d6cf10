// JournalApp: the widget's state machine without a screen (saving, notices, tabs, JS API).
#include <doctest/doctest.h>

#include "core/journal_app.hpp"

using namespace painlink;

namespace {

// A store that can be told to refuse writes, like a full localStorage.
class FlakyStore final : public KeyValueStore {
 public:
  explicit FlakyStore(MemoryStore& inner) : inner_(inner) {}
  bool full = false;
  bool garble = false;  // stores something other than what it was given, like a failing disk
  int writes = 0;
  bool available() override { return inner_.available(); }
  std::optional<std::string> get(const std::string& k) override { return inner_.get(k); }
  WriteStatus set(const std::string& k, const std::string& v) override {
    if (full) return WriteStatus::quota_exceeded;
    ++writes;
    return inner_.set(k, garble ? v.substr(0, v.size() / 2) : v);
  }
  void remove(const std::string& k) override { inner_.remove(k); }
  std::vector<std::string> keys() override { return inner_.keys(); }

 private:
  MemoryStore& inner_;
};

struct Clock {
  std::int64_t now = 1'700'000'000'000;
  JournalApp::Clock fn() {
    return [this] { return now; };
  }
};

Entry day(Date d, int back) {
  Entry e;
  e.date = d;
  e.back_pain = BackPain{};
  e.back_pain->intensity = back;
  return e;
}

const Date kDay = date_from_civil(2026, 11, 20);

}  // namespace

TEST_CASE("journal app: every change is saved at once and survives a restart") {
  MemoryStore mem;
  Clock clock;
  {
    JournalApp app(mem, "painlink.journal", clock.fn());
    app.start();
    CHECK(app.journal().entries.empty());
    app.put_entry(day(kDay, 6));
    CHECK(app.save_state() == SaveState::saved);
  }
  JournalApp again(mem, "painlink.journal", clock.fn());
  again.start();
  REQUIRE(again.entry(kDay) != nullptr);
  CHECK(again.entry(kDay)->back_pain->intensity == 6);
}

TEST_CASE("journal app: typing is saved after a short pause, and flush() saves at once") {
  MemoryStore mem;
  FlakyStore store(mem);
  Clock clock;
  JournalApp app(store, "k", clock.fn());
  app.start();
  const int before = store.writes;
  Entry e = day(kDay, 2);
  e.notes = "L";
  app.put_entry(e, JournalApp::SaveTiming::debounce);
  e.notes = "Lo";
  app.put_entry(e, JournalApp::SaveTiming::debounce);
  CHECK(app.save_state() == SaveState::pending);
  CHECK(store.writes == before);  // nothing written per keystroke
  CHECK(app.tick() > 0);          // not due yet
  clock.now += kTypingSaveDelayMs + 1;
  CHECK(app.tick() == -1);
  CHECK(app.save_state() == SaveState::saved);
  CHECK(store.writes > before);

  e.notes = "Long";
  app.put_entry(e, JournalApp::SaveTiming::debounce);
  app.flush();  // the page is being hidden
  CHECK(app.save_state() == SaveState::saved);
  JournalApp reader(mem, "k", clock.fn());
  reader.start();
  CHECK(reader.entry(kDay)->notes == "Long");
}

TEST_CASE("journal app: a full storage keeps the entry in memory, warns, and recovers") {
  MemoryStore mem;
  FlakyStore store(mem);
  Clock clock;
  JournalApp app(store, "k", clock.fn());
  app.start();
  app.put_entry(day(kDay, 3));
  store.full = true;
  app.put_entry(day(kDay + 1, 8));
  CHECK(app.save_state() == SaveState::failed_quota);
  REQUIRE(app.entry(kDay + 1) != nullptr);  // nothing the user entered is lost
  bool warned = false;
  for (const auto& n : app.notices()) warned |= n.sticky && n.action == Notice::Action::download_backup;
  CHECK(warned);
  CHECK(app.api_status()["saved"] == false);

  store.full = false;
  app.put_entry(day(kDay + 2, 1));  // the next successful save writes everything
  CHECK(app.save_state() == SaveState::saved);
  for (const auto& n : app.notices()) CHECK_FALSE(n.sticky);
  JournalApp reader(mem, "k", clock.fn());
  reader.start();
  CHECK(reader.journal().entries.size() == 3);
}

TEST_CASE("journal app: two tabs editing different days keep both") {
  MemoryStore mem;
  Clock clock;
  JournalApp tab_a(mem, "k", clock.fn());
  JournalApp tab_b(mem, "k", clock.fn());
  tab_a.start();
  tab_b.start();
  tab_a.put_entry(day(kDay, 5));
  clock.now += 10;
  tab_b.put_entry(day(kDay + 1, 7));  // B saved without having seen A's day
  CHECK(tab_b.entry(kDay) != nullptr);  // ...and merged it in
  tab_a.on_storage_changed();           // the browser's storage event in A
  CHECK(tab_a.entry(kDay + 1) != nullptr);
  CHECK(tab_a.journal() == tab_b.journal());
}

TEST_CASE("journal app: the JS API validates, upserts by date and reports import counts") {
  MemoryStore mem;
  Clock clock;
  JournalApp app(mem, "k", clock.fn());
  app.start();
  Json bad = app.api_add_entry(R"({"date":"2026-13-01","back_pain":{"intensity":3}})");
  CHECK(bad["ok"] == false);
  CHECK(bad["errors"][0]["path"] == "date");
  CHECK(app.journal().entries.empty());

  Json ok = app.api_add_entry(R"({"date":"2026-11-20","back_pain":{"intensity":3}})");
  CHECK(ok["ok"] == true);
  ok = app.api_add_entry(R"({"date":"2026-11-20","back_pain":{"intensity":4}})");
  CHECK(app.journal().entries.size() == 1);
  CHECK(app.entry(kDay)->back_pain->intensity == 4);
  CHECK(app.api_entries().size() == 1);

  Json r = app.api_import(R"({"format":"painlink.journal","version":1,"entries":[
      {"date":"2026-11-20","back_pain":{"intensity":4}},
      {"date":"2026-11-21","headache":{"intensity":2}},
      {"date":"2026-11-22","headache":{"intensity":"bad"}}]})",
                          ImportMode::merge);
  CHECK(r["added"] == 1);
  CHECK(r["unchanged"] == 1);
  CHECK(r["rejected"].size() == 1);
  CHECK(r["rejected"][0]["index"] == 2);
  CHECK(app.journal().entries.size() == 2);

  Json junk = app.api_import("not json", ImportMode::replace);
  CHECK(junk["rejected"][0]["index"] == -1);
  CHECK(app.journal().entries.size() == 2);  // a failed import touches nothing
}

TEST_CASE("journal app: an empty entry removes the day instead of storing nothing") {
  MemoryStore mem;
  Clock clock;
  JournalApp app(mem, "k", clock.fn());
  app.start();
  app.put_entry(day(kDay, 3));
  Entry cleared;
  cleared.date = kDay;
  const auto rev = app.revision();
  app.put_entry(cleared);
  CHECK(app.entry(kDay) == nullptr);
  CHECK(app.revision() > rev);
}

TEST_CASE("journal app: backup reminder when storage is not persistent and no recent backup") {
  MemoryStore mem;
  Clock clock;
  JournalApp app(mem, "k", clock.fn());
  app.start();
  for (int i = 0; i < kBackupReminderMinEntries - 1; ++i) app.put_entry(day(kDay + i, 2));
  app.set_storage_persisted(false);
  CHECK(app.backup_reminder().empty());  // too little recorded to nag about
  app.put_entry(day(kDay + 10, 2));
  CHECK_FALSE(app.backup_reminder().empty());
  CHECK(app.backup_reminder().find("no backup") != std::string::npos);

  app.record_backup_download();
  CHECK(app.backup_reminder().empty());
  clock.now += std::int64_t{kBackupReminderDays + 1} * 86'400'000;
  CHECK(app.backup_reminder().find("more than 30 days") != std::string::npos);

  app.snooze_backup_reminder();
  CHECK(app.backup_reminder().empty());
  clock.now += std::int64_t{kBackupSnoozeDays + 1} * 86'400'000;
  CHECK_FALSE(app.backup_reminder().empty());

  app.set_storage_persisted(true);  // the browser promised not to evict
  CHECK(app.backup_reminder().empty());

  // The dates survive a restart (kept beside the journal, not in it).
  app.set_storage_persisted(false);
  app.record_backup_download();
  JournalApp again(mem, "k", clock.fn());
  again.start();
  CHECK(again.last_backup_download_ms() == clock.now);
  CHECK(again.journal().extra.empty());
}

TEST_CASE("journal app: a write that reads back wrong keeps the entry and says so, not \"full\"") {
  MemoryStore mem;
  FlakyStore store(mem);
  Clock clock;
  JournalApp app(store, "k", clock.fn());
  app.start();
  app.put_entry(day(kDay, 3));
  store.garble = true;
  app.put_entry(day(kDay + 1, 8));
  CHECK(app.save_state() == SaveState::failed_quota);
  REQUIRE(app.entry(kDay + 1) != nullptr);
  std::string text;
  for (const auto& n : app.notices()) {
    if (n.sticky) text = n.text;
  }
  CHECK(text.find("did not store the latest changes correctly") != std::string::npos);
  CHECK(text.find("full") == std::string::npos);

  store.garble = false;
  app.put_entry(day(kDay + 2, 1));
  CHECK(app.save_state() == SaveState::saved);
  JournalApp reader(mem, "k", clock.fn());
  reader.start();
  CHECK(reader.journal().entries.size() == 3);  // the good slot survived the garbled write
}

TEST_CASE("journal app: storage full keeps restore points unless removing one makes the save fit") {
  // Three days of saves one day apart give restore points; then the storage is nearly full.
  MemoryStore mem;
  Clock clock;
  JournalApp app(mem, "k", clock.fn());
  app.start();
  for (int i = 0; i < 4; ++i) {
    app.put_entry(day(kDay + i, 3));
    clock.now += 25LL * 3600 * 1000;
  }
  const auto backups = [&] {
    int n = 0;
    for (const auto& [k, v] : mem.data) n += k.rfind("k.backup.", 0) == 0 ? 1 : 0;
    return n;
  };
  const int before = backups();
  REQUIRE(before >= 2);
  // No room at all: the save fails and every restore point is still there.
  MemoryStore tight(mem.used_utf16_units() + 10);
  tight.data = mem.data;
  JournalApp full(tight, "k", clock.fn());
  full.start();
  Entry big = day(kDay + 10, 5);
  big.notes = std::string(1500, 'x');
  full.put_entry(big);
  CHECK(full.save_state() == SaveState::failed_quota);
  int kept = 0;
  for (const auto& [k, v] : tight.data) kept += k.rfind("k.backup.", 0) == 0 ? 1 : 0;
  CHECK(kept == before);
  CHECK(full.retry_in_ms() == kRetrySaveMs);
  CHECK(full.unsaved());
  // Space frees up (another page removes its data): the retry saves, without a reload.
  tight = MemoryStore(0);
  tight.data = mem.data;
  full.retry_save();
  CHECK(full.save_state() == SaveState::saved);
  CHECK_FALSE(full.unsaved());
  CHECK(full.retry_in_ms() == -1);

  // Room once the oldest restore point goes: it goes, and the patient is told.
  MemoryStore some(mem.used_utf16_units() + 400);
  some.data = mem.data;
  JournalApp roomy(some, "k", clock.fn());
  roomy.start();
  Entry medium = day(kDay + 11, 5);
  medium.notes = std::string(600, 'y');
  roomy.put_entry(medium);
  CHECK(roomy.save_state() == SaveState::saved);
  int left = 0;
  for (const auto& [k, v] : some.data) left += k.rfind("k.backup.", 0) == 0 ? 1 : 0;
  CHECK(left < before);
  bool told = false;
  for (const auto& n : roomy.notices()) told |= n.text.find("oldest restore point") != std::string::npos;
  CHECK(told);
}

TEST_CASE("journal app: a storage event retries a save that failed for lack of space") {
  MemoryStore mem;
  FlakyStore store(mem);
  Clock clock;
  JournalApp app(store, "k", clock.fn());
  app.start();
  store.full = true;
  app.put_entry(day(kDay, 4));
  CHECK(app.save_state() == SaveState::failed_quota);
  store.full = false;
  app.on_storage_changed();
  CHECK(app.save_state() == SaveState::saved);
}

TEST_CASE("journal app: every change is recorded once, by kind, for the shell's after_change") {
  MemoryStore mem;
  Clock clock;
  JournalApp app(mem, "k", clock.fn());
  app.start();
  CHECK(app.take_changes().empty());  // loading is not a change

  app.put_entry(day(kDay, 3));
  ChangeSet c = app.take_changes();
  CHECK(c.kinds == ChangeSet::entries);
  CHECK(c.analysis());
  CHECK(app.take_changes().empty());  // taken once

  // Typing a note into a day that exists changes nothing the analysis reads.
  const auto analysis_before = app.analysis_revision();
  const auto revision_before = app.revision();
  Entry noted = *app.entry(kDay);
  noted.notes = "walked to work";
  app.put_entry(noted, JournalApp::SaveTiming::debounce);
  c = app.take_changes();
  CHECK(c.kinds == ChangeSet::notes);
  CHECK(c.journal());
  CHECK_FALSE(c.analysis());
  CHECK(app.revision() > revision_before);
  CHECK(app.analysis_revision() == analysis_before);

  // A first entry made of notes alone is a new day: the analysis counts recorded days.
  Entry only_notes;
  only_notes.date = kDay + 1;
  only_notes.notes = "slept badly";
  app.put_entry(only_notes);
  CHECK(app.take_changes().kinds == ChangeSet::entries);
  CHECK(app.analysis_revision() > analysis_before);

  Screening s;
  s.answers["headache_thunderclap"] = false;
  app.set_screening(s);
  CHECK(app.take_changes().kinds == ChangeSet::screening);

  // Unchanged values are no change at all.
  app.set_screening(s);
  app.put_entry(noted);
  CHECK(app.take_changes().empty());
}

TEST_CASE("journal app: notices are a change of their own, not a journal change") {
  MemoryStore mem;
  Clock clock;
  JournalApp app(mem, "k", clock.fn());
  app.start();
  CHECK(app.restore_backup("painlink.no-such-backup") == false);  // tells the patient why
  ChangeSet c = app.take_changes();
  CHECK(c.kinds == ChangeSet::notices);
  CHECK_FALSE(c.journal());
  REQUIRE_FALSE(app.notices().empty());
  app.dismiss(app.notices().back().id);
  CHECK(app.take_changes().kinds == ChangeSet::notices);
  app.dismiss(12345);  // nothing to dismiss
  CHECK(app.take_changes().empty());
}

TEST_CASE("journal app: a self-check answer is a change of its own that the journal's analysis does not read") {
  MemoryStore mem;
  Clock clock;
  JournalApp app(mem, "k", clock.fn());
  app.start();
  const auto analysis_before = app.analysis_revision();
  REQUIRE(app.set_assessment_answer("headache_any", "yes", kDay));
  const ChangeSet c = app.take_changes();
  CHECK(c.kinds == ChangeSet::assessment);
  CHECK(c.journal());  // the page hears it: the answers are part of the journal (export, other tabs)
  CHECK_FALSE(c.analysis());
  CHECK(app.analysis_revision() == analysis_before);
}
