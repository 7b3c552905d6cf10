#include "core/analysis/insights.hpp"

#include <cmath>

#include "core/analysis/daily_series.hpp"
#include "core/analysis/wording.hpp"

namespace painlink::analysis {

namespace {

Json num(double v) { return std::isfinite(v) ? Json(v) : Json(nullptr); }
// An open upper CI bound (no unexposed day had the outcome): JSON null plus this flag.
bool unbounded(double v) { return std::isinf(v) && v > 0; }
Json date_json(Date d) { return format_date(d); }
Json month_key(int year, int month) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}

Json comparison_json(const RiskComparison& c) {
  return Json{{"relative_risk", num(c.relative_risk)},
              {"ci_low", num(c.ci_low)},
              {"ci_high", num(c.ci_high)},
              {"p_value", num(c.p_value)},
              {"days", c.days()},
              {"exposed_days", c.exposed_days()},
              {"unexposed_days", c.unexposed_days()},
              {"exposed_events", c.table.a},
              {"unexposed_events", c.table.c},
              {"risk_exposed", num(c.risk_exposed)},
              {"risk_unexposed", num(c.risk_unexposed)},
              {"design_effect", num(c.design_effect)},
              {"haldane_corrected", c.corrected},
              {"fisher_exact", c.used_fisher},
              {"enough_data", c.enough_data},
              {"ci_high_unbounded", unbounded(c.ci_high)},
              {"stratified", c.stratified},
              {"strata", c.strata},
              {"minimum_detectable_rr", num(c.minimum_detectable_rr)}};
}

Json link_json(const LinkResult& r) {
  Json j = comparison_json(r.comparison);
  j["verdict"] = to_string(r.verdict);
  j["sentence"] = r.sentence;
  return j;
}

Json correlation_json(const LagCorrelation& l) {
  const Correlation& c = l.correlation;
  return Json{{"lag", l.lag},
              {"r", num(c.r)},
              {"ci_low", num(c.ci_low)},
              {"ci_high", num(c.ci_high)},
              {"ci_low_adjusted", num(l.ci_low_adjusted)},
              {"ci_high_adjusted", num(l.ci_high_adjusted)},
              {"n", c.n},
              {"effective_n", num(c.n_effective)}};
}

Json mean_ci_json(const MeanCi& m) {
  return Json{{"mean", num(m.mean)}, {"ci_low", num(m.ci_low)}, {"ci_high", num(m.ci_high)}, {"n", m.n}};
}

Json slope_json(const Slope& s) {
  return Json{{"per_week", num(s.slope)},    {"ci_low", num(s.ci_low)}, {"ci_high", num(s.ci_high)},
              {"weeks", s.n},                 {"week_to_week_correlation", num(s.residual_lag1)},
              {"df", num(s.df)}};
}

Json stat_json(const TreatmentStat& s) {
  return Json{{"key", s.key},
              {"label", s.label},
              {"times_used", s.times_used},
              {"days_used", s.days_used},
              {"relief", mean_ci_json(s.relief)}};
}

std::string hint_for(const TwoByTwo& t, const std::string& goal, const std::string& what_to_record,
                     const std::string& exposure, const std::string& outcome) {
  const std::optional<int> more = days_needed(t);
  if (more && *more > 0)
    return "Record " + what_to_record + " on about " + plural(*more, "more day", "more days") + " to see " + goal + ".";
  return "To see " + goal + ", " + missing_data_phrase(t, exposure, outcome) + ".";
}

}  // namespace

Insights safety_insights(const Journal& journal, Date today) {
  Insights in;
  in.today = today;
  in.back_flare_threshold = flare_threshold(journal.settings);
  in.red_flags = evaluate_red_flags(journal.screening, today);
  return in;
}

