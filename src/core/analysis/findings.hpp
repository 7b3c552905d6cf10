// What stands out across the whole analysis, strongest first: the findings Insights opens on, so
// a possible trigger found for next-day headaches or back-pain flares is not hidden behind the
// Headache / Same day view that Insights starts on. Each finding points back at the result it comes
// from (the UI and the report draw the details from there); the sentence is that result's own.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace painlink::analysis {

struct Insights;

struct Finding {
  enum class Kind {
    medication_overuse,   // medication days at or over an ICHD-3 limit (Insights::medication_overuse[index])
    connection,           // back pain and headaches go together (same day or the next day)
    possible_trigger,     // Insights::triggers[index]: any factor, outcome and lag
    possible_protector,   // Insights::triggers[index], a factor before fewer bad days
  };
  Kind kind = Kind::possible_trigger;
  std::size_t index = 0;   // into the vector named above (connection: 0 same day, 1 next day)
  double relative_risk = 0.0;  // NaN for medication overuse
  std::string sentence;
};

// Safety-relevant first (medication overuse), then the connection, then triggers and protectors
// by how far their risk ratio is from 1 (on a log scale), each factor's strongest row only.
std::vector<Finding> standout_findings(const Insights& in);

// A possible trigger's identity as days are added: its factor and outcome ("alcohol>headache");
// the timing and the numbers of its strongest row may change while it stays the same finding.
std::string finding_key(const Insights& in, const Finding& f);

// The possible triggers among the standouts that the patient has not been shown yet (their keys
// are not in `seen`, Settings::seen_findings), strongest first: Check-in tells of these.
std::vector<Finding> new_possible_triggers(const Insights& in, const std::vector<std::string>& seen);

}  // namespace painlink::analysis
