// decode_payload(): the compact payload text -> a journal, refusing malformed structure and
// leaving out (and reporting) entries that break a rule.
#include <functional>

#include "core/code_column.hpp"
#include "core/interchange.hpp"
#include "core/json_text.hpp"
#include "core/store_codec.hpp"
#include "core/store_codec_layout.hpp"
#include "core/validate.hpp"

namespace painlink {

using namespace codec;

namespace {

// Reads columns and keeps the first structural problem; after one, everything reads as absent and
// the caller gives up at the end. Structural problems cannot come from encode_payload().
class Decoder {
 public:
  explicit Decoder(const Json& root) : root_(root) {}

  bool failed() const { return !error_.empty(); }
  const std::string& error() const { return error_; }
  void fail(const std::string& message) {
    if (error_.empty()) error_ = message;
  }

  // Loads a column that must hold exactly `count` values (absent key = empty column).
  void load(col::Id id, std::size_t count) {
    const char* key = kColumnNames[id];
    NumberColumn column;
    const auto it = root_.find(key);
    if (it != root_.end()) {
      std::string why;
      auto decoded = decode_column(*it, why);
      if (!decoded) fail(std::string("column \"") + key + "\": " + why);
      else column = std::move(*decoded);
    }
    if (column.size() != count) {
      // Counts come from other columns of the same (damaged) text: never allocate by them.
      fail(std::string("column \"") + key + "\" has " + std::to_string(column.size()) + " values, expected " +
           std::to_string(count));
      column.clear();
    }
    columns_[id] = {std::move(column), 0};
  }

  std::optional<double> next(col::Id id) {
    auto& [column, position] = columns_[id];
    if (position >= column.size()) {
      fail(std::string("column \"") + kColumnNames[id] + "\" ran out of values");
      return std::nullopt;
    }
    return column[position++];
  }

  // A whole number from lo to hi (inclusive); nullopt when absent.
  std::optional<int> next_int(col::Id id, int lo = -1000000000, int hi = 1000000000) {
    const std::optional<double> v = next(id);
    if (!v) return std::nullopt;
    if (!(*v >= lo && *v <= hi) || *v != static_cast<double>(static_cast<int>(*v))) {
      fail(std::string("column \"") + kColumnNames[id] + "\" holds " + describe_number(*v) +
           " where a whole number from " + std::to_string(lo) + " to " + std::to_string(hi) + " belongs");
      return std::nullopt;
    }
    return static_cast<int>(*v);
  }

  int required_int(col::Id id, int lo, int hi) {
    auto v = next_int(id, lo, hi);
    if (!v) fail(std::string("column \"") + kColumnNames[id] + "\" is missing a value");
    return v.value_or(lo);
  }

  std::optional<bool> next_bool(col::Id id) {
    auto v = next_int(id, 0, 1);
    if (!v) return std::nullopt;
    return *v == 1;
  }

  std::size_t sum_of(col::Id id, std::size_t count, int max_each) {
    std::size_t total = 0;
    const auto& column = columns_[id].first;
    for (std::size_t i = 0; i < count && i < column.size(); ++i) {
      const auto& v = column[i];
      if (!v || !(*v >= 0 && *v <= max_each) || *v != static_cast<double>(static_cast<int>(*v))) {
        fail(std::string("column \"") + kColumnNames[id] + "\" holds a bad count");
        return 0;
      }
      total += static_cast<std::size_t>(*v);
    }
    return total;
  }