Insights compute_insights(const Journal& journal, Date today) {
  Insights in;
  in.today = today;
  const DailySeries s = build_daily_series(journal, today);
  in.back_flare_threshold = s.back_flare_threshold;
  in.days_in_range = s.days;
  in.days_recorded = s.entries;
  if (s.days > 0) in.first_date = s.first;

  in.connection = analyse_connection(s);
  in.triggers = analyse_triggers(s);
  in.medication_overuse = analyse_medication_overuse(s);
  in.headache_pattern = analyse_headache_pattern(s);
  in.treatments = analyse_treatments(journal, s);
  in.specialist = advise_specialist(s, in.treatments, in.medication_overuse, in.headache_pattern);
  in.treatments.suggest_specialist = in.specialist.suggest;
  in.red_flags = evaluate_red_flags(journal.screening, today);
  in.body_map = analyse_body_map(s);
  in.charts = build_chart_series(s, in.triggers);
  in.standouts = standout_findings(in);

  // Hints.
  if (s.entries == 0) {
    in.not_enough_data.push_back({Insights::Hint::Section::general,
        "No days recorded yet. Record your back pain and headaches each day; after about " +
        std::to_string(kMinPairedDays) + " days the first comparisons appear."});
    return in;
  }
  const std::string flare = "a back-pain flare (" + std::to_string(s.back_flare_threshold) + " or more out of 10)";
  if (!in.connection.same_day.comparison.enough_data)
    in.not_enough_data.push_back({Insights::Hint::Section::connection,
                                  hint_for(in.connection.same_day.comparison.table,
                                           "whether back pain and headaches are connected",
                                           "both back pain and headache", flare, "a headache")});

  bool any_trigger_data = false;
  std::optional<int> closest;
  const TriggerResult* closest_row = nullptr;
  for (const TriggerResult& r : in.triggers) {
    if (r.comparison.enough_data) {
      any_trigger_data = true;
      break;
    }
    const std::optional<int> more = days_needed(r.comparison.table);
    if (more && (!closest || *more < *closest)) {
      closest = more;
      closest_row = &r;
    }
  }
  if (!any_trigger_data) {
    if (closest && closest_row != nullptr)
      in.not_enough_data.push_back({Insights::Hint::Section::triggers,
                                    "Record your daily factors (sleep, stress, water, screen time and so on) with "
                                    "your pain on about " +
                                        plural(*closest, "more day", "more days") + " to look for possible triggers."});
    else
      in.not_enough_data.push_back(
          {Insights::Hint::Section::triggers,
           "Record your daily factors (sleep, stress, water, screen time and so on) with your pain to look for "
           "possible triggers: each needs at least 5 days with it and 5 without."});
  }
  if (in.headache_pattern.complete_months == 0 ||
      std::isnan(in.headache_pattern.average_headache_days))
    in.not_enough_data.push_back(
        {Insights::Hint::Section::pattern,
         "Keep recording headaches through a full calendar month to see your monthly headache pattern."});
  if (in.treatments.care_start && !std::isfinite(in.treatments.back_slope.slope) &&
      !std::isfinite(in.treatments.headache_slope.slope))
    in.not_enough_data.push_back({Insights::Hint::Section::treatments,
                                  "Record your pain on at least " + std::to_string(kMinDaysPerWeek) +
                                      " days a week for " + std::to_string(kMinTrendWeeks) +
                                      " weeks to see whether it is changing during treatment."});
  return in;
}

