#include "core/report/assessment_summary.hpp"

#include <string_view>

#include "core/assessment/wording.hpp"
#include "core/report/html_escape.hpp"
#include "core/report/report_format.hpp"

namespace painlink::report {

namespace {

using namespace painlink::assessment;

// As in report_html.cpp: only an absolute http(s) stylesheet resolves from about:blank.
bool linkable_stylesheet(std::string_view url) {
  return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
}

void head(std::string& out, Date today, const ReportOptions& options) {
  out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  element(out, "title", "", "Painlink self-check " + format_date(today));
  out += '\n';
  if (linkable_stylesheet(options.stylesheet_url)) {
    out += "<link rel=\"stylesheet\" href=\"";
    append_escaped(out, options.stylesheet_url);
    out += "\">\n";
  }
  out += "</head>\n";
}

void header(std::string& out, const AssessmentResult& r, Date today, const ReportOptions& options) {
  out += "<header class=\"report-header\">\n";
  element(out, "h1", "", "Back pain and headache self-check");
  std::string meta = r.answered_on ? "Answered " + day_month_year(*r.answered_on) + " \xC2\xB7 " : "";
  element(out, "p", "meta", meta + "printed " + day_month_year(options.generated_on.value_or(today)));
  if (!options.clinic_name.empty() || !options.clinic_contact.empty()) {
    out += "<p class=\"clinic\">From ";
    if (!options.clinic_name.empty()) element(out, "strong", "", options.clinic_name);
    if (!options.clinic_name.empty() && !options.clinic_contact.empty()) out += " \xC2\xB7 ";
    if (!options.clinic_contact.empty()) element(out, "span", "contact", options.clinic_contact);
    out += "</p>\n";
  }
  element(out, "p", "disclaimer", kNotADiagnosis);
  out += "\n</header>\n";
}

void safety(std::string& out, const AssessmentResult& r) {
  const analysis::RedFlagResult& f = r.red_flags;
  out += "<section id=\"red-flags\" class=\"red-flags\">\n<h2>Safety questions</h2>\n";
  if (f.any_yes) {
    out += f.urgent ? "<p class=\"warning\"><strong>" : "<p class=\"caution\"><strong>";
    append_escaped(out, f.headline);
    out += ". </strong>";
    append_escaped(out, f.message);
    out += "</p>\n";
    out += "<ul>\n";
    for (const analysis::RedFlagItem& item : f.items)
      if (item.answer == true && item.question) {
        element(out, "li", "", item.question->question);
        out += '\n';
      }
    out += "</ul>\n";
  } else if (f.unanswered == static_cast<int>(f.items.size())) {
    element(out, "p", "caution",
            "The safety questions have not been answered. Answer them first: they tell you when pain needs a "
            "doctor soon.");
  } else {
    element(out, "p", "", "None of the safety questions was answered yes.");
  }
  if (f.any_yes || f.unanswered < static_cast<int>(f.items.size()))
    if (f.unanswered > 0)
      element(out, "p", "note", std::to_string(f.unanswered) + " safety questions not answered.");
  out += "</section>\n";
}

void patterns(std::string& out, const AssessmentResult& r) {
  out += "<section id=\"patterns\">\n<h2>Patterns your answers fit</h2>\n";
  bool any = false;
  std::string undecided;
  for (const PatternMatch& p : r.patterns) {
    if (p.fit == Fit::not_enough_answers) {
      if (!undecided.empty()) undecided += ", ";
      undecided += pattern_name(p.pattern);
    }
    if (p.fit != Fit::fits) continue;
    any = true;
    element(out, "h3", "", pattern_name(p.pattern));
    out += '\n';
    element(out, "p", "", pattern_sentence(p.pattern));
    out += "\n<table class=\"data\">\n<thead><tr><th>Feature</th><th>Your answer</th></tr></thead>\n<tbody>\n";
    for (const FeatureCheck& c : p.features) {
      out += "<tr>";
      element(out, "td", "", feature_text(c.feature));
      element(out, "td", "answer", feature_state_text(c.state));
      out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n";
  }
  if (!any)
    element(out, "p", "empty", r.answered == 0 ? "No questions answered yet."
                                               : "Your answers do not fit any of the patterns this self-check "
                                                 "looks for.");
  if (!undecided.empty() && r.answered > 0)
    element(out, "p", "note", "Not enough answers to tell: " + undecided + ".");
  out += "</section>\n";
}

void advice(std::string& out, const AssessmentResult& r) {
  const char* medicines = medication_sentence(r.medication);
  if (*medicines) {
    out += "<section id=\"medicines\">\n<h2>Painkiller days</h2>\n";
    element(out, "p", r.medication.warning() ? "warning" : "", medicines);
    out += "\n</section>\n";
  }
  if (r.specialist.suggest) {
    out += "<section id=\"specialist\">\n<h2>Seeing a specialist</h2>\n";
    for (SpecialistReason reason : r.specialist.reasons) element(out, "p", "caution", specialist_sentence(reason));
    out += "\n</section>\n";
  }
  if (!r.track.empty()) {
    out += "<section id=\"track\">\n<h2>What to track in your journal</h2>\n<ul>\n";
    for (FactorField f : r.track.factors) {
      element(out, "li", "", factor_label(f));
      out += '\n';
    }
    for (DrugClass c : r.track.medicines) {
      element(out, "li", "", label(c));
      out += '\n';
    }
    out += "</ul>\n</section>\n";
  }
}

void answers(std::string& out, const AssessmentResult& r) {
  if (r.answers.empty()) return;
  out += "<section id=\"answers\">\n<h2>Your answers</h2>\n";
  std::optional<Section> section;
  for (const AnsweredQuestion& a : r.answers) {
    if (section != a.question->section) {
      if (section) out += "</tbody>\n</table>\n";
      section = a.question->section;
      element(out, "h3", "", section_title(*section));
      out += "\n<table class=\"data\">\n<tbody>\n";
    }
    out += "<tr>";
    element(out, "td", "", a.question->text);
    element(out, "td", "answer", a.answer->text);
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n</section>\n";
}

}  // namespace

std::string build_assessment_html(const AssessmentResult& result, Date today, const ReportOptions& options) {
  std::string out;
  out.reserve(16 * 1024);
  head(out, today, options);
  out += "<body class=\"painlink-report\">\n";
  header(out, result, today, options);
  out += "<main>\n";
  safety(out, result);
  patterns(out, result);
  advice(out, result);
  answers(out, result);
  out += "</main>\n<footer class=\"report-footer\"><p>Printed from Painlink on the patient's own device. "
         "Nothing from this self-check was sent anywhere.</p></footer>\n</body>\n</html>\n";
  return out;
}

}  // namespace painlink::report
