// Small drawing helpers shared by the charts (ImDrawList only; sizes in em, colours from the theme).
#pragma once

#include <string>
#include <string_view>

#include "core/analysis/connection.hpp"
#include "core/analysis/triggers.hpp"
#include "ui/ui_state.hpp"

namespace painlink::ui {

// Dark text on pale fills, white on deep ones.
ImU32 chart_text_on(ImU32 fill);

// Verdict colours and words, shared by the trigger chart, its legend and the connection view.
ImU32 verdict_color(const Theme& t, analysis::Verdict v);
const char* verdict_label(analysis::Verdict v);
ImU32 link_color(const Theme& t, analysis::LinkVerdict v, bool protective);
const char* link_label(analysis::LinkVerdict v);

// A rounded label ("Possible trigger") at pos; returns its size.
ImVec2 draw_pill(ImDrawList* dl, ImVec2 pos, const char* text, ImU32 fill, ImU32 text_color);
ImVec2 pill_size(const char* text);

// A legend entry (swatch + text) that wraps to a new line inside [left, right]; advances pos.
enum class Swatch { dot, square, triangle, line, bar };
void legend_entry(ImDrawList* dl, ImVec2& pos, float left, float right, Swatch shape, ImU32 color, const char* text,
                  ImU32 text_color);
// Height the legend entries took (pos.y after the last entry - start y + one line).
inline float legend_height(float start_y, const ImVec2& pos) { return pos.y - start_y + ImGui::GetTextLineHeight(); }

// Breaks `text` into lines no wider than `width`, at spaces only: ImGui's own wrapping also breaks
// after '.', which would split a number such as "0.46" across two lines.
std::string wrap_at_spaces(const char* text, float width, ImFont* font = nullptr);

// Wrapped text drawn straight into the draw list; returns its height. measure_wrapped() gives the
// same height without drawing.
float draw_wrapped(ImDrawList* dl, ImVec2 pos, float width, ImU32 color, const char* text, ImFont* font = nullptr);
float measure_wrapped(float width, const char* text, ImFont* font = nullptr);

// ImGui text that wraps (at spaces) inside the current column and uses a colour.
void text_wrapped_color(ImU32 color, const std::string& text);

// The bold face holds ASCII and a few symbols: a label with other letters (a custom factor or a
// medicine named in French or Greek) is drawn in regular, where every letter it may hold exists.
ImFont* bold_if_in_face(const Ui& ui, std::string_view text);

// "45%" (or "-" for NaN).
std::string percent_text(double share);
// "2.1" / "0.62" like the analysis' wording (2 decimals below 2, 1 below 10).
std::string ratio_text(double v);

}  // namespace painlink::ui
