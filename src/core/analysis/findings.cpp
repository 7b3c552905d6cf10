#include "core/analysis/findings.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "core/analysis/insights.hpp"

namespace painlink::analysis {

std::vector<Finding> standout_findings(const Insights& in) {
  std::vector<Finding> out;
  const double nan = std::numeric_limits<double>::quiet_NaN();
  for (std::size_t i = 0; i < in.medication_overuse.size(); ++i)
    if (in.medication_overuse[i].at_risk)
      out.push_back({Finding::Kind::medication_overuse, i, nan, in.medication_overuse[i].sentence});

  const LinkResult* links[] = {&in.connection.same_day, &in.connection.next_day};
  for (std::size_t i = 0; i < 2; ++i)
    if (links[i]->verdict == LinkVerdict::linked) {
      out.push_back({Finding::Kind::connection, i, links[i]->comparison.relative_risk, links[i]->sentence});
      break;  // the same day, or else the next day: one sentence on the connection
    }

  // Each factor once, at its strongest outcome and lag (a factor found at lag 0 and lag 1 is one
  // finding to discuss, not two).
  std::map<std::string, std::size_t> strongest;
  const auto distance = [](double rr) { return std::isfinite(rr) && rr > 0 ? std::fabs(std::log(rr)) : 0.0; };
  for (std::size_t i = 0; i < in.triggers.size(); ++i) {
    const TriggerResult& r = in.triggers[i];
    if (r.verdict != Verdict::possible_trigger && r.verdict != Verdict::possible_protector) continue;
    auto [it, inserted] = strongest.emplace(r.factor, i);
    if (!inserted && distance(r.comparison.relative_risk) > distance(in.triggers[it->second].comparison.relative_risk))
      it->second = i;
  }
  std::vector<Finding> factors;
  for (const auto& [factor, i] : strongest) {
    const TriggerResult& r = in.triggers[i];
    factors.push_back({r.verdict == Verdict::possible_trigger ? Finding::Kind::possible_trigger
                                                              : Finding::Kind::possible_protector,
                       i, r.comparison.relative_risk, r.sentence});
  }
  std::stable_sort(factors.begin(), factors.end(), [&](const Finding& a, const Finding& b) {
    if ((a.kind == Finding::Kind::possible_trigger) != (b.kind == Finding::Kind::possible_trigger))
      return a.kind == Finding::Kind::possible_trigger;
    return distance(a.relative_risk) > distance(b.relative_risk);
  });
  out.insert(out.end(), factors.begin(), factors.end());
  return out;
}

std::string finding_key(const Insights& in, const Finding& f) {
  const TriggerResult& r = in.triggers[f.index];
  return r.factor + ">" + to_string(r.outcome);
}

std::vector<Finding> new_possible_triggers(const Insights& in, const std::vector<std::string>& seen) {
  std::vector<Finding> out;
  for (const Finding& f : in.standouts) {
    if (f.kind != Finding::Kind::possible_trigger) continue;
    if (std::find(seen.begin(), seen.end(), finding_key(in, f)) == seen.end()) out.push_back(f);
  }
  return out;
}

}  // namespace painlink::analysis
