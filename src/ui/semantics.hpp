// The semantics tree: what each frame shows, as a list a screen reader and a keyboard can use.
// The canvas is only pixels; the shell mirrors these nodes as invisible DOM elements placed over
// it (role, name, value, state), so assistive technology finds real buttons, radio groups, spin
// buttons, text boxes and headings where the patient sees them.
//
// Collected during the frame: every labelled ImGui item reports itself (ImGui's item hooks, see
// semantics.cpp), and Painlink's widgets then say what the item is ("a radio in the group Back
// pain", "a spin button at 7.0 h"). The list is handed to the platform only when it changed.
//
// Keyboard focus is ImGui's own navigation (NavId): Tab and Shift+Tab go through every item in
// reading order, scrolling as needed; the shell moves DOM focus to the mirror of the focused item,
// and a screen reader's own focus or click on a mirror comes back as request_focus/activate.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "imgui.h"

struct ImGuiContext;

namespace painlink::ui {

enum class SemRole : std::uint8_t {
  button,      // a plain action; `checked` >= 0 makes it a toggle (aria-pressed)
  radio,       // one choice of a radiogroup (a 0-10 score, Yes/No, an answer)
  radiogroup,  // container
  tab,         // a view in the navigation
  tablist,     // container
  spinbutton,  // a stepper's value: Up/Down change it through `increment`/`decrement`
  textbox,
  checkbox,
  combobox,
  heading,     // a card's title
  image,       // a chart or figure, named by what it shows (not a control)
};

const char* sem_role_name(SemRole role);  // the ARIA role

struct SemNode {
  std::uint32_t id = 0;     // ImGui item ID (groups and headings get IDs of their own)
  SemRole role = SemRole::button;
  std::string name;         // what is read out
  std::string value;        // spinbutton value text ("7.0 h", "not recorded"); textbox: empty
  std::int8_t checked = -1; // radio/tab/checkbox/toggle: 1 yes, 0 no; -1: not a state
  bool disabled = false;
  bool multiline = false;   // textbox
  std::uint8_t level = 0;   // heading level
  std::uint32_t group = 0;  // the id of the radiogroup/tablist it belongs to
  std::uint32_t increment = 0, decrement = 0;  // spinbutton: the + and - buttons
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;        // CSS pixels, the visible part

  bool focusable() const {
    return role != SemRole::heading && role != SemRole::radiogroup && role != SemRole::tablist &&
           role != SemRole::image && !disabled;
  }
  bool operator==(const SemNode&) const = default;
};

// What the shell needs besides the nodes: where keyboard focus is, and whether Tab / Shift+Tab
// should now leave the widget (focus on the last / first item, nothing more out of view).
struct SemFrame {
  std::vector<SemNode> nodes;
  std::uint32_t focus = 0;    // ImGui's NavId when it is one of the nodes
  std::uint32_t editing = 0;  // the text box being typed into
  bool focus_visible = false; // the focus came from the keyboard (the ring is drawn)
  bool leave_forward = false;
  bool leave_backward = false;
  bool operator==(const SemFrame&) const = default;
};

class Semantics {
 public:
  void attach(ImGuiContext* ctx);
  // Off: nothing is collected or handed over (make bench measures a frame's cost both ways).
  void set_enabled(bool on) { enabled_ = on; }
  void begin_frame();
  // After the last item, before ImGui::Render(): resolves focus requests, draws the focus ring.
  // body_at_end: the scrolling body shows its last line (Tab past the last item may leave).
  void end_frame(bool body_at_end, ImU32 ring_color, float ring_width);
  // The frame's tree when it differs from the last one taken, else nullptr.
  const SemFrame* take_if_changed();
  const SemFrame& current() const { return frame_; }
  // Whether (x, y), in CSS pixels, is on a text box of the last frame (false while disabled).
  bool text_field_at(float x, float y) const;

  // From the ImGui item hook: an item with a label was submitted and is visible.
  void on_item(std::uint32_t id, const char* label, int status_flags);
  // Widgets describe the item just drawn (ImGui's last item). Ignored when it was not visible.
  SemNode* describe_last(SemRole role, const std::string& name);
  // Containers: the items described in between belong to it.
  void group_begin(SemRole role, const std::string& name);
  void group_end();
  void heading(const std::string& text, int level);
  // The title of the card being drawn: the name of a field that has no label of its own.
  const std::string& last_heading() const { return last_heading_; }
  SemNode* node(std::uint32_t id) { return find(id); }

  // From the shell (between frames): the screen reader moved its focus to / clicked a mirror.
  void request_focus(std::uint32_t id);
  // focus: the activated item also takes the keyboard focus (a click on it); a spin button's
  // Up/Down presses its + or - and keeps the focus on the value.
  void request_activate(std::uint32_t id, bool focus = true);
  // The text box the browser's own text area is typing in this frame (ui/text_area.hpp), which
  // ImGui does not know as an active field.
  void set_editing(std::uint32_t id) { editing_ = id; }

 private:
  SemNode* find(std::uint32_t id);
  ImGuiContext* ctx_ = nullptr;
  bool enabled_ = true;
  SemFrame frame_;
  SemFrame taken_;
  bool taken_once_ = false;
  std::vector<std::size_t> open_groups_;
  std::uint32_t pending_focus_ = 0;
  std::uint32_t editing_ = 0;
  std::uint32_t restore_focus_ = 0;  // ImGui moves the focus to a pressed button: undo that
  std::string last_heading_;
};

// The semantics of the current ImGui context (set by attach), for the widgets.
Semantics* current_semantics();
// Shorthands for widgets; each does nothing when no Semantics is attached.
SemNode* sem_describe(SemRole role, const std::string& name);
void sem_group_begin(SemRole role, const std::string& name);
void sem_group_end();
SemNode* sem_node(std::uint32_t id);
std::string sem_last_heading();
// The visible part of an ImGui label ("6##back" -> "6").
std::string sem_visible_label(const char* label);

}  // namespace painlink::ui
