// Several tabs of one journal (core/tab_sync.hpp): localStorage as Chromium has it, where one
// tab's write reaches the others later, and the single-writer protocol that loses nothing there.
#include <doctest/doctest.h>

#include <deque>
#include <memory>

#include "core/journal_app.hpp"
#include "fixtures/analysis/journal_builder.hpp"

using namespace painlink;

namespace {

// Every tab has its own view of the origin's storage; a write lands in the writer's view at once
// and in the others' only when propagate() runs (Chromium's asynchronous delivery between renderers).
struct Origin;
class TabStorage final : public KeyValueStore {
 public:
  TabStorage(Origin& o) : origin_(o) {}
  bool available() override { return true; }
  std::optional<std::string> get(const std::string& k) override {
    const auto it = view.find(k);
    return it == view.end() ? std::nullopt : std::optional<std::string>(it->second);
  }
  WriteStatus set(const std::string& k, const std::string& v) override;
  void remove(const std::string& k) override;
  std::vector<std::string> keys() override {
    std::vector<std::string> out;
    for (const auto& [k, v] : view) out.push_back(k);
    return out;
  }
  std::map<std::string, std::optional<std::string>> unsent;
  std::map<std::string, std::string> view;

 private:
  Origin& origin_;
};

struct Origin {
  std::vector<std::unique_ptr<TabStorage>> tabs;
  TabStorage& open() {
    tabs.push_back(std::make_unique<TabStorage>(*this));
    if (tabs.size() > 1) tabs.back()->view = tabs.front()->view;
    return *tabs.back();
  }
  void propagate() {
    for (auto& from : tabs) {
      for (const auto& [k, v] : from->unsent)
        for (auto& to : tabs) {
          if (to == from) continue;
          if (v) to->view[k] = *v;
          else to->view.erase(k);
        }
      from->unsent.clear();
    }
  }
};

WriteStatus TabStorage::set(const std::string& k, const std::string& v) {
  view[k] = v;
  unsent[k] = v;
  return WriteStatus::ok;
}
void TabStorage::remove(const std::string& k) {
  view.erase(k);
  unsent[k] = std::nullopt;
}

Entry back_day(Date d, int back) {
  Entry e;
  e.date = d;
  e.back_pain = BackPain{};
  e.back_pain->intensity = back;
  return e;
}

struct Tab {
  std::int64_t now = 1'700'000'000'000;
  TabStorage& storage;
  JournalApp app;
  Tab(Origin& o) : storage(o.open()), app(storage, "painlink.journal", [this] { return now; }) { app.start(); }
};

// The BroadcastChannel: the platform's part, done by hand.
void deliver(Tab& follower, Tab& leader, std::vector<Tab*> everyone) {
  if (auto batch = follower.app.outgoing()) {
    const std::optional<std::uint64_t> ack = leader.app.receive_changes(*batch);
    REQUIRE(ack);
    if (auto saved = leader.app.take_saved())
      for (Tab* t : everyone)
        if (t != &leader) t->app.receive_saved(*saved);
    follower.app.acknowledged(*ack);
  }
}

std::set<Date> stored_dates(Origin& o) {
  o.propagate();
  TabStorage& fresh = o.open();
  JournalApp reader(fresh, "painlink.journal", [] { return std::int64_t{1'700'000'000'000}; });
  reader.start();
  std::set<Date> out;
  for (const auto& [d, e] : reader.journal().entries) out.insert(d);
  return out;
}

const Date kDay = date_from_civil(2026, 11, 1);

}  // namespace

TEST_CASE("tabs: two tabs each saving on their own lose a day when writes arrive late") {
  // The way it was: each tab reads, merges and writes; the other tab's write has not arrived yet.
  Origin o;
  Tab a(o), b(o);
  a.app.put_entry(back_day(kDay, 4));
  b.app.put_entry(back_day(kDay + 1, 6));
  CHECK(stored_dates(o).size() == 1);  // one of the two days is gone: what the protocol prevents
}

TEST_CASE("tabs: a leader and followers lose nothing, whatever arrives late") {
  Origin o;
  Tab a(o), b(o), c(o);
  a.app.set_role(TabRole::leader);
  b.app.set_role(TabRole::follower);
  c.app.set_role(TabRole::follower);
  painlink::testing::SplitMix64 rng(7);
  int written = 0;
  for (int round = 0; round < 40; ++round) {
    // Each tab adds its own day, in a random order, with the storage never propagated in between.
    Tab* tabs[] = {&a, &b, &c};
    for (int k = 0; k < 3; ++k) {
      Tab& t = *tabs[(round + k) % 3];
      t.app.put_entry(back_day(kDay + (round * 3 + k), 1 + rng.range(0, 9)));
      ++written;
      if (rng.chance(0.5)) o.propagate();
    }
    // Messages go out in any order; a lost message is simply resent later.
    if (rng.chance(0.8)) deliver(b, a, {&a, &b, &c});
    if (rng.chance(0.8)) deliver(c, a, {&a, &b, &c});
    if (auto saved = a.app.take_saved()) {
      b.app.receive_saved(*saved);
      c.app.receive_saved(*saved);
    }
    b.now += kResendMs;
    c.now += kResendMs;
  }
  deliver(b, a, {&a, &b, &c});
  deliver(c, a, {&a, &b, &c});
  CHECK(b.app.save_state() == SaveState::saved);
  CHECK(c.app.save_state() == SaveState::saved);
  CHECK(static_cast<int>(stored_dates(o).size()) == written);
  // Every tab shows every day.
  CHECK(a.app.journal() == b.app.journal());
  CHECK(a.app.journal() == c.app.journal());
  CHECK(static_cast<int>(a.app.journal().entries.size()) == written);
}

