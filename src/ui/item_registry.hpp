// Where each labelled ImGui item was drawn in the last frame, through ImGui's own test-engine
// hooks (semantics.cpp forwards them here). Off unless the embedder mounts with
// { testHooks: true }: browser tests use it to find a button inside the canvas the way a person
// finds it on screen (by its label), then click there; the native UI tests also check that each
// control is big enough for a finger and that its text fits inside it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/model.hpp"

struct ImGuiContext;
typedef unsigned int ImGuiID;

namespace painlink::ui {

struct ItemRect {
  std::string label;           // the full ImGui label, "6##back"
  float x0, y0, x1, y1;        // CSS pixels, visible part (clipped to its window)
  bool visible;
  bool focused = false;        // has the keyboard-navigation focus (drawn with a highlight)
  float full_height = 0;       // the whole item's height: more than y1 - y0 when it is cut off
  float full_width = 0;
  std::uint32_t id = 0;        // ImGui's ID: the semantics node of the same ID says what it is
  // The widest line of the text shown on the item and the width it has there: its visible label
  // (ImGui draws it inside the frame, clipped), or what a widget drawing its own text said.
  float text_width = 0;
  float text_room = 0;
};

void item_registry_enable(ImGuiContext* ctx, bool on);
void item_registry_new_frame();
Json item_registry_json();
// From the item hook: the item just submitted (recorded only while enabled).
void item_registry_record(ImGuiContext* ctx, ImGuiID id, const char* label);
const std::vector<ItemRect>& item_registry_items();  // the same, typed (native UI tests)
// A widget that draws the text of an item itself (an invisible button under a wrapped label, a
// combo's preview) says how wide that text is and how much room it has there.
void item_registry_note_text(ImGuiID id, float text_width, float text_room);

}  // namespace painlink::ui
