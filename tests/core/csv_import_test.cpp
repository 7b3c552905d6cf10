// CSV import (core/csv_table, csv_cells, csv_import, entry_patch): the table libcsv reads, cells
// as values, the three kinds of file, the field-wise merge that keeps what the journal has, and
// Painlink's own CSV read back to the same journal.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "core/csv_export.hpp"
#include "core/csv_import.hpp"
#include "sample_journals.hpp"

using namespace painlink;

namespace {

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(PAINLINK_FIXTURES_DIR) + "/csv/" + name, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "missing fixture " << name);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

CsvDocument document(const std::string& text) {
  CsvRead read = read_csv(text);
  REQUIRE_MESSAGE(read.document.has_value(), read.error);
  return std::move(*read.document);
}

Date day(int y, int m, int d) { return date_from_civil(y, m, d); }

const Entry& at(const ImportResult& r, Date d) {
  const auto it = r.journal.entries.find(d);
  REQUIRE_MESSAGE(it != r.journal.entries.end(), format_date(d) << " is not in the journal");
  return it->second;
}

std::string rejected_text(const ImportResult& r) {
  std::string s;
  for (const Rejection& x : r.rejected) s += std::to_string(x.index) + " " + x.message + "\n";
  return s;
}

}  // namespace

TEST_CASE("csv table: RFC 4180 quoting, doubled quotes, line breaks inside quotes, CRLF") {
  const auto read = parse_csv_table("a,b,c\r\n\"1, one\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nx,,z\r\n");
  REQUIRE(read.table);
  const CsvTable& t = *read.table;
  CHECK(t.separator == ',');
  CHECK(t.header == std::vector<std::string>{"a", "b", "c"});
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[0].cells == std::vector<std::string>{"1, one", "say \"hi\"", "two\r\nlines"});
  CHECK(t.rows[0].number == 2);
  CHECK(t.rows[1].cells == std::vector<std::string>{"x", "", "z"});
  CHECK(t.rows[1].number == 3);  // a record, as a spreadsheet counts rows, not a physical line
  CHECK_FALSE(t.unclosed_quote_row);
}

TEST_CASE("csv table: a byte order mark, ';' or tab from the header, spaces kept, blank lines counted") {
  const auto semi = parse_csv_table("\xEF\xBB\xBF" "Datum;Wert\n01.02.2026;7,5\n\n03.02.2026; 2 \n");
  REQUIRE(semi.table);
  CHECK(semi.table->separator == ';');
  CHECK(semi.table->header == std::vector<std::string>{"Datum", "Wert"});  // no BOM in the first name
  REQUIRE(semi.table->rows.size() == 2);
  CHECK(semi.table->rows[0].cells == std::vector<std::string>{"01.02.2026", "7,5"});
  CHECK(semi.table->rows[1].number == 4);  // the blank line was row 3
  CHECK(semi.table->rows[1].cells[1] == " 2 ");
  const auto tab = parse_csv_table("Date\tNotes\n2026-01-01\ta, b; c\n");
  REQUIRE(tab.table);
  CHECK(tab.table->separator == '\t');
  CHECK(tab.table->rows[0].cells[1] == "a, b; c");
  CHECK(detect_csv_separator("\"a;b\",c") == ',');  // inside quotes does not count
  CHECK(detect_csv_separator("Date") == ',');
}

TEST_CASE("csv table: an unclosed quote is reported with its row; empty files are refused") {
  const auto read = parse_csv_table("Date,Notes\n2026-01-01,ok\n2026-01-02,\"never closed\n2026-01-03,x\n");
  REQUIRE(read.table);
  CHECK(read.table->unclosed_quote_row == 3);
  CHECK_FALSE(parse_csv_table("").table);
  CHECK(parse_csv_table("").error == "This file is empty.");
  CHECK_FALSE(parse_csv_table("\n\nDate,x\n").table);
}

