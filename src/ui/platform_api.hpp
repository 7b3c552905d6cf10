// What the UI needs from the world it runs in, as one interface it is handed at creation. The web
// build implements it in src/platform/platform_web.cpp (the browser); src/platform/null_platform.*
// implements it for native builds and the headless UI tests, where it records what was asked.
// The UI never includes anything from src/platform: this header is the whole seam.
#pragma once

#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/i18n/language.hpp"
#include "ui/semantics.hpp"

namespace painlink::ui {

// Why a file was picked; the picked file's text comes back with the same value.
enum class FilePurpose : int { import_journal = 1 };

class Platform {
 public:
  virtual ~Platform() = default;
  // The user's local calendar date (the day a check-in belongs to).
  virtual Date today_local() = 0;
  // Minutes after the user's local midnight now (0-1439): when the daily reminder is due.
  virtual int minutes_now_local() = 0;
  // Saves a file to the user's device: the only way data leaves, and only when the user asks.
  virtual void download_file(const std::string& filename, const std::string& mime, const std::string& content) = 0;
  // Saves the value stored under `key` exactly as storage holds it; false when nothing is there.
  virtual bool download_stored(const std::string& filename, const std::string& mime, const std::string& key) = 0;
  // Opens the print dialog for a self-contained HTML document (the doctor's report).
  virtual void print_html(const std::string& html) = 0;
  // Absolute URL of a file shipped next to the widget ("report.css"), "" if unknown.
  virtual std::string asset_url(const std::string& file) = 0;
  // Opens a file picker; the text arrives through ui::on_file_loaded with the same purpose.
  virtual void pick_text_file(const std::string& accept, FilePurpose purpose) = 0;
  // The screen-reader summary (kept current) and one-off announcements (read out once).
  virtual void set_accessible_summary(const std::string& text) = 0;
  virtual void announce(const std::string& text) = 0;
  virtual void set_clipboard(const std::string& text) = 0;
  // Fetches a font file shipped next to the widget; the bytes arrive through ui::on_font_loaded.
  virtual void fetch_font(const std::string& file) = 0;
  // The patient's preferred languages, most preferred first (navigator.languages: "es-MX", ...).
  virtual std::vector<std::string> preferred_languages() = 0;
  // Makes `lang` the language everything is drawn in (core/i18n/translate.hpp's active catalogue,
  // which only the shell sets). English, the code's own text, takes effect at once. Another
  // language's catalogue is fetched the first time it is asked for, and only then, and kept for
  // later switches; English shows until it is active, and ui::on_language_loaded says how it went.
  virtual void use_language(i18n::Language lang) = 0;
  // Opens an http(s) address in a new browser tab (the clinic's booking page), only on a tap.
  // Nothing is sent with it; any other scheme is ignored.
  virtual void open_link(const std::string& url) = 0;
  // The patient opened another view (`first`: the one shown at start): the browser's Back returns
  // to the previous one through ui::show_view.
  virtual void view_opened(int view, bool first) = 0;
  // The frame's semantics tree, when it changed: the browser mirrors it as DOM elements over the
  // canvas (roles, names, states, where each one is) and moves focus to `frame.focus`.
  virtual void set_semantics(const SemFrame& frame) = 0;
  // Keeps drawing for at least `ms` (animations); otherwise frames are drawn only on input.
  virtual void request_frames(int ms) = 0;
  // The visit has gone beyond a first visit's screens, so the views and analyses marked
  // PAINLINK_ON_DEMAND (core/on_demand.hpp) will soon run: the browser fetches them in the
  // background now rather than stopping for them when they are first called. Said once per visit.
  virtual void expect_rest_of_widget() = 0;
  // Whether those functions can run now. A view made of them waits while they are `loading`
  // (a frame is requested when that ends); `failed` means they could not be fetched (offline,
  // never cached): expect_rest_of_widget() tries again.
  enum class RestOfWidget { ready, loading, failed };
  virtual RestOfWidget rest_of_widget() = 0;
};

}  // namespace painlink::ui
