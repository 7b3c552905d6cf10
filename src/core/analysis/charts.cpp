#include "core/analysis/charts.hpp"

#include <algorithm>
#include <cmath>

#include "core/stable_order.hpp"

namespace painlink::analysis {

namespace {
int verdict_rank(Verdict v) {
  switch (v) {
    case Verdict::possible_trigger: return 0;
    case Verdict::possible_protector: return 1;
    case Verdict::no_clear_link: return 2;
    case Verdict::not_enough_data: return 3;
  }
  return 3;
}
}  // namespace

ChartSeries build_chart_series(const DailySeries& s, const std::vector<TriggerResult>& triggers) {
  ChartSeries out;
  const auto n = static_cast<std::size_t>(s.days);
  Timeline& t = out.timeline;
  t.dates.resize(n);
  t.back = s.back;
  t.headache = s.headache;
  t.factor_bits.assign(n, 0);
  t.medication.resize(n);
  const std::size_t factors = std::min<std::size_t>(s.factors.size(), kMaxFactorBits);
  for (std::size_t f = 0; f < factors; ++f) {
    t.factor_labels.push_back(s.factors[f].label);
    t.factor_ids.push_back(s.factors[f].id);
  }
  out.calendar.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const Date d = s.date(static_cast<int>(i));
    t.dates[i] = d;
    t.medication[i] = s.med_classes[i] != 0 ? 1 : 0;
    std::uint32_t bits = 0;
    for (std::size_t f = 0; f < factors; ++f)
      if (s.factors[f].exposed[i] == 1) bits |= (1u << f);
    t.factor_bits[i] = bits;
    out.calendar[i] = CalendarCell{d, s.headache_day[i], s.back[i]};
  }

  // Forest-plot rows: per factor x outcome, the lag with the smallest p (evaluable rows only).
  for (std::size_t i = 0; i < triggers.size();) {
    std::size_t j = i;
    const TriggerResult* best = nullptr;
    while (j < triggers.size() && triggers[j].factor == triggers[i].factor &&
           triggers[j].outcome == triggers[i].outcome) {
      const TriggerResult& r = triggers[j];
      const bool better =
          best == nullptr || verdict_rank(r.verdict) < verdict_rank(best->verdict) ||
          (verdict_rank(r.verdict) == verdict_rank(best->verdict) && r.comparison.p_value < best->comparison.p_value);
      if (r.comparison.enough_data && std::isfinite(r.comparison.p_value) && better) best = &r;
      ++j;
    }
    if (best != nullptr) {
      TriggerChartRow row;
      row.factor = best->factor;
      row.label = best->label;
      row.outcome = best->outcome;
      row.lag_days = best->lag_days;
      row.relative_risk = best->comparison.relative_risk;
      row.ci_low = best->comparison.ci_low;
      row.ci_high = best->comparison.ci_high;
      row.p_value = best->comparison.p_value;
      row.q_value = best->q_value;
      row.verdict = best->verdict;
      row.premonitory = best->premonitory;
      row.sentence = best->sentence;
      out.trigger_rows.push_back(std::move(row));
    }
    i = j;
  }
  stable_sort_by(out.trigger_rows, [](const TriggerChartRow& a, const TriggerChartRow& b) {
    if (verdict_rank(a.verdict) != verdict_rank(b.verdict)) return verdict_rank(a.verdict) < verdict_rank(b.verdict);
    return a.p_value < b.p_value;
  });
  return out;
}

}  // namespace painlink::analysis
