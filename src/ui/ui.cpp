#include "ui/ui.hpp"

#include <algorithm>
#include <cstdio>

#include "imgui_internal.h"
#include "ui/draft.hpp"
#include "ui/fonts.hpp"
#include "ui/input.hpp"
#include "ui/language.hpp"
#include "core/i18n/translate.hpp"
#include "ui/item_registry.hpp"
#include "ui/summary.hpp"
#include "ui/ui_state.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace painlink::ui {

void UiDeleter::operator()(Ui* ui) const {
  if (!ui) return;
  if (ui->ctx) ImGui::DestroyContext(ui->ctx);
  delete ui;
}

namespace {

std::optional<ImU32> parse_hex_color(const std::string& s) {
  if (s.size() != 7 || s[0] != '#') return std::nullopt;
  unsigned v = 0;
  for (size_t i = 1; i < 7; ++i) {
    const char c = s[i];
    unsigned d;
    if (c >= '0' && c <= '9') d = static_cast<unsigned>(c - '0');
    else if (c >= 'a' && c <= 'f') d = static_cast<unsigned>(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F') d = static_cast<unsigned>(c - 'A' + 10);
    else return std::nullopt;
    v = v * 16 + d;
  }
  return IM_COL32((v >> 16) & 255, (v >> 8) & 255, v & 255, 255);
}

std::string option_string(const Json& o, const char* key) {
  auto it = o.find(key);
  return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
}

void rebuild_theme(Ui& ui) {
  const ImU32* accent = ui.embed.accent ? &*ui.embed.accent : nullptr;
  ui.theme = make_theme(ui.high_contrast, ui.embed.dark, accent);
  apply_style(ui.theme, ui.high_contrast, ui.large_text ? kLargeFontPx : kBaseFontPx);
}

// A first visit's screens are the welcome and Check-in with nothing recorded, and the self-check
// until its result: anything else runs code the web build fetches separately (core/on_demand.hpp).
bool beyond_first_visit(Ui& ui) {
  if (!ui.app.journal().entries.empty()) return true;
  if (ui.tab == Tab::assessment) return assessment_finished(ui);
  return ui.tab != Tab::checkin;
}

// The caret of the field being typed into stays above the on-screen keyboard, in the body.
// (In the notes' text area the browser has the caret: the box's bottom stands for it, since the box
// grows as the text does.)
void keep_caret_above_keyboard(Ui& ui) {
  ImGuiContext& g = *ui.ctx;
  const TextAreaEdit* area = text_area_editing(ui);
  if (area && !area->drawn) return;  // its card is far out of view: nothing to keep in view
  if (g.WantTextInputNextFrame != 1 && !area) {
    ui.caret_kept_y = ui.visible_kept = -1;
    return;
  }
  const float line = ImGui::GetTextLineHeight();
  const float caret_y = area ? area->y1 - line : g.PlatformImeData.InputPos.y;
  // Acted on again only when the caret moves in the text. The box's bottom moves on screen as the
  // view scrolls (ImGui's caret is only updated while its field is drawn): for the box, the text
  // and the box's height changing stand for the caret moving.
  const float caret_key =
      area ? static_cast<float>(area->text.size() % 2048) * 4096.0f + (area->y1 - area->y0) : caret_y;
  if (caret_key == ui.caret_kept_y && ui.visible_bottom == ui.visible_kept) return;
  ui.caret_kept_y = caret_key;
  ui.visible_kept = ui.visible_bottom;
  const ImGuiWindow* body = ImGui::GetCurrentWindow();
  const float bottom = std::min(ui.visible_bottom, body->Pos.y + body->Size.y) - em(0.6f);
  const float caret_bottom = caret_y + std::max(area ? 0.0f : g.PlatformImeData.InputLineHeight, line);
  if (caret_bottom > bottom) ImGui::SetScrollY(ImGui::GetScrollY() + (caret_bottom - bottom));
}

// Sections an embedder can hide; Check-in and History are the journal itself and always shown.
bool tab_visible(const Ui& ui, Tab t) {
  switch (t) {
    case Tab::insights: return ui.embed.show_insights;
    case Tab::report: return ui.embed.show_report;
    case Tab::data: return ui.embed.show_data;
    default: return true;
  }
}

void draw_header(Ui& ui) {
  const Theme& t = ui.theme;
  ImGui::PushFont(ui.font_heading);
  ImGui::PushStyleColor(ImGuiCol_Text, t.accent);
  ImGui::TextUnformatted("Painlink");
  ImGui::PopStyleColor();
  ImGui::PopFont();
  // Save state, right-aligned: the patient always sees whether today's entry is safe.
  const char* state = i18n::tr(ui.app.save_state_text());
  const bool good = ui.app.save_state() == SaveState::saved || ui.app.save_state() == SaveState::pending;
  const float w = ImGui::CalcTextSize(state).x + em(1.6f);
  // Right-aligned beside the title, or under it when both do not fit on one line.
  const float title_end = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + ImGui::GetStyle().ItemSpacing.x;
  if (title_end + w <= ImGui::GetWindowContentRegionMax().x) {
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - w);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + em(0.25f));
  }
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p, ImVec2(p.x + w, p.y + em(1.6f)), good ? t.ok_soft : t.danger_soft, em(0.8f));
  dl->AddCircleFilled(ImVec2(p.x + em(0.55f), p.y + em(0.8f)), em(0.22f), good ? t.ok : t.danger);
  ImGui::SetCursorScreenPos(ImVec2(p.x + em(1.0f), p.y + em(0.3f)));
  ImGui::PushStyleColor(ImGuiCol_Text, good ? t.ok : t.danger);
  ImGui::TextUnformatted(state);
  ImGui::PopStyleColor();
  if (!ui.embed.clinic_name.empty()) {
    muted_text(
        t, "%s",
        i18n::tr("Shared by {clinic}. Your entries stay on this device.", {{"clinic", ui.embed.clinic_name}}).c_str());
  }
}

