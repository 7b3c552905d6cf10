// The widget without a browser: JournalApp over a MemoryStore, the UI over the null platform, and
// real ImGui frames drawn headless (ImGui needs no renderer: a frame is NewFrame ... Render, and
// the draw lists are simply not drawn). Input goes through the same ui::input calls the browser's
// events reach, and after every frame the harness does what the web shell's after_change does.
#pragma once

#include <doctest/doctest.h>

#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include "core/journal_app.hpp"
#include "core/storage.hpp"
#include "platform/null_platform.hpp"
#include "ui/input.hpp"
#include "ui/item_registry.hpp"
#include "ui/text_area.hpp"
#include "ui/ui.hpp"
#include "ui/ui_state.hpp"

namespace painlink::test {

inline constexpr float kPhoneW = 390, kPhoneH = 844;

// The text of a catalogue that ships (assets/i18n/<tag>.json), as the browser would fetch it.
inline std::string catalogue_text(const char* tag) {
  std::ifstream in(std::string(PAINLINK_ASSETS_DIR) + "/i18n/" + tag + ".json", std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "no assets/i18n/" << tag << ".json");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

class UiHarness {
 public:
  explicit UiHarness(Date today = date_from_civil(2026, 11, 20), float width = kPhoneW, float height = kPhoneH,
                     const Json& options = Json::object())
      : platform(today), width_(width), height_(height), options_(options) {
    open();
  }

  MemoryStore store;
  std::int64_t now_ms = 1'790'000'000'000;
  platform::NullPlatform platform;
  std::optional<JournalApp> app;
  ui::UiPtr ui;
  int change_events = 0;  // what the page's on("change") listeners would have heard

  // A fresh page over the same storage (a reload).
  void open() {
    ui.reset();
    app.emplace(store, "painlink.journal", [this] { return now_ms; });
    app->start();
    app->take_changes();
    Json options = options_;
    options["testHooks"] = true;
    ui = ui::create(*app, platform, options);
    ui->capture_text = capture_text_;
    frames(3);
  }

  // The catalogue the UI asked for arrives (the browser's fetch), and a few frames show it.
  void deliver_catalogue() {
    REQUIRE(platform.catalogue_requested.has_value());
    platform.deliver_catalogue(*ui, catalogue_text(i18n::to_tag(*platform.catalogue_requested)));
    frames(3);
  }
  // A page whose browser prefers `tags` (navigator.languages), over the same storage.
  void open_with_languages(std::vector<std::string> tags) {
    platform.preferred = std::move(tags);
    open();
  }

  // Keeps every text drawn in the last frame (ui::Ui::captured_text), from now on and after open().
  void capture_text() {
    capture_text_ = true;
    ui->capture_text = true;
    frames(2);
  }
  const std::string& text() const { return ui->captured_text; }

  // One frame, then the shell's follow-up to whatever it changed.
  void frame() {
    ui::prepare_fonts(*ui, 1.0f);
    ui::frame(*ui, width_, height_, 1.0f, static_cast<double>(now_ms));
    now_ms += 16;
    app->tick();
    const ChangeSet c = app->take_changes();
    if (!c.empty()) ui::on_journal_changed(*ui, c);
    if (c.journal()) ++change_events;
  }
  void frames(int n) {
    for (int i = 0; i < n; ++i) frame();
  }

  // The item drawn last frame whose ImGui label is `label` ("7##headache"), or nullptr.
  const ui::ItemRect* find(const std::string& label) const {
    for (const ui::ItemRect& it : ui::item_registry_items())
      if (it.label == label) return &it;
    return nullptr;
  }
  bool shows(const std::string& label) const { return find(label) != nullptr; }

  // Scrolls until the item is on screen (as a person would), then taps its centre with a mouse.
  void tap(const std::string& label) {
    const ui::ItemRect* it = find(label);
    // Items scrolled out of the view are not drawn: look further down, then back from the top.
    for (int i = 0; i < 30 && !it; ++i) {
      ui::input::wheel(*ui, width_ / 2, height_ / 2, 0, i < 15 ? -3.0f : 3.0f);
      frames(2);
      it = find(label);
    }
    float wheel = 0;
    for (int i = 0; i < 40 && (it ? !fully_visible(*it) : wheel != 0); ++i) {
      // A negative wheel scrolls down: an item below the middle comes up, one above goes down.
      // (A card just beyond the edge of the view draws none of its items: go on the same way.)
      if (it) wheel = (it->y0 + it->y1) / 2 > height_ / 2 ? -3.0f : 3.0f;
      ui::input::wheel(*ui, width_ / 2, height_ / 2, 0, wheel);
      frames(2);
      it = find(label);
    }
    REQUIRE_MESSAGE(it != nullptr, "no item labelled " << label);
    REQUIRE_MESSAGE(fully_visible(*it), label << " never came into view");
    const float x = (it->x0 + it->x1) / 2, y = (it->y0 + it->y1) / 2;
    ui::input::pointer(*ui, 0, x, y, 0, 0, true);
    frame();
    ui::input::pointer(*ui, 1, x, y, 0, 0, true);
    frame();
    ui::input::pointer(*ui, 2, x, y, 0, 0, true);
    frames(3);
  }

  // Typing goes where the browser sends it: into the notes' text area while it is open (the
  // browser's <textarea> edits its own text, caret at the end, and reports all of it), otherwise
  // to ImGui.
  void type(const std::string& utf8) {
    if (const ui::TextAreaEdit* e = ui::text_area_editing(*ui)) {
      ui::input::text_area_changed(*ui, (e->text + utf8).c_str(), 0);
    } else {
      ui::input::text(*ui, utf8.c_str());
    }
    frames(2);
  }
  void key(const char* name, int mods = 0) {
    if (const ui::TextAreaEdit* e = ui::text_area_editing(*ui)) {
      const std::string k = name;
      if (k == "Enter") return type("\n");
      if (k == "Backspace") {
        std::string t = e->text;
        while (!t.empty() && (static_cast<unsigned char>(t.back()) & 0xC0) == 0x80) t.pop_back();
        if (!t.empty()) t.pop_back();
        ui::input::text_area_changed(*ui, t.c_str(), 0);
        frames(2);
        return;
      }
      if (k == "Escape" || k == "Tab") {  // as web_platform.js's onTextAreaKey
        ui::input::text_area_done(*ui, k == "Tab");
        if (k == "Escape") {
          frames(2);
          return;
        }
      }
    }
    ui::input::key(*ui, name, true, mods);
    frame();
    ui::input::key(*ui, name, false, mods);
    frames(2);
  }

 private:
  bool fully_visible(const ui::ItemRect& it) const {
    // Not cut off by the edge of the scrolling view either (the header hides its top part).
    return it.visible && it.y0 >= 0 && it.y1 <= height_ && it.y1 - it.y0 > 1 &&
           it.y1 - it.y0 >= it.full_height - 1;
  }
  float width_, height_;
  Json options_;
  bool capture_text_ = false;
};

}  // namespace painlink::test
