#include "ui/widgets.hpp"

#include <algorithm>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <type_traits>
#include <vector>

#include "imgui_internal.h"  // ScrollToItem
#include "ui/contrast.hpp"
#include "ui/item_registry.hpp"
#include "ui/semantics.hpp"
#include "ui/ui_state.hpp"

namespace painlink::ui {

namespace {

// Button colours for a selected / unselected pill.
// (The colours are theme.hpp's pill_colors / scale_cell_colors; hovering tints an unselected one.)
void push_pill_colors(bool selected, const ControlColors& c, const Theme& t) {
  ImGui::PushStyleColor(ImGuiCol_Button, c.fill);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, selected ? c.fill : t.accent_soft);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, selected ? c.fill : t.accent_soft);
  ImGui::PushStyleColor(ImGuiCol_Text, c.text);
  ImGui::PushStyleColor(ImGuiCol_Border, c.border);
}
void push_pill_colors(bool selected, ImU32 on_color, ImU32 on_text, const Theme& t) {
  push_pill_colors(selected, pill_colors(t, selected, on_color, on_text), t);
}

// Limits typed text by code points, not bytes (an accented letter is one character).
struct LimitedText {
  std::string* text;
  int max_chars;
};

int limited_callback(ImGuiInputTextCallbackData* data) {
  auto* lt = static_cast<LimitedText*>(data->UserData);
  if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
    lt->text->resize(static_cast<size_t>(data->BufTextLen));
    data->Buf = lt->text->data();
  } else if (data->EventFlag == ImGuiInputTextFlags_CallbackCharFilter) {
    if (utf8_length(*lt->text) >= lt->max_chars) return 1;  // drop the character
  }
  return 0;
}

// ImGui edits C strings: text after a U+0000 would vanish with the first key typed into the
// field. Such a character (only imports and the API can put one there) is shown and kept as
// U+2400 SYMBOL FOR NULL instead, so everything after it stays.
void make_editable(std::string& text) {
  for (std::size_t at = text.find('\0'); at != std::string::npos; at = text.find('\0', at + 3))
    text.replace(at, 1, "\xE2\x90\x80");
}

// The buffer ImGui wrote holds the text up to its terminator; the string's size must say so too.
void fit_to_terminator(std::string& text) {
  const std::size_t end = text.find('\0');
  if (end != std::string::npos) text.resize(end);
}

}  // namespace

int utf8_length(const std::string& s) {
  int n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

bool truncate_utf8(std::string& s, int max_chars) {
  int n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (n == max_chars) {
        s.resize(i);
        return true;
      }
      ++n;
    }
  }
  return false;
}

bool intensity_scale(const char* id, std::optional<int>& value, const Theme& t, ImU32 base_color,
                     const char* name) {
  ImGui::PushID(id);
  sem_group_begin(SemRole::radiogroup, std::string(name ? name : sem_last_heading().c_str()) + ", 0 to 10");
  const ImGuiStyle& style = ImGui::GetStyle();
  const float avail = ImGui::GetContentRegionAvail().x;
  const float gap = em(0.3f);
  constexpr int kButtons = kMaxIntensity + 1;  // 0..kMaxIntensity
  float w = (avail - (kButtons - 1) * gap) / static_cast<float>(kButtons);
  int per_row = kButtons;
  if (w < em(kTargetEm)) {  // too small for a finger: two rows, 0-5 and 6-10
    per_row = (kButtons + 1) / 2;
    w = (avail - static_cast<float>(per_row - 1) * gap) / static_cast<float>(per_row);
  }
  w = std::min(w, em(3.2f));
  const float h = em(kTargetEm);
  bool changed = false;
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, gap));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, em(0.4f));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
  for (int i = 0; i <= kMaxIntensity; ++i) {
    if (i % per_row != 0) ImGui::SameLine();
    const bool selected = value && *value == i;
    const ImU32 fill = scale_color(t, i, base_color);
    const ControlColors cell = scale_cell_colors(t, i, base_color, selected);
    push_pill_colors(selected, cell, t);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, cell.border_px);
    char label[48];
    std::snprintf(label, sizeof label, "%d##%s", i, id);  // unique per scale (tests find "6##back")
    if (ImGui::Button(label, ImVec2(w, h))) {
      value = i;
      changed = true;
    }
    ImGui::PopStyleVar();
    if (SemNode* n = sem_describe(SemRole::radio, "")) n->checked = selected ? 1 : 0;
    if (!selected) {
      // A thin strip of the scale colour under each number shows what the scale means.
      ImDrawList* dl = ImGui::GetWindowDrawList();
      const ImVec2 a = ImGui::GetItemRectMin();
      const ImVec2 b = ImGui::GetItemRectMax();
      dl->AddRectFilled(ImVec2(a.x + em(0.35f), b.y - em(0.3f)), ImVec2(b.x - em(0.35f), b.y - em(0.18f)), fill,
                        em(0.1f));
    }
    ImGui::PopStyleColor(5);
  }
  ImGui::PopStyleVar(3);
  (void)style;
  sem_group_end();
  ImGui::PopID();
  return changed;
}