TEST_CASE("csv cells: numbers with a decimal comma, yes/no, dates in each order, durations") {
  CHECK(cell_number(" 7,5 ", true) == 7.5);
  CHECK_FALSE(cell_number("7,5", false));
  CHECK(cell_number("6.25", true) == 6.25);
  CHECK_FALSE(cell_number("1.2.3", true));
  CHECK_FALSE(cell_number("seven", true));
  CHECK(cell_yes_no("Yes") == true);
  CHECK(cell_yes_no("nein") == false);
  CHECK_FALSE(cell_yes_no("maybe"));
  CHECK(cell_date("2026-03-04 14:30", CsvDateFormat::ymd) == day(2026, 3, 4));
  CHECK(cell_date("2026-03-04T14:30:00", CsvDateFormat::ymd) == day(2026, 3, 4));
  CHECK(cell_date("04.03.2026", CsvDateFormat::dmy) == day(2026, 3, 4));
  CHECK(cell_date("3/4/2026", CsvDateFormat::mdy) == day(2026, 3, 4));
  CHECK(cell_date("04/03/26", CsvDateFormat::dmy) == day(2026, 3, 4));
  CHECK_FALSE(cell_date("31.09.2026", CsvDateFormat::dmy));
  CHECK_FALSE(cell_date("2026-03/04", CsvDateFormat::ymd));
  CHECK_FALSE(cell_date("04.03.2026", CsvDateFormat::ymd));
  CHECK(cell_duration_hours("4h 15m", false, false) == 4.25);
  CHECK(cell_duration_hours("1:30", false, false) == 1.5);
  CHECK(cell_duration_hours("90", true, false) == 1.5);
  CHECK(cell_duration_hours("2,5", false, true) == 2.5);
  CHECK(cell_duration_hours("45 min", false, false) == 0.75);
  CHECK_FALSE(cell_duration_hours("a while", false, false));
}

TEST_CASE("csv import: JSON and CSV are told apart by their first character") {
  CHECK(looks_like_json("\xEF\xBB\xBF  {\"format\": 1}"));
  CHECK(looks_like_json("\n[]"));
  CHECK_FALSE(looks_like_json("Date,Notes\n"));
  CHECK(read_csv("Date\n2026-01-01\n").error.find("single column") != std::string::npos);
}

TEST_CASE("csv import: a Migraine Buddy export is recognised; attacks of one day become that day") {
  const CsvDocument doc = document(fixture("migraine_buddy_export.csv"));
  CHECK(doc.format == CsvFormat::migraine_buddy);
  CHECK(doc.mapping.date_column == 0);  // Start Time
  CHECK(doc.mapping.date_format == CsvDateFormat::ymd);
  CHECK(doc.mapping.fields[1] == CsvField::ignore);  // End Time: the duration says it
  CHECK(doc.mapping.fields[2] == CsvField::headache_hours);
  CHECK(doc.mapping.fields[3] == CsvField::headache);
  CHECK(doc.mapping.fields[4] == CsvField::headache_side);
  CHECK(doc.mapping.fields[5] == CsvField::symptoms);
  CHECK(doc.mapping.fields[6] == CsvField::note_with_name);  // Triggers
  CHECK(doc.mapping.fields[7] == CsvField::medication);
  CHECK(doc.mapping.fields[9] == CsvField::note_with_name);  // Location: kept, not dropped
  CHECK(doc.mapping.fields[10] == CsvField::notes);

  const ImportResult r = import_csv(doc, doc.mapping, Journal{});
  REQUIRE(r.ok);
  CHECK(r.added == 3);
  CHECK(r.updated == 0);
  REQUIRE_MESSAGE(r.rejected.size() == 1, rejected_text(r));
  CHECK(r.rejected[0].index == 5);
  CHECK(r.rejected[0].message == "row 5: Pain Level: must be a whole number from 0 to 10 (got \"12\")");

  const Entry& two = at(r, day(2026, 9, 2));  // rows 2 and 3
  REQUIRE(two.headache);
  CHECK(two.headache->intensity == 7);           // the worse attack
  CHECK(two.headache->duration_hours == 6.25);   // 4h 15m + 2h
  CHECK(two.headache->side == HeadacheSide::left);
  CHECK(two.headache->nausea == true);
  CHECK(two.headache->light_sensitive == true);
  CHECK(two.headache->pulsating == true);        // "Throbbing"
  CHECK_FALSE(two.headache->aura.has_value());   // not listed: unanswered, not "no"
  REQUIRE(two.treatments.size() == 2);
  CHECK(two.treatments[0].type == TreatmentType::medication);
  CHECK(two.treatments[0].name == "Sumatriptan");
  CHECK(two.treatments[0].dose_mg == 50);
  CHECK(two.treatments[1].name == "Ibuprofen");
  CHECK(two.treatments[1].dose_mg == 400);
  CHECK(two.notes ==
        "Triggers: Lack of sleep\nRelief Methods: Dark room\nLocation: Home\nWoke up with it\n"
        "Triggers: Stress, Screen time\nLocation: Work");

  const Entry& five = at(r, day(2026, 9, 5));
  CHECK_FALSE(five.headache->side);  // "Forehead" is no side: it is kept in the notes instead
  CHECK(five.notes.find("Pain Position: Forehead") != std::string::npos);
  CHECK(five.notes.find("Mild one, went for a walk") != std::string::npos);
  const Entry& eleven = at(r, day(2026, 9, 11));
  CHECK(eleven.headache->side == HeadacheSide::both);
  CHECK(eleven.headache->sound_sensitive == true);
  CHECK(eleven.treatments.size() == 2);
  CHECK(eleven.notes.find("Said \"never again\" to red wine") != std::string::npos);
}

