// Sections taken from the analysis (analysis::Insights): headache pattern, possible triggers, the
// back-pain <-> headache connection, medication overuse, red-flag answers. The sentences are the analysis' own
// (they may quote custom factor names, so they are escaped like any user text).
#include <algorithm>

#include "core/analysis/wording.hpp"
#include "core/report/html_escape.hpp"
#include "core/report/report_data.hpp"
#include "core/report/report_format.hpp"
#include "core/report/report_sections.hpp"
#include "core/report/report_svg.hpp"
#include "core/stable_order.hpp"

namespace painlink::report {

namespace {

using analysis::Insights;
using analysis::Verdict;

constexpr std::size_t kMaxFindings = 20;

void scope_note(std::string& out, const Insights& in) {
  std::string s;
  if (in.first_date)
    s = "From the analysis of all recorded days, " + period_text(*in.first_date, in.today) + " (" +
        std::to_string(in.days_recorded) + " days recorded), not only this period: possible links need many days.";
  else
    s = "Nothing has been recorded yet, so there is nothing to analyse.";
  element(out, "p", "scope", s);
}

const char* outcome_text(analysis::Outcome o) {
  switch (o) {
    case analysis::Outcome::headache: return "Headache";
    case analysis::Outcome::headache_onset: return "New headache";
    case analysis::Outcome::back_pain: return "Back-pain flare";
  }
  return "";
}

std::string timing_text(int lag) {
  if (lag == 0) return "Same day";
  if (lag == 1) return "Day before";
  return std::to_string(lag) + " days before";
}

void finding_rows(std::string& out, const analysis::TriggerResult& t) {
  const bool trigger = t.verdict == Verdict::possible_trigger;
  out += trigger ? "<tr class=\"finding trigger\">" : "<tr class=\"finding protector\">";
  out += "<td>";
  element(out, "strong", "", trigger ? "Possible trigger" : "Possible protector");
  out += "<br>";
  append_escaped(out, t.label);
  out += "</td>";
  element(out, "td", "", outcome_text(t.outcome));
  element(out, "td", "", timing_text(t.lag_days));
  element(out, "td", "num", analysis::format_ratio(t.comparison.relative_risk));
  element(out, "td", "num", analysis::format_ci(t.comparison.ci_low, t.comparison.ci_high));
  element(out, "td", "num", std::to_string(t.comparison.days()));
  out += "</tr>\n<tr class=\"sentence\"><td colspan=\"6\">";
  append_escaped(out, t.sentence);
  out += "</td></tr>\n";
}

void not_enough(std::string& out, const Insights& in, const char* what) {
  element(out, "p", "empty", what);
  if (in.not_enough_data.empty()) return;
  out += "<ul class=\"hints\">\n";
  for (const Insights::Hint& hint : in.not_enough_data) {
    element(out, "li", "", hint.text);
    out += '\n';
  }
  out += "</ul>\n";
}

}  // namespace

void pattern_section(std::string& out, const Insights& in) {
  out += "<section id=\"pattern\" class=\"pattern\">\n<h2>Headache pattern, last 6 months</h2>\n";
  const std::string& s = in.headache_pattern.sentence;
  element(out, "p", s.empty() ? "empty" : "", s.empty() ? std::string("Not enough headache days recorded yet.") : s);
  if (!in.headache_pattern.menstrual.sentence.empty()) element(out, "p", "", in.headache_pattern.menstrual.sentence);
  if (in.specialist.suggest) element(out, "p", "caution", in.specialist.sentence);
  out += "\n</section>\n";
}

void triggers_section(std::string& out, const Insights& in) {
  out += "<section id=\"triggers\" class=\"triggers\">\n<h2>Possible triggers and protectors</h2>\n";
  scope_note(out, in);
  std::vector<const analysis::TriggerResult*> findings;
  int tested = 0;
  for (const auto& t : in.triggers) {
    if (t.comparison.enough_data) ++tested;
    if (t.verdict == Verdict::possible_trigger || t.verdict == Verdict::possible_protector) findings.push_back(&t);
  }
  stable_sort_by(findings, [](const auto* a, const auto* b) {
    if (a->verdict != b->verdict) return a->verdict == Verdict::possible_trigger;
    return a->comparison.p_value < b->comparison.p_value;
  });
  if (tested == 0) {
    not_enough(out, in, "Not enough data yet to look for triggers: each comparison needs at least 14 days "
                        "with both the factor and the outcome recorded, and enough days with and without each.");
  } else if (findings.empty()) {
    element(out, "p", "",
            "No clear trigger or protector among the " + std::to_string(tested) +
                " comparisons with enough data (false discovery rate 10%).");
  } else {
    out += "<table class=\"data findings\">\n<thead><tr><th>Factor</th><th>Outcome</th><th>When</th>"
           "<th class=\"num\">Relative risk</th><th class=\"num\">95% CI</th><th class=\"num\">Days</th></tr>"
           "</thead>\n<tbody>\n";
    for (std::size_t i = 0; i < findings.size() && i < kMaxFindings; ++i) finding_rows(out, *findings[i]);
    out += "</tbody>\n</table>\n";
    if (findings.size() > kMaxFindings)
      element(out, "p", "note", std::to_string(findings.size() - kMaxFindings) + " more are shown in the app.");
    element(out, "p", "note",
            "Out of " + std::to_string(tested) +
                " comparisons with enough data, corrected for multiple testing (Benjamini-Hochberg, false "
                "discovery rate 10%). An association in a diary is not proof of cause.");
  }
  out += "</section>\n";
}

void connection_section(std::string& out, const Insights& in) {
  out += "<section id=\"connection\" class=\"connection\">\n<h2>Back pain and headache</h2>\n";
  const analysis::ConnectionResult& c = in.connection;
  const std::string* sentences[] = {&c.same_day.sentence, &c.next_day.sentence, &c.lag_sentence,
                                    &c.neck_vs_lower_back.sentence};
  bool any = false;
  for (const std::string* s : sentences) {
    if (s->empty()) continue;
    element(out, "p", "", *s);
    out += '\n';
    any = true;
  }
  if (!any) element(out, "p", "empty", "Not enough days with both back pain and headache recorded yet.");
  out += "</section>\n";
}

void medication_section(std::string& out, const Journal& journal, Period period, const Insights& in) {
  out += "<section id=\"medication\" class=\"medication\">\n<h2>Medication</h2>\n";
  const std::vector<ClassDays> classes = medication_days_by_class(journal, period);
  if (classes.empty()) {
    element(out, "p", "empty", "No medication was recorded in this period.");
  } else {
    out += "<table class=\"data\">\n<thead><tr><th>Drug class</th><th class=\"num\">Days in this period</th>"
           "<th>Names recorded</th></tr></thead>\n<tbody>\n";
    for (const ClassDays& cd : classes) {
      std::string names;
      for (const std::string& n : cd.names) names += (names.empty() ? "" : ", ") + n;
      out += "<tr>";
      element(out, "td", "", short_label(cd.drug_class));
      element(out, "td", "num", std::to_string(cd.days));
      element(out, "td", "", names);
      out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n";
  }
  element(out, "h3", "", "Days per calendar month against ICHD-3 medication-overuse limits");
  const std::string svg = medication_months_svg(in.medication_overuse);
  if (svg.empty()) {
    element(out, "p", "empty", "No medication recorded in the last 3 calendar months.");
  } else {
    out += "<figure>\n" + svg + "\n";
    element(out, "figcaption", "",
            "Last 3 calendar months up to " + day_month_year(in.today) +
                ". Dashed line: the ICHD-3 limit for that class (days per month). A day counts once per row "
                "however many doses were taken.");
    out += "\n</figure>\n";
  }
  bool warned = false;
  for (const auto& r : in.medication_overuse) {
    if (!r.at_risk && !r.approaching) continue;
    out += r.at_risk ? "<p class=\"warning\"><strong>Overuse risk: </strong>" : "<p class=\"caution\"><strong>Watch: </strong>";
    append_escaped(out, r.sentence.empty() ? medication_row_label(r) : r.sentence);
    out += "</p>\n";
    warned = true;
  }
  if (!warned)
    element(out, "p", "", "No medication class reached its ICHD-3 medication-overuse limit in the last 3 calendar months.");
  out += "</section>\n";
}

namespace {
// How fast a "yes" needs a doctor, as the report's answer column says it.
const char* tier_phrase(analysis::RedFlagTier tier) {
  switch (tier) {
    case analysis::RedFlagTier::emergency: return "emergency";
    case analysis::RedFlagTier::urgent: return "same day";
    case analysis::RedFlagTier::soon: return "within days";
    case analysis::RedFlagTier::none: break;
  }
  return "";
}
}  // namespace

void attention_section(std::string& out, const Insights& in) {
  const analysis::RedFlagResult& r = in.red_flags;
  bool overuse = false;
  for (const auto& m : in.medication_overuse) overuse = overuse || m.at_risk;
  if (!r.any_yes && !overuse) return;
  out += "<section id=\"attention\" class=\"attention\">\n<h2>Needs attention</h2>\n";
  if (r.any_yes) {
    out += r.urgent ? "<p class=\"warning\"><strong>Red flag: </strong>" : "<p class=\"caution\"><strong>Red flag: </strong>";
    append_escaped(out, r.headline + ". The answers are under \xE2\x80\x9CRed-flag screening answers\xE2\x80\x9D.");
    out += "</p>\n";
  }
  for (const auto& m : in.medication_overuse) {
    if (!m.at_risk) continue;
    out += "<p class=\"warning\"><strong>Medication overuse risk: </strong>";
    append_escaped(out, m.sentence.empty() ? medication_row_label(m) : m.sentence);
    out += "</p>\n";
  }
  out += "</section>\n";
}

void red_flags_section(std::string& out, const Insights& in) {
  const analysis::RedFlagResult& r = in.red_flags;
  out += "<section id=\"red-flags\" class=\"red-flags\">\n<h2>Red-flag screening answers</h2>\n";
  if (r.answered_on)
    element(out, "p", "", "Answered on " + day_month_year(*r.answered_on) + ".");
  if (r.any_yes) {
    out += r.urgent ? "<p class=\"warning\"><strong>" : "<p class=\"caution\"><strong>";
    append_escaped(out, r.headline);
    out += ". </strong>";
    append_escaped(out, r.message);
    out += "</p>\n";
  }
  std::string rows;
  for (const analysis::RedFlagItem& item : r.items) {
    if (!item.answer || !item.question) continue;
    const bool yes = *item.answer;
    rows += yes ? "<tr class=\"flag-yes\">" : "<tr>";
    element(rows, "td", "", item.question->question);
    if (yes) {
      rows += "<td class=\"answer\"><strong>YES</strong> (";
      rows += tier_phrase(item.question->tier);
      rows += ")</td>";
    } else {
      rows += "<td class=\"answer\">No</td>";
    }
    rows += "</tr>\n";
  }
  if (rows.empty()) {
    element(out, "p", "empty", "The red-flag questions have not been answered.");
  } else {
    out += "<table class=\"data\">\n<thead><tr><th>Question</th><th>Answer</th></tr></thead>\n<tbody>\n" + rows +
           "</tbody>\n</table>\n";
    if (r.unanswered > 0) element(out, "p", "note", std::to_string(r.unanswered) + " questions not answered.");
  }
  out += "</section>\n";
}

}  // namespace painlink::report
