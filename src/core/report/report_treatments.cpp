#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <map>

#include "core/report/report_data.hpp"
#include "core/stable_order.hpp"

namespace painlink::report {

const char* short_label(DrugClass c) {
  switch (c) {
    case DrugClass::nsaid: return "NSAID";
    case DrugClass::paracetamol: return "Paracetamol";
    case DrugClass::aspirin: return "Aspirin";
    case DrugClass::triptan: return "Triptan";
    case DrugClass::ergot: return "Ergot";
    case DrugClass::opioid: return "Opioid";
    case DrugClass::combination: return "Combination analgesic";
    case DrugClass::muscle_relaxant: return "Muscle relaxant";
    case DrugClass::other: return "Other medication";
  }
  return "Other medication";
}

namespace {

std::string trimmed(const std::string& s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  std::size_t b = 0, e = s.size();
  while (b < e && space(s[b])) ++b;
  while (e > b && space(s[e - 1])) --e;
  return s.substr(b, e - b);
}

std::string lower_ascii(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

struct Tally {
  TreatmentRow row;
  std::size_t first_seen = 0;
  Date last_day{-2147483647};
  long relief_sum = 0;
};

std::string treatment_key(const Treatment& t, std::string& shown) {
  const std::string name = trimmed(t.name);
  if (t.type == TreatmentType::medication) {
    const DrugClass c = t.drug_class.value_or(DrugClass::other);
    shown = name.empty() ? std::string("Medication, no name") : name;
    shown += std::string(" (") + short_label(c) + ")";
    return std::string("m:") + to_string(c) + ":" + lower_ascii(name);
  }
  if (t.type == TreatmentType::other && !name.empty()) {
    shown = name;
    return "o:" + lower_ascii(name);
  }
  shown = label(t.type);
  return std::string("t:") + to_string(t.type);
}

}  // namespace

std::vector<ClassDays> medication_days_by_class(const Journal& journal, Period period) {
  std::vector<ClassDays> out;
  for (DrugClass c : kAllDrugClasses) {
    ClassDays cd;
    cd.drug_class = c;
    std::vector<std::string> seen;  // lower-cased names
    for_each_entry(journal, period, [&](const Entry& e) {
      bool day = false;
      for (const Treatment& t : e.treatments) {
        if (t.type != TreatmentType::medication || t.drug_class.value_or(DrugClass::other) != c) continue;
        day = true;
        const std::string name = trimmed(t.name);
        if (name.empty()) continue;
        const std::string key = lower_ascii(name);
        if (std::find(seen.begin(), seen.end(), key) == seen.end()) {
          seen.push_back(key);
          cd.names.push_back(name);
        }
      }
      if (day) ++cd.days;
    });
    if (cd.days > 0) out.push_back(std::move(cd));
  }
  return out;
}

std::vector<TreatmentRow> treatments_in_period(const Journal& journal, Period period) {
  std::map<std::string, Tally> tallies;
  for_each_entry(journal, period, [&](const Entry& e) {
    for (const Treatment& t : e.treatments) {
      std::string label;
      const std::string key = treatment_key(t, label);
      auto [it, inserted] = tallies.try_emplace(key);
      Tally& tally = it->second;
      if (inserted) {
        tally.row.label = label;
        tally.row.medication = t.type == TreatmentType::medication;
        tally.first_seen = tallies.size();
      }
      ++tally.row.times_used;
      if (tally.last_day != e.date) {
        ++tally.row.days_used;
        tally.last_day = e.date;
      }
      if (t.relief) {
        ++tally.row.relief_n;
        tally.relief_sum += *t.relief;
      }
    }
  });
  std::vector<Tally> list;
  list.reserve(tallies.size());
  for (auto& [key, tally] : tallies) {
    tally.row.relief_mean = tally.row.relief_n > 0 ? static_cast<double>(tally.relief_sum) / tally.row.relief_n
                                                   : std::numeric_limits<double>::quiet_NaN();
    list.push_back(std::move(tally));
  }
  stable_sort_by(list, [](const Tally& a, const Tally& b) {
    if (a.row.medication != b.row.medication) return a.row.medication;
    if (a.row.times_used != b.row.times_used) return a.row.times_used > b.row.times_used;
    return a.first_seen < b.first_seen;
  });
  std::vector<TreatmentRow> rows;
  rows.reserve(list.size());
  for (Tally& t : list) rows.push_back(std::move(t.row));
  return rows;
}

}  // namespace painlink::report