struct NavItem {
  Tab tab;
  const char* label;
};

// As many tabs on a row as fit with their whole label (in the current font), the rest wrapping
// onto a second row: Larger text on a phone makes two rows rather than cutting "Check-in".
template <std::size_t N>
int tabs_per_row(const NavItem (&items)[N], int visible, float gap) {
  const float avail = ImGui::GetContentRegionAvail().x;
  float widest = 0;
  for (const NavItem& it : items) widest = std::max(widest, ImGui::CalcTextSize(it.label).x);
  const float need = widest + 2 * ImGui::GetStyle().FramePadding.x;
  int per_row = std::max(visible, 1);
  while (per_row > 1 && (avail - gap * static_cast<float>(per_row - 1)) / static_cast<float>(per_row) < need) --per_row;
  // Rows as even as they can be (3 + 2, not 4 + 1).
  const int rows = (visible + per_row - 1) / per_row;
  return (visible + rows - 1) / rows;
}

void draw_nav(Ui& ui) {
  const Theme& t = ui.theme;
  using Item = NavItem;
  static const Item kItems[] = {{Tab::checkin, i18n::msg("Check-in")},
                                {Tab::history, i18n::msg("History")},
                                {Tab::insights, i18n::msg("Insights")},
                                {Tab::report, i18n::msg("Report")},
                                {Tab::data, i18n::msg("Data")}};
  int visible = 0;
  for (const auto& it : kItems) visible += tab_visible(ui, it.tab) ? 1 : 0;
  const float gap = em(0.25f);
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, gap));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, em(0.5f));
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(em(0.2f), em(0.5f)));
  ImGui::PushFont(ui.font_bold);
  const int per_row = tabs_per_row(kItems, visible, gap);
  const float avail = ImGui::GetContentRegionAvail().x;
  const float w = std::min(em(8.0f), (avail - gap * static_cast<float>(per_row - 1)) / static_cast<float>(per_row));
  int column = 0;
  sem_group_begin(SemRole::tablist, i18n::tr("Views"));
  for (const auto& it : kItems) {
    if (!tab_visible(ui, it.tab)) continue;
    if (column++ % per_row != 0) ImGui::SameLine();
    const bool on = ui.tab == it.tab;
    ImGui::PushStyleColor(ImGuiCol_Button, on ? t.accent : t.card);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, on ? t.accent : t.accent_soft);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, on ? t.accent : t.accent_soft);
    ImGui::PushStyleColor(ImGuiCol_Text, on ? t.on_accent : t.text);
    if (text_button(i18n::tr(it.label), ImVec2(w, em(kTargetEm)))) {
      ui.tab = it.tab;
      ui.platform.announce(i18n::tr("{view} view", {{"view", i18n::tr(it.label)}}));
    }
    if (SemNode* n = sem_describe(SemRole::tab, "")) n->checked = on ? 1 : 0;
    ImGui::PopStyleColor(4);
  }
  sem_group_end();
  // The header is sized to its content rounded down to a whole pixel: the gap under the tabs
  // counts as content, so their lower edge is never clipped.
  ImGui::Dummy(ImVec2(0, 0));
  ImGui::PopFont();
  ImGui::PopStyleVar(3);
}

