// The browser half of the platform seam: localStorage, time, downloads, print, file picking,
// accessibility text, and the exported C entry points that web_platform.js / web_api.js call.
// This file and web_platform.js are the only places that know about Emscripten.
#include <emscripten.h>
#include <emscripten/html5.h>
#include <GLES3/gl3.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

#include "imgui.h"

#include "core/analysis/insights.hpp"
#include "core/journal_app.hpp"
#include "platform/catalogue_web.hpp"
#include "platform/platform.hpp"
#include "platform/webgl_renderer.hpp"
#include "ui/input.hpp"
#include "ui/item_registry.hpp"
#include "ui/platform_api.hpp"
#include "ui/text_area.hpp"
#include "ui/ui.hpp"

// ---- JS side (each body runs inside this widget's module instance) ------------------------------

// Every storage call can throw (SecurityError in sandboxed iframes, disabled storage). Only
// access is probed: a *full* storage is available (saves report quota_exceeded, not "no storage").
EM_JS(int, pl_js_storage_available, (), {
  try {
    var s = window.localStorage;
    s.getItem("painlink.probe");
    return s ? 1 : 0;
  } catch (e) {
    return 0;
  }
});

// Module.plStorageMemo: key -> the string this module last read or wrote there; BrowserStore's
// `mirror_` holds the same text on the C++ side (see platform.hpp). Forgotten whenever unsure.
// The value's length goes to *out_len: a stored U+0000 is text, not the end of it. A string that
// is not well-formed UTF-16 (a lone surrogate) arrives with each lone surrogate as its own 3-byte
// sequence, which is not UTF-8: the core then knows the text is not what it can store, instead of
// reading the browser's U+FFFD as if the patient had written it.
EM_JS(char*, pl_js_storage_get, (const char* key, size_t* out_len), {
  var v;
  var memo = Module.plStorageMemo || (Module.plStorageMemo = new Map());
  var k = UTF8ToString(key);
  memo.delete(k);
  try {
    v = window.localStorage.getItem(k);
  } catch (e) {
    return 0;
  }
  if (v === null) return 0;
  memo.set(k, v);
  // The browser's own encoder: a journal slot is ~350,000 characters, and Emscripten's
  // lengthBytesUTF8 + stringToUTF8 walk it twice in JavaScript (most of a save's time).
  var wellFormed = true;
  if (typeof v.isWellFormed === "function") {
    wellFormed = v.isWellFormed();
  } else {
    for (var j = 0; j < v.length && wellFormed; j++) {
      var u = v.charCodeAt(j);
      if (u >= 0xD800 && u <= 0xDBFF) {
        var next = j + 1 < v.length ? v.charCodeAt(j + 1) : 0;
        if (next >= 0xDC00 && next <= 0xDFFF) j++;
        else wellFormed = false;
      } else if (u >= 0xDC00 && u <= 0xDFFF) {
        wellFormed = false;
      }
    }
  }
  var bytes;
  if (wellFormed) {
    bytes = new TextEncoder().encode(v);
  } else {
    var out = new Uint8Array(v.length * 3);
    var n = 0;
    for (var i = 0; i < v.length; i++) {
      var c = v.charCodeAt(i);
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < v.length) {
        var d = v.charCodeAt(i + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) {
          c = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
          i++;
        }
      }
      if (c < 0x80) {
        out[n++] = c;
      } else if (c < 0x800) {
        out[n++] = 0xC0 | (c >> 6);
        out[n++] = 0x80 | (c & 63);
      } else if (c < 0x10000) {
        out[n++] = 0xE0 | (c >> 12);
        out[n++] = 0x80 | ((c >> 6) & 63);
        out[n++] = 0x80 | (c & 63);
      } else {
        out[n++] = 0xF0 | (c >> 18);
        out[n++] = 0x80 | ((c >> 12) & 63);
        out[n++] = 0x80 | ((c >> 6) & 63);
        out[n++] = 0x80 | (c & 63);
      }
    }
    bytes = out.subarray(0, n);
  }
  var p = _malloc(bytes.length + 1);
  // Out of memory must not read as "nothing stored" (a save would then overwrite the value).
  if (!p) abort("Painlink: out of memory reading " + UTF8ToString(key));
  HEAPU8.set(bytes, p);
  HEAPU8[p + bytes.length] = 0;
  HEAPU32[out_len >> 2] = bytes.length;
  return p;
});

// 0 ok, 1 quota exceeded, 2 unavailable or nothing under `from`, 3 the copy did not read back.
// The value never leaves JavaScript: a kept-aside copy must be the stored string itself, U+0000
// and lone surrogates included, which a trip through UTF-8 would change.
EM_JS(int, pl_js_storage_copy, (const char* from, const char* to), {
  var memo = Module.plStorageMemo || (Module.plStorageMemo = new Map());
  var f = UTF8ToString(from);
  var t = UTF8ToString(to);
  memo.delete(t);
  try {
    var s = window.localStorage;
    var v = s.getItem(f);
    if (v === null) return 2;
    s.setItem(t, v);
    if (s.getItem(t) === v) return 0;
    s.removeItem(t);
    return 3;
  } catch (e) {
    var quota = e && (e.name === "QuotaExceededError" || e.code === 22 || e.code === 1014 ||
                      e.name === "NS_ERROR_DOM_QUOTA_REACHED");
    return quota ? 1 : 2;
  }
});