Json insights_to_json(const Insights& in) {
  Json j = Json::object();
  j["today"] = date_json(in.today);
  j["first_date"] = in.first_date ? date_json(*in.first_date) : Json(nullptr);
  j["days_in_range"] = in.days_in_range;
  j["days_recorded"] = in.days_recorded;
  j["back_flare_threshold"] = in.back_flare_threshold;

  // Connection: the same-day comparison at the top level.
  {
    const ConnectionResult& c = in.connection;
    Json cj = link_json(c.same_day);
    cj["days_both_recorded"] = c.days_both_recorded;
    cj["next_day"] = link_json(c.next_day);
    Json lags = Json::array();
    for (const LagCorrelation& l : c.lags) lags.push_back(correlation_json(l));
    cj["lagged_correlation"] = std::move(lags);
    cj["strongest_lag"] = c.strongest_lag ? Json(*c.strongest_lag) : Json(nullptr);
    cj["lag_sentence"] = c.lag_sentence;
    const NeckVsLowerBack& nl = c.neck_vs_lower_back;
    Json next = link_json(nl.neck_next_day);
    next["premonitory"] = nl.neck_next_day_premonitory;
    cj["neck_vs_lower_back"] = Json{{"neck", link_json(nl.neck)},
                                    {"lower_back", link_json(nl.lower_back)},
                                    {"neck_only_vs_lower_back_only", link_json(nl.neck_vs_lower)},
                                    {"neck_next_day", std::move(next)},
                                    {"verdict", to_string(nl.verdict)},
                                    {"sentence", nl.sentence}};
    j["connection"] = std::move(cj);
  }

  {
    Json arr = Json::array();
    for (const TriggerResult& r : in.triggers) {
      const RiskComparison& c = r.comparison;
      arr.push_back(Json{{"factor", r.factor},
                         {"label", r.label},
                         {"custom", r.custom},
                         {"outcome", to_string(r.outcome)},
                         {"lag_days", r.lag_days},
                         {"relative_risk", num(c.relative_risk)},
                         {"ci_low", num(c.ci_low)},
                         {"ci_high", num(c.ci_high)},
                         {"exposed_days", c.exposed_days()},
                         {"unexposed_days", c.unexposed_days()},
                         {"exposed_events", c.table.a},
                         {"unexposed_events", c.table.c},
                         {"risk_exposed", num(c.risk_exposed)},
                         {"risk_unexposed", num(c.risk_unexposed)},
                         {"p_value", num(c.p_value)},
                         {"q_value", num(r.q_value)},
                         {"design_effect", num(c.design_effect)},
                         {"ci_high_unbounded", unbounded(c.ci_high)},
                         {"stratified", c.stratified},
                         {"minimum_detectable_rr", num(c.minimum_detectable_rr)},
                         {"verdict", to_string(r.verdict)},
                         {"premonitory", r.premonitory},
                         {"reverse_causation_possible", r.reverse_causation_possible},
                         {"sentence", r.sentence}});
    }
    j["triggers"] = std::move(arr);
  }

  {
    Json arr = Json::array();
    for (const MedicationOveruseRow& r : in.medication_overuse) {
      Json months = Json::array();
      for (const MonthCount& m : r.months)
        months.push_back(Json{{"month", month_key(m.year, m.month)},
                              {"days", m.days},
                              {"recorded_days", m.recorded_days},
                              {"elapsed_days", m.elapsed_days},
                              {"headache_days", m.headache_days},
                              {"over_limit", m.meets},
                              {"complete", m.complete}});
      arr.push_back(Json{{"drug_class", r.drug_class},
                         {"label", r.label},
                         {"ichd_code", r.ichd_code.empty() ? Json(nullptr) : Json(r.ichd_code)},
                         {"days_per_month", r.days_per_month},
                         {"last_complete_month_days", r.last_complete_days},
                         {"headache_criterion", r.headache_criterion},
                         {"threshold", r.threshold > 0 ? Json(r.threshold) : Json(nullptr)},
                         {"at_risk", r.at_risk},
                         {"approaching", r.approaching},
                         {"months_over", r.months_over},
                         {"months", std::move(months)},
                         {"sentence", r.sentence}});
    }
    j["medication_overuse"] = std::move(arr);
  }

  {
    const HeadachePattern& p = in.headache_pattern;
    Json months = Json::array();
    for (const MonthPattern& m : p.months)
      months.push_back(Json{{"month", month_key(m.year, m.month)},
                            {"complete", m.complete},
                            {"recorded_days", m.recorded_days},
                            {"headache_days", m.headache_days},
                            {"migraine_like_days", m.migraine_like_days},
                            {"probable_migraine_like_days", m.probable_migraine_like_days},
                            {"chronic_migraine_days", m.chronic_migraine_days},
                            {"tension_type_like_days", m.tension_type_like_days},
                            {"aura_days", m.aura_days}});
    j["headache_pattern"] = Json{{"months", std::move(months)},
                                 {"average_headache_days", num(p.average_headache_days)},
                                 {"complete_months", p.complete_months},
                                 {"months_chronic", p.months_chronic},
                                 {"months_chronic_migraine_like", p.months_chronic_migraine},
                                 {"chronic_pattern", p.chronic_pattern},
                                 {"chronic_migraine_like_pattern", p.chronic_migraine_like_pattern},
                                 {"migraine_like_attacks", p.migraine_like_attacks},
                                 {"migraine_attack_count_met", p.migraine_attack_count_met},
                                 {"tension_type_like_episodes", p.tension_type_like_episodes},
                                 {"average_tension_type_days", num(p.average_tension_type_days)},
                                 {"tension_type_band", to_string(p.tension_type_band)},
                                 {"menstrual",
                                  Json{{"fit", to_string(p.menstrual.fit)},
                                       {"cycles", p.menstrual.cycles},
                                       {"recent_cycles", p.menstrual.recent_cycles},
                                       {"recent_cycles_with_attack", p.menstrual.recent_with_attack},
                                       {"window_headache_days", p.menstrual.window_headache_days},
                                       {"window_recorded_days", p.menstrual.window_recorded_days},
                                       {"outside_headache_days", p.menstrual.outside_headache_days},
                                       {"outside_recorded_days", p.menstrual.outside_recorded_days},
                                       {"sentence", p.menstrual.sentence}}},
                                 {"sentence", p.sentence}};
  }

  {
    const TreatmentSummary& t = in.treatments;
    Json by_type = Json::array(), by_class = Json::array(), by_name = Json::array(), weekly = Json::array();
    for (const TreatmentStat& s : t.by_type) by_type.push_back(stat_json(s));
    for (const TreatmentStat& s : t.by_drug_class) by_class.push_back(stat_json(s));
    for (const TreatmentStat& s : t.by_name) by_name.push_back(stat_json(s));
    for (const WeekTrend& w : t.weekly)
      weekly.push_back(Json{{"week", w.week},
                            {"start", date_json(w.start)},
                            {"back_mean", num(w.back_mean)},
                            {"back_n", w.back_n},
                            {"headache_mean", num(w.headache_mean)},
                            {"headache_n", w.headache_n}});
    j["treatments"] = Json{{"by_type", std::move(by_type)},
                           {"by_drug_class", std::move(by_class)},
                           {"by_name", std::move(by_name)},
                           {"care_start", t.care_start ? date_json(*t.care_start) : Json(nullptr)},
                           {"weeks_of_care", t.weeks_of_care},
                           {"weekly", std::move(weekly)},
                           {"back_slope", slope_json(t.back_slope)},
                           {"headache_slope", slope_json(t.headache_slope)},
                           {"back_recent_mean", num(t.back_recent_mean)},
                           {"back_recent_days", t.back_recent_n},
                           {"headache_recent_mean", num(t.headache_recent_mean)},
                           {"headache_recent_days", t.headache_recent_n},
                           {"suggest_specialist", t.suggest_specialist},
                           {"sentence", t.sentence}};
  }

  {
    const SpecialistAdvice& a = in.specialist;
    Json reasons = Json::array();
    for (SpecialistReason r : a.reasons) reasons.push_back(to_string(r));
    const auto change = [](const PainChange& c) {
      return Json{{"start_mean", num(c.start_mean)},
                  {"start_days", c.start_n},
                  {"recent_mean", num(c.recent_mean)},
                  {"recent_days", c.recent_n},
                  {"not_improving", c.not_improving}};
    };
    j["specialist"] = Json{{"suggest", a.suggest},
                           {"reasons", std::move(reasons)},
                           {"weeks_of_care", a.weeks_of_care},
                           {"back", change(a.back)},
                           {"headache", change(a.headache)},
                           {"leg_pain", a.leg_pain},
                           {"sentence", a.sentence}};
  }

  {
    const RedFlagResult& r = in.red_flags;
    Json items = Json::array();
    for (const RedFlagItem& it : r.items)
      items.push_back(Json{{"id", it.question->id},
                           {"group", to_string(it.question->group)},
                           {"question", it.question->question},
                           {"source", it.question->source},
                           {"tier", to_string(it.question->tier)},
                           {"window_days", it.question->window_days},
                           {"cauda_equina", it.question->cauda_equina},
                           {"answer", it.answer ? Json(*it.answer) : Json(nullptr)}});
    j["red_flags"] = Json{{"level", to_string(r.level)},
                          {"headline", r.headline},
                          {"any_yes", r.any_yes},
                          {"urgent", r.urgent},
                          {"emergency", r.emergency},
                          {"answered_on", r.answered_on ? date_json(*r.answered_on) : Json(nullptr)},
                          {"positive", r.positive_ids},
                          {"stale", r.stale_ids},
                          {"unanswered", r.unanswered},
                          {"message", r.message},
                          {"items", std::move(items)}};
  }

  {
    const BodyMap& b = in.body_map;
    Json regions = Json::array();
    for (const RegionStat& r : b.regions)
      regions.push_back(Json{{"region", to_string(r.region)},
                             {"label", label(r.region)},
                             {"days", r.days},
                             {"recorded_days", r.recorded_days},
                             {"share", num(r.share)},
                             {"mean_intensity", num(r.mean_intensity)}});
    j["body_map"] = Json{{"from", date_json(b.from)},
                         {"to", date_json(b.to)},
                         {"regions", std::move(regions)},
                         {"headache_side_unknown", b.headache_side_unknown}};
  }

  {
    const ChartSeries& c = in.charts;
    Json dates = Json::array(), back = Json::array(), headache = Json::array(), bits = Json::array(),
         med = Json::array();
    for (std::size_t i = 0; i < c.timeline.dates.size(); ++i) {
      dates.push_back(date_json(c.timeline.dates[i]));
      back.push_back(num(c.timeline.back[i]));
      headache.push_back(num(c.timeline.headache[i]));
      bits.push_back(c.timeline.factor_bits[i]);
      med.push_back(c.timeline.medication[i] != 0);
    }
    // Columnar like the timeline: cell i is the day start + i (the same days as timeline.dates).
    Json cal_headache = Json::array(), cal_back = Json::array();
    for (const CalendarCell& cell : c.calendar) {
      cal_headache.push_back(cell.headache_day < 0 ? Json(nullptr) : Json(cell.headache_day == 1));
      cal_back.push_back(num(cell.back));
    }
    Json calendar = Json{{"start", c.calendar.empty() ? Json(nullptr) : date_json(c.calendar.front().date)},
                         {"headache_day", std::move(cal_headache)},
                         {"back", std::move(cal_back)}};
    Json rows = Json::array();
    for (const TriggerChartRow& r : c.trigger_rows)
      rows.push_back(Json{{"factor", r.factor},
                          {"label", r.label},
                          {"outcome", to_string(r.outcome)},
                          {"lag_days", r.lag_days},
                          {"relative_risk", num(r.relative_risk)},
                          {"ci_low", num(r.ci_low)},
                          {"ci_high", num(r.ci_high)},
                          {"p_value", num(r.p_value)},
                          {"q_value", num(r.q_value)},
                          {"verdict", to_string(r.verdict)},
                          {"premonitory", r.premonitory},
                          {"sentence", r.sentence}});
    j["charts"] = Json{{"timeline",
                        Json{{"dates", std::move(dates)},
                             {"back", std::move(back)},
                             {"headache", std::move(headache)},
                             {"factor_bits", std::move(bits)},
                             {"factor_labels", c.timeline.factor_labels},
                             {"factor_ids", c.timeline.factor_ids},
                             {"medication", std::move(med)}}},
                       {"calendar", std::move(calendar)},
                       {"trigger_rows", std::move(rows)}};
  }

  Json standouts = Json::array();
  for (const Finding& f : in.standouts) {
    static constexpr const char* kKinds[] = {"medication_overuse", "connection", "possible_trigger",
                                             "possible_protector"};
    Json o = {{"kind", kKinds[static_cast<int>(f.kind)]}, {"sentence", f.sentence}};
    if (f.kind == Finding::Kind::possible_trigger || f.kind == Finding::Kind::possible_protector) {
      const TriggerResult& r = in.triggers[f.index];
      o["factor"] = r.factor;
      o["outcome"] = to_string(r.outcome);
      o["lag_days"] = r.lag_days;
    }
    standouts.push_back(std::move(o));
  }
  j["standouts"] = std::move(standouts);
  Json hints = Json::array();
  for (const Insights::Hint& h : in.not_enough_data) hints.push_back(h.text);
  j["not_enough_data"] = std::move(hints);
  return j;
}

}  // namespace painlink::analysis
