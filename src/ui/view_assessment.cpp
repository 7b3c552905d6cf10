// The self-check (core/assessment): one step at a time, warning signs first, then the sections of
// assessment::questions(). Every tap is saved at once (set_assessment_answer, or set_screening for
// the warning signs, which live once in Journal.screening); the change pipeline does the rest, so a
// reload, another tab or an export sees each answer. Reopened, it continues where it was left.
// The result, in this order: a red flag (what to do, how fast), the patterns the answers fit, the
// painkiller days, specialist advice, what to track, print, what changed, start again.
#include <cstdint>
#include <memory>
#include <string>
#include <tuple>
#include <utility>

#include "core/assessment/evaluate.hpp"
#include "core/assessment/wording.hpp"
#include "core/report/assessment_summary.hpp"
#include "ui/insights_sections.hpp"
#include "core/i18n/format.hpp"
#include "core/i18n/translate.hpp"
#include "ui/views.hpp"
#include "ui/semantics.hpp"
#include "ui/widgets.hpp"

namespace painlink::ui {

namespace as = painlink::assessment;

struct AssessmentView {
  int step = 0;  // 0 .. kAssessmentSteps - 1; kAssessmentSteps: the result
  bool scroll_top = false;
  bool confirm_restart = false;
  bool announced_result = false;
  // The evaluation, remade only when the journal or the day changes (never per frame).
  // Keyed on the language too (i18n::active_generation): the red-flag message is a sentence.
  Memo<std::tuple<std::uint64_t, Date, std::uint64_t>, as::AssessmentResult> result;
  Memo<std::uint64_t, int> resume;  // where the self-check continues (the Check-in card asks per frame)
};

namespace {

constexpr as::Section kSections[] = {as::Section::headache, as::Section::neck, as::Section::back,
                                     as::Section::everyday, as::Section::medicines};
static_assert(std::size(kSections) + 1 == kAssessmentSteps);

AssessmentView& view(Ui& ui) {
  if (!ui.assessment_view) ui.assessment_view = std::make_shared<AssessmentView>();
  return *ui.assessment_view;
}

const as::AssessmentResult& result(Ui& ui) {
  return view(ui).result.get({ui.app.revision(), ui.today, i18n::active_generation()},
                             [&] { return as::evaluate_assessment(ui.app.journal(), ui.today); });
}

const AssessmentTake& take(const Ui& ui) { return ui.app.journal().assessment.current; }

// Questions that do not apply: the rest of a section after "I do not get headaches" / "no back
// pain" (and the neck step, which is about headaches).
bool applies(const Ui& ui, const as::Question& q) {
  const auto no = [&](as::Q gate) { return as::yes_no(take(ui), gate) == std::optional<bool>(false); };
  if (q.section == as::Section::headache && q.q != as::Q::headache_any) return !no(as::Q::headache_any);
  if (q.section == as::Section::neck) return !no(as::Q::headache_any);
  if (q.section == as::Section::back && q.q != as::Q::back_any) return !no(as::Q::back_any);
  return true;
}

bool step_applies(const Ui& ui, int step) {
  if (step <= 0 || step >= kAssessmentSteps) return true;
  for (const as::Question& q : as::questions())
    if (q.section == kSections[step - 1] && applies(ui, q)) return true;
  return false;
}

// How many of a step's questions are answered, and how many it asks.
std::pair<int, int> step_progress(const Ui& ui, int step) {
  int answered = 0, total = 0;
  if (step == 0) {
    const Screening& s = ui.app.journal().screening;
    for (const analysis::RedFlagQuestion& q : analysis::red_flag_questions()) {
      ++total;
      answered += s.answers.count(q.id) ? 1 : 0;
    }
    return {answered, total};
  }
  for (const as::Question& q : as::questions()) {
    if (q.section != kSections[step - 1] || !applies(ui, q)) continue;
    ++total;
    answered += as::answer_of(take(ui), q.q) ? 1 : 0;
  }
  return {answered, total};
}

int next_step(const Ui& ui, int step) {
  do ++step;
  while (step < kAssessmentSteps && !step_applies(ui, step));
  return std::min(step, static_cast<int>(kAssessmentSteps));
}

int previous_step(const Ui& ui, int step) {
  do --step;
  while (step > 0 && !step_applies(ui, step));
  return std::max(step, 0);
}

// Where to continue: after the last step with an answer, or at it while it still has questions
// left (a question skipped on an earlier step does not pull the patient back there).
int resume_step(const Ui& ui) {
  int last = -1;
  for (int s = 0; s < kAssessmentSteps; ++s)
    if (step_applies(ui, s) && step_progress(ui, s).first > 0) last = s;
  if (last < 0) return 0;
  const auto [answered, total] = step_progress(ui, last);
  return answered < total ? last : next_step(ui, last);
}

void go_to(Ui& ui, int step) {
  AssessmentView& v = view(ui);
  v.step = step;
  v.scroll_top = true;
  v.confirm_restart = false;
  v.announced_result = false;
}

const char* step_title(int step) {
  return step == 0 ? i18n::tr("Warning signs first") : as::section_title(kSections[step - 1]);
}

void heading(Ui& ui, const char* text) {
  ImGui::PushFont(ui.font_heading);
  ImGui::TextWrapped("%s", text);
  ImGui::PopFont();
}

// The red-flag message: what to do and how fast, strong for a doctor today or sooner.
void red_flag_card(Ui& ui, const analysis::RedFlagResult& r, const char* id) {
  const Theme& t = ui.theme;
  const ImU32 ink = r.urgent ? t.on_danger : t.text;
  alert_card_begin(id, r.urgent ? t.danger : t.warning_soft, r.urgent ? t.danger : t.warning);
  ImGui::PushStyleColor(ImGuiCol_Text, ink);
  ImGui::PushTextWrapPos(0);
  ImGui::PushFont(ui.font_heading);
  ImGui::TextUnformatted(r.headline.c_str());
  ImGui::PopFont();
  ImGui::TextUnformatted(r.message.c_str());
  if (!ui.embed.clinic_name.empty() || !ui.embed.clinic_contact.empty()) {
    const std::string name = ui.embed.clinic_name.empty() ? std::string(i18n::tr("Your clinic")) : ui.embed.clinic_name;
    if (ui.embed.clinic_contact.empty())
      ImGui::TextUnformatted(name.c_str());
    else ImGui::Text("%s: %s", name.c_str(), ui.embed.clinic_contact.c_str());
  }
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  alert_card_end();
}

void question_text(Ui& ui, const char* text) {
  ImGui::Dummy(ImVec2(0, em(0.3f)));
  ImGui::PushFont(ui.font_bold);
  ImGui::TextWrapped("%s", text);
  ImGui::PopFont();
}

// A quiet text button under an answered question: the answer goes back to "not answered".
// Named for screen readers by the question it clears (every one of them says "Clear" on screen).
bool clear_link(Ui& ui, const char* id, const char* question) {
  const std::string label = std::string(i18n::tr("Clear")) + "##" + id;
  const bool pressed = link_button(label.c_str(), ui.theme);
  sem_describe(SemRole::button, i18n::tr("Clear the answer: {question}", {{"question", question}}));
  return pressed;
}

// Options side by side when they are short (Yes / No / Not sure), otherwise one under the other.
bool short_options(const as::Question& q) { return q.kind == as::AnswerKind::yes_no_unsure; }

void draw_question(Ui& ui, const as::Question& q) {
  const Theme& t = ui.theme;
  question_text(ui, i18n::tr(q.text));
  const as::Option* chosen = as::answer_of(take(ui), q.q);
  const float gap = em(0.4f);
  const float avail = ImGui::GetContentRegionAvail().x;
  const int n = static_cast<int>(q.options.size());
  const float w = short_options(q) ? std::min(em(9.0f), (avail - gap * static_cast<float>(n - 1)) / static_cast<float>(n))
                                   : std::min(avail, em(30.0f));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, gap));
  // The answers are one radio group named by the question: a screen reader says what "Yes" answers.
  sem_group_begin(SemRole::radiogroup, i18n::tr(q.text));
  for (int i = 0; i < n; ++i) {
    const as::Option& o = q.options[static_cast<std::size_t>(i)];
    if (i > 0 && short_options(q)) ImGui::SameLine();
    const std::string label = std::string(i18n::tr(o.text)) + "##" + q.id;
    if (answer_button(label.c_str(), chosen == &o, t, w) && chosen != &o) {
      ui.app.set_assessment_answer(q.id, o.id, ui.today);
      ui.platform.announce(i18n::tr("Saved: {answer}.", {{"answer", i18n::tr(o.text)}}));
    }
  }
  sem_group_end();
  ImGui::PopStyleVar();
  if (chosen && clear_link(ui, q.id, i18n::tr(q.text))) {
    ui.app.clear_assessment_answer(q.id, ui.today);
    ui.platform.announce(i18n::tr("Answer cleared."));
  }
}

