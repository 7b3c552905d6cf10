// Medication overuse (ICHD-3 8.2): day counting, the 14/15 and 9/10 day limits, "more than 3
// months", 8.2.6 only across classes, criterion A, unrecorded days, and classes from names.
#include <doctest/doctest.h>

#include <string>

#include "core/analysis/daily_series.hpp"
#include "core/analysis/medication_overuse.hpp"
#include "core/medicine_names.hpp"
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

// Headache recorded on `days` days of each month from `from` (intensity 5), no headache on the
// other days of the month, so every day of the month is recorded.
void headaches(JournalBuilder& b, int year, int month, int days) {
  const Date first = date_from_civil(year, month, 1);
  for (int k = 0; k < days_in_month(year, month); ++k) b.headache((first + k) - b.start, k < days ? 5 : 0);
}

}  // namespace

TEST_CASE("medication overuse: simple analgesics 14 vs 15 days a month, 3 vs 4 months") {
  JournalBuilder four(date_from_civil(2026, 2, 1)), fourteen(date_from_civil(2026, 2, 1)),
      three(date_from_civil(2026, 2, 1));
  for (int m : {2, 3, 4, 5}) {
    take(four, 2026, m, 15, DrugClass::nsaid);
    take(fourteen, 2026, m, m == 3 ? 14 : 15, DrugClass::nsaid);
    take(three, 2026, m, m == 2 ? 0 : 15, DrugClass::nsaid);
  }
  const MedicationOveruseRow r = find(analyse(four, kToday), "nsaid");
  CHECK(r.threshold == 15);
  CHECK(r.ichd_code == "8.2.3.2");
  CHECK(r.months_over == 4);  // February-May; partial June (0 days so far) neither breaks nor extends
  CHECK(r.at_risk);
  CHECK_FALSE(r.approaching);
  CHECK(r.days_per_month == 0);
  CHECK(r.last_complete_days == 15);
  REQUIRE(r.months.size() == 4);
  CHECK(r.months[0].month == 3);
  CHECK(r.months[0].days == 15);
  CHECK(r.months[0].meets);
  CHECK(r.months[3].month == 6);
  CHECK_FALSE(r.months[3].complete);
  CHECK_FALSE(r.headache_criterion);  // no headache recorded: not the pattern of MOH, only its risk
  CHECK(r.sentence.rfind("Talk to your doctor about how often you take this medicine. NSAID", 0) == 0);
  CHECK(r.sentence.find("taken on 15 or more days a month for 4 months in a row (days: March 15, April 15, "
                        "May 15)") != std::string::npos);
  CHECK(r.sentence.find("which can lead to medication-overuse headache") != std::string::npos);
  CHECK(r.sentence.find("does not fit medication-overuse headache now") != std::string::npos);

  const MedicationOveruseRow f = find(analyse(fourteen, kToday), "nsaid");
  CHECK(f.months_over == 2);  // March (14) breaks the run
  CHECK_FALSE(f.at_risk);
  CHECK(f.approaching);

  // Three months over the limit is not yet "more than 3 months".
  const MedicationOveruseRow t = find(analyse(three, kToday), "nsaid");
  CHECK(t.months_over == 3);
  CHECK_FALSE(t.at_risk);
  CHECK(t.approaching);
  CHECK(t.sentence.find("in 3 months in a row") != std::string::npos);
  CHECK(t.sentence.find("Keeping this up for more than 3 months can lead to") != std::string::npos);
}