void draw_notices(Ui& ui) {
  const Theme& t = ui.theme;
  draw_language_notice(ui);
  std::int64_t dismiss = 0;
  for (const Notice& n : ui.app.notices()) {
    ImGui::PushID(static_cast<int>(n.id));
    const ImU32 border = n.level == Notice::Level::danger    ? t.danger
                         : n.level == Notice::Level::warning ? t.warning
                                                             : t.accent;
    const ImU32 fill = n.level == Notice::Level::danger    ? t.danger_soft
                       : n.level == Notice::Level::warning ? t.warning_soft
                                                           : t.accent_soft;
    banner(border, fill, t.text, n.text.c_str());
    Flow row;
    if (n.action == Notice::Action::download_backup) {
      row.next(button_width("Download a backup now"));
      if (primary_button("Download a backup now", t)) download_backup(ui);
    } else if (n.action == Notice::Action::download_kept) {
      row.next(button_width("Download the unreadable data"));
      if (secondary_button("Download the unreadable data")) {
        const std::string& key = n.key;
        if (!ui.platform.download_stored("painlink-unreadable-data.txt", "text/plain", key))
          if (auto raw = ui.app.store().raw(key)) ui.platform.download_file("painlink-unreadable-data.txt", "text/plain", *raw);
      }
    }
    if (!n.sticky) row.next(button_width("Dismiss"));
    if (!n.sticky && secondary_button("Dismiss")) dismiss = n.id;
    ImGui::Dummy(ImVec2(0, em(0.2f)));
    ImGui::PopID();
    // New notices are read out once.
    if (n.id > ui.last_notice_announced) {
      ui.last_notice_announced = n.id;
      ui.platform.announce(n.text);
    }
  }
  if (dismiss) ui.app.dismiss(dismiss);
}

}  // namespace