TEST_CASE("csv import: a European spreadsheet (BOM, ';', decimal commas, DD.MM.YYYY) with row-numbered problems") {
  const CsvDocument doc = document(fixture("european_diary.csv"));
  CHECK(doc.format == CsvFormat::generic);
  CHECK(doc.table.separator == ';');
  CHECK(doc.mapping.date_column == 0);
  CHECK(doc.mapping.date_format == CsvDateFormat::dmy);
  CHECK(doc.mapping.fields ==
        std::vector<CsvField>{CsvField::ignore, CsvField::headache, CsvField::back_pain, CsvField::sleep_hours,
                              CsvField::stress, CsvField::medication, CsvField::notes});
  const ImportResult r = import_csv(doc, doc.mapping, Journal{});
  REQUIRE(r.ok);
  CHECK(r.added == 3);
  REQUIRE_MESSAGE(r.rejected.size() == 2, rejected_text(r));
  CHECK(r.rejected[0].message ==
        "row 6: Datum: \"31.09.2026\" is not a date written DD/MM/YYYY (from 1900 to 2200)");
  CHECK(r.rejected[1].message ==
        "row 7: records nothing for 2026-09-04 (the cells of the imported columns are empty)");
  const Entry& first = at(r, day(2026, 9, 1));
  CHECK(first.factors->sleep_hours == 7.5);
  CHECK(first.back_pain->intensity == 5);
  CHECK(first.notes == "Lange Autofahrt; Nacken steif");
  REQUIRE(first.treatments.size() == 1);
  CHECK(first.treatments[0].dose_mg == 400);
  const Entry& second = at(r, day(2026, 9, 2));
  CHECK(second.headache->intensity == 0);  // "0" is recorded: no headache
  CHECK(second.factors->sleep_hours == 6.25);
  CHECK(second.notes == "Schlecht geschlafen,\r\nmorgens Kopfdruck");
  CHECK_FALSE(at(r, day(2026, 9, 3)).headache);  // an empty cell is not a zero
}