TEST_CASE("medication overuse: triptans 9 vs 10 days a month") {
  JournalBuilder ten(date_from_civil(2026, 2, 1)), nine(date_from_civil(2026, 2, 1));
  for (int m : {2, 3, 4, 5}) {
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

TEST_CASE("medication overuse: criterion A, headache on 14 vs 15 days in each month of the run") {
  JournalBuilder fits(date_from_civil(2026, 2, 1)), below(date_from_civil(2026, 2, 1));
  for (int m : {2, 3, 4, 5}) {
    take(fits, 2026, m, 10, DrugClass::triptan);
    take(below, 2026, m, 10, DrugClass::triptan);
    headaches(fits, 2026, m, 15);
    headaches(below, 2026, m, m == 4 ? 14 : 15);
  }
  const MedicationOveruseRow y = find(analyse(fits, kToday), "triptan");
  CHECK(y.at_risk);
  CHECK(y.headache_criterion);
  CHECK(y.sentence.rfind("Talk to your doctor about this medicine soon, and do not stop or change it without "
                         "advice.",
                         0) == 0);
  CHECK(y.sentence.find("fits what doctors call medication-overuse headache (ICHD-3 8.2.2): a pattern to discuss "
                        "with your doctor, not a diagnosis.") != std::string::npos);
  const MedicationOveruseRow n = find(analyse(below, kToday), "triptan");
  CHECK(n.at_risk);
  CHECK_FALSE(n.headache_criterion);
  CHECK(n.sentence.find("fits what doctors call") == std::string::npos);
  CHECK(n.sentence.find("which can lead to medication-overuse headache") != std::string::npos);
}

TEST_CASE("medication overuse: the current partial month counts once it reaches the limit") {
  JournalBuilder b(date_from_civil(2026, 3, 1));
  for (int m : {3, 4, 5}) take(b, 2026, m, 15, DrugClass::paracetamol);
  take(b, 2026, 6, 15, DrugClass::paracetamol);  // June 1-15, today is June 20
  const MedicationOveruseRow r = find(analyse(b, kToday), "paracetamol");
  CHECK(r.days_per_month == 15);
  CHECK(r.months_over == 4);
  CHECK(r.at_risk);
  CHECK(r.sentence.find("So far in June: 15 days (15 of 20 days recorded).") != std::string::npos);

  // Partial June below the limit: skipped, so April-May give 2 -> approaching.
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

TEST_CASE("medication overuse: on the 1st of a month the sentence leads with the complete months") {
  JournalBuilder b(date_from_civil(2026, 3, 1));
  for (int m : {3, 4, 5}) take(b, 2026, m, 12, DrugClass::triptan);
  const MedicationOveruseRow r = find(analyse(b, date_from_civil(2026, 6, 1)), "triptan");
  CHECK(r.months_over == 3);
  CHECK(r.sentence.rfind("Triptan", 0) == 0);
  CHECK(r.sentence.find("(days: March 12, April 12, May 12)") != std::string::npos);
  CHECK(r.sentence.find("So far in June: 0 days (0 of 1 days recorded).") != std::string::npos);
  CHECK(r.sentence.find("So far in June") > r.sentence.find("May 12"));
}

TEST_CASE("medication overuse: 8.2.6 only across two or more classes, none over its own limit") {
  // One NSAID on 12 days a month: below its own limit of 15, and one class: no 8.2.6 warning.
  JournalBuilder one(date_from_civil(2026, 2, 1));
  for (int m : {2, 3, 4, 5}) take(one, 2026, m, 12, DrugClass::nsaid);
  std::vector<MedicationOveruseRow> rows = analyse(one, kToday);
  CHECK_FALSE(find(rows, "nsaid").approaching);
  CHECK_FALSE(find(rows, "multiple_classes").at_risk);
  CHECK_FALSE(find(rows, "multiple_classes").approaching);
  CHECK(find(rows, "multiple_classes").months_over == 0);

  // Paracetamol and an NSAID are both non-opioid painkillers, one ICHD-3 class: 6 + 6 days is
  // 12 days of one class, below 15, so neither 8.2.3 nor 8.2.6.
  JournalBuilder simple(date_from_civil(2026, 2, 1));
  for (int m : {2, 3, 4, 5}) {
    take(simple, 2026, m, 6, DrugClass::nsaid, 1);
    take(simple, 2026, m, 6, DrugClass::paracetamol, 7);
  }
  rows = analyse(simple, kToday);
  CHECK(find(rows, "simple_analgesics").months[2].days == 12);
  CHECK_FALSE(find(rows, "simple_analgesics").approaching);
  CHECK(find(rows, "multiple_classes").months_over == 0);

  // 5 triptan days and 5 paracetamol days: two classes, 10 days together, none over alone.
  JournalBuilder two(date_from_civil(2026, 2, 1)), nine(date_from_civil(2026, 2, 1));
  for (int m : {2, 3, 4, 5}) {
    take(two, 2026, m, 5, DrugClass::triptan, 1);
    take(two, 2026, m, 5, DrugClass::paracetamol, 6);
    take(nine, 2026, m, 5, DrugClass::triptan, 1);
    take(nine, 2026, m, 4, DrugClass::paracetamol, 6);
  }
  rows = analyse(two, kToday);
  CHECK_FALSE(find(rows, "triptan").approaching);
  CHECK_FALSE(find(rows, "paracetamol").approaching);
  CHECK(find(rows, "multiple_classes").ichd_code == "8.2.6");
  CHECK(find(rows, "multiple_classes").months[2].days == 10);
  CHECK(find(rows, "multiple_classes").at_risk);
  CHECK(find(analyse(nine, kToday), "multiple_classes").months_over == 0);  // 9 days

  // A class over its own limit is reported as that class, not as 8.2.6.
  JournalBuilder over(date_from_civil(2026, 2, 1));
  for (int m : {2, 3, 4, 5}) {
    take(over, 2026, m, 10, DrugClass::triptan, 1);
    take(over, 2026, m, 3, DrugClass::paracetamol, 11);
  }
  rows = analyse(over, kToday);
  CHECK(find(rows, "triptan").at_risk);
  CHECK(find(rows, "multiple_classes").months_over == 0);
}

TEST_CASE("medication overuse: days not doses, overlap once, classes without a limit") {
  JournalBuilder b(date_from_civil(2026, 3, 1));
  for (int m : {3, 4, 5}) {
    // 5 days with both a triptan and paracetamol + 4 triptan-only days = 9 acute days (< 10).
    take(b, 2026, m, 9, DrugClass::triptan, 1);
    take(b, 2026, m, 5, DrugClass::paracetamol, 1);
    // Muscle relaxant on 20 days: counted, never "at risk".
    take(b, 2026, m, 20, DrugClass::muscle_relaxant, 1);
  }
  // Three ibuprofen doses on one June day count as one day; heat is not a medication;
  // a medication whose name is not known counts as "other".
  const int june1 = date_from_civil(2026, 6, 1) - b.start;
  b.medication(june1, DrugClass::nsaid, "ibuprofen").medication(june1, DrugClass::nsaid, "ibuprofen");
  b.medication(june1, DrugClass::nsaid, "ibuprofen");
  b.treatment(june1, TreatmentType::heat);
  Treatment unclassified;
  unclassified.type = TreatmentType::medication;
  unclassified.name = "something";
  b.day(june1 + 1).treatments.push_back(unclassified);

  const std::vector<MedicationOveruseRow> rows = analyse(b, kToday);
  CHECK(find(rows, "multiple_classes").months[2].days == 9);
  CHECK_FALSE(find(rows, "multiple_classes").approaching);
  const MedicationOveruseRow& relax = find(rows, "muscle_relaxant");
  CHECK(relax.threshold == 0);
  CHECK(relax.months[2].days == 20);
  CHECK_FALSE(relax.at_risk);
  CHECK_FALSE(relax.approaching);
  CHECK(find(rows, "nsaid").days_per_month == 1);
  CHECK(find(rows, "other").days_per_month == 1);
  CHECK(find(rows, "multiple_classes").days_per_month == 1);  // the "other" drug is not an acute class
  CHECK(consecutive_months({true, true, false, true}, false) == 1);
  CHECK(consecutive_months({true, true, true, false}, true) == 3);
  CHECK(consecutive_months({true, true, true, false}, false) == 0);
  CHECK(consecutive_months({}, true) == 0);
}

TEST_CASE("medication overuse: unrecorded days are unknown, not zero") {
  JournalBuilder b(date_from_civil(2026, 5, 1));
  b.headache(0, 3);  // May: 1 of 31 days recorded
  std::vector<MedicationOveruseRow> rows = analyse(b, kToday);
  const MedicationOveruseRow& r = find(rows, "triptan");
  CHECK(r.months[2].recorded_days == 1);
  CHECK(r.months[2].elapsed_days == 31);
  CHECK(r.sentence.find("In May only 1 of 31 days were recorded, so the real number of medicine days may be "
                        "higher.") != std::string::npos);
  // A month with nothing recorded says so instead of "0 days".
  JournalBuilder c(date_from_civil(2026, 6, 2));
  c.headache(0, 3);
  const MedicationOveruseRow e = find(analyse(c, kToday), "triptan");
  CHECK(e.sentence.rfind("Triptan", 0) == 0);
  CHECK(e.sentence.find("no days recorded in May") != std::string::npos);
}

TEST_CASE("medication overuse: a medicine entered by name without a class counts by its name") {
  CHECK(medicine_name_count() > 100);
  CHECK(drug_class_for_name("Advil") == DrugClass::nsaid);
  CHECK(drug_class_for_name("  advil liqui-gels 200 mg ") == DrugClass::nsaid);
  CHECK(drug_class_for_name("Nurofen") == DrugClass::nsaid);
  CHECK(drug_class_for_name("Aleve") == DrugClass::nsaid);
  CHECK(drug_class_for_name("Extra Strength Tylenol") == DrugClass::paracetamol);
  CHECK(drug_class_for_name("Panadol") == DrugClass::paracetamol);
  CHECK(drug_class_for_name("acetaminophen 500mg") == DrugClass::paracetamol);
  CHECK(drug_class_for_name("Tylenol 3") == DrugClass::opioid);  // longest match wins
  CHECK(drug_class_for_name("Excedrin Migraine") == DrugClass::combination);
  CHECK(drug_class_for_name("Imitrex") == DrugClass::triptan);
  CHECK(drug_class_for_name("Maxalt") == DrugClass::triptan);
  CHECK(drug_class_for_name("tramadol") == DrugClass::opioid);
  CHECK(drug_class_for_name("paracetamol + codeine") == DrugClass::opioid);
  CHECK(drug_class_for_name("ibuprofen and paracetamol") == DrugClass::combination);
  CHECK(drug_class_for_name("Aspirin") == DrugClass::aspirin);
  CHECK_FALSE(drug_class_for_name("magnesium").has_value());
  CHECK_FALSE(drug_class_for_name("").has_value());
  CHECK_FALSE(drug_class_for_name("advilx").has_value());  // whole words only

  // A chosen class always wins over the name.
  Treatment t;
  t.type = TreatmentType::medication;
  t.name = "Advil";
  CHECK(effective_drug_class(t) == DrugClass::nsaid);
  t.drug_class = DrugClass::other;
  CHECK(effective_drug_class(t) == DrugClass::other);

  // 10 days of "Maxalt" without a class a month for 4 months: triptan overuse.
  JournalBuilder b(date_from_civil(2026, 2, 1));
  for (int m : {2, 3, 4, 5}) {
    const Date first = date_from_civil(2026, m, 1);
    for (int k = 0; k < 10; ++k) {
      Treatment named;
      named.type = TreatmentType::medication;
      named.name = "Maxalt";
      b.day((first + k) - b.start).treatments.push_back(named);
    }
  }
  const MedicationOveruseRow r = find(analyse(b, kToday), "triptan");
  CHECK(r.at_risk);
  CHECK(find(analyse(b, kToday), "other").days_per_month == 0);
}