float chip_width(const char* label) {
  return std::max(ImGui::CalcTextSize(label, nullptr, true).x + 2 * em(0.8f), em(kTargetEm));
}

float chip_height() { return em(kTargetEm); }

float button_width(const char* label) {
  return std::max(ImGui::CalcTextSize(label, nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x, em(kTargetEm));
}

bool choice_chip(const char* label, bool selected, const Theme& t) {
  push_pill_colors(selected, t.accent, t.on_accent, t);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, em(1.2f));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(em(0.8f), em(0.55f)));
  const bool pressed = text_button(label, ImVec2(chip_width(label), chip_height()));
  // A chosen chip reads as pressed; an unchosen one as a plain button (many chips are one-tap
  // actions, "No pain today"); chip() below states both for its on/off toggles.
  if (SemNode* n = sem_describe(SemRole::button, ""); n && selected) n->checked = 1;
  ImGui::PopStyleVar(3);
  ImGui::PopStyleColor(5);
  return pressed;
}

bool chip(const char* label, bool& on, const Theme& t) {
  const bool pressed = choice_chip(label, on, t);
  if (SemNode* n = sem_describe(SemRole::button, "")) n->checked = on ? 1 : 0;
  if (pressed) {
    on = !on;
    return true;
  }
  return false;
}

bool answer_button(const char* label, bool selected, const Theme& t, float width) {
  const char* end = ImGui::FindRenderedTextEnd(label);
  const float pad_x = em(0.8f), pad_y = em(0.55f), dot = em(0.5f);
  const float text_x = pad_x + 2 * dot + em(0.6f);
  if (width <= 0) width = ImGui::GetContentRegionAvail().x;
  const float wrap = std::max(em(3.0f), width - text_x - pad_x);
  const ImVec2 ts = ImGui::CalcTextSize(label, end, false, wrap);
  const float h = std::max(em(2.75f), ts.y + 2 * pad_y);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::InvisibleButton(label, ImVec2(width, h));
  item_registry_note_text(ImGui::GetItemID(), ts.x, width - text_x - pad_x);
  if (SemNode* n = sem_describe(SemRole::radio, "")) n->checked = selected ? 1 : 0;
  // A finger leaves the pointer where it tapped: no hover tint then, or the answer below the last
  // tap would look half chosen.
  const bool hovered = ImGui::IsItemHovered() && ImGui::GetIO().MouseSource == ImGuiMouseSource_Mouse;
  const ImVec2 q(p.x + width, p.y + h);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 ink = selected ? t.on_accent : t.text;
  dl->AddRectFilled(p, q, selected ? t.accent : hovered ? t.accent_soft : t.card, em(0.6f));
  dl->AddRect(p, q, selected ? t.accent : t.card_border, em(0.6f), 0, selected ? 2.0f : 1.0f);
  const ImVec2 c(p.x + pad_x + dot, p.y + h * 0.5f);
  dl->AddCircle(c, dot, ink, 0, 1.5f);
  if (selected) dl->AddCircleFilled(c, dot * 0.55f, ink);
  dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(p.x + text_x, p.y + (h - ts.y) * 0.5f), ink, label, end,
              wrap);
  ImGui::RenderNavHighlight(ImRect(p, q), ImGui::GetItemID());
  return pressed;
}

