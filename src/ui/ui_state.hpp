// Everything the UI remembers between frames that is not journal data: which view is open, the
// day being edited, text being typed, gesture state. The journal itself lives in JournalApp.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "imgui.h"

#include "core/chart_series.hpp"
#include "core/interchange.hpp"
#include "core/journal_app.hpp"
#include "ui/insights_cache.hpp"
#include "ui/insights_state.hpp"
#include "ui/memo.hpp"
#include "ui/platform_api.hpp"
#include "ui/semantics.hpp"
#include "ui/text_area.hpp"
#include "ui/theme.hpp"

namespace painlink::ui {

// assessment: the self-check (view_assessment.cpp), reached from the welcome and the Check-in card,
// not from the navigation.
enum class Tab { checkin, history, insights, report, data, assessment };

// What the embedding page chose (README "Embedding API": mount options / data attributes).
struct EmbedOptions {
  std::string clinic_name;
  std::string clinic_contact;  // a URL or phone shown on the red-flag and report screens
  std::string clinic_booking_url;  // http(s) only: "Book an appointment" on the self-check result
  bool show_insights = true;
  bool show_report = true;
  bool show_data = true;
  std::optional<ImU32> accent;  // "#2f6f6a"
  bool dark = false;
  std::optional<i18n::Language> lang;  // "lang": the page's language, unless the patient chose one
};

struct TouchGesture {
  bool active = false;      // a finger is down
  bool scrolling = false;   // it moved far enough to be a scroll, not a tap
  float start_x = 0, start_y = 0;
  float last_x = 0, last_y = 0;
  double last_ms = 0;
  float velocity_y = 0;     // CSS px per ms, for the fling
  float velocity_x = 0;
  bool flinging = false;
  double fling_last_ms = 0;
  // The finger came down on a text box: it is pressed only when the finger lifts without
  // scrolling, so a scroll that starts on the notes never focuses them, and the focus (which opens
  // the phone's keyboard) comes in the frame drawn inside the tap's own event handler.
  bool press_held_back = false;
};

struct ReportView;      // view_report.cpp
struct CsvImportView;   // view_csv_import.cpp
struct AssessmentView;  // view_assessment.cpp

struct Ui {
  Ui(JournalApp& a, Platform& p) : app(a), platform(p) {}
  JournalApp& app;
  Platform& platform;  // the browser, or the headless one in native tests
  EmbedOptions embed;
  ImGuiContext* ctx = nullptr;
  Semantics semantics;  // this frame's tree for screen readers and keyboards
  Theme theme;

  // Fonts: rasterised at CSS size x devicePixelRatio, drawn at 1/dpr scale (crisp on any screen).
  ImFont* font_regular = nullptr;
  ImFont* font_bold = nullptr;
  ImFont* font_heading = nullptr;
  float font_dpr = 0;          // ratio the atlas was built for
  float font_built_px = 0;     // base size the atlas was built for
  bool font_translated = false;          // built with the glyphs translations add (fonts.cpp)
  std::vector<unsigned char> more_font;  // the "more" face's file once fetched (fonts.hpp)
  bool more_font_requested = false;
  bool large_text = false;
  bool high_contrast = false;

  // Languages (ui/language.cpp): the one asked of Platform::use_language, whether its catalogue
  // could not be had (English shows, a notice says so), what the browser prefers, and the
  // catalogue generation (i18n::active_generation) that translated text kept between frames was
  // made with.
  i18n::Language language = i18n::Language::en;
  bool language_asked = false;
  std::optional<i18n::Language> language_failed;
  std::vector<std::string> browser_languages;
  std::uint64_t language_generation = 0;

  // Navigation
  Tab tab = Tab::checkin;
  std::optional<Tab> drawn_tab;  // the view the body showed last frame (a new one starts at the top)
  std::optional<Tab> reported_tab;  // the view last told to Platform::view_opened
  bool rest_expected = false;       // Platform::expect_rest_of_widget was called
  bool view_waited_for_rest = false;  // a view showed "Opening this view…" (rest_of_widget.cpp)
  bool findings_dismissed = false;  // "Got it" on a read-only journal: no new-finding banner this visit
  // The caret kept above the on-screen keyboard (ui::set_visible_bottom): the visible bottom and
  // the caret's height as last acted on, so a patient who scrolls away while typing is not pulled
  // back until the caret or the keyboard moves.
  float visible_bottom = 1e30f;
  float caret_kept_y = -1, visible_kept = -1;
  Date today;
  Date selected;               // the day being edited
  bool calendar_open = false;
  Date calendar_month;         // first day of the month the picker shows