UiPtr create(JournalApp& app, Platform& platform, const Json& options) {
  UiPtr ui(new Ui(app, platform));
  ui->ctx = ImGui::CreateContext();
  ui->semantics.attach(ui->ctx);
  ImGui::SetCurrentContext(ui->ctx);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // no imgui.ini: nothing is written anywhere but the journal
  io.LogFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.ConfigInputTextCursorBlink = false;  // a blinking caret would need frames forever
  io.ConfigWindowsMoveFromTitleBarOnly = true;
  io.ClipboardUserData = &platform;
  io.SetClipboardTextFn = [](void* p, const char* text) { static_cast<Platform*>(p)->set_clipboard(text ? text : ""); };

  ui->embed.clinic_name = option_string(options, "clinicName");
  ui->embed.clinic_contact = option_string(options, "clinicContact");
  {
    // The booking page opens in a new tab on a tap: http(s) only, no spaces or control characters.
    std::string url = option_string(options, "clinicBookingUrl");
    std::string lower = url.substr(0, 8);
    for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    const bool scheme = lower.rfind("https://", 0) == 0 || lower.rfind("http://", 0) == 0;
    const bool clean = std::none_of(url.begin(), url.end(), [](char c) { return static_cast<unsigned char>(c) <= ' ' || c == 127; });
    if (scheme && clean && url.size() > 8 && url.size() <= 500) ui->embed.clinic_booking_url = url;
  }
  ui->embed.accent = parse_hex_color(option_string(options, "accentColor"));
  ui->embed.dark = option_string(options, "theme") == "dark";
  ui->embed.lang = i18n::language_from_tag(option_string(options, "lang"));
  if (auto it = options.find("sections"); it != options.end() && it->is_array()) {
    ui->embed.show_insights = ui->embed.show_report = ui->embed.show_data = false;
    for (const auto& s : *it) {
      if (!s.is_string()) continue;
      const std::string v = s.get<std::string>();
      if (v == "insights") ui->embed.show_insights = true;
      if (v == "report") ui->embed.show_report = true;
      if (v == "data") ui->embed.show_data = true;
    }
  }
  if (auto it = options.find("testHooks"); it != options.end() && it->is_boolean() && it->get<bool>()) {
    item_registry_enable(ui->ctx, true);
  }
  ui->large_text = option_string(options, "textSize") == "large";
  ui->high_contrast = option_string(options, "contrast") == "high";
  rebuild_theme(*ui);

  ui->today = platform.today_local();
  load_draft(*ui, ui->today);
  ui->calendar_month = month_start(ui->today);
  want_more_face_for_journal(*ui);
  ui->browser_languages = platform.preferred_languages();
  follow_language(*ui);
  // start: "assessment" opens the self-check (a clinic's article linking to "Check yourself").
  if (option_string(options, "start") == "assessment") open_assessment(*ui);
  return ui;
}

bool prepare_fonts(Ui& ui, float dpr) {
  ImGui::SetCurrentContext(ui.ctx);
  const bool rebuilt = rebuild_fonts_if_needed(ui, dpr);
  // New text sizes re-flow every auto-sized card: keep drawing until the layout has settled
  // (otherwise "Larger text" could leave the navigation clipped until the next touch).
  if (rebuilt) ui.frames_after_input = 0;
  return rebuilt;
}

