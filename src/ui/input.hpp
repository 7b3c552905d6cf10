// Browser input -> ImGui. Mouse and pen go straight through; touch needs gestures: a finger that
// moves before lifting scrolls the view under it (with a fling), a finger that lifts in place taps.
#pragma once

namespace painlink::ui {
struct Ui;
}

namespace painlink::ui::input {

// kind: 0 move, 1 down, 2 up, 3 cancel, 4 leave. pointer_type: 0 mouse, 1 touch, 2 pen.
void pointer(Ui& ui, int kind, float x, float y, int button, int pointer_type, bool primary);
void wheel(Ui& ui, float x, float y, float dx_lines, float dy_lines);
// `key` is the DOM KeyboardEvent.key ("ArrowLeft", "Enter", "a"...). mods: 1 ctrl, 2 shift, 4 alt, 8 meta.
void key(Ui& ui, const char* key, bool down, int mods);
void text(Ui& ui, const char* utf8);
void focus(Ui& ui, bool focused);
// The browser's text area over a multi-line box (ui/text_area.hpp): its whole text after an edit,
// with the height it needs for it (CSS px, 0 if unknown); and the end of typing there (Escape,
// Tab, or focus gone elsewhere); `tab_follows` when a Tab key is sent next, to move on from the box.
void text_area_changed(Ui& ui, const char* utf8, float content_height);
void text_area_done(Ui& ui, bool tab_follows = false);
// Called at the start of each frame: continues a touch fling. True while it is still moving.
bool advance_fling(Ui& ui, double now_ms);

}  // namespace painlink::ui::input
