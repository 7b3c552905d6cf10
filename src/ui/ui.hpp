// The ImGui front end. It draws from JournalApp's state (and cached analysis) and turns taps into
// JournalApp actions. It knows nothing about the browser: it is handed a Platform (platform_api.hpp)
// and the shell (src/platform/platform_web.cpp, or a native test) calls these.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "imgui.h"

#include "core/journal_app.hpp"
#include "ui/platform_api.hpp"

namespace painlink::ui {

struct Ui;

struct UiDeleter {
  void operator()(Ui* ui) const;
};
using UiPtr = std::unique_ptr<Ui, UiDeleter>;

// Creates the ImGui context and the UI. `options` are the embedder's mount options
// (README "Embedding API").
UiPtr create(JournalApp& app, Platform& platform, const Json& options);

// Rebuilds the font atlas when the pixel ratio or text size changed; true when the GPU texture
// must be recreated.
bool prepare_fonts(Ui& ui, float dpr);

// One frame: NewFrame, all windows, Render. Returns true while more frames are wanted.
bool frame(Ui& ui, float css_width, float css_height, float dpr, double now_ms);

ImVec4 background_color(const Ui& ui);
bool wants_text_input(const Ui& ui);
// How far down the widget can be seen (CSS px from its top): above the phone's on-screen keyboard
// (the browser's visual viewport). The text being typed is kept above it.
void set_visible_bottom(Ui& ui, float y);
void text_input_rect(const Ui& ui, float out_xywh[4]);

// The picked file's text, or nullopt when the browser could not read it.
void on_file_loaded(Ui& ui, FilePurpose purpose, const std::optional<std::string>& text);
// Back/Forward: shows a view the UI reported through Platform::view_opened (no new entry).
void show_view(Ui& ui, int view);
// A font file asked for with Platform::fetch_font arrived (nullopt: it could not be fetched).
void on_font_loaded(Ui& ui, std::optional<std::vector<unsigned char>> bytes);
// The catalogue asked for with Platform::use_language is now active (ok), or could not be fetched
// or read (English stays, and the patient is told).
void on_language_loaded(Ui& ui, i18n::Language lang, bool ok);
// The shell's after_change: the journal or its notices changed (from any source, the UI included).
void on_journal_changed(Ui& ui, const ChangeSet& change);
Json insights_json(Ui& ui);
// A screen reader focused or clicked the mirror of a semantics node (ui/semantics.hpp).
void semantics_focus(Ui& ui, std::uint32_t id);
void semantics_activate(Ui& ui, std::uint32_t id, bool focus = true);
void set_semantics_enabled(Ui& ui, bool on);  // make bench: a frame's cost with and without
void set_option(Ui& ui, const std::string& name, const std::string& value);

}  // namespace painlink::ui