void set_red_flag(Ui& ui, const analysis::RedFlagQuestion& q, std::optional<bool> value) {
  Screening s = ui.app.journal().screening;
  if (value) s.answers[q.id] = *value;
  else s.answers.erase(q.id);
  s.answered_on = ui.today;
  ui.app.set_screening(std::move(s));
  if (value && *value)
    ui.platform.announce(i18n::tr("{headline}: please read the message at the top of this step.",
                                  {{"headline", analysis::red_flag_headline(q.tier)}}));
  else
    ui.platform.announce(i18n::tr(value ? "Saved: No." : "Answer cleared."));
}

void draw_safety_step(Ui& ui) {
  const Theme& t = ui.theme;
  const as::AssessmentResult& r = result(ui);
  if (r.red_flags.any_yes) red_flag_card(ui, r.red_flags, "##selfcheck-flag");
  ImGui::TextWrapped(
      "%s",
      i18n::tr("A few signs need a doctor straight away. Answer each question Yes or No; if you answer yes to one of "
               "them, what to do is shown at the top at once."));
  const Screening& s = ui.app.journal().screening;
  struct Group {
    analysis::RedFlagGroup group;
    const char* title;
  };
  static const Group kGroups[] = {{analysis::RedFlagGroup::headache, i18n::msg("About your headaches")},
                                  {analysis::RedFlagGroup::back, i18n::msg("About your back")},
                                  {analysis::RedFlagGroup::general, i18n::msg("About your general health")}};
  const float gap = em(0.4f);
  const float w = std::min(em(9.0f), (ImGui::GetContentRegionAvail().x - gap) * 0.5f);
  for (const Group& g : kGroups) {
    ImGui::Dummy(ImVec2(0, em(0.4f)));
    ImGui::PushStyleColor(ImGuiCol_Text, t.text_muted);
    ImGui::TextUnformatted(i18n::tr(g.title));
    ImGui::PopStyleColor();
    for (const analysis::RedFlagQuestion& q : analysis::red_flag_questions()) {
      if (q.group != g.group) continue;
      ImGui::PushID(q.id);
      question_text(ui, i18n::tr(q.question));
      std::optional<bool> value;
      if (auto it = s.answers.find(q.id); it != s.answers.end()) value = it->second;
      ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, gap));
      sem_group_begin(SemRole::radiogroup, i18n::tr(q.question));
      const std::string yes = std::string(i18n::tr("Yes")) + "##rf-" + q.id,
                        no = std::string(i18n::tr("No")) + "##rf-" + q.id;
      if (answer_button(yes.c_str(), value == std::optional<bool>(true), t, w) && value != std::optional<bool>(true))
        set_red_flag(ui, q, true);
      ImGui::SameLine();
      if (answer_button(no.c_str(), value == std::optional<bool>(false), t, w) && value != std::optional<bool>(false))
        set_red_flag(ui, q, false);
      sem_group_end();
      ImGui::PopStyleVar();
      if (value && clear_link(ui, (std::string("rf-") + q.id).c_str(), i18n::tr(q.question)))
        set_red_flag(ui, q, std::nullopt);
      ImGui::PopID();
    }
  }
}