  // The day being edited: a copy of the journal's entry, committed on every change.
  Entry draft;
  std::uint64_t draft_revision = 0;  // app revision the draft was loaded at
  std::string notes_buffer;
  TextAreaEdit text_area;       // the notes being typed in the browser's own text area
  bool notes_cut = false;       // a paste went past the notes limit (message shown)
  std::string custom_factor_buffer;
  std::string custom_factor_error;
  bool confirm_delete_day = false;
  // Data view's "Delete everything": the confirmation step is open; Cancel takes the focus when
  // it first shows (view_delete_all.cpp).
  bool confirm_delete_all = false;
  bool focus_delete_all_cancel = false;

  // Import flow: a preview is shown before anything changes.
  std::string import_text;
  std::optional<ImportResult> import_preview;
  ImportMode import_mode = ImportMode::merge;
  std::string import_error;
  std::shared_ptr<CsvImportView> csv_import;  // a CSV being mapped or previewed (view_csv_import.cpp)

  // Data view's "Daily reminder": the time on the picker, minutes after midnight (nullopt: not
  // touched yet, it shows the stored time or 20:00). Stored in Settings only by "Add to my calendar".
  std::optional<int> reminder_pick;

  // Input
  TouchGesture touch;
  float text_rect[4] = {0, 0, 0, 0};
  bool has_focus = false;
  bool keyboard_used = false;      // show the focus ring once the keyboard is used
  bool touch_drag_claimed = false; // a widget (chart pan) wants finger drags this frame
  int frames_after_input = 0;
  double last_frame_ms = 0;

  // History view: the last 30 days and every recorded day (newest first), remade when the
  // analysed data or the day changes.
  struct HistoryLists {
    std::vector<IntensityPoint> recent30;
    std::vector<Date> recorded_days;
  };
  Memo<std::pair<std::uint64_t, Date>, HistoryLists> history;

  // Check-in lists drawn from the whole journal (custom factor names used on any day, the last
  // medicines taken): a 10-year journal took a millisecond per frame to scan.
  struct CheckinLists {
    std::set<std::string> custom_factors;
    std::vector<Treatment> recent_medications;
  };
  Memo<std::uint64_t, CheckinLists> checkin_lists;

  // Data view: restore points and kept-aside values as storage holds them (read from storage, so
  // only when the journal or its last save changed, not per frame).
  struct StoredCopies {
    std::vector<BackupInfo> backups;
    std::vector<KeptAside> kept_aside;
  };
  Memo<std::tuple<std::uint64_t, std::int64_t, int>, StoredCopies> stored_copies;

  // Analysis, recomputed only when the journal's revision changes (never per frame).
  InsightsCache insights;
  InsightsView insights_view;  // the Insights tab's choices and the questionnaire being answered

  std::shared_ptr<ReportView> report_view;  // view_report.cpp's own state
  std::shared_ptr<AssessmentView> assessment_view;  // view_assessment.cpp's own state
  bool welcome_dismissed = false;  // "Start today's entry" on the welcome (this visit only)

  // Tests only: every text drawn in the last frame, in drawing order (ImGui's text log).
  bool capture_text = false;
  std::string captured_text;

  // Accessibility: the last summary handed to the DOM (only sent again when it changes).
  std::string last_summary;
  // What the summary was last built from: it is only rebuilt when one of these changes.
  Memo<std::tuple<std::uint64_t, Date, int, bool, bool>, std::string> summary;  // ..., the reminder prompt, analysis loaded
  std::string last_warning;  // the red-flag warning last read out ("" = none)
  std::int64_t last_notice_announced = 0;

  // Layout facts for this frame
  float width = 0, height = 0;
  bool narrow = true;          // phone-like width: one column
};

// Font-relative sizes (never fixed pixels): em(2) is twice the current font size.
inline float em(float n) { return n * ImGui::GetFontSize(); }
inline ImVec2 em2(float x, float y) { return ImVec2(em(x), em(y)); }

}  // namespace painlink::ui
