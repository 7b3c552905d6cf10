#include <doctest/doctest.h>

#include <cmath>

#include "core/code_column.hpp"
#include "core/interchange.hpp"
#include "core/json_text.hpp"
#include "core/store_codec.hpp"
#include "reference_writers.hpp"
#include "sample_journals.hpp"

using namespace painlink;

TEST_CASE("code column: small numbers become one character each, exactly") {
  const NumberColumn sleep = {7.5, 8, std::nullopt, 0, 22.5};
  const Json encoded = encode_column(sleep);
  REQUIRE(encoded.is_string());
  CHECK(encoded.get<std::string>().size() == 1 + sleep.size());  // header + one digit per value
  std::string error;
  CHECK(decode_column(encoded, error) == sleep);

  // Two digits when one is not enough (exercise minutes), a finer scale for tenths.
  const NumberColumn minutes = {0, 30, 1440, std::nullopt};
  CHECK(encode_column(minutes).get<std::string>().size() == 1 + 2 * minutes.size());
  CHECK(decode_column(encode_column(minutes), error) == minutes);
  const NumberColumn tenths = {5.3, 0.1, 10};
  CHECK(decode_column(encode_column(tenths), error) == tenths);

  // No exact code (negative, a third, huge): the JSON array form, still exact.
  for (const NumberColumn& odd : {NumberColumn{-1.0}, NumberColumn{1.0 / 3}, NumberColumn{1e300, 2},
                                  NumberColumn{0.123456789}}) {
    const Json j = encode_column(odd);
    CHECK(j.is_array());
    CHECK(decode_column(j, error) == odd);
  }
  CHECK(decode_column(encode_column({}), error) == NumberColumn{});
}

TEST_CASE("code column: the alphabet needs no escaping in JSON") {
  NumberColumn all;
  for (int i = 0; i < 91; ++i) all.push_back(i);
  const std::string s = encode_column(all).get<std::string>();
  CHECK(s.size() == 92);
  CHECK(s.find('"') == std::string::npos);
  CHECK(s.find('\\') == std::string::npos);
  CHECK(dump_compact(Json(s)).size() == s.size() + 2);  // only the surrounding quotes
  std::string error;
  CHECK(decode_column(Json(s), error) == all);
}

TEST_CASE("code column: malformed columns are errors, not crashes") {
  std::string error;
  CHECK_FALSE(decode_column(Json("~12"), error));  // header out of range
  CHECK(error == "a number column has an unknown header");
  CHECK_FALSE(decode_column(Json("'1"), error));   // header 5: two digits per value, one given
  CHECK(error == "a number column is cut short");
  CHECK_FALSE(decode_column(Json("!a\\"), error));
  CHECK(error == "a number column holds a character outside its alphabet");
  CHECK_FALSE(decode_column(Json::array({1, "2"}), error));
  CHECK_FALSE(decode_column(Json(3), error));
}

namespace {

Journal varied_journal() {
  Journal j = samples::full_journal(date_from_civil(2024, 2, 27), 5);  // across a leap day
  Entry later = samples::full_entry(date_from_civil(2024, 6, 1), 7);   // a gap in the dates
  later.factors->sleep_hours = 1.0 / 3;                                  // forces the array form
  later.treatments[0].dose_mg = 12.75;
  later.treatments[0].extra = {{"batch", "A1"}};
  later.headache.reset();
  later.extra = {{"mood", {{"score", 3}}}};
  later.back_pain->extra = {{"posture", "slouched"}};
  later.notes = "Notes with \"quotes\", back\\slash, a tab\t and émoji 😀";
  j.entries[later.date] = later;
  Entry bare;
  bare.date = date_from_civil(2024, 6, 3);
  bare.factors = Factors{};  // recorded but empty: kept distinct from "not recorded"
  bare.factors->extra = {{"pollen", 4}};
  bare.headache = Headache{};
  bare.headache->extra = {{"trigger", nullptr}};
  j.entries[bare.date] = bare;
  j.extra = {{"future", true}};
  return j;
}

}  // namespace

TEST_CASE("store codec: encode -> decode gives the same journal, every field and unknown field included") {
  const Journal j = varied_journal();
  const std::string payload = encode_payload(j);
  const DecodedPayload d = decode_payload(payload);
  REQUIRE_MESSAGE(d.journal.has_value(), d.error);
  CHECK(d.problems.empty());
  CHECK(*d.journal == j);
  CHECK(encode_payload(*d.journal) == payload);  // deterministic
  // An empty journal too.
  CHECK(decode_payload(encode_payload(Journal{})).journal == Journal{});
}

