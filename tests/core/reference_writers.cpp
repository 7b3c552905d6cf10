#include "reference_writers.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <vector>

#include "core/checksum.hpp"
#include "core/code_column.hpp"
#include "core/export_order.hpp"
#include "core/interchange.hpp"
#include "core/json_text.hpp"
#include "core/store_codec_layout.hpp"

namespace painlink::reference {

using namespace codec;

// ---- encode_payload, as one nlohmann value ----

namespace {

class Encoder {
 public:
  void put(col::Id column, std::optional<double> v) { columns_[column].push_back(v); }

  int string_index(const std::string& s) {
    auto [it, inserted] = strings_.try_emplace(s, static_cast<int>(string_list_.size()));
    if (inserted) string_list_.push_back(s);
    return it->second;
  }

  void extra(const char* level, std::size_t index, const Json& fields) {
    if (has_fields(fields)) extras_[level].push_back(Json::array({index, fields}));
  }

  Json finish(Json root) {
    for (std::size_t i = 0; i < col::kCount; ++i)
      if (!columns_[i].empty()) root[kColumnNames[i]] = encode_column(columns_[i]);
    if (!string_list_.empty()) root["s"] = string_list_;
    if (!extras_.empty()) root["x"] = std::move(extras_);
    return root;
  }

 private:
  std::array<NumberColumn, col::kCount> columns_;
  std::map<std::string, int> strings_;
  std::vector<std::string> string_list_;
  Json extras_ = Json::object();
};

Json encode_dates(const Journal& journal) {
  Json runs = Json::array();
  bool first = true;
  Date run_end{};
  long long run_length = 0;
  for (const auto& [date, entry] : journal.entries) {
    if (first) {
      runs.push_back(date.days);
      run_length = 1;
      first = false;
    } else if (date.days == run_end.days + 1) {
      ++run_length;
    } else {
      runs.push_back(run_length);
      runs.push_back(date.days - run_end.days - 1);  // days skipped
      run_length = 1;
    }
    run_end = date;
  }
  if (!first) runs.push_back(run_length);
  return runs;
}

}  // namespace

std::string encode_payload_dom(const Journal& journal) {
  Encoder enc;
  Json notes = Json::array();
  std::size_t entry_index = 0, back_index = 0, headache_index = 0, factors_index = 0, treatment_index = 0;
  for (const auto& [date, e] : journal.entries) {
    const int mask = bits({{e.back_pain.has_value(), kBack},
                           {e.headache.has_value(), kHeadache},
                           {e.factors.has_value(), kFactors},
                           {!e.notes.empty(), kNote}});
    enc.put(col::m, mask);
    enc.extra("e", entry_index, e.extra);
    if (const auto& b = e.back_pain) {
      enc.put(col::bi, b->intensity);
      enc.put(col::bf, bits({{b->neck, kNeck}, {b->upper_back, kUpperBack}, {b->lower_back, kLowerBack},
                          {b->to_arm, kToArm}, {b->to_leg, kToLeg}}));
      enc.extra("b", back_index++, b->extra);
    }
    if (const auto& h = e.headache) {
      enc.put(col::hi, h->intensity);
      for (const bool answer : {true, false})  // hf: the features answered yes, hn: those answered no
        enc.put(answer ? col::hf : col::hn,
                bits({{h->pulsating == answer, kPulsating}, {h->aura == answer, kAura}, {h->nausea == answer, kNausea},
                      {h->light_sensitive == answer, kLight}, {h->sound_sensitive == answer, kSound},
                      {h->worse_with_activity == answer, kWorse}}));
      const int side = h->side ? code_of(*h->side, kSideCodes) : kUnknownCode;
      enc.put(col::hs, side == kUnknownCode ? std::nullopt : std::optional<double>(side));
      enc.put(col::hd, h->duration_hours);
      enc.extra("h", headache_index++, h->extra);
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
      enc.extra("f", factors_index++, f->extra);
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
      enc.extra("t", treatment_index++, t.extra);
    }
    if (!e.notes.empty()) notes.push_back(e.notes);
    ++entry_index;
  }
  Json root = Json::object();
  root["d"] = encode_dates(journal);
  if (!notes.empty()) root["n"] = std::move(notes);
  if (has_fields(journal.extra)) root["j"] = journal.extra;
  if (journal.screening != Screening{}) root["q"] = screening_to_json(journal.screening);
  if (journal.settings != Settings{}) root["g"] = settings_to_json(journal.settings);
  return dump_compact(enc.finish(std::move(root)));
}


// ---- write_envelope, through nlohmann::ordered_json ----

std::string write_envelope_dom(const EnvelopeFields& f) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  j["format"] = kStoreFormat;
  j["schema"] = kStoreSchema;
  j["seq"] = f.seq;
  j["saved_at"] = f.saved_at_ms;
  if (f.backup_at_ms) j["backup_at"] = *f.backup_at_ms;
  if (f.erased_at_ms) j["erased_at"] = *f.erased_at_ms;
  j["entries"] = f.entry_count;
  j["checksum"] = checksum_hex(f.payload);
  j["payload"] = f.payload;
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

// ---- export_json, the whole document as one value (in the export's own field order) ----

std::string export_json_dom(const Journal& journal) {
  return dump_pretty(export_ordered(journal_to_json(journal))) + "\n";
}


}  // namespace painlink::reference