TEST_CASE("tabs: same-day edits merge per field group, the later edit of a group wins") {
  Origin o;
  Tab a(o), b(o);
  a.app.set_role(TabRole::leader);
  b.app.set_role(TabRole::follower);
  a.app.put_entry(back_day(kDay, 3));
  b.app.receive_saved(*a.app.take_saved());
  // Tab B records the headache; meanwhile tab A changes the back pain and adds a note.
  Entry with_headache = *b.app.entry(kDay);
  with_headache.headache = Headache{};
  with_headache.headache->intensity = 7;
  b.app.put_entry(with_headache);
  Entry later = *a.app.entry(kDay);
  later.back_pain->intensity = 5;
  later.notes = "long drive";
  a.app.put_entry(later);
  // A's broadcast reaches B before B's change reaches A: B keeps its headache on top.
  b.app.receive_saved(*a.app.take_saved());
  CHECK(b.app.entry(kDay)->headache->intensity == 7);
  CHECK(b.app.entry(kDay)->back_pain->intensity == 5);
  deliver(b, a, {&a, &b});
  for (Tab* t : {&a, &b}) {
    const Entry& e = *t->app.entry(kDay);
    CHECK(e.back_pain->intensity == 5);
    CHECK(e.headache->intensity == 7);
    CHECK(e.notes == "long drive");
  }
  // The same group in both tabs: the later one (in the order the leader sees them) wins.
  Entry b_back = *b.app.entry(kDay);
  b_back.back_pain->intensity = 9;
  b.app.put_entry(b_back);
  deliver(b, a, {&a, &b});
  CHECK(a.app.entry(kDay)->back_pain->intensity == 9);
  CHECK(b.app.entry(kDay)->back_pain->intensity == 9);
}

TEST_CASE("tabs: a follower that takes over saves what it changed and what it heard") {
  Origin o;
  Tab a(o), b(o);
  a.app.set_role(TabRole::leader);
  b.app.set_role(TabRole::follower);
  a.app.put_entry(back_day(kDay, 2));  // saved by A; B hears it, storage not yet propagated to B
  b.app.receive_saved(*a.app.take_saved());
  b.app.put_entry(back_day(kDay + 1, 8));  // B's change, never acknowledged: A closes
  CHECK(b.app.save_state() == SaveState::pending);
  o.tabs[0]->unsent.clear();  // A's last writes never reached the others
  b.app.set_role(TabRole::leader);
  CHECK(b.app.save_state() == SaveState::saved);
  CHECK(stored_dates(o) == std::set<Date>{kDay, kDay + 1});
}

TEST_CASE("tabs: a tab that just opened gets the whole journal; messages that cannot be read change nothing") {
  Origin o;
  Tab a(o), b(o);  // B opens and reads storage before A's writes reach it
  a.app.set_role(TabRole::leader);
  a.app.put_entry(back_day(kDay, 2));
  a.app.put_entry(back_day(kDay + 1, 3));
  (void)a.app.take_saved();  // B was not listening yet
  b.app.set_role(TabRole::follower);
  CHECK(b.app.journal().entries.empty());
  b.app.receive_saved(*a.app.take_saved(true));
  CHECK(b.app.journal() == a.app.journal());
  const Journal before = a.app.journal();
  CHECK_FALSE(a.app.receive_changes(Json::parse(R"({"batch":"x","days":[]})")));
  CHECK_FALSE(a.app.receive_changes(Json::parse(R"({"batch":3,"days":[{"date":"nope"}]})")));
  CHECK(a.app.journal() == before);
  CHECK_FALSE(b.app.outgoing());  // nothing pending
}

TEST_CASE("tabs: an assessment answer in one tab reaches the writer and every other tab") {
  Origin o;
  Tab a(o), b(o), c(o);
  a.app.set_role(TabRole::leader);
  b.app.set_role(TabRole::follower);
  c.app.set_role(TabRole::follower);
  const Date today = date_from_civil(2026, 11, 20);
  REQUIRE(b.app.set_assessment_answer("headache_side", "one_side", today));
  CHECK(b.app.save_state() == SaveState::pending);  // until the writer acknowledges it
  deliver(b, a, {&a, &b, &c});
  CHECK(b.app.save_state() == SaveState::saved);
  CHECK(a.app.journal().assessment == b.app.journal().assessment);
  CHECK(c.app.journal().assessment == b.app.journal().assessment);
  // The writer's own change goes out to the followers too, and it is what storage holds.
  REQUIRE(a.app.set_assessment_answer("cause_stress", "yes", today));
  const auto saved = a.app.take_saved();
  REQUIRE(saved);
  b.app.receive_saved(*saved);
  c.app.receive_saved(*saved);
  CHECK(b.app.journal().assessment.current.answers.size() == 2);
  CHECK(c.app.journal().assessment == a.app.journal().assessment);
  o.propagate();
  TabStorage& fresh = o.open();
  JournalApp reader(fresh, "painlink.journal", [] { return std::int64_t{1'700'000'000'000}; });
  reader.start();
  CHECK(reader.journal().assessment == a.app.journal().assessment);
}