namespace {

struct Line {
  const char* begin;
  const char* end;
  float width;
};

// `text` broken into lines at most `room` wide, at spaces where it can (ImGui's own word wrap).
std::vector<Line> wrap_lines(const char* text, const char* end, float room) {
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  std::vector<Line> lines;
  const char* s = text;
  while (s < end) {
    const char* eol = font->CalcWordWrapPositionA(size / font->FontSize, s, end, room);
    if (eol <= s) {  // one character wider than the room: it gets a line of its own
      unsigned int c = 0;
      eol = s + ImTextCharFromUtf8(&c, s, end);
    }
    const char* trimmed = eol;
    while (trimmed > s && trimmed[-1] == ' ') --trimmed;
    lines.push_back({s, trimmed, font->CalcTextSizeA(size, FLT_MAX, 0.0f, s, trimmed).x});
    s = eol;
    while (s < end && (*s == ' ' || *s == '\n')) ++s;
  }
  return lines;
}

// The wrapped form of text_button: an invisible button under a frame and the lines, centred.
bool wrapped_button(const char* label, const char* end, float w, float min_h, float room) {
  const ImGuiStyle& st = ImGui::GetStyle();
  const std::vector<Line> lines = wrap_lines(label, end, room);
  const float line_h = ImGui::GetTextLineHeight();
  const float text_h = line_h * static_cast<float>(lines.size());
  const float h = std::max(min_h, text_h + 2 * st.FramePadding.y);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const ImVec2 q(p.x + w, p.y + h);
  const bool pressed = ImGui::InvisibleButton(label, ImVec2(w, h));
  const bool hovered = ImGui::IsItemHovered();
  const ImGuiCol fill = ImGui::IsItemActive() && hovered ? ImGuiCol_ButtonActive
                        : hovered                         ? ImGuiCol_ButtonHovered
                                                          : ImGuiCol_Button;
  ImGui::RenderNavHighlight(ImRect(p, q), ImGui::GetItemID());
  ImGui::RenderFrame(p, q, ImGui::GetColorU32(fill), true, st.FrameRounding);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float y = p.y + (h - text_h) * 0.5f, widest = 0;
  for (const Line& l : lines) {
    dl->AddText(ImVec2(p.x + (w - l.width) * 0.5f, y), ImGui::GetColorU32(ImGuiCol_Text), l.begin, l.end);
    y += line_h;
    widest = std::max(widest, l.width);
  }
  item_registry_note_text(ImGui::GetItemID(), widest, room);
  return pressed;
}

}  // namespace

bool text_button(const char* label, ImVec2 size) {
  const ImGuiStyle& st = ImGui::GetStyle();
  const char* end = ImGui::FindRenderedTextEnd(label);
  const float avail = ImGui::GetContentRegionAvail().x;
  const float text_w = ImGui::CalcTextSize(label, end).x;
  float w = size.x > 0 ? size.x : size.x < 0 ? avail + size.x : text_w + 2 * st.FramePadding.x;
  w = std::max(std::min(w, avail), em(kTargetEm));
  const float h = size.y > 0 ? size.y : em(kTargetEm);
  const float room = w - 2 * st.FramePadding.x;
  if (text_w <= room) return ImGui::Button(label, ImVec2(w, h));
  return wrapped_button(label, end, w, h, room);
}

bool link_button(const char* label, const Theme& t) {
  ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_Text, t.text_muted);
  const bool pressed = text_button(label);
  ImGui::PopStyleColor(2);
  return pressed;
}

