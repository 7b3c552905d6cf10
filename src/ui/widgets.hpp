// Painlink's own widgets on top of ImGui, sized for fingers: every control at least kTargetEm
// (theme.hpp) each way, and text that wraps instead of being cut off at the edge of its control.
#pragma once

#include <optional>
#include <string>

#include "core/validate.hpp"
#include "imgui.h"

#include "ui/theme.hpp"

namespace painlink::ui {

// A 0-10 scale as a row of tappable numbers (two rows on narrow screens). Sliders fight with
// finger scrolling on phones; taps do not. nullopt = not recorded. Returns true when changed.
// name: what the 0-10 radio group is called for screen readers (default: the card's title).
bool intensity_scale(const char* id, std::optional<int>& value, const Theme& t, ImU32 base_color,
                     const char* name = nullptr);

// A pill that toggles (a toggle button to screen readers, pressed or not). Returns true when
// toggled. A label too long for the row wraps inside the pill.
bool chip(const char* label, bool& on, const Theme& t);
// Like chip(), for picking one of several (a radio pill).
bool choice_chip(const char* label, bool selected, const Theme& t);
float chip_height();

// An answer to a question: a button at least 2.75 em tall (44 px at the base size) whose text
// wraps, `width` wide (0: the whole row); a radio dot shows the chosen one (not colour alone).
// The text is the label up to "##". True when tapped.
bool answer_button(const char* label, bool selected, const Theme& t, float width = 0);

// Lays out items left to right and wraps to a new line when the next does not fit (chips with
// chip_width, buttons with button_width).
class Flow {
 public:
  Flow();
  void next(float item_width);  // call before each item
 private:
  float right_;
  bool first_ = true;
};
float chip_width(const char* label);
float button_width(const char* label);  // what text_button makes of a zero width

// ImGui::Button whose label wraps onto more lines, centred, when it is wider than the button or
// than the rest of the row (ImGui's own clips it there); the button then grows taller. A zero
// width fits the label, a zero height is kTargetEm; it is never narrower than kTargetEm.
bool text_button(const char* label, ImVec2 size = ImVec2(0, 0));
// A quiet button that reads as a link (muted text, no fill), still a full-size target.
bool link_button(const char* label, const Theme& t);

// ImGui::BeginCombo with the chosen item's name wrapping onto more lines when it does not fit
// (a combo shows one line, clipped). Width: SetNextItemWidth, as for ImGui's. `name` is what
// screen readers call it. When it returns true, add the options (combo_option) and call
// ImGui::EndCombo().
bool combo_begin(const char* id, const char* preview, const std::string& name);
bool combo_option(const char* label, bool selected);

// A number with [-] and [+] and a clear button; an empty value shows a dash and "tap to set".
// The range is the core's (core/validate.hpp limits::), so the UI never offers a value import
// would reject; an exclusive lower bound ("above 0") stops one step above it.
bool stepper(const char* id, const char* label, std::optional<double>& value, double step, NumberRange range,
             double start_value, const char* format, const Theme& t);
bool stepper_int(const char* id, const char* label, std::optional<int>& value, int step, IntRange range,
                 int start_value, const char* format, const Theme& t);

// A yes / no / not recorded choice.
bool yes_no(const char* id, const char* label, std::optional<bool>& value, const Theme& t);

// std::string text fields with a length limit in characters (code points).
// Outlined in the theme's field_border, so it shows as a field (WCAG 1.4.11).
bool input_text(const char* id, std::string& text, int max_chars, const Theme& t, const char* hint = nullptr);

// A white card with a title; everything between begin and end is inside it.
void card_begin(const char* id, const char* title, const Theme& t, ImFont* title_font, ImU32 accent_bar = 0);
void card_end();

bool primary_button(const char* label, const Theme& t, ImVec2 size = ImVec2(0, 0));
bool secondary_button(const char* label, ImVec2 size = ImVec2(0, 0));
bool danger_button(const char* label, const Theme& t, ImVec2 size = ImVec2(0, 0));
// The item just drawn takes the keyboard focus, shown, as a dialog's default button does: Enter
// or Space now presses it, and a screen reader is taken to it. Call once, when it first shows.
void take_default_focus();
void muted_text(const Theme& t, const char* fmt, ...) IM_FMTARGS(2);
// The last item's tooltip, for a mouse only: a finger leaves the pointer where it tapped, and the
// tooltip would stay up over the screen after the tap. (Charts' tap read-outs are not these.)
void hover_tip(const char* text, ImGuiHoveredFlags flags = 0);
void colored_text_wrapped(ImU32 color, const char* text);
// A coloured box with a message (info / warning / danger).
void banner(ImU32 border, ImU32 fill, ImU32 text, const char* message);
int utf8_length(const std::string& s);
// Cuts `s` to at most max_chars code points (a paste can overshoot the typing filter). True if cut.
bool truncate_utf8(std::string& s, int max_chars);

}  // namespace painlink::ui