TEST_CASE("store codec: damaged payloads are refused as a whole, with a reason") {
  const std::string good = encode_payload(samples::full_journal(date_from_civil(2026, 1, 1), 3));
  Json root = Json::parse(good);
  const auto damaged = [&](const char* pointer, const Json& value) {
    Json copy = root;
    copy[Json::json_pointer(pointer)] = value;
    return decode_payload(dump_compact(copy));
  };
  CHECK_FALSE(decode_payload("{\"d\":").journal);
  CHECK_FALSE(decode_payload("[]").journal);
  CHECK_FALSE(decode_payload("{}").journal);  // no date list
  CHECK_FALSE(damaged("/d", Json::array({20000, 3, 1})).journal);          // odd length
  CHECK_FALSE(damaged("/d", Json::array({20000, 4})).journal);             // one entry too many
  CHECK_FALSE(damaged("/d", Json::array({20000, 200000})).journal);        // more days than 1900-2200
  CHECK_FALSE(damaged("/d", Json::array({20000, 0})).journal);             // empty run
  CHECK_FALSE(damaged("/d", Json::array({20000, 1, -1, 2})).journal);      // dates going back
  CHECK_FALSE(damaged("/d/1", 18446744073709551615ULL).journal);
  CHECK_FALSE(damaged("/m", "!!").journal);                                 // column too short
  CHECK_FALSE(damaged("/s", Json::array()).journal);                        // names point nowhere
  CHECK_FALSE(damaged("/n", Json::array({"a"})).journal);                   // notes do not match
  CHECK_FALSE(damaged("/x", Json{{"e", {{7, {{"a", 1}}}}}}).journal);        // extra for entry 7 of 3
  CHECK_FALSE(damaged("/x", Json{{"e", {{0, 5}}}}).journal);                 // extra not an object
  const DecodedPayload d = damaged("/m", Json::array({1, 2, 99}));
  CHECK_FALSE(d.journal);
  CHECK(d.error == "the stored payload is damaged (column \"m\" holds 99 where a whole number from 0 to 15 belongs)");
}

TEST_CASE("store codec: an entry that breaks a rule is left out and reported, the rest is kept") {
  Journal j = samples::full_journal(date_from_civil(2026, 1, 1), 3);
  j.entries.begin()->second.back_pain->intensity = 12;  // cannot come from the UI or an import
  Entry ancient = samples::full_entry(date_from_civil(1800, 1, 1), 1);
  j.entries[ancient.date] = ancient;
  const DecodedPayload d = decode_payload(encode_payload(j));
  REQUIRE(d.journal);
  CHECK(d.journal->entries.size() == 2);
  REQUIRE(d.problems.size() == 2);
  CHECK(d.problems[0] == "1800-01-01: date must be a calendar date from 1900 to 2200");
  CHECK(d.problems[1] == "2026-01-01: back_pain.intensity must be a whole number from 0 to 10 (got 12)");
}

TEST_CASE("store codec: the payload is written byte for byte as the nlohmann value was dumped") {
  // Stored checksums and fixtures depend on the exact text, so the streamed writer must not differ.
  const Journal journals[] = {Journal{}, samples::awkward_journal(), varied_journal(),
                              samples::full_journal(date_from_civil(2016, 1, 1), 3650)};
  for (const Journal& j : journals) CHECK(encode_payload(j) == reference::encode_payload_dom(j));
  const Journal awkward = samples::awkward_journal();
  const DecodedPayload d = decode_payload(encode_payload(awkward));
  REQUIRE(d.journal);
  CHECK(d.journal->entries.size() == awkward.entries.size());
}

TEST_CASE("code column: the JSON text appended is the dump of the column value") {
  for (const NumberColumn& c : {NumberColumn{}, NumberColumn{7.5, 8, std::nullopt, 0}, NumberColumn{0, 30, 1440},
                                NumberColumn{-1.0, std::nullopt, 2}, NumberColumn{1.0 / 3, 1e300, 5.0, 1e-7}}) {
    std::string text = "x";
    append_column_json(text, c);
    CHECK(text == "x" + dump_compact(encode_column(c)));
  }
}
