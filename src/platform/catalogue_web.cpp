#include "platform/catalogue_web.hpp"

#include <emscripten.h>

#include <map>
#include <memory>
#include <string>

#include "core/i18n/catalogue.hpp"
#include "core/i18n/translate.hpp"

// Fetches i18n/<tag>.json next to painlink.js and hands its text to _pl_catalogue_loaded (ok 0:
// it could not be fetched). The document's language attribute follows, for screen readers.
EM_JS(void, pl_js_fetch_catalogue, (int lang, const char* tag), {
  var file = "i18n/" + UTF8ToString(tag) + ".json";
  var url = file;
  try {
    url = Module["locateFile"] ? Module["locateFile"](file, "") : new URL(file, document.baseURI).href;
  } catch (e) {
  }
  var deliver = function(ok, text) {
    if (!Module._pl_catalogue_loaded) return;
    var n = lengthBytesUTF8(text) + 1;
    var p = Module._malloc(n);
    stringToUTF8(text, p, n);
    Module._pl_catalogue_loaded(lang, ok, p);
    Module._free(p);
    if (Module.PL) Module.PL.requestFrames(200);
  };
  fetch(url, {credentials : "same-origin"})
      .then(function(r) {
        if (!r.ok) throw new Error("HTTP " + r.status);
        return r.text();
      })
      .then(function(text) { deliver(1, text); })
      .catch(function(err) {
        console.error("Painlink: " + file + " could not be fetched: " + (err && err.message ? err.message : err));
        deliver(0, "");
      });
});

EM_JS(void, pl_js_set_document_lang, (const char* tag), {
  try {
    var el = Module.PL && Module.PL.canvas ? Module.PL.canvas.closest(".painlink-root") : null;
    if (el) el.setAttribute("lang", UTF8ToString(tag));
  } catch (e) {
  }
});

EM_JS(void, pl_js_catalogue_error, (const char* text), { console.error("Painlink: " + UTF8ToString(text)); });

namespace painlink::platform {

namespace {

struct Languages {
  std::map<i18n::Language, std::shared_ptr<const i18n::Catalogue>> loaded;
  i18n::Language wanted = i18n::Language::en;
  std::function<void(i18n::Language, bool)> loaded_callback;
};

Languages& languages() {
  static Languages state;
  return state;
}

void activate(i18n::Language lang, std::shared_ptr<const i18n::Catalogue> catalogue) {
  i18n::set_active_catalogue(std::move(catalogue));
  pl_js_set_document_lang(i18n::to_tag(lang));
}

}  // namespace

void use_language(i18n::Language lang, std::function<void(i18n::Language, bool)> loaded) {
  Languages& l = languages();
  l.wanted = lang;
  l.loaded_callback = std::move(loaded);
  if (lang == i18n::Language::en) {
    activate(lang, nullptr);
  } else if (const auto it = l.loaded.find(lang); it != l.loaded.end()) {
    activate(lang, it->second);
  } else {
    pl_js_fetch_catalogue(static_cast<int>(lang), i18n::to_tag(lang));
  }
}

}  // namespace painlink::platform

extern "C" {

EMSCRIPTEN_KEEPALIVE void pl_catalogue_loaded(int lang_number, int ok, const char* text) {
  using namespace painlink;
  if (lang_number < 0 || lang_number > static_cast<int>(i18n::Language::es)) return;
  const auto lang = static_cast<i18n::Language>(lang_number);
  platform::Languages& l = platform::languages();
  Parsed<i18n::Catalogue> parsed;
  if (ok) {
    parsed = i18n::read_catalogue_for(lang, text ? text : "");
    for (const FieldError& e : parsed.errors)
      pl_js_catalogue_error((std::string("i18n/") + i18n::to_tag(lang) + ".json " + e.path + ": " + e.message).c_str());
  }
  if (parsed.ok()) {
    auto catalogue = std::make_shared<const i18n::Catalogue>(std::move(*parsed.value));
    l.loaded[lang] = catalogue;
    if (l.wanted == lang) platform::activate(lang, catalogue);
  }
  if (l.wanted == lang && l.loaded_callback) l.loaded_callback(lang, parsed.ok());
}

}  // extern "C"
