// The browser's part of changing language (ui::Platform::use_language): the active catalogue of
// core/i18n/translate.hpp is set here and nowhere else in the widget. English is the code's own
// text; another language's catalogue, i18n/<tag>.json next to painlink.js, is fetched the first
// time that language is asked for (a first visit in English downloads none) and kept for later
// switches. The service worker caches it once used (scripts/web_sw.mjs).
#pragma once

#include <functional>

#include "core/i18n/language.hpp"

namespace painlink::platform {

// `loaded(lang, ok)` runs when a fetched catalogue became active (ok) or could not be fetched or
// read (English stays); never for English or a catalogue already at hand, which are active at once.
void use_language(i18n::Language lang, std::function<void(i18n::Language, bool)> loaded);

}  // namespace painlink::platform