bool combo_begin(const char* id, const char* preview, const std::string& name) {
  const ImGuiStyle& st = ImGui::GetStyle();
  const float w = ImGui::CalcItemWidth();
  // The arrow is a square as tall as the frame: a frame grown for a second line leaves the text
  // less room, which can take another line.
  float h = ImGui::GetFrameHeight(), room = 0;
  ImVec2 text;
  for (int i = 0; i < 4; ++i) {
    room = std::max(em(1.0f), w - h - 2 * st.FramePadding.x);
    text = ImGui::CalcTextSize(preview, nullptr, false, room);
    const float grown = std::max(ImGui::GetFrameHeight(), text.y + 2 * st.FramePadding.y);
    if (grown == h) break;
    h = grown;
  }
  ImDrawList* dl = ImGui::GetWindowDrawList();  // the frame's, also once the list has opened
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const ImGuiID frame = ImGui::GetID(id);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(st.FramePadding.x, (h - ImGui::GetFontSize()) * 0.5f));
  const bool open = ImGui::BeginCombo(id, "");
  ImGui::PopStyleVar();
  dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(p.x + st.FramePadding.x, p.y + (h - text.y) * 0.5f),
              ImGui::GetColorU32(ImGuiCol_Text), preview, nullptr, room);
  item_registry_note_text(frame, text.x, room);
  if (SemNode* n = sem_node(frame)) {
    n->role = SemRole::combobox;
    n->name = name;
  }
  return open;
}

bool combo_option(const char* label, bool selected) {
  return ImGui::Selectable(label, selected, 0, ImVec2(0, em(kTargetEm)));
}

Flow::Flow() : right_(ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x) {}

void Flow::next(float item_width) {
  if (!first_) {
    const float x = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x;
    if (x + item_width <= right_) ImGui::SameLine();
  }
  first_ = false;
}

namespace {

// Hold to repeat. A tap is one step, taken on release as for every button, so a finger that
// starts a scroll on the button changes nothing. Held still for half a second, it steps every
// tenth of a second, and letting go then adds no extra step.
ImGuiID g_repeating = 0;

bool repeat_button(const char* label, ImVec2 size) {
  const bool clicked = ImGui::Button(label, size);
  const ImGuiID id = ImGui::GetItemID();
  const bool active = ImGui::IsItemActive();
  bool step = false;
  if (active && ImGui::GetIO().MouseDownDuration[0] >= 0.5f &&
      ImGui::GetKeyPressedAmount(ImGuiKey_MouseLeft, 0.5f, 0.1f) > 0) {
    step = true;
    g_repeating = id;
  }
  if (clicked) {
    step = g_repeating != id;
    g_repeating = 0;
  } else if (!active && g_repeating == id) {
    g_repeating = 0;  // released away from the button
  }
  return step;
}

// A stepper's value typed in (a tap on the value opens it): one at a time, so one buffer.
struct TypedValue {
  ImGuiID id = 0;          // the stepper being typed into
  bool focus = false;      // give the field the keyboard on its first frame
  char text[24] = {};
  ImGuiID error_for = 0;   // the stepper whose last typed value could not be used
  std::string error;
};
TypedValue g_typed;

// The typed number, or nothing when it is not one: a decimal comma is accepted (European
// keyboards), surrounding spaces too; an int stepper takes whole numbers only.
template <class T>
std::optional<T> parse_typed(const char* text) {
  std::string s(text);
  std::replace(s.begin(), s.end(), ',', '.');
  const std::size_t a = s.find_first_not_of(' '), b = s.find_last_not_of(' ');
  if (a == std::string::npos) return std::nullopt;
  s = s.substr(a, b - a + 1);
  char* end = nullptr;
  const double v = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size() || !std::isfinite(v)) return std::nullopt;
  if constexpr (std::is_integral_v<T>) {
    if (v != std::floor(v)) return std::nullopt;
    return static_cast<T>(v);
  } else {
    return static_cast<T>(v);
  }
}

