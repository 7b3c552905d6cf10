// The stored payload's layout, shared by store_codec_encode.cpp and store_codec_decode.cpp.
// Everything here is part of the storage schema: append only, never reorder or rename. A column
// an older version would drop on its next save (it reads only the columns it knows) needs a schema
// step (migrations.hpp), so that version opens the journal read-only instead.
//   schema 3 added "hn": the headache features answered "no"; until then a feature was only ticked
//            or not, and schema 2's unticked ones are read as "no" (migrate_2_to_3).
#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <utility>

#include "core/model.hpp"

namespace painlink::codec {

// Stored enum codes: positions in these lists. Append only; never reorder.
constexpr TreatmentType kTypeCodes[] = {TreatmentType::medication, TreatmentType::rest,       TreatmentType::ice,
                                        TreatmentType::heat,       TreatmentType::stretching, TreatmentType::posture,
                                        TreatmentType::other};
constexpr DrugClass kClassCodes[] = {DrugClass::nsaid,       DrugClass::paracetamol, DrugClass::aspirin,
                                     DrugClass::triptan,     DrugClass::ergot,       DrugClass::opioid,
                                     DrugClass::combination, DrugClass::muscle_relaxant, DrugClass::other};
constexpr HeadacheSide kSideCodes[] = {HeadacheSide::left, HeadacheSide::right, HeadacheSide::both};

enum SectionBit { kBack = 1, kHeadache = 2, kFactors = 4, kNote = 8 };
enum BackBit { kNeck = 1, kUpperBack = 2, kLowerBack = 4, kToArm = 8, kToLeg = 16 };
enum HeadacheBit { kPulsating = 1, kAura = 2, kNausea = 4, kLight = 8, kSound = 16, kWorse = 32 };
constexpr int kAllFeatures = 63;

constexpr int kUnknownCode = -1;

// Number columns. The enum indexes arrays (a map lookup per value made a 20-year journal slow in
// debug builds); kColumnNames are the keys in the stored payload and must never change.
namespace col {
enum Id : std::size_t {
  m,                                       // per entry: SectionBit mask
  tc,                                      // per entry: number of treatments
  bi, bf,                                  // per back-pain entry: intensity, BackBit mask
  hi, hf, hs, hd,                          // per headache entry: intensity, HeadacheBit mask, side, hours
  fs, ft, fc, fi, fw, fk, fa, fe, fm, fn,  // per factors entry: sleep, stress, screen, sitting, water,
                                           //   caffeine, alcohol, exercise, skipped meal, menstruating
  fx, fy,                                  // custom factors: count per factors entry; then, flattened,
                                           //   string index * 2 + (1 for yes)
  tt, tn, td, tm, tr,                      // per treatment: type, name (string index), drug class,
                                           //   dose mg, relief
  hn,                                      // per headache entry: HeadacheBit mask of the features
                                           //   answered "no" (hf: answered "yes"; neither: unanswered)
  kCount
};
}  // namespace col
constexpr const char* kColumnNames[col::kCount] = {"m",  "tc", "bi", "bf", "hi", "hf", "hs", "hd", "fs",
                                                   "ft", "fc", "fi", "fw", "fk", "fa", "fe", "fm", "fn",
                                                   "fx", "fy", "tt", "tn", "td", "tm", "tr", "hn"};

template <class E, std::size_t N>
int code_of(E v, const E (&codes)[N]) {
  for (std::size_t i = 0; i < N; ++i)
    if (codes[i] == v) return static_cast<int>(i);
  return kUnknownCode;
}

inline int bits(std::initializer_list<std::pair<bool, int>> flags) {
  int v = 0;
  for (auto [on, bit] : flags)
    if (on) v |= bit;
  return v;
}

// The HeadacheBit mask of the features answered `answer` (col::hf for yes, col::hn for no).
inline int feature_bits(const Headache& h, bool answer) {
  return bits({{h.pulsating == answer, kPulsating},
               {h.aura == answer, kAura},
               {h.nausea == answer, kNausea},
               {h.light_sensitive == answer, kLight},
               {h.sound_sensitive == answer, kSound},
               {h.worse_with_activity == answer, kWorse}});
}

template <class T>
std::optional<double> as_number(const std::optional<T>& v) {
  if (!v) return std::nullopt;
  return static_cast<double>(*v);
}

inline bool has_fields(const Json& extra) { return extra.is_object() && !extra.empty(); }

}  // namespace painlink::codec