TEST_CASE("csv import: a generic US sheet, its date order from the cells, columns mapped by the patient") {
  const std::string text =
      "When,Migraine (0-10),Hours slept,Meds,Comments,Mood\n"
      "09/13/2026,6,\"6.5\",Excedrin,\"after the party, loud\",ok\n"
      "09/14/2026,2,8,,,good\n";
  CsvDocument doc = document(text);
  CHECK(doc.format == CsvFormat::generic);
  CHECK(doc.mapping.date_column == 0);
  CHECK(doc.mapping.date_format == CsvDateFormat::mdy);  // 13 cannot be a month
  CHECK(doc.mapping.fields[5] == CsvField::ignore);       // Mood: nothing to guess
  CHECK(date_format_fits(doc.table, 0, CsvDateFormat::mdy));
  CHECK_FALSE(date_format_fits(doc.table, 0, CsvDateFormat::dmy));

  CsvMapping m = doc.mapping;
  m.fields[5] = CsvField::note_with_name;
  const ImportResult r = import_csv(doc, m, Journal{});
  CHECK(r.added == 2);
  CHECK(at(r, day(2026, 9, 13)).notes == "after the party, loud\nMood: ok");
  CHECK(at(r, day(2026, 9, 13)).factors->sleep_hours == 6.5);

  m.date_column = -1;
  const ImportResult none = import_csv(doc, m, Journal{});
  CHECK_FALSE(none.ok);
  CHECK(none.error == "Choose the column that holds the date.");

  const auto preview = preview_csv_rows(doc, doc.mapping, 5);
  REQUIRE(preview.size() == 2);
  CHECK(preview[0].row == 2);
  CHECK(preview[0].date == "Sun 13 Sep 2026");
  CHECK(preview[0].summary == "headache 6, sleep 6.5 h, 1 treatment, notes");
  CsvMapping dmy = doc.mapping;
  dmy.date_format = CsvDateFormat::dmy;
  const auto wrong = preview_csv_rows(doc, dmy, 5);
  CHECK_FALSE(wrong[0].ok);
  CHECK(wrong[0].summary.find("is not a date written DD/MM/YYYY") != std::string::npos);
}

TEST_CASE("csv import merges field by field: nothing already recorded is lost, a second import changes nothing") {
  Journal j;
  Entry e;
  e.date = day(2026, 9, 2);
  e.back_pain = BackPain{};
  e.back_pain->intensity = 5;
  e.back_pain->lower_back = true;
  e.headache = Headache{};
  e.headache->intensity = 3;
  e.headache->aura = true;
  e.factors = Factors{};
  e.factors->sleep_hours = 6;
  Treatment heat;
  heat.type = TreatmentType::heat;
  e.treatments.push_back(heat);
  e.notes = "Physio at 10";
  j.entries[e.date] = e;

  const CsvDocument doc = document(fixture("migraine_buddy_export.csv"));
  const ImportResult r = import_csv(doc, doc.mapping, j);
  CHECK(r.added == 2);
  CHECK(r.updated == 1);
  const Entry& merged = at(r, e.date);
  CHECK(merged.back_pain == e.back_pain);          // the file has no back pain: kept
  CHECK(merged.factors->sleep_hours == 6);         // nor sleep
  CHECK(merged.headache->intensity == 7);          // the file's value replaces the day's
  CHECK(merged.headache->aura == true);            // a symptom the file does not list stays
  REQUIRE(merged.treatments.size() == 3);          // heat kept, two medicines added
  CHECK(merged.treatments[0].type == TreatmentType::heat);
  CHECK(merged.notes.rfind("Physio at 10\nTriggers: Lack of sleep", 0) == 0);

  const ImportResult again = import_csv(doc, doc.mapping, r.journal);
  CHECK(again.added == 0);
  CHECK(again.updated == 0);
  CHECK(again.unchanged == 3);
  CHECK(again.journal == r.journal);
}

TEST_CASE("csv import: a day's details without an intensity, and limits broken by the merge, are rejected by row") {
  Journal j;
  Entry full;
  full.date = day(2026, 5, 1);
  full.notes = std::string(kMaxNotesChars - 3, 'n');
  j.entries[full.date] = full;
  const std::string text =
      "Date,Duration (hours),Notes\n"
      "2026-05-01,,a longer note\n"
      "2026-05-02,3,\n"
      "2026-05-03,oops,\n";
  const CsvDocument doc = document(text);
  const ImportResult r = import_csv(doc, doc.mapping, j);
  REQUIRE_MESSAGE(r.rejected.size() == 3, rejected_text(r));
  CHECK(r.rejected[0].message.rfind("row 2 (2026-05-01): notes: ", 0) == 0);
  CHECK(r.rejected[1].message ==
        "row 3 (2026-05-02): headache: has headache details but no headache intensity (0-10) for this day");
  CHECK(r.rejected[2].message.rfind("row 4: Duration (hours): must be a duration from 0 to 72 hours", 0) == 0);
  CHECK(r.journal == j);
}