void draw_section_step(Ui& ui, as::Section section) {
  bool any = false;
  for (const as::Question& q : as::questions()) {
    if (q.section != section || !applies(ui, q)) continue;
    ImGui::PushID(q.id);
    draw_question(ui, q);
    ImGui::PopID();
    any = true;
  }
  if (!any) muted_text(ui.theme, "%s", i18n::tr("Nothing to answer here."));
}

void step_buttons(Ui& ui, AssessmentView& v) {
  const Theme& t = ui.theme;
  ImGui::Dummy(ImVec2(0, em(0.6f)));
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float w = std::min(em(12.0f), (ImGui::GetContentRegionAvail().x - gap) * 0.5f);
  if (secondary_button(i18n::tr("Back##assessment"), ImVec2(w, em(2.75f)))) {
    if (v.step == 0) ui.tab = Tab::checkin;
    else go_to(ui, previous_step(ui, v.step));
  }
  ImGui::SameLine();
  const int next = next_step(ui, v.step);
  if (primary_button(i18n::tr(next >= kAssessmentSteps ? "See my result##assessment" : "Next##assessment"), t,
                     ImVec2(w, em(2.75f)))) {
    go_to(ui, next);
    ui.platform.announce(next >= kAssessmentSteps
                             ? std::string(i18n::tr("Your self-check result."))
                             : i18n::tr("Step {n}: {title}", {{"n", next + 1}, {"title", step_title(next)}}));
  }
  muted_text(t, "%s", i18n::tr("Every answer is saved on this device as you tap it. You can leave any question out."));
}

