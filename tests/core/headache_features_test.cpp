// A headache's features (throbbing, aura, nausea, light, noise, worse with activity) are each
// unrecorded, no or yes. A feature nobody answered must never turn into "no" on its way through the
// interchange JSON, the CSV, storage or the analysis: "no nausea" is what tension-type headache
// needs, and a diary that never asked cannot claim it.
//
// The entries here are built from interchange JSON, so each test states the day as a file would.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "core/analysis/daily_series.hpp"
#include "core/analysis/headache_pattern.hpp"
#include "core/csv_export.hpp"
#include "core/csv_import.hpp"
#include "core/interchange.hpp"
#include "core/storage.hpp"

using namespace painlink;

namespace {

const char* const kFeatures[] = {"pulsating", "aura", "nausea", "light_sensitive", "sound_sensitive",
                                 "worse_with_activity"};
const std::string K = "painlink.journal";
const std::string K2 = "painlink.journal.slot2";
constexpr std::int64_t kT0 = 1764000000000;

Entry entry(const std::string& json) {
  Parsed<Entry> p = entry_from_text(json);
  REQUIRE_MESSAGE(p.ok(), json);
  return *p.value;
}

// A headache on 2026-11-20 with `features` (JSON members, may be empty) besides the intensity.
Entry headache_day(const std::string& features, int intensity = 5) {
  return entry(R"({"date":"2026-11-20","headache":{"intensity":)" + std::to_string(intensity) +
               (features.empty() ? "" : "," + features) + "}}");
}

Json headache_json(const Entry& e) {
  REQUIRE(e.headache.has_value());
  return entry_to_json(e)["headache"];
}

std::vector<std::string> csv_cells(const std::string& line) {
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == ',') out.emplace_back();
    else out.back() += c;
  }
  return out;
}

std::string store_fixture(const std::string& name) {
  std::ifstream in(std::string(PAINLINK_FIXTURES_DIR) + "/store/" + name, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "missing fixture " << name);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

bool tension_type(const Entry& e) { return analysis::tension_type_like(analysis::headache_day_from(*e.headache)); }
bool probable_migraine(const Entry& e) {
  return analysis::probable_migraine_like(analysis::headache_day_from(*e.headache));
}

}  // namespace

TEST_CASE("headache features: unanswered ones are left out of the JSON and read back unanswered") {
  const Entry none = headache_day("");
  const Json j = headache_json(none);
  for (const char* f : kFeatures) CHECK_MESSAGE(!j.contains(f), f << " was written though never answered");
  CHECK(entry_from_json(entry_to_json(none)).value == none);

  // An answered "no" stays a "no", a "yes" a "yes"; the others stay out.
  const Json some = headache_json(headache_day(R"("nausea":false,"aura":true)"));
  CHECK(some["nausea"] == false);
  CHECK(some["aura"] == true);
  CHECK_FALSE(some.contains("pulsating"));
  CHECK_FALSE(some.contains("worse_with_activity"));
}

TEST_CASE("headache features: the CSV leaves unanswered ones blank, and a blank cell reads back unanswered") {
  Journal j;
  const Entry e = headache_day(R"("nausea":false,"pulsating":true)");
  j.entries[e.date] = e;
  const std::string csv = export_csv(j);
  const std::size_t row = csv.find("\r\n2026-11-20");
  REQUIRE(row != std::string::npos);
  const std::vector<std::string> cells = csv_cells(csv.substr(row + 2, csv.find("\r\n", row + 2) - row - 2));
  REQUIRE(cells.size() == csv_export_columns().size());
  // Pulsating, Aura, Nausea, Light sensitive, Sound sensitive, Worse with activity: columns 7-12.
  CHECK(cells[7] == "yes");
  CHECK(cells[8] == "");
  CHECK(cells[9] == "no");
  CHECK(cells[10] == "");
  CHECK(cells[11] == "");
  CHECK(cells[12] == "");

  // Read back: the same day, blank cells still unanswered.
  CsvRead read = read_csv(csv);
  REQUIRE(read.document);
  const ImportResult r = import_csv(*read.document, read.document->mapping, Journal{});
  REQUIRE(r.ok);
  REQUIRE(r.journal.entries.count(e.date) == 1);
  CHECK(headache_json(r.journal.entries.at(e.date)) == headache_json(e));
}