TEST_CASE("csv import: Painlink's own CSV reads back to the same journal, and onto it changes nothing") {
  const Journal j = samples::full_journal(day(2026, 1, 1), 60);
  const std::string csv = export_csv(j);
  const CsvDocument doc = document(csv);
  CHECK(doc.format == CsvFormat::painlink);
  const ImportResult fresh = import_csv(doc, doc.mapping, Journal{});
  CHECK_MESSAGE(fresh.rejected.empty(), rejected_text(fresh));
  CHECK(fresh.added == 60);
  for (const auto& [date, entry] : j.entries) {
    const std::string shown = format_date(date);  // clang 14: a lambda (CAPTURE) cannot use a binding
    CAPTURE(shown);
    const Entry& back = at(fresh, date);
    CHECK(back.back_pain == entry.back_pain);
    CHECK(back.headache == entry.headache);
    CHECK(back.factors == entry.factors);
    CHECK(back.treatments == entry.treatments);
    CHECK(back.notes == entry.notes);  // "-stiff after the flight" comes back without the formula guard
  }
  CHECK(fresh.journal.entries == j.entries);

  const ImportResult onto = import_csv(doc, doc.mapping, j);
  CHECK(onto.unchanged == 60);
  CHECK(onto.updated + onto.added == 0);
}

TEST_CASE("csv import: Painlink's treatments and factors as written, and a European re-save of its file") {
  Journal j;
  Entry e;
  e.date = day(2026, 2, 3);
  Treatment med;
  med.type = TreatmentType::medication;
  med.name = "ibuprofen";
  med.dose_mg = 400;
  med.drug_class = DrugClass::nsaid;
  med.relief = 6;
  Treatment bare_med;
  bare_med.type = TreatmentType::medication;
  bare_med.name = "Migraeflux";
  Treatment ice;
  ice.type = TreatmentType::ice;
  ice.relief = 3;
  Treatment bath;
  bath.type = TreatmentType::heat;
  bath.name = "hot bath";
  Treatment other_class;
  other_class.type = TreatmentType::medication;
  other_class.drug_class = DrugClass::other;
  other_class.dose_mg = 5;
  e.treatments = {med, bare_med, ice, bath, other_class};
  e.factors = Factors{};
  e.factors->custom["=odd name"] = true;
  e.factors->custom["weather change"] = false;
  e.factors->sleep_hours = 7.25;
  j.entries[e.date] = e;
  const ImportResult r = import_csv(document(export_csv(j)), CsvMapping{}, Journal{});
  CHECK_MESSAGE(r.rejected.empty(), rejected_text(r));
  CHECK(r.journal == j);

  // Opened and saved again by a German spreadsheet: ';' and decimal commas.
  const std::string resaved =
      "Date;Back pain (0-10);Sleep (hours);Notes\r\n2026-02-03;4;7,25;\"a; b\"\r\n";
  const ImportResult eu = import_csv(document(resaved), CsvMapping{}, j);
  CHECK(eu.updated == 1);
  CHECK(at(eu, e.date).back_pain->intensity == 4);
  CHECK(at(eu, e.date).factors->sleep_hours == 7.25);
  CHECK(at(eu, e.date).treatments.size() == 5);  // kept
  // ... which may also write the dates its own way.
  const CsvDocument german = document("Date;Headache (0-10)\r\n03.02.2026;2\r\n14.02.2026;x\r\n");
  CHECK(german.format == CsvFormat::painlink);
  const ImportResult de = import_csv(german, german.mapping, j);
  CHECK(de.updated == 1);
  CHECK(at(de, e.date).headache->intensity == 2);
  REQUIRE(de.rejected.size() == 1);
  CHECK(de.rejected[0].message == "row 3: Headache (0-10): must be a whole number from 0 to 10 (got \"x\")");
}