 private:
  const Json& root_;
  std::string error_;
  std::array<std::pair<NumberColumn, std::size_t>, col::kCount> columns_;
};

// Counts are bounded generously above what validation allows, so a stored journal that breaks a
// count rule is still read (and its entry reported) instead of being refused as a whole.
constexpr int kMaxStoredCount = 1000;

std::vector<Date> decode_dates(const Json& root, Decoder& dec) {
  std::vector<Date> dates;
  const auto it = root.find("d");
  if (it == root.end() || !it->is_array()) {
    dec.fail("the date list is missing");
    return dates;
  }
  const Json& runs = *it;
  if (runs.empty()) return dates;
  if (runs.size() % 2 != 0) {
    dec.fail("the date list has an odd length");
    return dates;
  }
  // Wide bounds that only keep the arithmetic safe: a date outside the journal's years is an entry
  // problem for validate_entry() to report, not a reason to refuse every other day.
  constexpr long long first_day = -100000000;
  constexpr long long last_day = 100000000;
  long long day = 0;
  for (std::size_t i = 0; i < runs.size(); ++i) {
    const Json& v = runs[i];
    if (!v.is_number_integer()) {
      dec.fail("the date list holds something that is not a whole number");
      return {};
    }
    // Unsigned values above the signed range would wrap: anything that large is out of range.
    const long long n = v.is_number_unsigned() && v.get<std::uint64_t>() > 1000000000ULL
                            ? last_day + 1
                            : v.get<std::int64_t>();
    if (n < -last_day || n > last_day) {
      dec.fail("the date list holds a number out of range");
      return {};
    }
    if (i == 0) {
      day = n;
      if (day < first_day || day > last_day) {
        dec.fail("the first date is out of range");
        return {};
      }
    } else if (i % 2 == 1) {  // run length
      // More days than 1900-2200 holds cannot be a journal (and must not allocate gigabytes).
      constexpr long long kMaxDays = 120000;
      if (n < 1 || day + n - 1 > last_day || static_cast<long long>(dates.size()) + n > kMaxDays) {
        dec.fail("a run of dates is empty or out of range");
        return {};
      }
      for (long long k = 0; k < n; ++k) dates.push_back(Date{static_cast<std::int32_t>(day + k)});
      day += n;
    } else {  // gap
      if (n < 0 || day + n > last_day) {
        dec.fail("a gap between dates is out of range");
        return {};
      }
      day += n;
    }
  }
  return dates;
}

// [[index, {...}], ...] for one level; each index below `count`.
void decode_extras(const Json& root, const char* level, std::size_t count, Decoder& dec,
                   const std::function<void(std::size_t, const Json&)>& assign) {
  const auto x = root.find("x");
  if (x == root.end()) return;
  if (!x->is_object()) {
    dec.fail("the unknown-fields table is not an object");
    return;
  }
  const auto list = x->find(level);
  if (list == x->end()) return;
  if (!list->is_array()) {
    dec.fail("an unknown-fields list is not a list");
    return;
  }
  for (const Json& item : *list) {
    if (!item.is_array() || item.size() != 2 || !item[0].is_number_unsigned() || !item[1].is_object() ||
        item[0].get<std::uint64_t>() >= count) {
      dec.fail("an unknown-fields item is malformed");
      return;
    }
    assign(static_cast<std::size_t>(item[0].get<std::uint64_t>()), item[1]);
  }
}

const std::string* table_string(const Json* table, int index, Decoder& dec) {
  if (!table || !table->is_array() || index < 0 || static_cast<std::size_t>(index) >= table->size() ||
      !(*table)[static_cast<std::size_t>(index)].is_string()) {
    dec.fail("a name refers outside the string table");
    return nullptr;
  }
  return &(*table)[static_cast<std::size_t>(index)].get_ref<const std::string&>();
}

}  // namespace

DecodedPayload decode_payload(std::string_view payload) {
  DecodedPayload out;
  // Unknown fields are nested inside the payload's own 4 levels.
  ParsedJson parsed = parse_json_text(payload, kMaxJsonDepth + 8);
  if (!parsed.value || !parsed.value->is_object()) {
    out.error = parsed.value ? "the stored payload is not an object" : "the stored payload " + parsed.error;
    return out;
  }
  const Json& root = *parsed.value;
  Decoder dec(root);

  const std::vector<Date> dates = decode_dates(root, dec);
  const std::size_t n = dates.size();
  dec.load(col::m, n);
  dec.load(col::tc, n);
  std::size_t n_back = 0, n_headache = 0, n_factors = 0, n_notes = 0;
  std::vector<int> masks(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    masks[i] = dec.required_int(col::m, 0, kBack | kHeadache | kFactors | kNote);
    n_back += (masks[i] & kBack) ? 1 : 0;
    n_headache += (masks[i] & kHeadache) ? 1 : 0;
    n_factors += (masks[i] & kFactors) ? 1 : 0;
    n_notes += (masks[i] & kNote) ? 1 : 0;
  }
  const std::size_t n_treatments = dec.sum_of(col::tc, n, kMaxStoredCount);
  for (col::Id key : {col::bi, col::bf}) dec.load(key, n_back);
  for (col::Id key : {col::hi, col::hf, col::hn, col::hs, col::hd}) dec.load(key, n_headache);
  for (col::Id key : {col::fs, col::ft, col::fc, col::fi, col::fw, col::fk, col::fa, col::fe, col::fm, col::fn, col::fx})
    dec.load(key, n_factors);
  const std::size_t n_custom = dec.sum_of(col::fx, n_factors, kMaxStoredCount);
  dec.load(col::fy, n_custom);
  for (col::Id key : {col::tt, col::tn, col::td, col::tm, col::tr}) dec.load(key, n_treatments);

  const auto notes = root.find("n");
  if (n_notes > 0 && (notes == root.end() || !notes->is_array() || notes->size() != n_notes))
    dec.fail("the notes list does not match the entries");
  if (dec.failed()) {
    out.error = "the stored payload is damaged (" + dec.error() + ")";
    return out;
  }

  const auto table_it = root.find("s");
  const Json* table = table_it == root.end() ? nullptr : &*table_it;
  std::vector<Entry> entries(n);
  std::vector<Entry*> back_of, headache_of, factors_of;
  std::vector<Treatment*> treatment_of;
  std::size_t note_index = 0;
  for (std::size_t i = 0; i < n && !dec.failed(); ++i) {
    Entry& e = entries[i];
    e.date = dates[i];
    if (masks[i] & kBack) {
      BackPain b;
      b.intensity = dec.required_int(col::bi, -1000000, 1000000);
      const int f = dec.required_int(col::bf, 0, 31);
      b.neck = f & kNeck, b.upper_back = f & kUpperBack, b.lower_back = f & kLowerBack;
      b.to_arm = f & kToArm, b.to_leg = f & kToLeg;
      e.back_pain = b;
      back_of.push_back(&e);
    }
    if (masks[i] & kHeadache) {
      Headache h;
      h.intensity = dec.required_int(col::hi, -1000000, 1000000);
      const int yes = dec.required_int(col::hf, 0, kAllFeatures);
      const int no = dec.required_int(col::hn, 0, kAllFeatures);
      if (yes & no) dec.fail("a headache feature is stored as both yes and no");
      const auto answer = [&](int bit) -> std::optional<bool> {
        if (yes & bit) return true;
        if (no & bit) return false;
        return std::nullopt;
      };
      h.pulsating = answer(kPulsating), h.aura = answer(kAura), h.nausea = answer(kNausea);
      h.light_sensitive = answer(kLight), h.sound_sensitive = answer(kSound);
      h.worse_with_activity = answer(kWorse);
      if (auto side = dec.next_int(col::hs, 0, 2)) h.side = kSideCodes[*side];
      h.duration_hours = dec.next(col::hd);
      e.headache = h;
      headache_of.push_back(&e);
    }
    if (masks[i] & kFactors) {
      Factors f;
      f.sleep_hours = dec.next(col::fs);
      f.stress = dec.next_int(col::ft);
      f.screen_hours = dec.next(col::fc);
      f.sitting_hours = dec.next(col::fi);
      f.water_glasses = dec.next_int(col::fw);
      f.caffeine_cups = dec.next_int(col::fk);
      f.alcohol_units = dec.next(col::fa);
      f.exercise_minutes = dec.next_int(col::fe);
      f.skipped_meal = dec.next_bool(col::fm);
      f.menstruating = dec.next_bool(col::fn);
      const int custom = dec.required_int(col::fx, 0, kMaxStoredCount);
      for (int k = 0; k < custom && !dec.failed(); ++k) {
        const int code = dec.required_int(col::fy, 0, 1000000000);
        const std::string* name = table_string(table, code / 2, dec);
        if (name && !f.custom.emplace(*name, code % 2 == 1).second) dec.fail("a custom factor repeats");
      }
      e.factors = std::move(f);
      factors_of.push_back(&e);
    }
    const int treatments = dec.required_int(col::tc, 0, kMaxStoredCount);
    for (int k = 0; k < treatments && !dec.failed(); ++k) {
      Treatment t;
      t.type = kTypeCodes[dec.required_int(col::tt, 0, static_cast<int>(std::size(kTypeCodes)) - 1)];
      if (const std::string* name = table_string(table, dec.required_int(col::tn, 0, 1000000000), dec)) t.name = *name;
      if (auto c = dec.next_int(col::td, 0, static_cast<int>(std::size(kClassCodes)) - 1))
        t.drug_class = kClassCodes[*c];
      t.dose_mg = dec.next(col::tm);
      t.relief = dec.next_int(col::tr);
      e.treatments.push_back(std::move(t));
    }
    if (masks[i] & kNote) {
      const Json& note = (*notes)[note_index++];
      if (!note.is_string() || note.get_ref<const std::string&>().empty()) dec.fail("a note is not text");
      else e.notes = note.get_ref<const std::string&>();
    }
  }
  for (Entry& e : entries)
    for (Treatment& t : e.treatments) treatment_of.push_back(&t);

  decode_extras(root, "e", n, dec, [&](std::size_t i, const Json& x) { entries[i].extra = x; });
  decode_extras(root, "b", back_of.size(), dec,
                [&](std::size_t i, const Json& x) { back_of[i]->back_pain->extra = x; });
  decode_extras(root, "h", headache_of.size(), dec,
                [&](std::size_t i, const Json& x) { headache_of[i]->headache->extra = x; });
  decode_extras(root, "f", factors_of.size(), dec,
                [&](std::size_t i, const Json& x) { factors_of[i]->factors->extra = x; });
  decode_extras(root, "t", treatment_of.size(), dec, [&](std::size_t i, const Json& x) { treatment_of[i]->extra = x; });
  if (dec.failed()) {
    out.error = "the stored payload is damaged (" + dec.error() + ")";
    return out;
  }

  Journal journal;
  if (const auto j = root.find("j"); j != root.end()) {
    if (j->is_object()) journal.extra = *j;
    else out.problems.push_back("unknown journal fields were not an object and were left out");
    // The assessment rides in "j" (store_codec_encode.cpp says why). Damaged, it stays there as an
    // unknown field rather than being lost.
    if (const auto a = journal.extra.find("assessment"); a != journal.extra.end()) {
      Parsed<Assessment> parsed = assessment_from_json(*a);
      if (parsed.ok()) {
        journal.assessment = std::move(*parsed.value);
        journal.extra.erase(a);
      } else {
        out.problems.push_back("the self-check answers were damaged and were kept aside unread");
      }
    }
  }
  if (const auto q = root.find("q"); q != root.end()) {
    Parsed<Screening> s = screening_from_json(*q);
    if (s.ok()) journal.screening = std::move(*s.value);
    else out.problems.push_back("the screening answers were damaged and were left out");
  }
  if (const auto g = root.find("g"); g != root.end()) {
    Parsed<Settings> s = settings_from_json(*g);
    if (s.ok()) journal.settings = *s.value;
    else out.problems.push_back("the settings were damaged; the defaults are used");
  }
  for (Entry& e : entries) {
    const std::vector<FieldError> errors = validate_entry(e);
    if (errors.empty()) {
      const Date d = e.date;
      journal.entries.emplace(d, std::move(e));
      continue;
    }
    std::string problem = format_date(e.date) + ":";
    for (const FieldError& fe : errors) problem += " " + fe.path + " " + fe.message + ";";
    problem.pop_back();
    out.problems.push_back(std::move(problem));
  }
  out.journal = std::move(journal);
  return out;
}

}  // namespace painlink
