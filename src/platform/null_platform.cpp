#include "platform/null_platform.hpp"

#include <algorithm>

#include "ui/ui.hpp"

namespace painlink::platform {

void NullPlatform::download_file(const std::string& filename, const std::string& mime, const std::string& content) {
  downloads.push_back({filename, mime, content, {}});
}

bool NullPlatform::download_stored(const std::string& filename, const std::string& mime, const std::string& key) {
  // No browser storage to read from: the caller falls back to download_file with the core's copy.
  (void)filename;
  (void)mime;
  (void)key;
  return false;
}

void NullPlatform::pick_text_file(const std::string& accept, ui::FilePurpose purpose) {
  (void)accept;
  file_picks.push_back(purpose);
}

void NullPlatform::use_language(i18n::Language lang) {
  languages_used.push_back(lang);
  catalogue_requested.reset();
  if (lang == i18n::Language::en) {
    i18n::set_active_catalogue(nullptr);
  } else if (const auto it = loaded_.find(lang); it != loaded_.end()) {
    i18n::set_active_catalogue(it->second);
  } else {
    catalogue_requested = lang;
    catalogues_fetched.push_back(lang);
  }
}

void NullPlatform::deliver_catalogue(ui::Ui& ui, const std::optional<std::string>& text) {
  if (!catalogue_requested) return;
  const i18n::Language lang = *catalogue_requested;
  catalogue_requested.reset();
  Parsed<i18n::Catalogue> parsed = text ? i18n::read_catalogue_for(lang, *text) : Parsed<i18n::Catalogue>{};
  if (parsed.ok()) {
    auto catalogue = std::make_shared<const i18n::Catalogue>(std::move(*parsed.value));
    loaded_[lang] = catalogue;
    i18n::set_active_catalogue(catalogue);
  }
  ui::on_language_loaded(ui, lang, parsed.ok());
}

void NullPlatform::request_frames(int ms) { frames_requested_ms = std::max(frames_requested_ms, ms); }

}  // namespace painlink::platform
