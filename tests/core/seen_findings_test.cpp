// Possible triggers the patient has been shown (Settings::seen_findings): Check-in tells only of
// the others. The list is kept in exports and in storage, and an odd item never refuses settings.
#include <doctest/doctest.h>

#include <string>

#include "core/analysis/findings.hpp"
#include "core/analysis/insights.hpp"
#include "core/interchange.hpp"
#include "core/store_codec.hpp"
#include "fixtures/analysis/journal_builder.hpp"

using namespace painlink;
using namespace painlink::analysis;
using painlink::testing::JournalBuilder;
using painlink::testing::SplitMix64;

namespace {
// 89 days, alcohol on about a quarter of them and a headache on most days after it, else none.
Journal alcohol_then_headache(Date first) {
  SplitMix64 rng(5);
  JournalBuilder b(first);
  std::vector<int> alcohol(89, 0);
  for (int i = 0; i < 88; ++i) alcohol[static_cast<std::size_t>(i)] = rng.chance(0.25) ? 1 : 0;
  for (int i = 0; i < 89; ++i) {
    b.factors(i).alcohol_units = alcohol[static_cast<std::size_t>(i)] ? 4.0 : 0.0;
    b.headache(i, i > 0 && alcohol[static_cast<std::size_t>(i - 1)] && rng.chance(0.8) ? 6 : 0);
  }
  return b.journal;
}
}  // namespace

TEST_CASE("seen findings: a possible trigger is new until its key is seen, whatever its timing") {
  const Date first = date_from_civil(2026, 1, 1);
  const Journal j = alcohol_then_headache(first);
  const Insights in = compute_insights(j, first + 88);
  const std::vector<Finding> fresh = new_possible_triggers(in, {});
  REQUIRE_FALSE(fresh.empty());
  CHECK(fresh.front().kind == Finding::Kind::possible_trigger);
  CHECK(finding_key(in, fresh.front()) == "alcohol>headache");
  CHECK(new_possible_triggers(in, {"alcohol>headache"}).empty());
  CHECK(new_possible_triggers(in, {"alcohol>back_pain", "short_sleep>headache"}).size() == fresh.size());
}

TEST_CASE("seen findings: kept in exports and storage; odd items are skipped, not refused") {
  Settings s;
  s.seen_findings = {"alcohol>headache", "custom:red wine>headache_onset"};
  const Json j = settings_to_json(s);
  CHECK(j["seen_findings"] == Json::array({"alcohol>headache", "custom:red wine>headache_onset"}));
  const Parsed<Settings> back = settings_from_json(j);
  REQUIRE(back.ok());
  CHECK(*back.value == s);
  CHECK_FALSE(settings_to_json(Settings{}).contains("seen_findings"));

  const Parsed<Settings> odd = settings_from_json(
      Json{{"seen_findings", Json::array({"alcohol>headache", 3, "", std::string(200, 'x'), "alcohol>headache"})}});
  REQUIRE(odd.ok());
  CHECK(odd.value->seen_findings == std::vector<std::string>{"alcohol>headache"});
  CHECK_FALSE(settings_from_json(Json{{"seen_findings", "alcohol>headache"}}).ok());

  Journal journal;
  journal.settings = s;
  const ImportResult imported = import_document(export_json(journal), Journal{}, ImportMode::replace);
  REQUIRE(imported.ok);
  CHECK(imported.journal.settings.seen_findings == s.seen_findings);
  const DecodedPayload stored = decode_payload(encode_payload(journal));
  REQUIRE(stored.journal.has_value());
  CHECK(stored.journal->settings.seen_findings == s.seen_findings);
}
