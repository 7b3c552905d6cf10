// The browser behind the platform seam: localStorage (BrowserStore, the core's KeyValueStore) and
// the calls platform_web.cpp makes into JavaScript. The UI never includes this file: it is handed
// a ui::Platform (ui/platform_api.hpp), which platform_web.cpp's WebPlatform implements with these.
// platform_web.cpp is the only implementation, and the only file (with web_platform.js and
// web_api.js) that knows about Emscripten.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/storage.hpp"

namespace painlink::platform {

// localStorage of the widget's origin. Every call is guarded: a browser that throws (disabled
// storage, sandboxed iframe, Safari private mode) makes available() false, never a crash.
class BrowserStore final : public KeyValueStore {
 public:
  bool available() override;
  std::optional<std::string> get(const std::string& key) override;
  WriteStatus set(const std::string& key, const std::string& value) override;
  void remove(const std::string& key) override;
  std::vector<std::string> keys() override;
  bool holds(const std::string& key, const std::string& value) override;  // compared in JavaScript
  WriteStatus copy(const std::string& from, const std::string& to) override;  // copied in JavaScript

 private:
  // The text this store last read or wrote under each key, the same text the JS side keeps as a
  // string (Module.plStorageMemo, updated in the same calls). When holds() is asked about that
  // text, the browser compares two of its own strings: no 350 KB conversion for the checks a save
  // makes of its slots and of its own write. The JS memo is per module, so a module has one
  // BrowserStore (the widget's).
  std::map<std::string, std::string> mirror_;
};

// Time: wall clock in ms since the epoch, and the user's *local* calendar date.
std::int64_t now_ms();
Date today_local();

// Save a file to the user's device (the only way data leaves: the user asked for it).
void download_file(const std::string& filename, const std::string& mime, const std::string& content);
// Saves the value stored under `key` as a file exactly as the browser holds it (a kept-aside value
// may not be UTF-8 on the way through wasm). False when nothing is stored there.
bool download_stored(const std::string& filename, const std::string& mime, const std::string& key);
// Opens the browser's print dialog for a self-contained HTML document (the doctor's report).
void print_html(const std::string& html);
// Absolute URL of a file shipped next to painlink.js ("report.css"), "" if unknown.
std::string asset_url(const std::string& file);
// Opens a file picker; the chosen file's text arrives through App::on_file_loaded(purpose, text).
void pick_text_file(const std::string& accept, int purpose);
// The screen-reader alternative: a short plain-text summary kept current in an aria-live region.
void set_accessible_summary(const std::string& text);
void announce(const std::string& text);
// Tells the embedding page something changed (JS API "change" event). Never carries journal data
// across origins: the JS side only dispatches it inside this widget's own window.
void notify_change();
// Asks the browser for persistent storage once (navigator.storage.persist).
void request_persistent_storage();
// Keeps rendering for at least `ms` milliseconds (animations, tooltips); otherwise frames are
// only drawn on input.
void request_frames(int ms);
// Copies text to the clipboard (ImGui's copy).
void set_clipboard(const std::string& text);
// Fetches a font file shipped next to painlink.js; the bytes arrive through pl_font_loaded.
void fetch_font(const std::string& file);

}  // namespace painlink::platform