bool frame(Ui& ui, float css_width, float css_height, float dpr, double now_ms) {
  ImGui::SetCurrentContext(ui.ctx);
  ImGuiIO& io = ImGui::GetIO();
  if (ui.last_frame_ms <= 0) ui.last_frame_ms = now_ms;
  io.DeltaTime = static_cast<float>(std::clamp((now_ms - ui.last_frame_ms) / 1000.0, 0.001, 0.25));
  ui.last_frame_ms = now_ms;
  io.DisplaySize = ImVec2(css_width, css_height);
  io.DisplayFramebufferScale = ImVec2(dpr, dpr);
  ui.width = css_width;
  ui.height = css_height;
  const bool flinging = input::advance_fling(ui, now_ms);
  ui.today = ui.platform.today_local();
  sync_draft(ui);
  refresh_after_language_change(ui);

  item_registry_new_frame();
  ui.semantics.begin_frame();
  ImGui::NewFrame();
  ui.narrow = css_width < em(40.0f);
  ui.touch_drag_claimed = false;
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::Begin("Painlink", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar |
                   ImGuiWindowFlags_NoScrollWithMouse);
  if (ui.capture_text) ImGui::LogToBuffer();
  // A readable measure on wide screens: content is centred, at most ~62 em wide. Phones get a
  // slimmer margin so five navigation buttons fit.
  const float max_w = em(62.0f);
  const float pad = ui.narrow ? em(0.6f) : ImGui::GetStyle().WindowPadding.x;
  const float content_w = std::min(css_width - 2 * pad, max_w);
  const float left = std::max(pad, (css_width - content_w) * 0.5f);
  ImGui::SetCursorPosX(left);
  ImGui::BeginGroup();
  ImGui::PushItemWidth(content_w);
  // NavFlattened (here, on the body and on every card): arrow keys move between all buttons of
  // the page as one list, instead of stopping at each child window's border.
  ImGui::BeginChild("##top", ImVec2(content_w, 0), ImGuiChildFlags_AutoResizeY,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NavFlattened);
  draw_header(ui);
  draw_nav(ui);
  ImGui::EndChild();
  ImGui::EndGroup();
  ImGui::PopItemWidth();

  // The scrolling body. Padding lives inside so the scrollbar sits at the screen edge.
  ImGui::SetCursorPosX(0);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(left, em(0.6f)));
  ImGui::BeginChild("##body", ImVec2(css_width, 0), ImGuiChildFlags_AlwaysUseWindowPadding,
                    ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NavFlattened);
  ImGui::PopStyleVar();
  // Another view (a tab, or a day opened from History) starts at its top, not at the scroll
  // position the previous view was left at.
  if (ui.drawn_tab != ui.tab) ImGui::SetScrollY(0);
  ui.drawn_tab = ui.tab;
  ImGui::PushTextWrapPos(0);
  draw_notices(ui);
  if (!rest_of_widget_ready(ui)) draw_rest_of_widget_pending(ui);
  else switch (ui.tab) {
    case Tab::checkin: draw_checkin(ui); break;
    case Tab::history: draw_history(ui); break;
    case Tab::insights: draw_insights(ui); break;
    case Tab::report: draw_report(ui); break;
    case Tab::data: draw_data(ui); break;
    case Tab::assessment: draw_assessment(ui); break;
  }
  ImGui::PopTextWrapPos();
  // Room under the last control, and under the on-screen keyboard too, so the last field can
  // scroll up above it.
  const ImGuiWindow* body = ImGui::GetCurrentWindow();
  const float covered = std::max(0.0f, body->Pos.y + body->Size.y - ui.visible_bottom);
  ImGui::Dummy(ImVec2(0, em(2.0f) + covered));
  keep_caret_above_keyboard(ui);
  const bool body_at_end = ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - 1.0f;
  ImGui::EndChild();
  if (ui.capture_text) {
    ui.captured_text = ui.ctx->LogBuffer.c_str();
    ImGui::LogFinish();
  }
  ImGui::End();
  text_area_end_frame(ui);
  ui.semantics.end_frame(body_at_end, ui.theme.focus_ring, std::max(2.0f, em(0.15f)));
  ImGui::Render();

  update_accessible_summary(ui);
  if (const SemFrame* tree = ui.semantics.take_if_changed()) ui.platform.set_semantics(*tree);
  // Every view the patient opens is a browser history entry (Back returns to the previous view).
  if (ui.reported_tab != ui.tab) {
    ui.platform.view_opened(static_cast<int>(ui.tab), !ui.reported_tab.has_value());
    ui.reported_tab = ui.tab;
  }
  if (!ui.rest_expected && beyond_first_visit(ui)) {
    ui.platform.expect_rest_of_widget();
    ui.rest_expected = true;
  }
  ++ui.frames_after_input;
  // ImGui settles layout (auto-sized children, popups) within a few frames of any input.
  // Keep drawing while ImGui still holds input it has not taken yet (its queue hands over at most
  // one click or one moved-then-wheeled step per frame): stopping early would leave a tap or the
  // end of a scroll waiting for the next touch, with the screen out of date until then.
  // A button held down (a stepper repeating) needs frames too, though no new input arrives.
  const bool holding = io.MouseDown[0] && ui.ctx->ActiveId != 0;
  return flinging || holding || ui.frames_after_input < 3 || !ui.ctx->InputEventsQueue.empty();
}

ImVec4 background_color(const Ui& ui) { return to_vec4(ui.theme.bg); }

void set_visible_bottom(Ui& ui, float y) { ui.visible_bottom = y > 0 ? y : 1e30f; }

