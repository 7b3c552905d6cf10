#include "core/analysis/headache_pattern.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <limits>

#include "core/analysis/medication_overuse.hpp"
#include "core/analysis/wording.hpp"

namespace painlink::analysis {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kSideLeft = static_cast<int>(HeadacheSide::left);
constexpr int kSideRight = static_cast<int>(HeadacheSide::right);
constexpr int kSideBoth = static_cast<int>(HeadacheSide::both);
constexpr int kWindowBefore = 2;  // days -2 and -1
constexpr int kWindowFrom1 = 3;   // days 1, 2 and 3
constexpr int kWindowMinRecorded = 3;
constexpr int kMaxAttackDays = 3;  // 72 h

// A criterion is met, not met, or cannot be decided because a feature it needs was not answered.
// Only a met criterion counts towards a pattern, so an unanswered feature never stands in for
// "absent" (tension-type's "no nausea") nor for "present"; a pattern that hinges on one is not claimed.
enum class Tri : std::uint8_t { no, yes, unknown };
Tri tri(bool v) { return v ? Tri::yes : Tri::no; }
Tri answer(const HeadacheDay& h, std::uint8_t feat) { return h.yes(feat) ? Tri::yes : h.no(feat) ? Tri::no : Tri::unknown; }
Tri negated(Tri t) { return t == Tri::unknown ? t : t == Tri::yes ? Tri::no : Tri::yes; }
Tri both(Tri a, Tri b) {
  if (a == Tri::no || b == Tri::no) return Tri::no;
  return a == Tri::yes && b == Tri::yes ? Tri::yes : Tri::unknown;
}
Tri either(Tri a, Tri b) { return negated(both(negated(a), negated(b))); }
// At least 2 of 4 met: met when the answered ones reach it, not met when even the unanswered could not.
Tri two_of(std::initializer_list<Tri> parts) {
  int yes = 0, unknown = 0;
  for (Tri t : parts) {
    if (t == Tri::yes) ++yes;
    if (t == Tri::unknown) ++unknown;
  }
  if (yes >= 2) return Tri::yes;
  return yes + unknown >= 2 ? Tri::unknown : Tri::no;
}

bool has_duration(const HeadacheDay& h) { return !std::isnan(h.hours); }
Tri criterion_b(const HeadacheDay& h) { return tri(has_duration(h) && h.hours >= 4.0f && h.hours <= 72.0f); }
Tri criterion_c(const HeadacheDay& h) {
  return two_of({tri(h.side == kSideLeft || h.side == kSideRight), answer(h, kFeatPulsating),
                 tri(h.intensity >= kModerateIntensity), answer(h, kFeatWorseActivity)});
}
Tri light_and_sound(const HeadacheDay& h) { return both(answer(h, kFeatLight), answer(h, kFeatSound)); }
Tri criterion_d(const HeadacheDay& h) { return either(answer(h, kFeatNausea), light_and_sound(h)); }
bool is_headache(const HeadacheDay& h) { return h.intensity >= 1.0f; }

const char* band_words(TensionTypeBand b) {
  switch (b) {
    case TensionTypeBand::infrequent: return "the infrequent range (fewer than 1 day a month)";
    case TensionTypeBand::frequent: return "the frequent range (1 to 14 days a month)";
    case TensionTypeBand::chronic: return "the chronic range (15 or more days a month)";
    default: return "";
  }
}

MenstrualPattern analyse_menstrual(const DailySeries& s) {
  MenstrualPattern out;
  if (s.days == 0) return out;
  const std::vector<std::int8_t>& mens = s.factors[static_cast<std::size_t>(BuiltinFactor::menstruating)].exposed;
  std::vector<std::uint8_t> in_window(static_cast<std::size_t>(s.days), 0);
  std::vector<bool> cycle_attack;  // per recorded cycle
  int last_start = std::numeric_limits<int>::min() / 2;
  int first_window = -1;
  for (int i = 0; i < s.days; ++i) {
    const auto k = static_cast<std::size_t>(i);
    if (mens[k] != 1 || (i > 0 && mens[k - 1] == 1) || i - last_start < kMenstrualCycleMinGap) continue;
    last_start = i;
    int recorded = 0;
    bool attack = false;
    for (int w = i - kWindowBefore; w < i + kWindowFrom1; ++w) {
      if (w < 0 || w >= s.days) continue;
      const auto wk = static_cast<std::size_t>(w);
      in_window[wk] = 1;
      if (std::isnan(s.headache[wk])) continue;
      ++recorded;
      const HeadacheDay h = headache_day_at(s, w);
      if (migraine_like(h)) attack = true;
    }
    if (first_window < 0) first_window = std::max(0, i - kWindowBefore);
    if (recorded >= kWindowMinRecorded) cycle_attack.push_back(attack);
  }
  if (first_window < 0) return out;  // no menstruation recorded: nothing to say
  for (int i = first_window; i < s.days; ++i) {
    const auto k = static_cast<std::size_t>(i);
    if (std::isnan(s.headache[k])) continue;
    const bool headache = s.headache_day[k] == 1;
    if (in_window[k]) {
      ++out.window_recorded_days;
      if (headache) ++out.window_headache_days;
    } else {
      ++out.outside_recorded_days;
      if (headache) ++out.outside_headache_days;
      if (headache && migraine_like(headache_day_at(s, i))) ++out.outside_migraine_like_days;
    }
  }
  out.cycles = static_cast<int>(cycle_attack.size());
  const std::size_t from = cycle_attack.size() > 3 ? cycle_attack.size() - 3 : 0;
  for (std::size_t c = from; c < cycle_attack.size(); ++c) {
    ++out.recent_cycles;
    if (cycle_attack[c]) ++out.recent_with_attack;
  }
  if (out.cycles < kMenstrualCyclesNeeded) out.fit = MenstrualFit::not_enough_data;
  else if (out.recent_with_attack < kMenstrualCyclesWithAttack) out.fit = MenstrualFit::no_clear_pattern;
  else out.fit = out.outside_migraine_like_days == 0 ? MenstrualFit::pure_menstrual : MenstrualFit::menstrually_related;

  const std::string window = "from 2 days before your period to its third day";
  if (out.fit == MenstrualFit::not_enough_data) {
    out.sentence = "Periods: " + plural(out.cycles, "cycle", "cycles") +
                   " recorded with headache records around day 1. Keep recording headaches and your period for "
                   "at least 3 cycles to see whether migraines cluster " + window + ".";
    return out;
  }
  std::string rates;
  if (out.window_recorded_days > 0 && out.outside_recorded_days > 0)
    rates = " Headache on " + std::to_string(out.window_headache_days) + " of " +
            std::to_string(out.window_recorded_days) + " days in that window, against " +
            std::to_string(out.outside_headache_days) + " of " + std::to_string(out.outside_recorded_days) +
            " other days.";
  const std::string counted = "Migraine-like headaches came " + window + " in " +
                              std::to_string(out.recent_with_attack) + " of your last " +
                              std::to_string(out.recent_cycles) + " cycles.";
  if (out.fit == MenstrualFit::pure_menstrual)
    out.sentence = counted + rates + " None came at other times. This fits what doctors call pure menstrual "
                   "migraine (ICHD-3 A1.1.1): a pattern to discuss with your doctor, not a diagnosis.";
  else if (out.fit == MenstrualFit::menstrually_related)
    out.sentence = counted + rates + " Others came at other times (" +
                   plural(out.outside_migraine_like_days, "day", "days") +
                   "). This fits what doctors call menstrually related migraine (ICHD-3 A1.1.2): a pattern to "
                   "discuss with your doctor, not a diagnosis.";
  else
    out.sentence = counted + rates + " That is not the 2 of 3 cycles that would suggest a link with your periods.";
  return out;
}

}  // namespace