// Shared layout of stepper rows: label on the left, [-] value [+] x on the right.
template <class T>
bool stepper_impl(const char* id, const char* label, std::optional<T>& value, T step, T min_value, T max_value,
                  T start_value, const char* format, const Theme& t) {
  ImGui::PushID(id);
  bool changed = false;
  const float button = em(kTargetEm);
  // As wide as the longest value it can show, so it does not change width while stepping.
  char widest[32];
  std::snprintf(widest, sizeof widest, format, static_cast<double>(max_value));
  const float value_w = std::max(em(4.2f), ImGui::CalcTextSize(widest).x + 2 * ImGui::GetStyle().FramePadding.x);
  const float clear_w = em(kTargetEm);
  const float controls = button * 2 + value_w + clear_w + 3 * ImGui::GetStyle().ItemSpacing.x;
  const float avail = ImGui::GetContentRegionAvail().x;
  const float row_start = ImGui::GetCursorPosX();

  // Label on the left (wrapping, centred on the buttons), controls on the right. Laid out with
  // explicit positions: SameLine() would keep the label's baseline for every button.
  const float wrap_w = std::max(avail - controls - em(0.3f), em(5));
  const float label_h = ImGui::CalcTextSize(label, nullptr, false, wrap_w).y;
  const bool side_by_side = avail - controls - em(0.3f) >= em(5);
  const ImVec2 row0 = ImGui::GetCursorPos();
  ImGui::SetCursorPos(ImVec2(row0.x, row0.y + (side_by_side ? std::max(0.0f, (button - label_h) * 0.5f) : 0.0f)));
  ImGui::PushTextWrapPos(row_start + (side_by_side ? wrap_w : avail));
  ImGui::TextUnformatted(label);
  ImGui::PopTextWrapPos();
  const float label_bottom = ImGui::GetCursorPosY();
  ImGui::SetCursorPos(side_by_side ? ImVec2(row_start + avail - controls, row0.y)
                                   : ImVec2(row_start + avail - controls, label_bottom));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, em(0.45f));
  // Labels carry the stepper's id ("+##water") so each button is findable and distinct.
  char minus_label[64], plus_label[64], clear_label[64], value_label[64];
  std::snprintf(minus_label, sizeof minus_label, "\xE2\x88\x92##%s", id);  // U+2212 minus
  std::snprintf(plus_label, sizeof plus_label, "+##%s", id);
  std::snprintf(clear_label, sizeof clear_label, "\xC3\x97##%s", id);  // multiplication sign: clear
  if (repeat_button(minus_label, ImVec2(button, button))) {
    value = value ? std::max(min_value, static_cast<T>(*value - step)) : start_value;
    changed = true;
  }
  const ImGuiID minus_id = ImGui::GetItemID();
  sem_describe(SemRole::button, std::string("Decrease ") + label);
  ImGui::SameLine();
  char text[32];
  if (value) {
    std::snprintf(text, sizeof text, format, static_cast<double>(*value));
  } else {
    std::snprintf(text, sizeof text, "%s", "\xE2\x80\x94");  // em dash: not recorded
  }
  ImGui::PushStyleColor(ImGuiCol_Button, value ? t.accent_soft : t.card);
  ImGui::PushStyleColor(ImGuiCol_Text, value ? t.text : t.text_muted);
  // "###": the ID leaves out the value shown, so the value keeps its identity (and the keyboard
  // focus) while it changes.
  std::snprintf(value_label, sizeof value_label, "%s###value-%s", text, id);
  const ImGuiID typing = ImGui::GetID("##typed");
  ImGuiID value_id = 0;
  if (g_typed.id == typing) {
    // Typing a value: Enter or leaving the field keeps it, Escape keeps the old one.
    ImGui::SetNextItemWidth(value_w);
    if (g_typed.focus) ImGui::SetKeyboardFocusHere();
    ImGui::PushStyleColor(ImGuiCol_Border, t.field_border);
    const bool enter = ImGui::InputText("##typed", g_typed.text, sizeof g_typed.text,
                                        ImGuiInputTextFlags_CharsDecimal | ImGuiInputTextFlags_EnterReturnsTrue |
                                            ImGuiInputTextFlags_AutoSelectAll);
    ImGui::PopStyleColor();
    value_id = ImGui::GetItemID();
    sem_describe(SemRole::textbox, std::string("Type ") + label);
    if (!g_typed.focus && (enter || ImGui::IsItemDeactivated())) {
      g_typed.id = 0;
      if (!ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
        const std::optional<T> typed = parse_typed<T>(g_typed.text);
        if (typed && *typed >= min_value && *typed <= max_value) {
          changed = !value || *value != *typed;
          value = *typed;
          g_typed.error_for = 0;
        } else {
          char lo[32], hi[32];
          std::snprintf(lo, sizeof lo, format, static_cast<double>(min_value));
          std::snprintf(hi, sizeof hi, format, static_cast<double>(max_value));
          g_typed.error_for = typing;
          g_typed.error = std::string("\"") + g_typed.text + "\" is not a value here: type a " +
                          (std::is_integral_v<T> ? "whole number" : "number") + " from " + lo + " to " + hi + ". " +
                          (value ? std::string("It stays ") + text + "." : std::string("Nothing was recorded."));
        }
      }
    }
    g_typed.focus = false;
  } else {
    if (ImGui::Button(value_label, ImVec2(value_w, button))) {
      if (!value) {
        value = start_value;  // tapping the dash records the usual value
        changed = true;
      } else {
        g_typed.id = typing;  // tapping a value types a new one
        g_typed.focus = true;
        std::snprintf(g_typed.text, sizeof g_typed.text, "%g", static_cast<double>(*value));
      }
    }
    value_id = ImGui::GetItemID();
    if (SemNode* n = sem_describe(SemRole::spinbutton, label)) {
      n->value = value ? text : "not recorded";
      n->decrement = minus_id;
    }
    if (!value) hover_tip("Not recorded. Tap to set.");
  }
  ImGui::PopStyleColor(2);
  ImGui::SameLine();
  if (repeat_button(plus_label, ImVec2(button, button))) {
    value = value ? std::min(max_value, static_cast<T>(*value + step)) : start_value;
    changed = true;
  }
  sem_describe(SemRole::button, std::string("Increase ") + label);
  if (SemNode* n = sem_node(value_id)) n->increment = ImGui::GetItemID();
  ImGui::SameLine();
  ImGui::BeginDisabled(!value);
  ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(0, 0, 0, 0));
  if (ImGui::Button(clear_label, ImVec2(clear_w, button))) {
    value.reset();
    changed = true;
  }
  sem_describe(SemRole::button, std::string("Clear ") + label);
  hover_tip("Clear (not recorded)", ImGuiHoveredFlags_AllowWhenDisabled);
  ImGui::PopStyleColor();
  ImGui::EndDisabled();
  ImGui::PopStyleVar();
  // A label that wrapped taller than the buttons pushes the next row down.
  if (label_bottom > ImGui::GetCursorPosY()) {
    ImGui::SetCursorPosY(label_bottom);
    ImGui::Dummy(ImVec2(0, 0));
  }
  if (g_typed.error_for == typing) {
    if (changed) g_typed.error_for = 0;  // a step with the buttons answers it too
    else colored_text_wrapped(t.danger, g_typed.error.c_str());
  }
  ImGui::PopID();
  return changed;
}

}  // namespace