TEST_CASE("headache features: an answered no in another diary's yes/no column is kept as no") {
  CsvRead read = read_csv("Date,Headache,Aura,Nausea\n2026-11-20,6,no,yes\n");
  REQUIRE(read.document);
  const ImportResult r = import_csv(*read.document, read.document->mapping, Journal{});
  REQUIRE(r.ok);
  REQUIRE(r.journal.entries.size() == 1);
  const Json h = headache_json(r.journal.entries.begin()->second);
  CHECK(h["aura"] == false);
  CHECK(h["nausea"] == true);
  CHECK_FALSE(h.contains("pulsating"));
}

TEST_CASE("headache features: storage keeps unanswered ones unanswered") {
  MemoryStore m;
  Journal j;
  const Entry e = headache_day(R"("light_sensitive":false)");
  j.entries[e.date] = e;
  JournalStore store(m, K);
  store.load(kT0);
  REQUIRE(store.save(j, {e.date}, kT0).status == WriteStatus::ok);
  JournalStore again(m, K);
  const LoadResult r = again.load(kT0 + 1);
  REQUIRE(r.journal.entries.count(e.date) == 1);
  CHECK(headache_json(r.journal.entries.at(e.date)) == Json::parse(R"({"intensity":5,"light_sensitive":false})"));
}

TEST_CASE("headache features: a journal stored by the version that saved ticks loads, unticked as no") {
  // schema2-journal.json: 2026-11-23 has a headache with no feature ticked. That version's form
  // had a tick box per feature, so an unticked one may have meant "no" or "not asked": it is read
  // as "no", as that version's analysis counted it, rather than guessed away.
  MemoryStore m;
  m.data[K] = store_fixture("schema2-journal.json");
  JournalStore store(m, K);
  const LoadResult r = store.load(kT0);
  CHECK(r.notices.empty());
  const Date d = date_from_civil(2026, 11, 23);
  REQUIRE(r.journal.entries.count(d) == 1);
  const Json h = headache_json(r.journal.entries.at(d));
  for (const char* f : kFeatures) CHECK_MESSAGE(h.value(f, true) == false, f);
  // The next save writes the current format, which tells unanswered from no.
  REQUIRE(store.save(r.journal, {}, kT0 + 1).status == WriteStatus::ok);
  CHECK(Json::parse(m.data.at(K2))["schema"] == 3);
  JournalStore later(m, K);
  CHECK(later.load(kT0 + 2).journal == r.journal);
}

TEST_CASE("headache features: tension-type-like needs nausea answered no, not left unanswered") {
  // ICHD-3 2.x D: no nausea, and not both light and sound sensitivity. Both sides, mild, 2 h.
  const std::string base = R"("duration_hours":2,"side":"both","pulsating":false,"worse_with_activity":false)";
  const Entry all_no = headache_day(base + R"(,"nausea":false,"light_sensitive":false,"sound_sensitive":false)", 3);
  CHECK(tension_type(all_no));
  CHECK_FALSE(tension_type(headache_day(base + R"(,"light_sensitive":false,"sound_sensitive":false)", 3)));
  // Not both light and sound: one of them answered no decides it; both unanswered does not.
  CHECK(tension_type(headache_day(base + R"(,"nausea":false,"light_sensitive":true,"sound_sensitive":false)", 3)));
  CHECK_FALSE(tension_type(headache_day(base + R"(,"nausea":false)", 3)));
  CHECK_FALSE(tension_type(headache_day(base + R"(,"nausea":false,"light_sensitive":true)", 3)));
}

TEST_CASE("headache features: tension-type C counts 'not throbbing' and 'not worse with activity' only when answered") {
  // One side, moderate (5): C is met by mild-or-moderate plus one "not" answered no.
  const std::string d = R"("duration_hours":2,"side":"right","nausea":false,"light_sensitive":false)";
  CHECK(tension_type(headache_day(d + R"(,"pulsating":false)", 5)));
  CHECK(tension_type(headache_day(d + R"(,"worse_with_activity":false)", 5)));
  CHECK_FALSE(tension_type(headache_day(d, 5)));
}

TEST_CASE("headache features: probable migraine is not claimed while the criterion it lacks is unanswered") {
  // 1.1 B (5 h) and C (one side, throbbing, severe) are met; D (nausea, or light and sound) is
  // unanswered: the day may fit migraine itself, so "all but one" cannot be said.
  const std::string bc = R"("duration_hours":5,"side":"left","pulsating":true,"worse_with_activity":true)";
  CHECK_FALSE(probable_migraine(headache_day(bc, 8)));
  CHECK_FALSE(probable_migraine(headache_day(bc + R"(,"nausea":false)", 8)));
  // Answered: no nausea and no noise sensitivity rule D out.
  CHECK(probable_migraine(headache_day(bc + R"(,"nausea":false,"sound_sensitive":false)", 8)));
}
