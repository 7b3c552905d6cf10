// "Delete everything" (JournalApp::erase_all, JournalStore::erase_all): what goes, what is left, and
// how every other open tab learns of it without saving the deleted journal back.
#include <doctest/doctest.h>

#include "core/journal_app.hpp"

using namespace painlink;

namespace {

const std::string K = "painlink.journal";
constexpr std::int64_t kT0 = 1'790'000'000'000;
constexpr std::int64_t kDayMs = 24LL * 60 * 60 * 1000;
const Date kDay = date_from_civil(2026, 11, 1);

struct Tab {
  std::int64_t now = kT0;
  JournalApp app;
  explicit Tab(MemoryStore& m) : app(m, K, [this] { return now; }) { app.start(); }
};

Entry back_day(Date d, int back, std::string notes = "") {
  Entry e;
  e.date = d;
  e.back_pain = BackPain{};
  e.back_pain->intensity = back;
  e.notes = std::move(notes);
  return e;
}

bool says(const JournalApp& app, const std::string& part) {
  for (const Notice& n : app.notices())
    if (n.text.find(part) != std::string::npos) return true;
  return false;
}

std::set<Date> stored_dates(MemoryStore& m) {
  MemoryStore copy = m;
  Tab reader(copy);
  std::set<Date> out;
  for (const auto& [d, e] : reader.app.journal().entries) out.insert(d);
  return out;
}

// The BroadcastChannel, by hand: the follower's batch to the leader, the leader's news to the others.
void deliver(Tab& follower, Tab& leader, const std::vector<Tab*>& everyone) {
  const std::optional<Json> batch = follower.app.outgoing();
  REQUIRE(batch);
  const std::optional<std::uint64_t> ack = leader.app.receive_changes(*batch);
  REQUIRE(ack);
  if (const std::optional<Json> saved = leader.app.take_saved())
    for (Tab* t : everyone)
      if (t != &leader) t->app.receive_saved(*saved);
  follower.app.acknowledged(*ack);
}

const char* const kElsewhere = "deleted in another tab";

}  // namespace

TEST_CASE("delete everything: the days, self-check answers, settings and every stored copy go") {
  MemoryStore m;
  Tab a(m);
  for (int i = 0; i < 5; ++i) a.app.put_entry(back_day(kDay + i, 3, "private note " + std::to_string(i)));
  REQUIRE(a.app.set_assessment_answer("headache_side", "one_side", kDay));
  Settings s;
  s.back_flare_threshold = 6;
  a.app.set_settings(s);
  a.now += 2 * kDayMs;  // a day later: the next save keeps a restore point
  a.app.put_entry(back_day(kDay + 9, 2, "private note 9"));
  REQUIRE_FALSE(a.app.store().backups().empty());
  m.data[K + ".aside.1790000000000"] = "{\"notes\":\"private note, unreadable\"";  // kept aside once
  a.app.record_backup_download();
  REQUIRE(m.data.count(K + ".meta") == 1);
  m.data["another.app"] = "left alone";

  const JournalApp::EraseResult r = a.app.erase_all();
  CHECK(r.status == JournalApp::EraseStatus::ok);
  CHECK(r.days == 6);
  CHECK(a.app.journal() == Journal{});
  CHECK(a.app.save_state() == SaveState::saved);
  CHECK(says(a.app, "deleted"));

  // Left: one marker (an empty journal that says it was deleted) and the other app's value.
  CHECK(m.data.size() == 2);
  REQUIRE(m.data.count(K) == 1);
  CHECK(m.data.at("another.app") == "left alone");
  const Json marker = Json::parse(m.data.at(K));
  CHECK(marker["entries"] == 0);
  CHECK(marker.contains("erased_at"));
  CHECK(m.data.at(K).find("private") == std::string::npos);

  // A tab opened afterwards shows an empty journal with nothing to restore, and no message: it
  // saw nothing deleted.
  Tab later(m);
  CHECK(later.app.journal() == Journal{});
  CHECK(later.app.store().backups().empty());
  CHECK(later.app.store().kept_aside().empty());
  CHECK(later.app.notices().empty());
  // Recording goes on as usual.
  later.app.put_entry(back_day(kDay + 20, 4));
  CHECK(stored_dates(m) == std::set<Date>{kDay + 20});
}

TEST_CASE("delete everything: a newer version's journal is not touched") {
  MemoryStore m;
  m.data[K] = R"({"format":"painlink.store","schema":99,"seq":1})";
  const auto before = m.data;
  Tab a(m);
  CHECK(a.app.erase_all().status == JournalApp::EraseStatus::read_only);
  CHECK(m.data == before);
}