bool stepper(const char* id, const char* label, std::optional<double>& value, double step, NumberRange range,
             double start_value, const char* format, const Theme& t) {
  const double min_value = range.lo_exclusive ? range.lo + step : range.lo;
  return stepper_impl<double>(id, label, value, step, min_value, range.hi, start_value, format, t);
}

bool stepper_int(const char* id, const char* label, std::optional<int>& value, int step, IntRange range,
                 int start_value, const char* format, const Theme& t) {
  return stepper_impl<int>(id, label, value, step, range.lo, range.hi, start_value, format, t);
}

bool yes_no(const char* id, const char* label, std::optional<bool>& value, const Theme& t) {
  ImGui::PushID(id);
  bool changed = false;
  const float w = em(3.6f), h = em(kTargetEm);
  const float avail = ImGui::GetContentRegionAvail().x;
  const float controls = 2 * w + ImGui::GetStyle().ItemSpacing.x;
  const float row_start = ImGui::GetCursorPosX();
  const ImVec2 row0 = ImGui::GetCursorPos();
  // The label beside the answers when it fits there on one line, else above them, wrapped.
  const bool side_by_side = ImGui::CalcTextSize(label).x + controls + em(0.3f) <= avail;
  ImGui::SetCursorPos(ImVec2(row0.x, row0.y + (side_by_side ? (h - ImGui::GetTextLineHeight()) * 0.5f : 0.0f)));
  ImGui::PushTextWrapPos(row_start + avail);
  ImGui::TextUnformatted(label);
  ImGui::PopTextWrapPos();
  ImGui::SetCursorPos(side_by_side ? ImVec2(row_start + avail - controls, row0.y)
                                   : ImVec2(row_start + avail - controls, ImGui::GetCursorPosY()));
  const bool yes = value && *value;
  const bool no = value && !*value;
  sem_group_begin(SemRole::radiogroup, label);
  push_pill_colors(yes, t.accent, t.on_accent, t);
  char yes_label[64], no_label[64];
  std::snprintf(yes_label, sizeof yes_label, "Yes##%s", id);
  std::snprintf(no_label, sizeof no_label, "No##%s", id);
  if (ImGui::Button(yes_label, ImVec2(w, h))) {
    value = yes ? std::nullopt : std::optional<bool>(true);  // tapping again clears
    changed = true;
  }
  if (SemNode* n = sem_describe(SemRole::radio, "")) n->checked = yes ? 1 : 0;
  ImGui::PopStyleColor(5);
  ImGui::SameLine();
  push_pill_colors(no, t.accent, t.on_accent, t);
  if (ImGui::Button(no_label, ImVec2(w, h))) {
    value = no ? std::nullopt : std::optional<bool>(false);
    changed = true;
  }
  if (SemNode* n = sem_describe(SemRole::radio, "")) n->checked = no ? 1 : 0;
  sem_group_end();
  ImGui::PopStyleColor(5);
  ImGui::PopID();
  return changed;
}