void feature_lines(Ui& ui, const as::PatternMatch& m) {
  for (const as::FeatureCheck& f : m.features) {
    if (f.state != as::FeatureState::met) continue;
    ImGui::Bullet();
    ImGui::TextWrapped("%s", as::feature_text(f.feature));
  }
  (void)ui;
}

void draw_patterns(Ui& ui, const as::AssessmentResult& r) {
  const Theme& t = ui.theme;
  card_begin("##patterns", i18n::tr("Patterns your answers fit"), t, ui.font_bold, t.head);
  ImGui::PushTextWrapPos(0);
  bool any = false;
  std::vector<std::string> undecided;
  for (const as::PatternMatch& m : r.patterns) {
    if (m.fit == as::Fit::not_enough_answers) undecided.emplace_back(as::pattern_name(m.pattern));
    if (m.fit != as::Fit::fits) continue;
    if (any) ImGui::Separator();
    any = true;
    ImGui::PushFont(ui.font_bold);
    ImGui::TextUnformatted(as::pattern_name(m.pattern));
    ImGui::PopFont();
    muted_text(t, "%s", i18n::tr("A pattern to discuss with your doctor, not a diagnosis."));
    ImGui::TextUnformatted(as::pattern_sentence(m.pattern));
    ImGui::TextUnformatted(i18n::tr("What fits:"));
    feature_lines(ui, m);
  }
  if (!any) ImGui::TextUnformatted(i18n::tr("Your answers do not fit any of the patterns this check looks for."));
  const std::string unclear = i18n::join_list(undecided);
  if (!unclear.empty())
    muted_text(t, "%s", i18n::tr("Not enough answers to tell: {patterns}.", {{"patterns", unclear}}).c_str());
  ImGui::PopTextWrapPos();
  card_end();
}

void draw_specialist(Ui& ui, const as::AssessmentResult& r) {
  const Theme& t = ui.theme;
  if (!r.specialist.suggest) return;
  card_begin("##specialist", i18n::tr("Talk to a specialist"), t, ui.font_bold, t.accent);
  ImGui::PushTextWrapPos(0);
  for (as::SpecialistReason reason : r.specialist.reasons) ImGui::TextUnformatted(as::specialist_sentence(reason));
  const EmbedOptions& e = ui.embed;
  if (!e.clinic_name.empty() && !e.clinic_contact.empty())
    ImGui::Text("%s: %s", e.clinic_name.c_str(), e.clinic_contact.c_str());
  else if (!e.clinic_contact.empty())
    ImGui::TextUnformatted(i18n::tr("Your clinic: {contact}", {{"contact", e.clinic_contact}}).c_str());
  else if (!e.clinic_name.empty())
    ImGui::Text("%s", e.clinic_name.c_str());
  if (!e.clinic_booking_url.empty()) {
    if (primary_button(i18n::tr("Book an appointment"), t)) {
      ui.platform.open_link(e.clinic_booking_url);
      ui.platform.announce(i18n::tr("The booking page opens in a new tab."));
    }
    muted_text(t, "%s", i18n::tr("Opens the clinic's booking page in a new tab. Your answers are not sent."));
  }
  ImGui::PopTextWrapPos();
  card_end();
}

