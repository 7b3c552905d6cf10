// encode_payload(): a journal -> the compact payload text (layout in store_codec_layout.hpp).
//
// The text is written straight into one string rather than built as an nlohmann value and dumped:
// a save encodes the whole journal every time, and in wasm the allocation per value of a DOM made
// that most of a save's cost. The bytes are exactly what dump_compact() of that value gave (the
// object's keys in std::map order, numbers and strings as nlohmann writes them), so a journal
// stored by an earlier version compares equal, and tests check the two side by side.
#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_map>

#include "core/code_column.hpp"
#include "core/interchange.hpp"
#include "core/json_text.hpp"
#include "core/json_write.hpp"
#include "core/store_codec.hpp"
#include "core/store_codec_layout.hpp"

namespace painlink {

using namespace codec;

namespace {

// The levels of "x" (unknown fields), in the key order the object is written in.
enum Level : std::size_t { kLevelBack, kLevelEntry, kLevelFactors, kLevelHeadache, kLevelTreatment, kLevelCount };
constexpr const char* kLevelNames[kLevelCount] = {"b", "e", "f", "h", "t"};

struct Extra {
  std::size_t index;
  const Json* fields;
};

// What one pass over the journal collects. Strings are views into the journal, which outlives it.
class Encoder {
 public:
  void put(col::Id column, std::optional<double> v) { columns_[column].push_back(v); }
  // Room for one value per entry in every column (most hold at most that), so a long journal's
  // columns are not copied as they grow.
  void reserve(std::size_t entries) {
    for (NumberColumn& c : columns_) c.reserve(entries);
  }

  int string_index(std::string_view s) {
    auto [it, inserted] = strings_.try_emplace(s, static_cast<int>(string_list_.size()));
    if (inserted) string_list_.push_back(s);
    return it->second;
  }

  void extra(Level level, std::size_t index, const Json& fields) {
    if (has_fields(fields)) extras_[level].push_back({index, &fields});
  }

  void note(const std::string& text) { notes_.push_back(&text); }

  std::string write(const Journal& journal) const;

 private:
  std::size_t size_estimate() const;
  void write_extras(std::string& out) const;

  std::array<NumberColumn, col::kCount> columns_;
  std::unordered_map<std::string_view, int> strings_;  // looked up once per custom factor and treatment
  std::vector<std::string_view> string_list_;
  std::array<std::vector<Extra>, kLevelCount> extras_;
  std::vector<const std::string*> notes_;
};

void append_dates(std::string& out, const Journal& journal) {
  out += '[';
  bool first = true;
  Date run_end{};
  long long run_length = 0;
  const auto number = [&out](long long v) {
    if (out.back() != '[') out += ',';
    append_json_number(out, static_cast<std::int64_t>(v));
  };
  for (const auto& [date, entry] : journal.entries) {
    if (first) {
      number(date.days);
      run_length = 1;
      first = false;
    } else if (date.days == run_end.days + 1) {
      ++run_length;
    } else {
      number(run_length);
      number(date.days - run_end.days - 1);  // days skipped
      run_length = 1;
    }
    run_end = date;
  }
  if (!first) number(run_length);
  out += ']';
}

template <class Strings, class Get>
void append_string_list(std::string& out, const Strings& list, Get get) {
  out += '[';
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (i) out += ',';
    append_json_string(out, get(list[i]));
  }
  out += ']';
}

// Enough for the usual journal in one allocation: the notes, and a few characters per number.
std::size_t Encoder::size_estimate() const {
  std::size_t n = 256;
  for (const std::string* note : notes_) n += note->size() + note->size() / 16 + 3;
  for (const NumberColumn& c : columns_) n += c.size() * 2 + 8;
  for (std::string_view s : string_list_) n += s.size() + 3;
  return n;
}

void Encoder::write_extras(std::string& out) const {
  out += '{';
  bool first_level = true;
  for (std::size_t level = 0; level < kLevelCount; ++level) {
    if (extras_[level].empty()) continue;
    if (!first_level) out += ',';
    first_level = false;
    append_json_string(out, kLevelNames[level]);
    out += ":[";
    for (std::size_t i = 0; i < extras_[level].size(); ++i) {
      const Extra& x = extras_[level][i];
      out += i ? ",[" : "[";
      append_json_number(out, static_cast<std::uint64_t>(x.index));
      out += ',';
      out += dump_compact(*x.fields);  // rare: only fields written by another version
      out += ']';
    }
    out += ']';
  }
  out += '}';
}

// The assessment is stored as the unknown top-level field "assessment": a tab of an older version
// reads "j" into Journal.extra and writes it back as it was, so it cannot drop the answers (with a
// payload key of its own it would, on its next save), and no schema step is needed.
Json top_fields(const Journal& journal) {
  if (journal.assessment.empty()) return journal.extra;
  Json j = journal.extra.is_object() ? journal.extra : Json::object();
  j["assessment"] = assessment_to_json(journal.assessment);
  return j;
}

std::string Encoder::write(const Journal& journal) const {
  // The payload object's members in the order a std::map-keyed nlohmann object dumps them.
  enum Special : std::size_t { kDates = col::kCount, kNotes, kTop, kScreening, kSettings, kStrings, kExtras };
  struct Member {
    std::string_view key;
    std::size_t what;  // a col::Id, or a Special
  };
  std::vector<Member> members;
  members.reserve(col::kCount + 7);
  for (std::size_t i = 0; i < col::kCount; ++i)
    if (!columns_[i].empty()) members.push_back({kColumnNames[i], i});
  members.push_back({"d", kDates});
  if (!notes_.empty()) members.push_back({"n", kNotes});
  if (has_fields(journal.extra) || !journal.assessment.empty()) members.push_back({"j", kTop});
  if (journal.screening != Screening{}) members.push_back({"q", kScreening});
  if (journal.settings != Settings{}) members.push_back({"g", kSettings});
  if (!string_list_.empty()) members.push_back({"s", kStrings});
  if (std::any_of(extras_.begin(), extras_.end(), [](const auto& e) { return !e.empty(); }))
    members.push_back({"x", kExtras});
  std::sort(members.begin(), members.end(), [](const Member& a, const Member& b) { return a.key < b.key; });

  std::string out;
  out.reserve(size_estimate());
  out += '{';
  for (const Member& m : members) {
    if (out.size() > 1) out += ',';
    append_json_string(out, m.key);
    out += ':';
    switch (m.what) {
      case kDates: append_dates(out, journal); break;
      case kNotes: append_string_list(out, notes_, [](const std::string* s) { return std::string_view(*s); }); break;
      case kTop: out += dump_compact(top_fields(journal)); break;
      case kScreening: out += dump_compact(screening_to_json(journal.screening)); break;
      case kSettings: out += dump_compact(settings_to_json(journal.settings)); break;
      case kStrings: append_string_list(out, string_list_, [](std::string_view s) { return s; }); break;
      case kExtras: write_extras(out); break;
      default: append_column_json(out, columns_[m.what]); break;
    }
  }
  out += '}';
  return out;
}

}  // namespace

