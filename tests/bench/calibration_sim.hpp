// Synthetic diaries for the calibration of the Insight statistics (src/core/analysis/README.md
// "Calibration (measured)").
// Header-only and shared by the doctest case (tests/core/analysis_honest_test.cpp, few
// diaries) and the figure command (tests/bench/calibration.cpp, many). std::mt19937_64, fixed seeds.
//
// A null diary: nothing causes anything, but every series behaves like a real diary:
//  - headaches and back-pain flares run in spells (2-state Markov chains), and their start
//    probabilities drift slowly (a seasonal sinusoid of random phase plus a slow random walk:
//    seasons and life phases);
//  - every habit has its own spells and its own slow drift in prevalence (again sinusoid + random
//    walk), so habit and pain can drift together by chance;
//  - about 5% of sections are not recorded.
// Planted effects multiply the risk of a headache on the day after the factor (lag 1) by `rr`.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <string>

#include "core/date.hpp"
#include "core/model.hpp"

namespace painlink::calibration {

struct SimOptions {
  int days = 180;
  double planted_rr = 1.0;  // > 1: custom "planted" factor raises next-day headache risk
  double drift = 1.0;       // 0: no drift, 1: the default amount
};

inline Date sim_start() { return date_from_civil(2024, 1, 1); }

class SlowDrift {  // logit-scale offset: sinusoid (period 365 d, random phase) + slow random walk
 public:
  SlowDrift(std::mt19937_64& rng, double amplitude, double walk_sd)
      : amp_(amplitude), walk_sd_(walk_sd), phase_(std::uniform_real_distribution<double>(0, 6.283185307)(rng)) {}
  double next(std::mt19937_64& rng, int day) {
    walk_ += std::normal_distribution<double>(0.0, walk_sd_)(rng);
    walk_ *= 0.995;  // keeps the walk bounded over years
    return amp_ * std::sin(6.283185307 * day / 365.0 + phase_) + walk_;
  }