// A text field being typed into stays alive and on screen. ImGui drops an active multi-line field
// as soon as a layout shift above it (a notice appearing once the first letter is saved) scrolls
// it out of view, and the rest of the typing would be lost. So while a field is active its ID is
// kept alive, and the nearest scrolling window (cards do not scroll) brings it back: centred when
// it is activated while not fully visible, to the nearest edge when text changes or when it has
// left the view entirely (scrolling away a little while typing is still possible).
static void keep_text_field_visible(ImGuiID id, const ImRect& rect, bool changed) {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  if (g.ActiveId != id) return;
  ImGui::KeepAliveID(id);
  ImGuiWindow* scroller = g.CurrentWindow;
  while (scroller && scroller->ScrollMax.y <= 0.0f && (scroller->Flags & ImGuiWindowFlags_ChildWindow)) {
    scroller = scroller->ParentWindow;
  }
  if (!scroller) return;
  const bool activated = g.ActiveIdPreviousFrame != id;
  const bool gone = !rect.Overlaps(scroller->InnerClipRect);
  if (activated) ImGui::ScrollToRect(scroller, rect, ImGuiScrollFlags_KeepVisibleCenterY);
  else if (changed || gone) ImGui::ScrollToRect(scroller, rect, ImGuiScrollFlags_KeepVisibleEdgeY);
}

bool input_text(const char* id, std::string& text, int max_chars, const Theme& t, const char* hint) {
  LimitedText lt{&text, max_chars};
  make_editable(text);
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::PushStyleColor(ImGuiCol_Border, t.field_border);
  const bool changed =
      ImGui::InputTextWithHint(id, hint ? hint : "", text.data(), text.capacity() + 1,
                               ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_CallbackCharFilter,
                               limited_callback, &lt);
  ImGui::PopStyleColor();
  fit_to_terminator(text);
  sem_describe(SemRole::textbox, hint && *hint ? std::string(hint) : sem_last_heading());
  // The hint shows in an empty field, on one line cut at the frame (the text typed scrolls).
  if (text.empty() && hint)
    item_registry_note_text(ImGui::GetItemID(), ImGui::CalcTextSize(hint).x,
                            ImGui::GetItemRectSize().x - 2 * ImGui::GetStyle().FramePadding.x);
  keep_text_field_visible(ImGui::GetItemID(), ImGui::GetCurrentContext()->LastItemData.Rect, changed);
  return changed;
}