void draw_track(Ui& ui, const as::AssessmentResult& r) {
  const Theme& t = ui.theme;
  if (r.track.empty()) return;
  card_begin("##track", i18n::tr("What to track"), t, ui.font_bold, t.back);
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(i18n::tr("Your answers suggest keeping an eye on:"));
  for (FactorField f : r.track.factors) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", as::factor_label(f));
  }
  for (DrugClass c : r.track.medicines) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", i18n::tr(label(c)));
  }
  if (primary_button(i18n::tr("Set up my journal for this"), t)) {
    ui.app.apply_tracking_suggestions();
    ui.welcome_dismissed = true;
    ui.tab = Tab::checkin;
    ui.platform.announce(i18n::tr("Your journal now asks about these first. Today's entry."));
  }
  ImGui::PopTextWrapPos();
  card_end();
}

void print_summary(Ui& ui, const as::AssessmentResult& r) {
  report::ReportOptions options;
  options.clinic_name = ui.embed.clinic_name;
  options.clinic_contact = ui.embed.clinic_contact;
  options.stylesheet_url = ui.platform.asset_url("report.css");
  options.generated_on = ui.today;
  ui.platform.print_html(report::build_assessment_html(r, ui.today, options));
  ui.platform.announce(i18n::tr("Opening the print dialog. Choose Save as PDF to keep a file."));
}

void draw_changes(Ui& ui) {
  const Assessment& a = ui.app.journal().assessment;
  if (!a.previous || a.previous->answers.empty()) return;
  const Theme& t = ui.theme;
  card_begin("##changes", i18n::tr("What changed since last time"), t, ui.font_bold);
  ImGui::PushTextWrapPos(0);
  const std::vector<as::AnswerChange> changes = as::compare(*a.previous, a.current);
  if (changes.empty()) ImGui::TextUnformatted(i18n::tr("Your answers are the same as last time."));
  for (const as::AnswerChange& c : changes) {
    ImGui::PushFont(ui.font_bold);
    ImGui::TextUnformatted(i18n::tr(c.question->text));
    ImGui::PopFont();
    ImGui::Text("%s \xE2\x86\x92 %s", i18n::tr(c.before ? c.before->text : "not answered"),
                i18n::tr(c.after ? c.after->text : "not answered"));
  }
  ImGui::PopTextWrapPos();
  card_end();
}

