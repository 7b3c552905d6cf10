// Medication overuse (ICHD-3 8.2): day counting and the 14/15, 9/10 and 2/3-month boundaries.
#include <doctest/doctest.h>

#include <string>

#include "core/analysis/daily_series.hpp"
#include "core/analysis/medication_overuse.hpp"
#include "fixtures/analysis/journal_builder.hpp"

using namespace painlink;
using namespace painlink::analysis;
using painlink::testing::JournalBuilder;

namespace {

const MedicationOveruseRow& find(const std::vector<MedicationOveruseRow>& rows, const std::string& id) {
  for (const MedicationOveruseRow& r : rows)
    if (r.drug_class == id) return r;
  FAIL("no row " << id);
  return rows.front();
}

// Adds `days` medication days of class c at the start of month (year, month), from day `from`.
void take(JournalBuilder& b, int year, int month, int days, DrugClass c, int from = 1) {
  const Date first = date_from_civil(year, month, 1);
  for (int k = 0; k < days; ++k) b.medication((first + (from - 1 + k)) - b.start, c);
}

std::vector<MedicationOveruseRow> analyse(const JournalBuilder& b, Date today) {
  return analyse_medication_overuse(build_daily_series(b.journal, today));
}

const Date kToday = date_from_civil(2026, 6, 20);  // June is partial

}  // namespace

TEST_CASE("analysis: simple analgesics 14 vs 15 days a month and 2 vs 3 months") {
  JournalBuilder at_risk(date_from_civil(2026, 3, 1));
  JournalBuilder fourteen(date_from_civil(2026, 3, 1));
  JournalBuilder two_months(date_from_civil(2026, 3, 1));
  for (int m : {3, 4, 5}) {
    take(at_risk, 2026, m, 15, DrugClass::nsaid);
    take(fourteen, 2026, m, m == 3 ? 14 : 15, DrugClass::nsaid);
    take(two_months, 2026, m, m == 3 ? 0 : 15, DrugClass::nsaid);
  }

  const MedicationOveruseRow r = find(analyse(at_risk, kToday), "nsaid");
  CHECK(r.threshold == 15);
  CHECK(r.ichd_code == "8.2.3.2");
  CHECK(r.months_over == 3);  // March-May; partial June (0 days so far) neither breaks nor extends
  CHECK(r.at_risk);
  CHECK_FALSE(r.approaching);
  CHECK(r.days_per_month == 0);
  REQUIRE(r.months.size() == 3);
  CHECK(r.months[0].month == 4);
  CHECK(r.months[0].days == 15);
  CHECK(r.months[0].complete);
  CHECK(r.months[2].month == 6);
  CHECK_FALSE(r.months[2].complete);
  CHECK(r.sentence ==
        "NSAID (ibuprofen, naproxen): taken on 0 days so far in June. You have taken it on 15 or more days "
        "a month for 3 months in a row. Taking it this often can itself cause more frequent headaches "
        "(medication-overuse headache). Please talk to your doctor before changing anything.");
  CHECK(find(analyse(at_risk, kToday), "simple_analgesics").at_risk);
  CHECK(find(analyse(at_risk, kToday), "any_acute").at_risk);  // 15 >= 10

  const MedicationOveruseRow f = find(analyse(fourteen, kToday), "nsaid");
  CHECK(f.months_over == 2);
  CHECK_FALSE(f.at_risk);
  CHECK(f.approaching);

  const MedicationOveruseRow t = find(analyse(two_months, kToday), "nsaid");
  CHECK(t.months_over == 2);
  CHECK_FALSE(t.at_risk);
  CHECK(t.approaching);
}

TEST_CASE("analysis: triptans 9 vs 10 days a month") {
  JournalBuilder ten(date_from_civil(2026, 3, 1)), nine(date_from_civil(2026, 3, 1));
  for (int m : {3, 4, 5}) {
    take(ten, 2026, m, 10, DrugClass::triptan);
    take(nine, 2026, m, m == 4 ? 9 : 10, DrugClass::triptan);
  }
  const MedicationOveruseRow t10 = find(analyse(ten, kToday), "triptan");
  CHECK(t10.threshold == 10);
  CHECK(t10.at_risk);
  const MedicationOveruseRow t9 = find(analyse(nine, kToday), "triptan");
  CHECK(t9.months_over == 1);  // only May; April (9) breaks the run
  CHECK_FALSE(t9.at_risk);
  CHECK(t9.approaching);
}