std::string encode_payload(const Journal& journal) {
  Encoder enc;
  enc.reserve(journal.entries.size());
  std::size_t entry_index = 0, back_index = 0, headache_index = 0, factors_index = 0, treatment_index = 0;
  for (const auto& [date, e] : journal.entries) {
    const int mask = bits({{e.back_pain.has_value(), kBack},
                           {e.headache.has_value(), kHeadache},
                           {e.factors.has_value(), kFactors},
                           {!e.notes.empty(), kNote}});
    enc.put(col::m, mask);
    enc.extra(kLevelEntry, entry_index, e.extra);
    if (const auto& b = e.back_pain) {
      enc.put(col::bi, b->intensity);
      enc.put(col::bf, bits({{b->neck, kNeck}, {b->upper_back, kUpperBack}, {b->lower_back, kLowerBack},
                          {b->to_arm, kToArm}, {b->to_leg, kToLeg}}));
      enc.extra(kLevelBack, back_index++, b->extra);
    }
    if (const auto& h = e.headache) {
      enc.put(col::hi, h->intensity);
      enc.put(col::hf, feature_bits(*h, true));
      enc.put(col::hn, feature_bits(*h, false));
      const int side = h->side ? code_of(*h->side, kSideCodes) : kUnknownCode;
      enc.put(col::hs, side == kUnknownCode ? std::nullopt : std::optional<double>(side));
      enc.put(col::hd, h->duration_hours);
      enc.extra(kLevelHeadache, headache_index++, h->extra);
    }
    if (const auto& f = e.factors) {
      enc.put(col::fs, f->sleep_hours);
      enc.put(col::ft, as_number(f->stress));
      enc.put(col::fc, f->screen_hours);
      enc.put(col::fi, f->sitting_hours);
      enc.put(col::fw, as_number(f->water_glasses));
      enc.put(col::fk, as_number(f->caffeine_cups));
      enc.put(col::fa, f->alcohol_units);
      enc.put(col::fe, as_number(f->exercise_minutes));
      enc.put(col::fm, as_number(f->skipped_meal));
      enc.put(col::fn, as_number(f->menstruating));
      enc.put(col::fx, static_cast<double>(f->custom.size()));
      for (const auto& [name, yes] : f->custom) enc.put(col::fy, enc.string_index(name) * 2 + (yes ? 1 : 0));
      enc.extra(kLevelFactors, factors_index++, f->extra);
    }
    enc.put(col::tc, static_cast<double>(e.treatments.size()));
    for (const Treatment& t : e.treatments) {
      const int type = code_of(t.type, kTypeCodes);
      enc.put(col::tt, type == kUnknownCode ? code_of(TreatmentType::other, kTypeCodes) : type);
      enc.put(col::tn, enc.string_index(t.name));
      const int klass = t.drug_class ? code_of(*t.drug_class, kClassCodes) : kUnknownCode;
      enc.put(col::td, klass == kUnknownCode ? std::nullopt : std::optional<double>(klass));
      enc.put(col::tm, t.dose_mg);
      enc.put(col::tr, as_number(t.relief));
      enc.extra(kLevelTreatment, treatment_index++, t.extra);
    }
    if (!e.notes.empty()) enc.note(e.notes);
    ++entry_index;
  }
  return enc.write(journal);
}

}  // namespace painlink
