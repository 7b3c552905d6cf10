// The ImGui front end. It draws from JournalApp's state (and cached analysis) and turns taps into
// JournalApp actions. It knows nothing about the browser: the platform layer calls these.
#pragma once

#include <memory>
#include <string>

#include "imgui.h"

#include "core/journal_app.hpp"

namespace painlink::ui {

struct Ui;

struct UiDeleter {
  void operator()(Ui* ui) const;
};
using UiPtr = std::unique_ptr<Ui, UiDeleter>;

// Creates the ImGui context and the UI. `options` are the embedder's mount options
// (README "Embedding API").
UiPtr create(JournalApp& app, const Json& options);

// Rebuilds the font atlas when the pixel ratio or text size changed; true when the GPU texture
// must be recreated.
bool prepare_fonts(Ui& ui, float dpr);

// One frame: NewFrame, all windows, Render. Returns true while more frames are wanted.
bool frame(Ui& ui, float css_width, float css_height, float dpr, double now_ms);

ImVec4 background_color(const Ui& ui);
bool wants_text_input(const Ui& ui);
bool wants_keyboard(const Ui& ui);
void text_input_rect(const Ui& ui, float out_xywh[4]);

void on_file_loaded(Ui& ui, int purpose, const std::string& text);
void on_external_change(Ui& ui);  // the journal changed outside the UI (API, other tab)
Json insights_json(Ui& ui);
void set_option(Ui& ui, const std::string& name, const std::string& value);

}  // namespace painlink::ui