// 0 ok, 1 quota exceeded, 2 unavailable
// Values are passed with their length and decoded by the browser's TextDecoder: UTF8ToString would
// first walk a 350 KB journal byte by byte in JavaScript to find its end.
EM_JS(int, pl_js_storage_set, (const char* key, const char* value, size_t value_len), {
  var memo = Module.plStorageMemo || (Module.plStorageMemo = new Map());
  var k = UTF8ToString(key);
  memo.delete(k);
  try {
    var text = new TextDecoder().decode(HEAPU8.subarray(value, value + value_len));
    window.localStorage.setItem(k, text);
    memo.set(k, text);
    return 0;
  } catch (e) {
    var quota = e && (e.name === "QuotaExceededError" || e.code === 22 || e.code === 1014 ||
                      e.name === "NS_ERROR_DOM_QUOTA_REACHED");
    return quota ? 1 : 2;
  }
});

// The read-back check of a save: the stored string is compared where it lives, not copied to wasm.
EM_JS(int, pl_js_storage_holds, (const char* key, const char* value, size_t value_len), {
  try {
    var text = new TextDecoder().decode(HEAPU8.subarray(value, value + value_len));
    return window.localStorage.getItem(UTF8ToString(key)) === text ? 1 : 0;
  } catch (e) {
    return 0;
  }
});

// 1 when the key still holds the memo's string: a string comparison inside the browser, with no
// text converted either way (the common case of a save's checks).
EM_JS(int, pl_js_storage_holds_memo, (const char* key), {
  var memo = Module.plStorageMemo;
  var k = UTF8ToString(key);
  if (!memo || !memo.has(k)) return 0;
  try {
    return window.localStorage.getItem(k) === memo.get(k) ? 1 : 0;
  } catch (e) {
    return 0;
  }
});

EM_JS(void, pl_js_storage_remove, (const char* key), {
  if (Module.plStorageMemo) Module.plStorageMemo.delete(UTF8ToString(key));
  try {
    window.localStorage.removeItem(UTF8ToString(key));
  } catch (e) {
  }
});

// Keys joined by "\n" (our keys never contain a newline).
EM_JS(char*, pl_js_storage_keys, (), {
  try {
    var keys = [];
    for (var i = 0; i < window.localStorage.length; i++) keys.push(window.localStorage.key(i));
    var s = keys.join("\n");
    var n = lengthBytesUTF8(s) + 1;
    var p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
  } catch (e) {
    return 0;
  }
});

EM_JS(double, pl_js_now_ms, (), { return Date.now(); });

EM_JS(int, pl_js_today_local, (), {
  var d = new Date();
  return d.getFullYear() * 10000 + (d.getMonth() + 1) * 100 + d.getDate();
});

// Minutes after local midnight (the daily reminder's clock), in the device's own time zone.
EM_JS(int, pl_js_minutes_now_local, (), {
  var d = new Date();
  return d.getHours() * 60 + d.getMinutes();
});

// The content's bytes as they are (with its length: a U+0000 in a note must not end the file).
EM_JS(void, pl_js_download, (const char* filename, const char* mime, const char* content, size_t len), {
  var blob = new Blob([HEAPU8.slice(content, content + len)], {type : UTF8ToString(mime)});
  Module.PL.saveBlob(blob, UTF8ToString(filename));
});

// A stored value straight from localStorage to a file, without passing through wasm. 0: no value.
EM_JS(int, pl_js_download_stored, (const char* filename, const char* mime, const char* key), {
  var v = null;
  try {
    v = window.localStorage.getItem(UTF8ToString(key));
  } catch (e) {
    v = null;
  }
  if (v === null) return 0;
  Module.PL.saveBlob(new Blob([v], {type : UTF8ToString(mime)}), UTF8ToString(filename));
  return 1;
});

// Prints through a hidden same-origin iframe, so the report is a plain document (charts as
// inline SVG) and the widget itself stays as it is.
EM_JS(void, pl_js_print, (const char* html, size_t len), {
  var frame = document.createElement("iframe");
  frame.setAttribute("aria-hidden", "true");
  frame.style.cssText = "position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden";
  document.body.appendChild(frame);
  var doc = frame.contentDocument;
  doc.open();
  doc.write(new TextDecoder().decode(HEAPU8.subarray(html, html + len)));
  doc.close();
  var done = false;
  var go = function() {
    if (done) return;
    done = true;
    try {
      frame.contentWindow.focus();
      frame.contentWindow.print();
    } catch (e) {
      console.warn("Painlink: printing is blocked here", e);
    }
    setTimeout(function() { frame.remove(); }, 60000);
  };
  // The frame's load event fires once the report's stylesheet (report.css) has loaded, so the page
  // prints styled; the timer is only a fallback for a browser that never fires it (it used to be
  // 250 ms, which printed unstyled whenever the stylesheet took longer than that).
  frame.onload = go;
  setTimeout(go, 3000);
});

// Absolute URL of a file shipped next to painlink.js (the mount's locateFile), e.g. report.css
// for the printed report, whose about:blank document cannot resolve a relative URL to it.
EM_JS(char*, pl_js_asset_url, (const char* name), {
  var url = "";
  try {
    var file = UTF8ToString(name);
    url = Module["locateFile"] ? Module["locateFile"](file, "") : new URL(file, document.baseURI).href;
  } catch (e) {
  }
  var n = lengthBytesUTF8(url) + 1;
  var p = _malloc(n);
  stringToUTF8(url, p, n);
  return p;
});