TEST_CASE("delete everything: another tab on its own shows the journal empty and never saves its copy back") {
  MemoryStore m;
  Tab a(m);
  a.app.put_entry(back_day(kDay, 3));
  a.app.put_entry(back_day(kDay + 1, 5));
  Tab b(m), c(m);
  REQUIRE(b.app.journal().entries.size() == 2);
  // C is typing a note into a day when A deletes everything; its save is still to come.
  Entry typed = *c.app.entry(kDay);
  typed.notes = "typed before the deletion";
  c.app.put_entry(typed, JournalApp::SaveTiming::debounce);
  REQUIRE(c.app.unsaved());

  REQUIRE(a.app.erase_all().status == JournalApp::EraseStatus::ok);
  b.app.on_storage_changed();  // the browser's storage event
  CHECK(b.app.journal().entries.empty());
  CHECK(says(b.app, kElsewhere));
  c.now += 5000;  // C's storage event came late: its debounced save runs first
  c.app.tick();
  CHECK(c.app.journal().entries.empty());
  CHECK(says(c.app, kElsewhere));
  CHECK(stored_dates(m).empty());

  // What B records after the deletion is saved, alone.
  b.app.put_entry(back_day(kDay + 7, 4));
  CHECK(stored_dates(m) == std::set<Date>{kDay + 7});
}

TEST_CASE("delete everything from a follower: the writing tab deletes, every tab empties, a batch sent before cannot bring days back") {
  MemoryStore m;
  Tab a(m), b(m), c(m);
  a.app.set_role(TabRole::leader);
  b.app.set_role(TabRole::follower);
  c.app.set_role(TabRole::follower);
  a.app.put_entry(back_day(kDay, 3));
  const std::optional<Json> first = a.app.take_saved();
  REQUIRE(first);
  b.app.receive_saved(*first);
  c.app.receive_saved(*first);
  // C changes a day; its batch is on its way when B deletes everything.
  c.app.put_entry(back_day(kDay + 1, 6));
  const std::optional<Json> stale = c.app.outgoing();
  REQUIRE(stale);

  const JournalApp::EraseResult r = b.app.erase_all();
  CHECK(r.status == JournalApp::EraseStatus::ok);
  CHECK(r.days == 1);
  CHECK(b.app.journal().entries.empty());  // shown empty at once
  CHECK(b.app.save_state() == SaveState::pending);  // until the writing tab has done it
  deliver(b, a, {&a, &b, &c});
  CHECK(stored_dates(m).empty());
  CHECK(b.app.save_state() == SaveState::saved);
  CHECK_FALSE(says(b.app, kElsewhere));  // B did it
  for (Tab* t : {&a, &c}) {
    CHECK(t->app.journal().entries.empty());
    CHECK(says(t->app, kElsewhere));
  }
  // C's batch from before the deletion arrives late: not taken (nor acknowledged), and C, having
  // heard of the deletion, does not send it again.
  CHECK_FALSE(a.app.receive_changes(*stale));
  CHECK(a.app.journal().entries.empty());
  CHECK_FALSE(c.app.outgoing());
  CHECK(stored_dates(m).empty());

  // Days recorded afterwards, in any tab, are saved as usual.
  c.app.put_entry(back_day(kDay + 8, 2));
  deliver(c, a, {&a, &b, &c});
  CHECK(stored_dates(m) == std::set<Date>{kDay + 8});
  CHECK(b.app.journal() == a.app.journal());
}

TEST_CASE("delete everything in the writing tab: a follower that takes over before hearing it saves nothing deleted") {
  MemoryStore m;
  Tab a(m), b(m), c(m);
  a.app.set_role(TabRole::leader);
  b.app.set_role(TabRole::follower);
  c.app.set_role(TabRole::follower);
  a.app.put_entry(back_day(kDay, 3));
  a.app.put_entry(back_day(kDay + 1, 4));
  const std::optional<Json> saved = a.app.take_saved();
  REQUIRE(saved);
  b.app.receive_saved(*saved);  // B and C have heard both days: a tab that takes over saves them
  c.app.receive_saved(*saved);

  REQUIRE(a.app.erase_all().status == JournalApp::EraseStatus::ok);
  const std::optional<Json> news = a.app.take_saved();
  REQUIRE(news);
  c.app.receive_saved(*news);  // C hears it; A closes before B does
  CHECK(c.app.journal().entries.empty());
  CHECK(says(c.app, kElsewhere));

  b.app.set_role(TabRole::leader);
  CHECK(b.app.journal().entries.empty());
  CHECK(says(b.app, kElsewhere));
  CHECK(stored_dates(m).empty());
}