bool wants_text_input(const Ui& ui) {
  // As of the frame just drawn (ImGui's io.WantTextInput says it only from the next one): a tap
  // on a text box focuses the browser's text field inside the tap's own event handler, the only
  // place where phones (iOS Safari) open their keyboard.
  return ui.ctx->WantTextInputNextFrame == 1 || text_area_editing(ui) != nullptr;
}

void text_input_rect(const Ui& ui, float out[4]) {
  ImGui::SetCurrentContext(ui.ctx);
  ImGuiContext& g = *ui.ctx;
  if (const TextAreaEdit* area = text_area_editing(ui)) {
    out[0] = area->x0;
    out[1] = area->y0;
    out[2] = area->x1 - area->x0;
    out[3] = area->y1 - area->y0;
    return;
  }
  const ImGuiPlatformImeData& ime = g.PlatformImeData;
  out[0] = ime.InputPos.x;
  out[1] = ime.InputPos.y;
  out[2] = em(10.0f);
  out[3] = ime.InputLineHeight > 0 ? ime.InputLineHeight : em(1.2f);
}

void on_file_loaded(Ui& ui, FilePurpose purpose, const std::optional<std::string>& text) {
  ImGui::SetCurrentContext(ui.ctx);
  if (purpose != FilePurpose::import_journal) return;
  if (text) begin_import_preview(ui, *text);
  else ui.import_error = "The file could not be read. Please choose it again.";
}

void on_journal_changed(Ui& ui, const ChangeSet& change) {
  if (!change.journal()) return;
  sync_draft(ui);
  want_more_face_for_journal(ui);
  if (change.kinds & ChangeSet::settings) follow_language(ui);
}

void on_language_loaded(Ui& ui, i18n::Language lang, bool ok) {
  if (lang != ui.language) return;  // the patient chose another one meanwhile
  if (ok)
    ui.language_failed.reset();
  else
    ui.language_failed = lang;
  if (!ok)
    ui.platform.announce(i18n::tr(
        "{language} could not be loaded, so Painlink is in English for now. Check the connection and try again.",
        {{"language", i18n::english_name(lang)}}));
  ui.frames_after_input = 0;
  ui.platform.request_frames(200);
}

void semantics_focus(Ui& ui, std::uint32_t id) {
  ImGui::SetCurrentContext(ui.ctx);
  ui.semantics.request_focus(id);
  ui.frames_after_input = 0;
}

void semantics_activate(Ui& ui, std::uint32_t id, bool focus) {
  ImGui::SetCurrentContext(ui.ctx);
  ui.semantics.request_activate(id, focus);
  ui.frames_after_input = 0;
}

void set_semantics_enabled(Ui& ui, bool on) { ui.semantics.set_enabled(on); }

void show_view(Ui& ui, int view) {
  if (view < static_cast<int>(Tab::checkin) || view > static_cast<int>(Tab::assessment)) return;
  const Tab tab = static_cast<Tab>(view);
  if (!tab_visible(ui, tab)) return;
  ui.tab = tab;
  ui.reported_tab = tab;  // already in the browser's history
  ui.frames_after_input = 0;
}

void on_font_loaded(Ui& ui, std::optional<std::vector<unsigned char>> bytes) {
  if (!bytes || bytes->empty()) {
    ui.more_font_requested = false;  // asked again when text next needs it
    return;
  }
  ui.more_font = std::move(*bytes);
  ui.font_built_px = 0;  // rebuilds the atlas (with the merged face) before the next frame
  ui.platform.request_frames(100);
}

Json insights_json(Ui& ui) {
  ui.insights.refresh(ui.app, ui.today);
  return ui.insights.api_json();
}

void set_option(Ui& ui, const std::string& name, const std::string& value) {
  ImGui::SetCurrentContext(ui.ctx);
  if (name == "textSize") ui.large_text = value == "large";
  if (name == "contrast") ui.high_contrast = value == "high";
  rebuild_theme(ui);
  ui.font_built_px = 0;  // forces a font rebuild on the next frame
}

}  // namespace painlink::ui