EM_JS(void, pl_js_pick_file, (const char* accept, int purpose), {
  var input = document.createElement("input");
  input.type = "file";
  input.accept = UTF8ToString(accept);
  input.style.display = "none";
  document.body.appendChild(input);
  input.addEventListener("change", function() {
    var file = input.files && input.files[0];
    input.remove();
    if (!file) return;
    var reader = new FileReader();
    reader.onload = function() {
      var text = String(reader.result);
      Module.PL.withCString(text, function(p) { Module._pl_file_loaded(purpose, 1, p); });
      Module.PL.requestFrames(300);
    };
    reader.onerror = function() {
      Module.PL.withCString("", function(p) { Module._pl_file_loaded(purpose, 0, p); });
    };
    reader.readAsText(file);
  });
  input.click();
});

EM_JS(void, pl_js_set_summary, (const char* text), {
  if (Module.PL.summaryEl) Module.PL.summaryEl.textContent = UTF8ToString(text);
});

EM_JS(void, pl_js_announce, (const char* text), {
  if (Module.PL.liveEl) Module.PL.liveEl.textContent = UTF8ToString(text);
});

EM_JS(void, pl_js_notify_change, (), {
  if (Module.PL.onChange) setTimeout(Module.PL.onChange, 0);
});

// After anything that can change the journal: a follower sends its changes, the leader tells the
// other tabs what it saved (web_platform.js installTabs). Cheap when there is nothing to send.
// While a save waits for space: one timer, not frames (idle costs nothing otherwise).
EM_JS(void, pl_js_schedule_retry, (int ms), {
  const PL = Module.PL;
  if (PL.retryTimer || PL.destroyed) return;
  PL.retryTimer = setTimeout(function() {
    PL.retryTimer = 0;
    if (!PL.destroyed) Module['_pl_retry_save']();
  }, ms);
});

EM_JS(void, pl_js_tab_pump, (), {
  if (Module.PL.tabPump) Module.PL.tabPump();
});

// Asks once for persistent storage and tells the app the answer (it decides backup reminders).
EM_JS(void, pl_js_request_persist, (), {
  try {
    if (!(navigator.storage && navigator.storage.persisted)) return;
    navigator.storage.persisted()
        .then(function(p) { return p || (navigator.storage.persist ? navigator.storage.persist() : false); })
        .then(function(granted) {
          if (Module._pl_set_persisted) Module._pl_set_persisted(granted ? 1 : 0);
          Module.PL.requestFrames(100);
        })
        .catch(function() {});
  } catch (e) {
  }
});

// navigator.languages as a JSON list (the most preferred first; navigator.language when it is
// missing), for choosing the language the widget is drawn in.
EM_JS(char*, pl_js_preferred_languages, (), {
  var list = [];
  try {
    list = navigator.languages && navigator.languages.length ? Array.from(navigator.languages)
                                                             : (navigator.language ? [navigator.language] : []);
  } catch (e) {
  }
  var text = JSON.stringify(list.map(String));
  var n = lengthBytesUTF8(text) + 1;
  var p = _malloc(n);
  stringToUTF8(text, p, n);
  return p;
});

EM_JS(void, pl_js_request_frames, (int ms), { Module.PL.requestFrames(ms); });
EM_JS(void, pl_js_view_opened, (int view, int first), { Module.PL.viewOpened(view, first !== 0); });
EM_JS(void, pl_js_load_rest, (), { Module.PL.loadRest(); });
EM_JS(int, pl_js_rest_state, (), { return Module.PL.restLoaded ? 0 : Module.PL.restFailed ? 2 : 1; });
EM_JS(void, pl_js_semantics, (const char* json), { Module.PL.semUpdate(UTF8ToString(json)); });

// A font file next to painlink.js, handed to _pl_font_loaded (length 0: it could not be fetched;
// the widget asks again when text next needs it).
EM_JS(void, pl_js_fetch_font, (const char* name), {
  var file = UTF8ToString(name);
  var url = file;
  try {
    url = Module["locateFile"] ? Module["locateFile"](file, "") : new URL(file, document.baseURI).href;
  } catch (e) {
  }
  fetch(url, { credentials: "same-origin" })
      .then(function(r) {
        if (!r.ok) throw new Error("HTTP " + r.status);
        return r.arrayBuffer();
      })
      .then(function(buf) {
        if (!Module._pl_font_loaded) return;
        var bytes = new Uint8Array(buf);
        var p = Module._malloc(bytes.length);
        HEAPU8.set(bytes, p);
        Module._pl_font_loaded(p, bytes.length);
        Module._free(p);
        Module.PL.requestFrames(200);
      })
      .catch(function() {
        if (Module._pl_font_loaded) Module._pl_font_loaded(0, 0);
      });
});

EM_JS(void, pl_js_set_clipboard, (const char* text), {
  try {
    navigator.clipboard.writeText(UTF8ToString(text)).catch(function() {});
  } catch (e) {
  }
});

// A link the patient tapped (the clinic's booking page): a new tab, without a handle back to this
// page (noopener) and without a referrer. Only http(s) addresses; nothing is sent with it.
EM_JS(void, pl_js_open_link, (const char* url), {
  var u = UTF8ToString(url);
  var scheme = "";
  try {
    scheme = new URL(u).protocol;
  } catch (e) {
    return;
  }
  if (scheme !== "https:" && scheme !== "http:") return;
  try {
    window.open(u, "_blank", "noopener,noreferrer");
  } catch (e) {
    console.warn("Painlink: the link could not be opened", e);
  }
});