const char* to_string(TensionTypeBand b) {
  switch (b) {
    case TensionTypeBand::not_enough_data: return "not_enough_data";
    case TensionTypeBand::none: return "none";
    case TensionTypeBand::infrequent: return "infrequent";
    case TensionTypeBand::frequent: return "frequent";
    case TensionTypeBand::chronic: return "chronic";
  }
  return "not_enough_data";
}

const char* to_string(MenstrualFit f) {
  switch (f) {
    case MenstrualFit::not_enough_data: return "not_enough_data";
    case MenstrualFit::no_clear_pattern: return "no_clear_pattern";
    case MenstrualFit::menstrually_related: return "menstrually_related";
    case MenstrualFit::pure_menstrual: return "pure_menstrual";
  }
  return "not_enough_data";
}

namespace {

Tri tension_type(const HeadacheDay& h) {
  if (!is_headache(h) || !has_duration(h) || h.hours < 0.5f) return Tri::no;
  const Tri c = two_of({tri(h.side == kSideBoth), negated(answer(h, kFeatPulsating)),
                        tri(h.intensity < kSevereIntensity), negated(answer(h, kFeatWorseActivity))});
  const Tri d = both(negated(answer(h, kFeatNausea)), negated(light_and_sound(h)));
  return both(c, d);
}

}  // namespace

