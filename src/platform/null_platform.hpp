// The UI's platform seam without a browser: for native builds and the headless UI tests
// (tests/ui). Nothing leaves the process; every request is recorded so a test can see what the UI
// asked for (a download, a print, an announcement) as a browser would have received it.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/i18n/translate.hpp"
#include "ui/platform_api.hpp"

namespace painlink::ui {
struct Ui;
}

namespace painlink::platform {

class NullPlatform final : public ui::Platform {
 public:
  struct Download {
    std::string filename, mime, content;
    std::string stored_key;  // download_stored: the key asked for (content stays empty)
  };
  explicit NullPlatform(Date today) : today(today) {}

  Date today;  // what today_local() answers; a test may move it
  int minutes_now = 12 * 60;  // what minutes_now_local() answers (local noon); a test may move it
  std::vector<Download> downloads;
  std::vector<std::string> printed;        // print_html documents
  std::vector<std::string> announcements;  // announce(), in order
  std::string summary;                     // the last accessible summary
  std::vector<ui::FilePurpose> file_picks;
  std::string clipboard;
  std::vector<std::string> links_opened;    // open_link() addresses, in order
  int frames_requested_ms = 0;              // the longest request so far
  std::vector<std::string> fonts_requested;
  std::vector<int> views_opened;  // view_opened, in order (the first one included)
  ui::SemFrame semantics;         // the last semantics tree handed over
  int semantics_updates = 0;      // how many times it was handed over
  int rest_expected = 0;          // expect_rest_of_widget() calls
  RestOfWidget rest = RestOfWidget::ready;  // what rest_of_widget() answers

  Date today_local() override { return today; }
  int minutes_now_local() override { return minutes_now; }
  void download_file(const std::string& filename, const std::string& mime, const std::string& content) override;
  bool download_stored(const std::string& filename, const std::string& mime, const std::string& key) override;
  void print_html(const std::string& html) override { printed.push_back(html); }
  std::string asset_url(const std::string& file) override { return "about:blank#" + file; }
  void pick_text_file(const std::string& accept, ui::FilePurpose purpose) override;
  void set_accessible_summary(const std::string& text) override { summary = text; }
  void announce(const std::string& text) override { announcements.push_back(text); }
  void set_clipboard(const std::string& text) override { clipboard = text; }
  void open_link(const std::string& url) override { links_opened.push_back(url); }
  void request_frames(int ms) override;
  void fetch_font(const std::string& file) override { fonts_requested.push_back(file); }
  void view_opened(int view, bool first) override {
    (void)first;
    views_opened.push_back(view);
  }
  void expect_rest_of_widget() override { ++rest_expected; }
  RestOfWidget rest_of_widget() override { return rest; }
  // Languages: what preferred_languages() answers, and the shell's part of use_language (core/i18n):
  // English is set at once; another language waits in `catalogue_requested` until a test hands its
  // file over with deliver_catalogue, as the browser's fetch would. The catalogue active before
  // this platform was made is put back when it goes.
  std::vector<std::string> preferred = {"en-US", "en"};
  std::vector<i18n::Language> languages_used;         // use_language(), in order
  std::optional<i18n::Language> catalogue_requested;  // a fetch under way
  std::vector<i18n::Language> catalogues_fetched;     // every fetch asked for
  std::vector<std::string> preferred_languages() override { return preferred; }
  void use_language(i18n::Language lang) override;
  // The requested catalogue's text arrived (nullopt: the fetch failed); ui hears of it.
  void deliver_catalogue(ui::Ui& ui, const std::optional<std::string>& text);
  void set_semantics(const ui::SemFrame& frame) override {
    semantics = frame;
    ++semantics_updates;
  }

 private:
  i18n::ScopedCatalogue language_guard_{nullptr};
  std::map<i18n::Language, std::shared_ptr<const i18n::Catalogue>> loaded_;
};

}  // namespace painlink::platform