void card_begin(const char* id, const char* title, const Theme& t, ImFont* title_font, ImU32 accent_bar) {
  ImGui::PushStyleColor(ImGuiCol_ChildBg, t.card);
  ImGui::PushStyleColor(ImGuiCol_Border, t.card_border);
  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, em(0.7f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(0.9f), em(0.8f)));
  ImGui::BeginChild(id, ImVec2(-FLT_MIN, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY |
                                                 ImGuiChildFlags_AlwaysUseWindowPadding,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NavFlattened);
  // Text in a card wraps at its edge, as in the page (a card is a window of its own, and ImGui
  // does not carry the page's wrapping into it).
  ImGui::PushTextWrapPos(0);
  if (title && *title) {
    if (accent_bar) {  // a coloured dot ties the card to its colour in the charts
      const ImVec2 p = ImGui::GetCursorScreenPos();
      const float r = em(0.32f);
      ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + r, p.y + ImGui::GetTextLineHeight() * 0.5f), r,
                                                  accent_bar);
      ImGui::SetCursorScreenPos(ImVec2(p.x + 2.0f * r + em(0.45f), p.y));
    }
    if (title_font) ImGui::PushFont(title_font);
    if (Semantics* s = current_semantics()) s->heading(title, 2);
    ImGui::TextUnformatted(title);
    if (title_font) ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, em(0.1f)));
  }
}

void card_end() {
  ImGui::PopTextWrapPos();
  ImGui::EndChild();
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor(2);
  ImGui::Dummy(ImVec2(0, em(0.25f)));
}

bool primary_button(const char* label, const Theme& t, ImVec2 size) {
  ImGui::PushStyleColor(ImGuiCol_Button, t.accent);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, t.accent);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, t.accent);
  ImGui::PushStyleColor(ImGuiCol_Text, t.on_accent);
  const bool pressed = text_button(label, size);
  ImGui::PopStyleColor(4);
  return pressed;
}

bool secondary_button(const char* label, ImVec2 size) { return text_button(label, size); }

bool danger_button(const char* label, const Theme& t, ImVec2 size) {
  ImGui::PushStyleColor(ImGuiCol_Button, t.danger);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, t.danger);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, t.danger);
  ImGui::PushStyleColor(ImGuiCol_Text, t.on_danger);
  const bool pressed = text_button(label, size);
  ImGui::PopStyleColor(4);
  return pressed;
}

void take_default_focus() {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  if (g.LastItemData.ID == 0) return;
  ImGui::SetFocusID(g.LastItemData.ID, g.CurrentWindow);
  g.NavDisableHighlight = false;
  ImGui::ScrollToItem(ImGuiScrollFlags_KeepVisibleEdgeY);
}

void hover_tip(const char* text, ImGuiHoveredFlags flags) {
  if (ImGui::GetIO().MouseSource == ImGuiMouseSource_Mouse && ImGui::IsItemHovered(flags)) ImGui::SetTooltip("%s", text);
}

void muted_text(const Theme& t, const char* fmt, ...) {
  ImGui::PushStyleColor(ImGuiCol_Text, t.text_muted);
  va_list args;
  va_start(args, fmt);
  ImGui::PushTextWrapPos(0);
  ImGui::TextWrappedV(fmt, args);
  ImGui::PopTextWrapPos();
  va_end(args);
  ImGui::PopStyleColor();
}

void colored_text_wrapped(ImU32 color, const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

void banner(ImU32 border, ImU32 fill, ImU32 text, const char* message) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const float pad = em(0.6f);
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::SetCursorScreenPos(ImVec2(start.x + pad + em(0.2f), start.y + pad));
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 2 * pad - em(0.2f));
  ImGui::PushStyleColor(ImGuiCol_Text, text);
  ImGui::TextUnformatted(message);
  ImGui::PopStyleColor();
  ImGui::PopTextWrapPos();
  const float bottom = ImGui::GetItemRectMax().y + pad;
  dl->ChannelsSetCurrent(0);
  dl->AddRectFilled(start, ImVec2(start.x + width, bottom), fill, em(0.4f));
  dl->AddRectFilled(start, ImVec2(start.x + em(0.25f), bottom), border, em(0.4f), ImDrawFlags_RoundCornersLeft);
  dl->ChannelsMerge();
  ImGui::SetCursorScreenPos(ImVec2(start.x, bottom));
  ImGui::Dummy(ImVec2(width, em(0.3f)));
}

}  // namespace painlink::ui