namespace painlink::platform {

namespace {
std::string take_js_string(char* p) {
  if (!p) return {};
  std::string s(p);
  std::free(p);
  return s;
}
}  // namespace

bool BrowserStore::available() { return pl_js_storage_available() != 0; }

std::optional<std::string> BrowserStore::get(const std::string& key) {
  mirror_.erase(key);  // the JS side forgets too, until the read succeeds
  size_t len = 0;
  char* p = pl_js_storage_get(key.c_str(), &len);
  if (!p) return std::nullopt;
  std::string value(p, len);
  std::free(p);
  mirror_[key] = value;
  return value;
}

WriteStatus BrowserStore::copy(const std::string& from, const std::string& to) {
  mirror_.erase(to);
  switch (pl_js_storage_copy(from.c_str(), to.c_str())) {
    case 0: return WriteStatus::ok;
    case 1: return WriteStatus::quota_exceeded;
    case 3: return WriteStatus::verify_failed;
    default: return WriteStatus::unavailable;
  }
}

WriteStatus BrowserStore::set(const std::string& key, const std::string& value) {
  mirror_.erase(key);
  switch (pl_js_storage_set(key.c_str(), value.data(), value.size())) {
    case 0: mirror_[key] = value; return WriteStatus::ok;
    case 1: return WriteStatus::quota_exceeded;
    default: return WriteStatus::unavailable;
  }
}

void BrowserStore::remove(const std::string& key) {
  mirror_.erase(key);
  pl_js_storage_remove(key.c_str());
}

bool BrowserStore::holds(const std::string& key, const std::string& value) {
  const auto known = mirror_.find(key);
  if (known != mirror_.end() && known->second == value) return pl_js_storage_holds_memo(key.c_str()) != 0;
  return pl_js_storage_holds(key.c_str(), value.data(), value.size()) != 0;
}

std::vector<std::string> BrowserStore::keys() {
  std::vector<std::string> out;
  const std::string all = take_js_string(pl_js_storage_keys());
  size_t start = 0;
  while (start < all.size()) {
    size_t end = all.find('\n', start);
    if (end == std::string::npos) end = all.size();
    if (end > start) out.push_back(all.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::int64_t now_ms() { return static_cast<std::int64_t>(pl_js_now_ms()); }

Date today_local() {
  const int v = pl_js_today_local();
  return date_from_civil(v / 10000, (v / 100) % 100, v % 100);
}

void download_file(const std::string& filename, const std::string& mime, const std::string& content) {
  pl_js_download(filename.c_str(), mime.c_str(), content.data(), content.size());
}
bool download_stored(const std::string& filename, const std::string& mime, const std::string& key) {
  return pl_js_download_stored(filename.c_str(), mime.c_str(), key.c_str()) != 0;
}
void print_html(const std::string& html) { pl_js_print(html.data(), html.size()); }
std::string asset_url(const std::string& file) { return take_js_string(pl_js_asset_url(file.c_str())); }
void pick_text_file(const std::string& accept, int purpose) { pl_js_pick_file(accept.c_str(), purpose); }
void set_accessible_summary(const std::string& text) { pl_js_set_summary(text.c_str()); }
void announce(const std::string& text) { pl_js_announce(text.c_str()); }
void notify_change() { pl_js_notify_change(); }
void request_persistent_storage() { pl_js_request_persist(); }
void request_frames(int ms) { pl_js_request_frames(ms); }
void set_clipboard(const std::string& text) { pl_js_set_clipboard(text.c_str()); }
void fetch_font(const std::string& file) { pl_js_fetch_font(file.c_str()); }

// The UI's seam (ui/platform_api.hpp), answered by the browser.
// The semantics tree for web_platform.js's mirror (PL.semUpdate), short keys: it is sent on every
// frame that changed it. Positions are CSS pixels from the canvas's top left.
std::string semantics_json(const ui::SemFrame& frame) {
  Json nodes = Json::array();
  const auto px = [](float v) { return std::round(v * 2.0f) / 2.0f; };
  for (const ui::SemNode& n : frame.nodes) {
    Json o = {{"i", n.id}, {"r", ui::sem_role_name(n.role)}, {"n", n.name},
              {"x", px(n.x0)}, {"y", px(n.y0)}, {"w", px(n.x1 - n.x0)}, {"h", px(n.y1 - n.y0)}};
    if (!n.value.empty()) o["v"] = n.value;
    if (n.checked >= 0) o["c"] = n.checked;
    if (n.disabled) o["d"] = 1;
    if (n.multiline) o["m"] = 1;
    if (n.level) o["l"] = n.level;
    if (n.group) o["g"] = n.group;
    if (n.focusable()) o["t"] = 1;  // a control that can take the keyboard focus
    if (n.increment) o["inc"] = n.increment;
    if (n.decrement) o["dec"] = n.decrement;
    nodes.push_back(std::move(o));
  }
  return Json{{"nodes", std::move(nodes)}, {"focus", frame.focus}, {"editing", frame.editing},
              {"ring", frame.focus_visible}, {"leaveForward", frame.leave_forward},
              {"leaveBackward", frame.leave_backward}}
      .dump();
}

class WebPlatform final : public ui::Platform {
 public:
  Date today_local() override { return platform::today_local(); }
  int minutes_now_local() override { return pl_js_minutes_now_local(); }
  void download_file(const std::string& filename, const std::string& mime, const std::string& content) override {
    platform::download_file(filename, mime, content);
  }
  bool download_stored(const std::string& filename, const std::string& mime, const std::string& key) override {
    return platform::download_stored(filename, mime, key);
  }
  void print_html(const std::string& html) override { platform::print_html(html); }
  std::string asset_url(const std::string& file) override { return platform::asset_url(file); }
  void pick_text_file(const std::string& accept, ui::FilePurpose purpose) override {
    platform::pick_text_file(accept, static_cast<int>(purpose));
  }
  void set_accessible_summary(const std::string& text) override { platform::set_accessible_summary(text); }
  void announce(const std::string& text) override { platform::announce(text); }
  void set_clipboard(const std::string& text) override { platform::set_clipboard(text); }
  void request_frames(int ms) override { platform::request_frames(ms); }
  void fetch_font(const std::string& file) override { platform::fetch_font(file); }
  void view_opened(int view, bool first) override { pl_js_view_opened(view, first ? 1 : 0); }
  void expect_rest_of_widget() override {
#ifdef PAINLINK_SPLIT_WASM
    pl_js_load_rest();  // a build in one piece has nothing more to fetch
#endif
  }
  RestOfWidget rest_of_widget() override {
#ifdef PAINLINK_SPLIT_WASM
    const int state = pl_js_rest_state();
    return state == 0 ? RestOfWidget::ready : state == 2 ? RestOfWidget::failed : RestOfWidget::loading;
#else
    return RestOfWidget::ready;
#endif
  }
  void set_semantics(const ui::SemFrame& frame) override { pl_js_semantics(semantics_json(frame).c_str()); }
  void open_link(const std::string& url) override { pl_js_open_link(url.c_str()); }
  std::vector<std::string> preferred_languages() override;
  void use_language(i18n::Language lang) override;
};

}  // namespace painlink::platform

// ---- The widget instance -----------------------------------------------------------------------

namespace {

using namespace painlink;

struct Widget {
  platform::BrowserStore browser_store;
  MemoryStore session_store{0, /*available=*/false};  // when the browser refuses storage
  std::unique_ptr<JournalApp> app;
  std::string storage_key;  // for pl_bench_run's fresh-store loads
  platform::WebPlatform web;
  ui::UiPtr ui;
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
  float css_width = 1, css_height = 1, dpr = 1;
  std::string result;  // the last string handed to JS (valid until the next API call)
};

Widget* g_widget = nullptr;

const char* hand_to_js(std::string s) {
  g_widget->result = std::move(s);
  return g_widget->result.c_str();
}

// The one follow-up to a change, whatever made it (a tap, the JS API, an import, a restore, another
// tab, the storage event): every entry point that can change the journal ends here. The page hears
// one "change" event per change; other tabs are told; frames are drawn to show it.
void after_change() {
  if (!g_widget || !g_widget->app) return;
  const ChangeSet change = g_widget->app->take_changes();
  if (change.empty()) return;
  if (g_widget->ui) ui::on_journal_changed(*g_widget->ui, change);
  if (change.journal()) platform::notify_change();
  platform::request_frames(100);
  pl_js_tab_pump();
}

}  // namespace

namespace painlink::platform {

std::vector<std::string> WebPlatform::preferred_languages() {
  const Json list = Json::parse(take_js_string(pl_js_preferred_languages()), nullptr, false);
  std::vector<std::string> out;
  if (list.is_array())
    for (const Json& tag : list)
      if (tag.is_string()) out.push_back(tag.get<std::string>());
  return out;
}

void WebPlatform::use_language(i18n::Language lang) {
  platform::use_language(lang, [](i18n::Language loaded, bool ok) {
    if (g_widget && g_widget->ui) ui::on_language_loaded(*g_widget->ui, loaded, ok);
    platform::request_frames(200);
  });
}

}  // namespace painlink::platform

extern "C" {

EMSCRIPTEN_KEEPALIVE int pl_init(const char* canvas_id, const char* storage_key, const char* options_json) {
  if (g_widget) return 1;
  g_widget = new Widget();
  const std::string selector = std::string("#") + canvas_id;

  EmscriptenWebGLContextAttributes attrs;
  emscripten_webgl_init_context_attributes(&attrs);
  attrs.majorVersion = 2;
  attrs.minorVersion = 0;
  attrs.alpha = EM_FALSE;
  attrs.depth = EM_FALSE;
  attrs.stencil = EM_FALSE;
  attrs.antialias = EM_FALSE;  // ImGui anti-aliases its own shapes
  attrs.powerPreference = EM_WEBGL_POWER_PREFERENCE_LOW_POWER;
  // The renderer needs only core WebGL 2. Enabling every extension the browser offers (Emscripten's
  // default) took half of the context's creation time, ~130 ms of the first frame in headless Chromium.
  attrs.enableExtensionsByDefault = EM_FALSE;
  g_widget->gl = emscripten_webgl_create_context(selector.c_str(), &attrs);
  if (g_widget->gl <= 0) return 0;
  emscripten_webgl_make_context_current(g_widget->gl);

  Json options = Json::parse(options_json ? options_json : "{}", nullptr, false);
  if (options.is_discarded() || !options.is_object()) options = Json::object();

  // Without browser storage the journal still works for this session (in memory); the store
  // reports itself unavailable so the patient is told and offered a download.
  KeyValueStore* store = &g_widget->browser_store;
  if (!g_widget->browser_store.available()) store = &g_widget->session_store;
  g_widget->storage_key = storage_key;
  g_widget->app = std::make_unique<JournalApp>(*store, storage_key, [] { return platform::now_ms(); });
  g_widget->app->start();
  g_widget->app->take_changes();  // notices from loading are drawn by the first frame
  platform::request_persistent_storage();

  g_widget->ui = ui::create(*g_widget->app, g_widget->web, options);
  if (!platform::webgl::init()) return 0;
  return 1;
}

EMSCRIPTEN_KEEPALIVE void pl_resize(float css_width, float css_height, float dpr) {
  if (!g_widget) return;
  g_widget->css_width = css_width > 1 ? css_width : 1;
  g_widget->css_height = css_height > 1 ? css_height : 1;
  g_widget->dpr = dpr > 0.25f ? dpr : 1;
}

// Draws one frame; returns 1 while the UI wants more frames (animation, pending save).
EMSCRIPTEN_KEEPALIVE int pl_frame(double now_ms) {
  if (!g_widget || !g_widget->ui) return 0;
  emscripten_webgl_make_context_current(g_widget->gl);
  Widget& w = *g_widget;
  if (ui::prepare_fonts(*w.ui, w.dpr)) platform::webgl::upload_font_atlas();
  const bool more = ui::frame(*w.ui, w.css_width, w.css_height, w.dpr, now_ms);
  const int fb_w = static_cast<int>(w.css_width * w.dpr + 0.5f);
  const int fb_h = static_cast<int>(w.css_height * w.dpr + 0.5f);
  platform::webgl::render(ImGui::GetDrawData(), fb_w, fb_h, ui::background_color(*w.ui));
  const int save_in_ms = w.app->tick();
  if (save_in_ms >= 0) platform::request_frames(save_in_ms + 50);
  if (w.app->retry_in_ms() >= 0) pl_js_schedule_retry(w.app->retry_in_ms());
  after_change();  // what this frame's taps changed
  pl_js_tab_pump();
  return more ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void pl_pointer(int kind, float x, float y, int button, int pointer_type, int primary) {
  if (g_widget && g_widget->ui) ui::input::pointer(*g_widget->ui, kind, x, y, button, pointer_type, primary != 0);
}

EMSCRIPTEN_KEEPALIVE void pl_wheel(float x, float y, float dx, float dy) {
  if (g_widget && g_widget->ui) ui::input::wheel(*g_widget->ui, x, y, dx, dy);
}

EMSCRIPTEN_KEEPALIVE void pl_key(const char* key, int down, int mods) {
  if (g_widget && g_widget->ui) ui::input::key(*g_widget->ui, key, down != 0, mods);
}

EMSCRIPTEN_KEEPALIVE void pl_text(const char* utf8) {
  if (g_widget && g_widget->ui) ui::input::text(*g_widget->ui, utf8);
}

EMSCRIPTEN_KEEPALIVE void pl_focus(int focused) {
  if (g_widget && g_widget->ui) ui::input::focus(*g_widget->ui, focused != 0);
}

EMSCRIPTEN_KEEPALIVE void pl_visible_bottom(float y) {
  if (g_widget && g_widget->ui) ui::set_visible_bottom(*g_widget->ui, y);
}

EMSCRIPTEN_KEEPALIVE int pl_wants_text_input() {
  return g_widget && g_widget->ui && ui::wants_text_input(*g_widget->ui) ? 1 : 0;
}

// x, y, w, h of the active text field in CSS pixels (for placing the hidden textarea).
EMSCRIPTEN_KEEPALIVE const float* pl_text_input_rect() {
  static float rect[4];
  if (g_widget && g_widget->ui) ui::text_input_rect(*g_widget->ui, rect);
  return rect;
}

// The notes' text area (ui/text_area.hpp), for the web shell to lay the browser's <textarea> over:
// [editing, serial, x0, y0, x1, y1, clip x0, y0, x1, y1, font px, pad x, pad y, text r, g, b, a].
EMSCRIPTEN_KEEPALIVE const float* pl_text_area() {
  static float out[17];
  const ui::TextAreaEdit* e = g_widget && g_widget->ui ? ui::text_area_editing(*g_widget->ui) : nullptr;
  out[0] = e ? 1.0f : 0.0f;
  if (!e) return out;
  const auto channel = [&](int shift) { return static_cast<float>((e->text_color >> shift) & 0xFF); };
  const float v[17] = {1.0f, static_cast<float>(e->serial), e->x0, e->y0, e->x1, e->y1, e->clip_x0, e->clip_y0,
                       e->clip_x1, e->clip_y1, e->font_px, e->pad_x, e->pad_y,
                       channel(IM_COL32_R_SHIFT), channel(IM_COL32_G_SHIFT), channel(IM_COL32_B_SHIFT),
                       channel(IM_COL32_A_SHIFT)};
  for (int i = 0; i < 17; ++i) out[i] = v[i];
  return out;
}

EMSCRIPTEN_KEEPALIVE const char* pl_text_area_text() {
  const ui::TextAreaEdit* e = g_widget && g_widget->ui ? ui::text_area_editing(*g_widget->ui) : nullptr;
  return e ? e->text.c_str() : "";
}

EMSCRIPTEN_KEEPALIVE void pl_text_area_changed(const char* utf8, float content_height) {
  if (g_widget && g_widget->ui) ui::input::text_area_changed(*g_widget->ui, utf8, content_height);
}

EMSCRIPTEN_KEEPALIVE void pl_text_area_done(int tab_follows) {
  if (g_widget && g_widget->ui) ui::input::text_area_done(*g_widget->ui, tab_follows != 0);
}

EMSCRIPTEN_KEEPALIVE void pl_storage_changed() {
  if (!g_widget || !g_widget->app) return;
  g_widget->app->on_storage_changed();
  after_change();
}

// ---- tabs (core/tab_sync.hpp): the JS side moves these strings over a BroadcastChannel ----------

// 0 solo, 1 leader, 2 follower.
EMSCRIPTEN_KEEPALIVE void pl_tab_set_role(int role) {
  if (!g_widget || !g_widget->app) return;
  g_widget->app->set_role(role == 1 ? TabRole::leader : role == 2 ? TabRole::follower : TabRole::solo);
  after_change();
  platform::request_frames(100);
}

// Follower: the batch to send now, or null.
EMSCRIPTEN_KEEPALIVE const char* pl_tab_outgoing() {
  if (!g_widget || !g_widget->app) return nullptr;
  const std::optional<Json> out = g_widget->app->outgoing();
  return out ? hand_to_js(out->dump(-1, ' ', false, Json::error_handler_t::replace)) : nullptr;
}

// Follower: 1 while changes wait for the leader's acknowledgement (the JS side retries).
EMSCRIPTEN_KEEPALIVE int pl_tab_pending() {
  return g_widget && g_widget->app && g_widget->app->save_state() == SaveState::pending ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void pl_tab_ack(double batch) {
  if (!g_widget || !g_widget->app || !(batch >= 0)) return;
  g_widget->app->acknowledged(static_cast<std::uint64_t>(batch));
  platform::request_frames(100);
}

// Leader: a follower's batch; returns its number to acknowledge, -1 when it cannot be read.
EMSCRIPTEN_KEEPALIVE double pl_tab_receive_changes(const char* text) {
  if (!g_widget || !g_widget->app) return -1;
  const Json j = Json::parse(text ? text : "", nullptr, false);
  if (j.is_discarded()) return -1;
  const std::optional<std::uint64_t> ack = g_widget->app->receive_changes(j);
  after_change();
  return ack ? static_cast<double>(*ack) : -1;
}

// Leader: what every other tab should now show, or null.
EMSCRIPTEN_KEEPALIVE const char* pl_tab_take_saved(int full) {
  if (!g_widget || !g_widget->app) return nullptr;
  const std::optional<Json> out = g_widget->app->take_saved(full != 0);
  return out ? hand_to_js(out->dump(-1, ' ', false, Json::error_handler_t::replace)) : nullptr;
}

EMSCRIPTEN_KEEPALIVE void pl_tab_receive_saved(const char* text) {
  if (!g_widget || !g_widget->app) return;
  const Json j = Json::parse(text ? text : "", nullptr, false);
  if (j.is_discarded()) return;
  g_widget->app->receive_saved(j);
  after_change();
}

EMSCRIPTEN_KEEPALIVE void pl_retry_save() {
  if (!g_widget || !g_widget->app) return;
  g_widget->app->retry_save();
  if (g_widget->app->retry_in_ms() >= 0) pl_js_schedule_retry(g_widget->app->retry_in_ms());
  else platform::request_frames(200);  // the notice goes and the state says "Saved"
  after_change();
}

// 1 when closing the page now would lose changes (the page asks first).
EMSCRIPTEN_KEEPALIVE int pl_unsaved() { return g_widget && g_widget->app && g_widget->app->unsaved() ? 1 : 0; }

EMSCRIPTEN_KEEPALIVE void pl_set_persisted(int persisted) {
  if (g_widget && g_widget->app) g_widget->app->set_storage_persisted(persisted != 0);
}

EMSCRIPTEN_KEEPALIVE void pl_flush() {
  if (!g_widget || !g_widget->app) return;
  g_widget->app->flush();
  after_change();
  pl_js_tab_pump();  // a follower hands its last changes to the leader now
}

// A screen reader (or Tab from the page) put focus on, or clicked, the mirror of a semantics node.
EMSCRIPTEN_KEEPALIVE void pl_sem_focus(double id) {
  if (g_widget && g_widget->ui) ui::semantics_focus(*g_widget->ui, static_cast<std::uint32_t>(id));
}

EMSCRIPTEN_KEEPALIVE void pl_sem_activate(double id, int focus) {
  if (g_widget && g_widget->ui) ui::semantics_activate(*g_widget->ui, static_cast<std::uint32_t>(id), focus != 0);
}

// The browser's Back (or Forward) reached a view this widget opened.
EMSCRIPTEN_KEEPALIVE void pl_show_view(int view) {
  if (g_widget && g_widget->ui) ui::show_view(*g_widget->ui, view);
}

EMSCRIPTEN_KEEPALIVE void pl_font_loaded(const unsigned char* bytes, int length) {
  if (!g_widget || !g_widget->ui) return;
  ui::on_font_loaded(*g_widget->ui, bytes && length > 0 ? std::optional<std::vector<unsigned char>>(
                                                              std::vector<unsigned char>(bytes, bytes + length))
                                                        : std::nullopt);
}

// ok = 0: the browser could not read the file the patient picked.
EMSCRIPTEN_KEEPALIVE void pl_file_loaded(int purpose, int ok, const char* text) {
  if (!g_widget || !g_widget->ui) return;
  ui::on_file_loaded(*g_widget->ui, static_cast<ui::FilePurpose>(purpose),
                     ok ? std::optional<std::string>(text ? text : "") : std::nullopt);
}

EMSCRIPTEN_KEEPALIVE const char* pl_api_add_entry(const char* json) {
  if (!g_widget) return "{\"ok\":false,\"errors\":[{\"path\":\"\",\"message\":\"not started\"}]}";
  Json r = g_widget->app->api_add_entry(json ? json : "");
  after_change();
  return hand_to_js(r.dump(-1, ' ', false, Json::error_handler_t::replace));
}

EMSCRIPTEN_KEEPALIVE const char* pl_api_entries() {
  if (!g_widget) return "[]";
  return hand_to_js(g_widget->app->api_entries().dump(-1, ' ', false, Json::error_handler_t::replace));
}

EMSCRIPTEN_KEEPALIVE const char* pl_api_export() {
  if (!g_widget) return "";
  return hand_to_js(g_widget->app->api_export());
}

EMSCRIPTEN_KEEPALIVE const char* pl_api_import(const char* text, int mode) {
  if (!g_widget) return "{}";
  Json r = g_widget->app->api_import(text ? text : "", mode == 1 ? ImportMode::replace : ImportMode::merge);
  after_change();
  return hand_to_js(r.dump(-1, ' ', false, Json::error_handler_t::replace));
}

EMSCRIPTEN_KEEPALIVE const char* pl_api_insights() {
  if (!g_widget) return "{}";
  return hand_to_js(ui::insights_json(*g_widget->ui).dump(-1, ' ', false, Json::error_handler_t::replace));
}

EMSCRIPTEN_KEEPALIVE const char* pl_api_status() {
  if (!g_widget) return "{}";
  return hand_to_js(g_widget->app->api_status().dump(-1, ' ', false, Json::error_handler_t::replace));
}

EMSCRIPTEN_KEEPALIVE void pl_api_set_option(const char* name, const char* value) {
  if (g_widget && g_widget->ui) ui::set_option(*g_widget->ui, name ? name : "", value ? value : "");
}

// Labelled items of the last frame with their rectangles (only with the testHooks option).
EMSCRIPTEN_KEEPALIVE const char* pl_test_items() {
  if (!g_widget) return "[]";
  return hand_to_js(ui::item_registry_json().dump(-1, ' ', false, Json::error_handler_t::replace));
}

EMSCRIPTEN_KEEPALIVE void pl_destroy() {
  if (!g_widget) return;
  g_widget->app->flush();
  platform::webgl::shutdown();
  g_widget->ui.reset();
  emscripten_webgl_destroy_context(g_widget->gl);
  delete g_widget;
  g_widget = nullptr;
}

// Benchmark hook for `make bench` (tests/bench/browser_bench.mjs); not part of the public API.
// Runs one core operation `repeats` times on this widget's journal and storage and returns the
// median in ms (-1: unknown op or no widget). "load": a fresh JournalStore reads and decodes the
// stored journal (localStorage round trip included); "analysis": compute_insights; "save_one_day":
// the newest day's note is edited and saved at once (put back afterwards); "export": export_json.
EMSCRIPTEN_KEEPALIVE double pl_bench_run(const char* op_name, int repeats) {
  if (!g_widget || !g_widget->app || !op_name || repeats < 1) return -1;
  JournalApp& app = *g_widget->app;
  const std::string op = op_name;
  // Switches, not timings: frames with and without the semantics tree (the bench times frames).
  if ((op == "semantics_on" || op == "semantics_off") && g_widget->ui) {
    ui::set_semantics_enabled(*g_widget->ui, op == "semantics_on");
    return 0;
  }
  std::vector<double> ms;
  std::size_t sink = 0;
  const std::optional<Entry> original =
      app.journal().entries.empty() ? std::nullopt : std::optional<Entry>(app.journal().entries.rbegin()->second);
  for (int i = 0; i < repeats; ++i) {
    const double t0 = emscripten_get_now();
    if (op == "load") {
      KeyValueStore& kv = g_widget->browser_store.available() ? static_cast<KeyValueStore&>(g_widget->browser_store)
                                                              : g_widget->session_store;
      JournalStore fresh(kv, g_widget->storage_key);
      sink += fresh.load(platform::now_ms()).journal.entries.size();
    } else if (op == "analysis") {
      sink += static_cast<std::size_t>(analysis::compute_insights(app.journal(), platform::today_local()).days_recorded);
    } else if (op == "save_one_day") {
      if (!original) return -1;
      Entry e = *original;
      e.notes = "Edited by the benchmark (" + std::to_string(i) + ")";
      app.put_entry(std::move(e), JournalApp::SaveTiming::now);
    } else if (op == "export") {
      sink += app.api_export().size();
    } else {
      return -1;
    }
    ms.push_back(emscripten_get_now() - t0);
  }
  if (op == "save_one_day" && original) {
    app.put_entry(*original, JournalApp::SaveTiming::now);
  }
  after_change();
  std::sort(ms.begin(), ms.end());
  const std::size_t n = ms.size();
  const double median = n % 2 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
  return sink == static_cast<std::size_t>(-1) ? -2 : median;  // `sink` keeps the work observable
}

}  // extern "C"
