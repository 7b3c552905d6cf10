// A multi-line text box typed in through the browser's own text area.
//
// ImGui's multi-line field does not wrap: a long note scrolls sideways and its start leaves the
// box. So while a patient types notes, the web shell lays a visible <textarea> exactly over the
// box drawn here, and the browser does the typing: wrapping, the caret, selection handles, spell
// check, dictation and the IME. The box grows with the text. When not typing, the box shows the
// text wrapped, as the patient will read it back.
//
// The UI owns the edit (which box, the text, where the box is); the platform reads it after each
// frame (ui::text_area_editing) and reports what the patient typed (input::text_area_changed) and
// when typing ends (input::text_area_done).
#pragma once

#include <cstdint>
#include <string>

#include "imgui.h"

namespace painlink::ui {

struct Ui;

// iOS Safari zooms the page into a text field whose text is smaller than 16 CSS px.
inline constexpr float kTextAreaMinFontPx = 16.0f;

struct TextAreaEdit {
  ImGuiID id = 0;            // the box being typed in; 0 when none is
  std::uint32_t serial = 0;  // changes whenever the UI sets the text: the browser then re-reads it
  std::string text;          // the text as the browser's text area holds it
  bool typed = false;        // the browser reported new text the box has not taken yet
  float content_height = 0;  // the browser's own measure of the text with its padding (CSS px)
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;            // the box this frame (CSS px, canvas-relative)
  float clip_x0 = 0, clip_y0 = 0, clip_x1 = 0, clip_y1 = 0;  // the part of it in view
  float font_px = kTextAreaMinFontPx, pad_x = 0, pad_y = 0;  // font_px is the line height too
  ImU32 text_color = 0;
  bool drawn = false;        // the box was drawn this frame (a card scrolled far away is not)
  std::int64_t context = 0;  // the view and day it was opened on: typing ends when either changes
};

// Draws the box for `text`, at least `min_height` tall. True when the text changed this frame.
// `max_chars` bounds what is taken from the browser (code points); the caller keeps its own
// message for a cut.
bool text_area(Ui& ui, const char* id, std::string& text, int max_chars, float min_height, const char* name);

// After the frame: typing ends when the view or the day being edited changed.
void text_area_end_frame(Ui& ui);

// The edit in progress, or nullptr.
const TextAreaEdit* text_area_editing(const Ui& ui);

}  // namespace painlink::ui