 private:
  double amp_, walk_sd_, phase_, walk_ = 0.0;
};

inline double logistic(double x) { return 1.0 / (1.0 + std::exp(-x)); }
inline double logit(double p) { return std::log(p / (1.0 - p)); }

// A yes/no habit in spells: switches with probability `p_switch_*`, its "on" share drifting.
struct Habit {
  bool on = false;
  SlowDrift drift;
  double base;
  Habit(std::mt19937_64& rng, double share, double amount) : drift(rng, 0.9 * amount, 0.06 * amount), base(logit(share)) {}
  bool step(std::mt19937_64& rng, int day) {
    const double share = logistic(base + drift.next(rng, day));
    // Two-state chain with stationary share `share` and mean spell length about 4 days.
    const double p_off = 0.25, p_on = std::min(0.95, p_off * share / (1.0 - share));
    std::bernoulli_distribution flip(on ? p_off : p_on);
    if (flip(rng)) on = !on;
    return on;
  }
};

inline Journal simulate_diary(std::uint64_t seed, const SimOptions& o) {
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  auto chance = [&](double p) { return u(rng) < p; };
  Journal j;
  const Date first = sim_start();
  SlowDrift head_drift(rng, 0.8 * o.drift, 0.05 * o.drift), back_drift(rng, 0.8 * o.drift, 0.05 * o.drift);
  Habit stress(rng, 0.3, o.drift), short_sleep(rng, 0.3, o.drift), desk(rng, 0.4, o.drift), sitting(rng, 0.4, o.drift),
      no_exercise(rng, 0.4, o.drift), low_water(rng, 0.3, o.drift), caffeine(rng, 0.3, o.drift),
      alcohol(rng, 0.25, o.drift), meals(rng, 0.2, o.drift), chocolate(rng, 0.3, o.drift);
  bool attack = false, flare = false, planted_yesterday = false;
  for (int i = 0; i < o.days; ++i) {
    const double hd = head_drift.next(rng, i), bd = back_drift.next(rng, i);
    // Headache: a new attack with probability ~0.12 (drifting), an attack goes on with 0.55.
    double p_attack = attack ? 0.55 : logistic(logit(0.12) + hd);
    if (planted_yesterday) p_attack = std::min(0.97, p_attack * o.planted_rr);
    attack = chance(p_attack);
    flare = chance(flare ? 0.75 : logistic(logit(0.10) + bd));
    const bool planted = chance(0.3);
    planted_yesterday = planted;
    Entry e;
    e.date = first + i;
    if (chance(0.95)) {
      Headache h;
      h.intensity = attack ? 2 + static_cast<int>(u(rng) * 7) : 0;
      e.headache = h;
    }
    if (chance(0.95)) {
      BackPain b;
      b.intensity = flare ? 4 + static_cast<int>(u(rng) * 5) : static_cast<int>(u(rng) * 4);
      b.neck = chance(0.4);
      b.lower_back = chance(0.6);
      e.back_pain = b;
    }
    const bool s = stress.step(rng, i), sl = short_sleep.step(rng, i), dk = desk.step(rng, i), st = sitting.step(rng, i),
               ne = no_exercise.step(rng, i), lw = low_water.step(rng, i), cf = caffeine.step(rng, i),
               al = alcohol.step(rng, i), ml = meals.step(rng, i), ch = chocolate.step(rng, i);
    if (chance(0.95)) {
      Factors f;
      f.sleep_hours = sl ? 4.5 + u(rng) : 6.0 + 3.0 * u(rng);
      f.stress = s ? 7 + static_cast<int>(u(rng) * 4) : static_cast<int>(u(rng) * 7);
      f.water_glasses = lw ? static_cast<int>(u(rng) * 4) : 4 + static_cast<int>(u(rng) * 6);
      f.screen_hours = dk ? 8.5 + 3.0 * u(rng) : 2.0 + 6.0 * u(rng);
      f.sitting_hours = st ? 8.0 + 3.0 * u(rng) : 2.0 + 5.0 * u(rng);
      f.alcohol_units = al ? 3.0 + static_cast<int>(u(rng) * 3) : static_cast<int>(u(rng) * 3);
      f.caffeine_cups = cf ? 4 + static_cast<int>(u(rng) * 3) : static_cast<int>(u(rng) * 4);
      f.exercise_minutes = ne ? 0 : 30;
      f.skipped_meal = ml;
      f.menstruating = chance(0.2);
      f.custom["chocolate"] = ch;
      if (o.planted_rr != 1.0) f.custom["planted"] = planted;
      e.factors = f;
    }
    j.entries[e.date] = e;
  }
  return j;
}

// Reverse causation: headaches in spells (2-state Markov: start 0.10, go on 0.6); no exercise on
// 80% of headache days and 30% of other days (the pain changes the habit, not the other way
// round). Alcohol (30% of days, independent) multiplies the next day's headache risk by
// `alcohol_rr` (capped at 0.95): a real lag-1 trigger when > 1.
inline Journal simulate_reverse_diary(std::uint64_t seed, int days, double alcohol_rr = 2.5) {
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  Journal j;
  const Date first = sim_start();
  bool attack = false, drank = false;
  for (int i = 0; i < days; ++i) {
    double p = attack ? 0.6 : 0.10;
    if (drank) p = std::min(0.95, alcohol_rr * p);
    attack = u(rng) < p;
    drank = u(rng) < 0.3;
    Entry e;
    e.date = first + i;
    Headache h;
    h.intensity = attack ? 5 : 0;
    e.headache = h;
    Factors f;
    f.exercise_minutes = u(rng) < (attack ? 0.8 : 0.3) ? 0 : 30;
    f.alcohol_units = drank ? 4.0 : 0.0;
    e.factors = f;
    j.entries[e.date] = e;
  }
  return j;
}

// Weekly pain during care with no trend at all: a persistent weekly level (AR(1) over weeks,
// phi = 0.7) plus day-to-day spells; a treatment on day 0 starts the care period.
// `slope`: a real change in points per week (0 = none).
inline Journal simulate_care_diary(std::uint64_t seed, int weeks, double phi = 0.7, double slope = 0.0) {
  std::mt19937_64 rng(seed);
  std::normal_distribution<double> z(0.0, 1.0);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  Journal j;
  const Date first = sim_start();
  double level = z(rng) / std::sqrt(1.0 - phi * phi), day_dev = 0.0;
  for (int w = 0; w < weeks; ++w) {
    level = phi * level + z(rng);
    for (int k = 0; k < 7; ++k) {
      day_dev = 0.6 * day_dev + 0.8 * z(rng);
      Entry e;
      e.date = first + (7 * w + k);
      if (u(rng) < 0.9) {
        BackPain b;
        b.intensity = std::clamp(static_cast<int>(std::lround(5.0 + slope * w + 0.8 * level + day_dev)), 0, 10);
        e.back_pain = b;
        Headache h;
        h.intensity = std::clamp(static_cast<int>(std::lround(3.0 + slope * w + 0.8 * level + day_dev)), 0, 10);
        e.headache = h;
      }
      if (w == 0 && k == 0) {
        Treatment t;
        t.type = TreatmentType::heat;
        e.treatments.push_back(t);
      }
      j.entries[e.date] = e;
    }
  }
  return j;
}

}  // namespace painlink::calibration