void draw_result(Ui& ui, AssessmentView& v) {
  const Theme& t = ui.theme;
  const as::AssessmentResult& r = result(ui);
  if (!v.announced_result) {
    v.announced_result = true;
    ui.platform.announce(r.red_flags.any_yes
                             ? std::string(i18n::tr("Your self-check result.")) + " " + r.red_flags.headline + ". " +
                                   r.red_flags.message
                             : std::string(i18n::tr("Your self-check result. No warning signs in your answers.")));
  }
  heading(ui, i18n::tr("Your self-check result"));
  // 1. A red flag first: what to do and how fast.
  if (r.red_flags.any_yes) {
    red_flag_card(ui, r.red_flags, "##result-flag");
  } else if (r.red_flags.unanswered == static_cast<int>(r.red_flags.items.size())) {
    banner(
        t.warning, t.warning_soft, t.text,
        i18n::tr("The warning-sign questions are not answered yet. They are the most important part of this check."));
    if (secondary_button(i18n::tr("Answer the warning-sign questions"))) go_to(ui, 0);
  } else {
    banner(t.ok, t.ok_soft, t.text, i18n::tr("No warning signs in your answers."));
  }
  muted_text(t, "%s", i18n::tr(as::kNotADiagnosis));
  // 2. The patterns the answers fit.
  draw_patterns(ui, r);
  // 3. Painkiller days (ICHD-3 8.2 limits).
  if (const char* m = as::medication_sentence(r.medication); m && *m) {
    if (r.medication.warning()) banner(t.warning, t.warning_soft, t.text, m);
    else banner(t.accent, t.accent_soft, t.text, m);
  }
  // 4. Conservative care for 6 weeks or more without relief.
  draw_specialist(ui, r);
  // 5. What to track, set up in one tap.
  draw_track(ui, r);
  // 6. The printable summary, what changed, start again.
  ImGui::Dummy(ImVec2(0, em(0.2f)));
  Flow row;
  // The summary is written by code a first visit fetches once the result shows (core/on_demand.hpp).
  const Platform::RestOfWidget rest = ui.platform.rest_of_widget();
  row.next(button_width(i18n::tr("Print this summary")));
  ImGui::BeginDisabled(rest != Platform::RestOfWidget::ready);
  if (primary_button(i18n::tr("Print this summary"), t)) print_summary(ui, r);
  ImGui::EndDisabled();
  row.next(button_width(i18n::tr("Change my answers")));
  if (secondary_button(i18n::tr("Change my answers"))) go_to(ui, 0);
  if (rest == Platform::RestOfWidget::failed) {
    muted_text(t, "%s",
               i18n::tr("Printing needs a part of Painlink that is not on this device yet: connect to the internet."));
    if (secondary_button(i18n::tr("Try again##print-summary"))) ui.platform.expect_rest_of_widget();
  } else {
    muted_text(
        t, "%s",
        rest == Platform::RestOfWidget::loading
            ? i18n::tr("Preparing the summary\xE2\x80\xA6")
            : i18n::tr("A one-page summary for your appointment. Printing happens on this device; nothing is sent."));
  }
  draw_changes(ui);
  ImGui::Dummy(ImVec2(0, em(0.3f)));
  if (!v.confirm_restart) {
    if (secondary_button(i18n::tr("Start again"))) v.confirm_restart = true;
    return;
  }
  banner(
      t.warning, t.warning_soft, t.text,
      i18n::tr("Start the self-check again? These answers are kept as your previous take, to show what changed. Your "
               "warning-sign answers stay as they are."));
  Flow choice;
  choice.next(button_width(i18n::tr("Yes, start again")));
  if (primary_button(i18n::tr("Yes, start again"), t)) {
    ui.app.start_assessment_again();
    go_to(ui, 0);
    ui.platform.announce(i18n::tr("Self-check started again."));
  }
  choice.next(button_width(i18n::tr("Cancel##restart")));
  if (secondary_button(i18n::tr("Cancel##restart"))) v.confirm_restart = false;
}

}  // namespace

bool assessment_started(const Ui& ui) {
  return !ui.app.journal().assessment.current.answers.empty() || !ui.app.journal().screening.answers.empty();
}

bool assessment_finished(Ui& ui) {
  return view(ui).resume.get(ui.app.revision(), [&] { return resume_step(ui); }) >= kAssessmentSteps;
}

int assessment_step(Ui& ui) { return view(ui).step; }

void open_assessment(Ui& ui) {
  go_to(ui, resume_step(ui));
  ui.tab = Tab::assessment;
}

void draw_assessment(Ui& ui) {
  AssessmentView& v = view(ui);
  if (v.scroll_top) {
    ImGui::SetScrollY(0);
    v.scroll_top = false;
  }
  if (v.step >= kAssessmentSteps) {
    draw_result(ui, v);
    return;
  }
  const Theme& t = ui.theme;
  ImGui::PushStyleColor(ImGuiCol_Text, t.accent);
  ImGui::TextUnformatted(
      i18n::tr("Self-check \xC2\xB7 Step {n} of {total}", {{"n", v.step + 1}, {"total", kAssessmentSteps}}).c_str());
  ImGui::PopStyleColor();
  // Progress: one segment per step, the done ones filled.
  {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float gap = em(0.25f), h = em(0.35f);
    const float seg = (ImGui::GetContentRegionAvail().x - gap * (kAssessmentSteps - 1)) / kAssessmentSteps;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int i = 0; i < kAssessmentSteps; ++i) {
      const float x = p.x + static_cast<float>(i) * (seg + gap);
      dl->AddRectFilled(ImVec2(x, p.y), ImVec2(x + seg, p.y + h), i <= v.step ? t.accent : t.card_border, h * 0.5f);
    }
    ImGui::Dummy(ImVec2(0, h + em(0.2f)));
  }
  heading(ui, step_title(v.step));
  ImGui::PushTextWrapPos(0);
  if (v.step == 0) draw_safety_step(ui);
  else draw_section_step(ui, kSections[v.step - 1]);
  ImGui::PopTextWrapPos();
  step_buttons(ui, v);
}

}  // namespace painlink::ui