TEST_CASE("analysis: the current partial month counts once it is over the threshold") {
  JournalBuilder b(date_from_civil(2026, 4, 1));
  take(b, 2026, 4, 15, DrugClass::paracetamol);
  take(b, 2026, 5, 15, DrugClass::paracetamol);
  take(b, 2026, 6, 15, DrugClass::paracetamol);  // June 1-15, today is June 20
  const MedicationOveruseRow r = find(analyse(b, kToday), "paracetamol");
  CHECK(r.days_per_month == 15);
  CHECK(r.months_over == 3);
  CHECK(r.at_risk);

  // Partial June below the threshold: skipped, so April-May give 2 -> approaching.
  JournalBuilder c(date_from_civil(2026, 4, 1));
  take(c, 2026, 4, 15, DrugClass::paracetamol);
  take(c, 2026, 5, 15, DrugClass::paracetamol);
  take(c, 2026, 6, 5, DrugClass::paracetamol);
  const MedicationOveruseRow p = find(analyse(c, kToday), "paracetamol");
  CHECK(p.months_over == 2);
  CHECK(p.approaching);
  // On the last day of June the month is complete: 5 days breaks the run.
  const MedicationOveruseRow done = find(analyse(c, date_from_civil(2026, 6, 30)), "paracetamol");
  CHECK(done.months_over == 0);
  CHECK_FALSE(done.approaching);
}

TEST_CASE("analysis: days not doses, combined classes and classes without a threshold") {
  JournalBuilder b(date_from_civil(2026, 3, 1));
  for (int m : {3, 4, 5}) {
    // 5 triptan days (1-5) and 5 paracetamol days (6-10): no single class reaches its threshold,
    // together 10 acute-medication days (ICHD-3 8.2.6).
    take(b, 2026, m, 5, DrugClass::triptan, 1);
    take(b, 2026, m, 5, DrugClass::paracetamol, 6);
    // Simple analgesics together: 5 paracetamol + 10 aspirin on other days = 15 (ICHD-3 8.2.3).
    take(b, 2026, m, 10, DrugClass::aspirin, 11);
    // Muscle relaxant on 20 days: counted, never "at risk".
    take(b, 2026, m, 20, DrugClass::muscle_relaxant, 1);
  }
  // Three ibuprofen doses on one June day count as one day; heat is not a medication;
  // a medication without a class counts as "other".
  const int june1 = date_from_civil(2026, 6, 1) - b.start;
  b.medication(june1, DrugClass::nsaid, "ibuprofen").medication(june1, DrugClass::nsaid, "ibuprofen");
  b.medication(june1, DrugClass::nsaid, "ibuprofen");
  b.treatment(june1, TreatmentType::heat);
  Treatment unclassified;
  unclassified.type = TreatmentType::medication;
  unclassified.name = "something";
  b.day(june1 + 1).treatments.push_back(unclassified);

  const std::vector<MedicationOveruseRow> rows = analyse(b, kToday);
  CHECK_FALSE(find(rows, "triptan").at_risk);
  CHECK_FALSE(find(rows, "paracetamol").at_risk);
  CHECK_FALSE(find(rows, "aspirin").at_risk);
  CHECK(find(rows, "simple_analgesics").months[1].days == 15);  // May
  CHECK(find(rows, "simple_analgesics").at_risk);
  CHECK(find(rows, "any_acute").months[1].days == 20);
  CHECK(find(rows, "any_acute").at_risk);
  const MedicationOveruseRow& relax = find(rows, "muscle_relaxant");
  CHECK(relax.threshold == 0);
  CHECK(relax.months[1].days == 20);
  CHECK_FALSE(relax.at_risk);
  CHECK_FALSE(relax.approaching);
  CHECK(find(rows, "nsaid").days_per_month == 1);
  CHECK(find(rows, "other").days_per_month == 1);
  CHECK(find(rows, "any_acute").days_per_month == 1);  // the "other" drug is not an acute class
}

TEST_CASE("analysis: acute days overlap is counted once") {
  // 5 days with both a triptan and paracetamol + 4 triptan-only days = 9 acute days (< 10).
  JournalBuilder b(date_from_civil(2026, 3, 1));
  for (int m : {3, 4, 5}) {
    take(b, 2026, m, 9, DrugClass::triptan, 1);
    take(b, 2026, m, 5, DrugClass::paracetamol, 1);
  }
  const std::vector<MedicationOveruseRow> rows = analyse(b, kToday);
  CHECK(find(rows, "any_acute").months[1].days == 9);
  CHECK_FALSE(find(rows, "any_acute").at_risk);
  CHECK(consecutive_months({true, true, false, true}, false) == 1);
  CHECK(consecutive_months({true, true, true, false}, true) == 3);
  CHECK(consecutive_months({true, true, true, false}, false) == 0);
  CHECK(consecutive_months({}, true) == 0);
}
