#include <doctest/doctest.h>

#include <sstream>

#include "core/csv_export.hpp"
#include "sample_journals.hpp"

using namespace painlink;

namespace {

const std::string kBom = "\xEF\xBB\xBF";

const std::string kHeader =
    "Date,Back pain (0-10),Back regions,Radiates to,Headache (0-10),Headache duration (hours),Headache side,"
    "Pulsating,Aura,Nausea,Light sensitive,Sound sensitive,Worse with activity,Sleep (hours),Stress (0-10),"
    "Screen time (hours),Sitting (hours),Water (glasses),Caffeine (cups),Alcohol (units),Exercise (minutes),"
    "Skipped meal,Menstruating,Other factors,Treatments,Notes\r\n";

std::vector<std::string> lines(const std::string& csv) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t end; (end = csv.find("\r\n", start)) != std::string::npos; start = end + 2)
    out.push_back(csv.substr(start, end - start));
  return out;
}

}  // namespace

TEST_CASE("csv: header and one row per day with every field, in date order") {
  Journal j;
  Entry e = samples::example_entry();
  j.entries[e.date] = e;
  Entry bare;
  bare.date = e.date - 1;
  bare.notes = "Only a note";
  j.entries[bare.date] = bare;
  const std::string csv = export_csv(j);
  REQUIRE(csv.rfind(kBom + kHeader, 0) == 0);
  const auto rows = lines(csv.substr(kBom.size()));
  REQUIRE(rows.size() == 3);
  // Not recorded = empty cell.
  CHECK(rows[1] == "2026-11-19,,,,,,,,,,,,,,,,,,,,,,,,,Only a note");
  CHECK(rows[2] ==
        "2026-11-20,6,neck; upper back; lower back,arm; leg,7,5,left,yes,no,yes,yes,yes,yes,"
        "5.5,8,10,9,3,4,0,0,yes,no,weather change=yes,ibuprofen 400 mg (NSAID) relief 6; ice relief 3,"
        "Long drive");
}

TEST_CASE("csv: RFC 4180 quoting of commas, quotes and line breaks") {
  CHECK(csv_cell("plain") == "plain");
  CHECK(csv_cell("a, b") == "\"a, b\"");
  CHECK(csv_cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_cell("two\nlines") == "\"two\nlines\"");
  CHECK(csv_cell("cr\rhere") == "\"cr\rhere\"");
  CHECK(csv_cell("") == "");
  Journal j;
  Entry e;
  e.date = date_from_civil(2026, 1, 1);
  e.notes = "Tired, \"sore\"\nslept badly";
  j.entries[e.date] = e;
  CHECK(lines(export_csv(j, CsvOptions{false}))[1] == "2026-01-01,,,,,,,,,,,,,,,,,,,,,,,,,\"Tired, \"\"sore\"\"\nslept badly\"");
}

TEST_CASE("csv: cells a spreadsheet would run as formulas are neutralised") {
  CHECK(csv_cell("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
  CHECK(csv_cell("+1") == "'+1");
  CHECK(csv_cell("-stiff neck") == "'-stiff neck");
  CHECK(csv_cell("@SUM(A1)") == "'@SUM(A1)");
  CHECK(csv_cell("\tindented") == "'\tindented");
  CHECK(csv_cell("\rx") == "\"'\rx\"");
  CHECK(csv_cell("a-b=c") == "a-b=c");  // only the first character matters
  Journal j;
  Entry e;
  e.date = date_from_civil(2026, 1, 1);
  e.factors = Factors{};
  e.factors->custom["=cmd"] = true;
  Treatment t;
  t.type = TreatmentType::other;
  t.name = "+massage";
  e.treatments.push_back(t);
  e.notes = "-bad day";
  j.entries[e.date] = e;
  const std::string row = lines(export_csv(j, CsvOptions{false}))[1];
  CHECK(row == "2026-01-01,,,,,,,,,,,,,,,,,,,,,,,'=cmd=yes,'+massage (other),'-bad day");
}

TEST_CASE("csv: treatment summaries") {
  Journal j;
  Entry e;
  e.date = date_from_civil(2026, 1, 1);
  Treatment unnamed_med;
  unnamed_med.type = TreatmentType::medication;
  unnamed_med.dose_mg = 12.5;
  unnamed_med.drug_class = DrugClass::muscle_relaxant;
  Treatment heat;
  heat.type = TreatmentType::heat;
  heat.name = "hot bath";
  Treatment rest;
  rest.type = TreatmentType::rest;
  e.treatments = {unnamed_med, heat, rest};
  j.entries[e.date] = e;
  CHECK(lines(export_csv(j, CsvOptions{false}))[1] ==
        "2026-01-01,,,,,,,,,,,,,,,,,,,,,,,,medication 12.5 mg (muscle relaxant); hot bath (heat); rest,");
}

TEST_CASE("csv: an empty journal is the header only") {
  CHECK(export_csv(Journal{}) == kBom + kHeader);
  CHECK(export_csv(Journal{}, CsvOptions{false}) == kHeader);
}