bool migraine_like(const HeadacheDay& h) {
  return is_headache(h) && criterion_b(h) == Tri::yes && criterion_c(h) == Tri::yes && criterion_d(h) == Tri::yes;
}

bool tension_type_like(const HeadacheDay& h) { return tension_type(h) == Tri::yes; }

bool probable_migraine_like(const HeadacheDay& h) {
  // All but one of B, C, D: two met and the third ruled out by what was answered (if it could
  // still be met, the day may fit migraine itself), and tension-type ruled out too (ICHD-3 codes a
  // day that fits it as that).
  if (!is_headache(h) || tension_type(h) != Tri::no) return false;
  int met = 0, not_met = 0;
  for (Tri t : {criterion_b(h), criterion_c(h), criterion_d(h)}) {
    if (t == Tri::yes) ++met;
    if (t == Tri::no) ++not_met;
  }
  return met == 2 && not_met == 1;
}

bool chronic_migraine_day(const HeadacheDay& h, int triptan_or_ergot_relief) {
  if (!is_headache(h)) return false;
  return (criterion_c(h) == Tri::yes && criterion_d(h) == Tri::yes) || triptan_or_ergot_relief >= kRelievedRating;
}

HeadachePattern analyse_headache_pattern(const DailySeries& s) {
  HeadachePattern out;
  const CivilDate now = civil_from_date(s.today);
  // Enough history for the chronic run: kPatternMonths shown, up to 12 examined.
  constexpr int kExamined = 12;
  std::vector<MonthPattern> all;
  for (int back = kExamined - 1; back >= 0; --back) {
    int y = now.year, m = now.month - back;
    while (m < 1) {
      m += 12;
      --y;
    }
    MonthPattern mp;
    mp.year = y;
    mp.month = m;
    const Date from = date_from_civil(y, m, 1);
    const Date last = date_from_civil(y, m, days_in_month(y, m));
    mp.complete = last <= s.today;
    const Date to = std::min(last, s.today);
    for (Date d = std::max(from, s.first); d <= to; d = d + 1) {
      if (!s.contains(d)) continue;
      const int i = s.index_of(d);
      const auto k = static_cast<std::size_t>(i);
      if (std::isnan(s.headache[k])) continue;
      ++mp.recorded_days;
      if (s.headache_day[k] != 1) continue;
      ++mp.headache_days;
      const HeadacheDay h = headache_day_at(s, i);
      if (migraine_like(h)) ++mp.migraine_like_days;
      if (probable_migraine_like(h)) ++mp.probable_migraine_like_days;
      if (chronic_migraine_day(h, s.migraine_med_relief[k])) ++mp.chronic_migraine_days;
      if (tension_type_like(h)) ++mp.tension_type_like_days;
      if (h.yes(kFeatAura)) ++mp.aura_days;
    }
    all.push_back(mp);
  }
  out.months.assign(all.end() - kPatternMonths, all.end());

  // Attacks and episodes: a run of consecutive headache days, split every kMaxAttackDays days (an
  // attack lasts at most 72 h; a longer run is more than one attack).
  int run_days = 0;
  bool run_migraine = false, run_tension = false;
  const auto close_attack = [&] {
    if (run_migraine) ++out.migraine_like_attacks;
    else if (run_tension) ++out.tension_type_like_episodes;
    run_days = 0;
    run_migraine = run_tension = false;
  };
  for (int i = 0; i < s.days; ++i) {
    if (s.headache_day[static_cast<std::size_t>(i)] != 1) {
      close_attack();
      continue;
    }
    if (run_days == kMaxAttackDays) close_attack();
    ++run_days;
    const HeadacheDay h = headache_day_at(s, i);
    run_migraine = run_migraine || migraine_like(h);
    run_tension = run_tension || tension_type_like(h);
  }
  close_attack();
  out.migraine_attack_count_met = out.migraine_like_attacks >= kMigraineAttacks;

  double sum = 0.0, tension_sum = 0.0;
  for (const MonthPattern& m : out.months) {
    if (!m.complete || m.recorded_days == 0) continue;
    sum += m.headache_days;
    tension_sum += m.tension_type_like_days;
    ++out.complete_months;
  }
  out.average_headache_days = out.complete_months > 0 ? sum / out.complete_months : kNaN;
  out.average_tension_type_days = out.complete_months > 0 ? tension_sum / out.complete_months : kNaN;
  if (out.complete_months > 0) {
    const double t = out.average_tension_type_days;
    if (tension_sum == 0.0) out.tension_type_band = TensionTypeBand::none;
    else if (t < 1.0) out.tension_type_band = TensionTypeBand::infrequent;
    else if (out.complete_months < kMoreThan3Months) out.tension_type_band = TensionTypeBand::not_enough_data;
    else out.tension_type_band = t >= kChronicHeadacheDays ? TensionTypeBand::chronic : TensionTypeBand::frequent;
  }

  std::vector<bool> chronic(all.size()), chronic_migraine(all.size());
  for (std::size_t i = 0; i < all.size(); ++i) {
    chronic[i] = all[i].headache_days >= kChronicHeadacheDays;
    chronic_migraine[i] = chronic[i] && all[i].chronic_migraine_days >= kChronicMigraineDays;
  }
  const bool partial = !all.back().complete;
  out.months_chronic = consecutive_months(chronic, partial);
  out.months_chronic_migraine = consecutive_months(chronic_migraine, partial);
  out.chronic_pattern = out.months_chronic >= kMoreThan3Months;
  out.chronic_migraine_like_pattern =
      out.months_chronic_migraine >= kMoreThan3Months && out.migraine_attack_count_met;
  out.menstrual = analyse_menstrual(s);

  // Sentence: the last complete month, the average, attacks, bands, the chronic flag.
  const MonthPattern* last = nullptr;
  for (auto it = out.months.rbegin(); it != out.months.rend(); ++it)
    if (it->complete) {
      last = &*it;
      break;
    }
  if (last == nullptr || last->recorded_days == 0) {
    out.sentence = "Not enough data yet: a headache pattern needs at least one full calendar month of headache "
                   "records.";
    return out;
  }
  out.sentence = std::string("In ") + month_name(last->month) + " you recorded " +
                 plural(last->headache_days, "headache day", "headache days") + " (" +
                 std::to_string(last->recorded_days) + " of " +
                 std::to_string(days_in_month(last->year, last->month)) + " days recorded): " +
                 std::to_string(last->migraine_like_days) + " with features that fit migraine, " +
                 std::to_string(last->tension_type_like_days) + " with features that fit tension-type headache, " +
                 std::to_string(last->aura_days) + " with aura.";
  if (out.complete_months > 1)
    out.sentence += " Average over the last " + std::to_string(out.complete_months) + " full months: " +
                    format_fixed(out.average_headache_days, 1) + " headache days a month.";
  if (out.migraine_like_attacks > 0) {
    out.sentence += " Migraine-like attacks so far: " + std::to_string(out.migraine_like_attacks) + ".";
    if (!out.migraine_attack_count_met)
      out.sentence += " Doctors look for at least 5 such attacks; with fewer, the features fit what they call "
                      "probable migraine.";
  }
  if (out.tension_type_band == TensionTypeBand::infrequent || out.tension_type_band == TensionTypeBand::frequent ||
      out.tension_type_band == TensionTypeBand::chronic)
    out.sentence += " Tension-type-like headache on " + format_fixed(out.average_tension_type_days, 1) +
                    " days a month on average: " + band_words(out.tension_type_band) + ".";
  if (out.chronic_migraine_like_pattern)
    out.sentence += " Headache on 15 or more days a month for more than 3 months, with 8 or more migraine days a "
                    "month, fits the pattern doctors call chronic migraine.";
  else if (out.chronic_pattern)
    out.sentence += " Headache on 15 or more days a month for more than 3 months fits the pattern doctors call "
                    "chronic daily headache.";
  out.sentence += " These are patterns to discuss with your doctor, not a diagnosis.";
  return out;
}

}  // namespace painlink::analysis
