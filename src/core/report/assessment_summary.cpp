#include "core/report/assessment_summary.hpp"

#include <string_view>

#include "core/assessment/wording.hpp"
#include "core/i18n/format.hpp"
#include "core/i18n/translate.hpp"
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
  out += "<!DOCTYPE html>\n<html lang=\"";
  out += i18n::to_tag(i18n::active_language());
  out += "\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  element(out, "title", "", i18n::tr("Painlink self-check {date}", {{"date", format_date(today)}}));
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
  element(out, "h1", "", i18n::tr("Back pain and headache self-check"));
  const std::string printed = day_month_year(options.generated_on.value_or(today));
  element(out, "p", "meta",
          r.answered_on ? i18n::tr("Answered {answered} \xC2\xB7 printed {printed}",
                                   {{"answered", day_month_year(*r.answered_on)}, {"printed", printed}})
                        : i18n::tr("Printed {printed}", {{"printed", printed}}));
  if (!options.clinic_name.empty() || !options.clinic_contact.empty()) {
    out += "<p class=\"clinic\">";
    append_escaped(out, i18n::tr("From"));
    out += " ";
    if (!options.clinic_name.empty()) element(out, "strong", "", options.clinic_name);
    if (!options.clinic_name.empty() && !options.clinic_contact.empty()) out += " \xC2\xB7 ";
    if (!options.clinic_contact.empty()) element(out, "span", "contact", options.clinic_contact);
    out += "</p>\n";
  }
  element(out, "p", "disclaimer", i18n::tr(kNotADiagnosis));
  out += "\n</header>\n";
}

void safety(std::string& out, const AssessmentResult& r) {
  const analysis::RedFlagResult& f = r.red_flags;
  out += "<section id=\"red-flags\" class=\"red-flags\">\n";
  element(out, "h2", "", i18n::tr("Safety questions"));
  out += '\n';
  if (f.any_yes) {
    out += f.urgent ? "<p class=\"warning\"><strong>" : "<p class=\"caution\"><strong>";
    append_escaped(out, f.headline);
    out += ". </strong>";
    append_escaped(out, f.message);
    out += "</p>\n";
    out += "<ul>\n";
    for (const analysis::RedFlagItem& item : f.items)
      if (item.answer == true && item.question) {
        element(out, "li", "", i18n::tr(item.question->question));
        out += '\n';
      }
    out += "</ul>\n";
  } else if (f.unanswered == static_cast<int>(f.items.size())) {
    element(out, "p", "caution",
            i18n::tr("The safety questions have not been answered. Answer them first: they tell you when pain needs a "
                     "doctor soon."));
  } else {
    element(out, "p", "", i18n::tr("None of the safety questions was answered yes."));
  }
  if (f.any_yes || f.unanswered < static_cast<int>(f.items.size()))
    if (f.unanswered > 0)
      element(out, "p", "note",
              i18n::trn("{n} safety question not answered.", "{n} safety questions not answered.", f.unanswered));
  out += "</section>\n";
}

void patterns(std::string& out, const AssessmentResult& r) {
  out += "<section id=\"patterns\">\n";
  element(out, "h2", "", i18n::tr("Patterns your answers fit"));
  out += '\n';
  bool any = false;
  std::vector<std::string> undecided;
  for (const PatternMatch& p : r.patterns) {
    if (p.fit == Fit::not_enough_answers) undecided.emplace_back(pattern_name(p.pattern));
    if (p.fit != Fit::fits) continue;
    any = true;
    element(out, "h3", "", pattern_name(p.pattern));
    out += '\n';
    element(out, "p", "", pattern_sentence(p.pattern));
    out += "\n<table class=\"data\">\n<thead><tr>";
    element(out, "th", "", i18n::tr("Feature"));
    element(out, "th", "", i18n::tr("Your answer"));
    out += "</tr></thead>\n<tbody>\n";
    for (const FeatureCheck& c : p.features) {
      out += "<tr>";
      element(out, "td", "", feature_text(c.feature));
      element(out, "td", "answer", feature_state_text(c.state));
      out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n";
  }
  if (!any)
    element(out, "p", "empty",
            i18n::tr(r.answered == 0 ? "No questions answered yet."
                                     : "Your answers do not fit any of the patterns this "
                                       "self-check looks for."));
  if (!undecided.empty() && r.answered > 0)
    element(out, "p", "note",
            i18n::tr("Not enough answers to tell: {patterns}.", {{"patterns", i18n::join_list(undecided)}}));
  out += "</section>\n";
}

void advice(std::string& out, const AssessmentResult& r) {
  const char* medicines = medication_sentence(r.medication);
  if (*medicines) {
    out += "<section id=\"medicines\">\n";
    element(out, "h2", "", i18n::tr("Painkiller days"));
    out += '\n';
    element(out, "p", r.medication.warning() ? "warning" : "", medicines);
    out += "\n</section>\n";
  }
  if (r.specialist.suggest) {
    out += "<section id=\"specialist\">\n";
    element(out, "h2", "", i18n::tr("Seeing a specialist"));
    out += '\n';
    for (SpecialistReason reason : r.specialist.reasons) element(out, "p", "caution", specialist_sentence(reason));
    out += "\n</section>\n";
  }
  if (!r.track.empty()) {
    out += "<section id=\"track\">\n";
    element(out, "h2", "", i18n::tr("What to track in your journal"));
    out += "\n<ul>\n";
    for (FactorField f : r.track.factors) {
      element(out, "li", "", factor_label(f));
      out += '\n';
    }
    for (DrugClass c : r.track.medicines) {
      element(out, "li", "", i18n::tr(label(c)));
      out += '\n';
    }
    out += "</ul>\n</section>\n";
  }
}

void answers(std::string& out, const AssessmentResult& r) {
  if (r.answers.empty()) return;
  out += "<section id=\"answers\">\n";
  element(out, "h2", "", i18n::tr("Your answers"));
  out += '\n';
  std::optional<Section> section;
  for (const AnsweredQuestion& a : r.answers) {
    if (section != a.question->section) {
      if (section) out += "</tbody>\n</table>\n";
      section = a.question->section;
      element(out, "h3", "", section_title(*section));
      out += "\n<table class=\"data\">\n<tbody>\n";
    }
    out += "<tr>";
    element(out, "td", "", i18n::tr(a.question->text));
    element(out, "td", "answer", i18n::tr(a.answer->text));
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
  out += "</main>\n<footer class=\"report-footer\">";
  element(
      out, "p", "",
      i18n::tr("Printed from Painlink on the patient's own device. Nothing from this self-check was sent anywhere."));
  out += "</footer>\n</body>\n</html>\n";
  return out;
}

}  // namespace painlink::report
