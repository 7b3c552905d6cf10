#include "core/analysis/daily_series.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <type_traits>
#include <utility>

#include "core/medicine_names.hpp"

namespace painlink::analysis {

namespace {

constexpr float kNaNf = std::numeric_limits<float>::quiet_NaN();

// id, label, exposure phrase, rule, premonitory, pain_can_change_it
constexpr FactorInfo kFactors[kBuiltinFactorCount] = {
    {"short_sleep", "Under 6 h sleep", "under 6 hours of sleep", "sleep_hours < 6", true, false},
    {"high_stress", "Stress 7+ of 10", "stress of 7 or more out of 10", "stress >= 7", false, true},
    {"low_water", "Under 4 glasses of water", "fewer than 4 glasses of water", "water_glasses < 4", false, true},
    {"long_screen", "Over 8 h screen time", "more than 8 hours of screen time", "screen_hours > 8", true, true},
    {"long_sitting", "8+ h sitting", "8 or more hours of sitting", "sitting_hours >= 8", false, true},
    {"alcohol", "3+ units of alcohol", "3 or more units of alcohol", "alcohol_units >= 3", false, true},
    {"high_caffeine", "4+ caffeinated drinks", "4 or more caffeinated drinks", "caffeine_cups >= 4", false, true},
    {"no_exercise", "No exercise", "no exercise", "exercise_minutes == 0", false, true},
    {"skipped_meal", "Skipped meal", "a skipped meal", "skipped_meal == true", true, true},
    {"menstruating", "Period", "your period", "menstruating == true", false, false},
};

std::int8_t yes_no(bool v) { return v ? std::int8_t{1} : std::int8_t{0}; }

// -1 when the value is missing or not a number.
template <class T, class Pred>
std::int8_t rule(const std::optional<T>& v, Pred pred) {
  if (!v) return -1;
  if constexpr (std::is_floating_point_v<T>) {
    if (!std::isfinite(*v)) return -1;
  }
  return yes_no(pred(*v));
}

std::int8_t builtin_exposure(const Factors& f, BuiltinFactor b) {
  switch (b) {
    case BuiltinFactor::short_sleep: return rule(f.sleep_hours, [](double h) { return h < 6.0; });
    case BuiltinFactor::high_stress: return rule(f.stress, [](int s) { return s >= 7; });
    case BuiltinFactor::low_water: return rule(f.water_glasses, [](int g) { return g < 4; });
    case BuiltinFactor::long_screen: return rule(f.screen_hours, [](double h) { return h > 8.0; });
    case BuiltinFactor::long_sitting: return rule(f.sitting_hours, [](double h) { return h >= 8.0; });
    case BuiltinFactor::alcohol: return rule(f.alcohol_units, [](double u) { return u >= 3.0; });
    case BuiltinFactor::high_caffeine: return rule(f.caffeine_cups, [](int c) { return c >= 4; });
    case BuiltinFactor::no_exercise: return rule(f.exercise_minutes, [](int m) { return m == 0; });
    case BuiltinFactor::skipped_meal: return rule(f.skipped_meal, [](bool v) { return v; });
    case BuiltinFactor::menstruating: return rule(f.menstruating, [](bool v) { return v; });
  }
  return -1;
}

float clamp_intensity(int v) { return static_cast<float>(std::clamp(v, 0, kMaxIntensity)); }

}  // namespace

const FactorInfo& factor_info(BuiltinFactor f) { return kFactors[static_cast<int>(f)]; }

HeadacheDay headache_day_from(const Headache& h) {
  HeadacheDay d;
  d.intensity = clamp_intensity(h.intensity);
  d.hours = (h.duration_hours && std::isfinite(*h.duration_hours)) ? static_cast<float>(*h.duration_hours) : kNaNf;
  d.side = h.side ? static_cast<std::int8_t>(*h.side) : std::int8_t{-1};
  const std::pair<const std::optional<bool>&, std::uint8_t> features[] = {
      {h.pulsating, kFeatPulsating}, {h.aura, kFeatAura},   {h.nausea, kFeatNausea},
      {h.light_sensitive, kFeatLight}, {h.sound_sensitive, kFeatSound}, {h.worse_with_activity, kFeatWorseActivity}};
  for (const auto& [answer, bit] : features) {
    if (!answer) continue;
    d.answered = static_cast<std::uint8_t>(d.answered | bit);
    if (*answer) d.features = static_cast<std::uint8_t>(d.features | bit);
  }
  return d;
}

HeadacheDay headache_day_at(const DailySeries& s, int i) {
  HeadacheDay d;
  const auto k = static_cast<std::size_t>(i);
  d.intensity = s.headache[k];
  d.hours = s.headache_hours[k];
  d.side = s.headache_side[k];
  d.features = s.headache_features[k];
  d.answered = s.headache_answered[k];
  return d;
}

DailySeries build_daily_series(const Journal& journal, Date today) {
  DailySeries s;
  s.today = today;
  s.back_flare_threshold = flare_threshold(journal.settings);

  // Range: first entry (not before today - kMaxAnalysisDays + 1) .. today.
  const Date earliest = today - (kMaxAnalysisDays - 1);
  auto begin = journal.entries.lower_bound(earliest);
  auto end = journal.entries.upper_bound(today);
  if (begin == end) {
    s.first = today;
    s.days = 0;
  } else {
    s.first = begin->first;
    s.days = (today - s.first) + 1;
  }
  const auto n = static_cast<std::size_t>(s.days);
  s.recorded.assign(n, 0);
  s.back.assign(n, kNaNf);
  s.back_regions.assign(n, 0);
  s.headache.assign(n, kNaNf);
  s.headache_hours.assign(n, kNaNf);
  s.headache_side.assign(n, -1);
  s.headache_features.assign(n, 0);
  s.headache_answered.assign(n, 0);
  s.med_classes.assign(n, 0);
  s.any_treatment.assign(n, 0);
  s.migraine_med_relief.assign(n, -1);
  s.headache_day.assign(n, -1);
  s.headache_onset.assign(n, -1);
  s.back_flare.assign(n, -1);

  s.factors.resize(kBuiltinFactorCount);
  for (int b = 0; b < kBuiltinFactorCount; ++b) {
    const FactorInfo& info = kFactors[b];
    FactorSeries& f = s.factors[static_cast<std::size_t>(b)];
    f.id = info.id;
    f.label = info.label;
    f.exposure = info.exposure;
    f.builtin = b;
    f.exposed.assign(n, -1);
  }

  // Custom factors, found in the same single pass over the entries (the journal map is the
  // expensive thing to walk): `known` holds the names seen so far -> slot in s.factors. Entries
  // come in date order, so "seen so far" is exactly "on/after the first day the name was used".
  std::map<std::string, std::size_t, std::less<>> known;
  struct Pending {
    const std::string* name;
    bool value;
  };
  std::vector<Pending> pending;
  for (auto it = begin; it != end; ++it) {
    const Entry& e = it->second;
    const int i = it->first - s.first;
    const auto k = static_cast<std::size_t>(i);
    s.recorded[k] = 1;
    ++s.entries;
    if (e.back_pain) {
      const BackPain& b = *e.back_pain;
      s.back[k] = clamp_intensity(b.intensity);
      std::uint8_t r = 0;
      if (b.neck) r |= kRegionNeck;
      if (b.upper_back) r |= kRegionUpperBack;
      if (b.lower_back) r |= kRegionLowerBack;
      if (b.to_arm) r |= kRegionArm;
      if (b.to_leg) r |= kRegionLeg;
      s.back_regions[k] = r;
      s.back_flare[k] = yes_no(b.intensity >= s.back_flare_threshold);
    }
    if (e.headache) {
      const HeadacheDay h = headache_day_from(*e.headache);
      s.headache[k] = h.intensity;
      s.headache_hours[k] = h.hours;
      s.headache_side[k] = h.side;
      s.headache_features[k] = h.features;
      s.headache_answered[k] = h.answered;
      s.headache_day[k] = yes_no(h.intensity >= 1.0f);
    }
    for (const Treatment& t : e.treatments) {
      s.any_treatment[k] = 1;
      if (t.type == TreatmentType::medication) {
        const DrugClass c = effective_drug_class(t);
        s.med_classes[k] = static_cast<std::uint16_t>(s.med_classes[k] | (1u << static_cast<unsigned>(c)));
        if ((c == DrugClass::triptan || c == DrugClass::ergot) && t.relief)
          s.migraine_med_relief[k] = std::max(s.migraine_med_relief[k],
                                              static_cast<std::int8_t>(std::clamp(*t.relief, 0, kMaxIntensity)));
      }
    }
    if (e.factors) {
      const Factors& f = *e.factors;
      for (int b = 0; b < kBuiltinFactorCount; ++b)
        s.factors[static_cast<std::size_t>(b)].exposed[k] = builtin_exposure(f, static_cast<BuiltinFactor>(b));
      // Both maps are sorted by name: walk them together (one string compare per step) instead
      // of a lookup per name. Known names missing from the day count as "no".
      pending.clear();
      auto kit = known.begin();
      for (const auto& [name, value] : f.custom) {
        for (;;) {
          if (kit == known.end()) {
            pending.push_back({&name, value});
            break;
          }
          const int c = kit->first.compare(name);
          if (c < 0) {
            s.factors[kit->second].exposed[k] = 0;
            ++kit;
            continue;
          }
          if (c == 0) {
            s.factors[kit->second].exposed[k] = yes_no(value);
            ++kit;
          } else {
            pending.push_back({&name, value});
          }
          break;
        }
      }
      for (; kit != known.end(); ++kit) s.factors[kit->second].exposed[k] = 0;
      for (const Pending& p : pending) {
        FactorSeries fs;
        fs.id = "custom:" + *p.name;
        fs.label = *p.name;
        fs.exposure = "\u201C" + *p.name + "\u201D";
        fs.custom = true;
        fs.exposed.assign(n, -1);
        fs.exposed[k] = yes_no(p.value);
        known.emplace(*p.name, s.factors.size());
        s.factors.push_back(std::move(fs));
      }
    }
  }

  // Custom factors in name order after the built-ins.
  if (!known.empty()) {
    std::vector<FactorSeries> ordered;
    ordered.reserve(s.factors.size());
    for (int b = 0; b < kBuiltinFactorCount; ++b) ordered.push_back(std::move(s.factors[static_cast<std::size_t>(b)]));
    for (const auto& kv : known) ordered.push_back(std::move(s.factors[kv.second]));
    s.factors = std::move(ordered);
  }

  // Onset: a headache day whose previous day was recorded headache-free. Defined (0/1) only on
  // days at risk of an onset: today's headache section recorded and yesterday recorded as none.
  for (std::size_t k = 1; k < n; ++k)
    if (s.headache_day[k] >= 0 && s.headache_day[k - 1] == 0) s.headache_onset[k] = s.headache_day[k];

  for (FactorSeries& f : s.factors) {
    for (const std::int8_t v : f.exposed) {
      if (v >= 0) ++f.known_days;
      if (v == 1) ++f.exposed_days;
    }
  }
  return s;
}

}  // namespace painlink::analysis
