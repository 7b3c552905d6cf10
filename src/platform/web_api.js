// Painlink's JavaScript API: Painlink.mount(elementOrSelector, options) -> Promise<widget>.
// Linked with --extern-post-js, so it sits in painlink.js right after the module factory
// (createPainlinkModule) and one <script src="painlink.js"> is all a page needs.
// README "Embedding API" documents every method; keep the two in step.
(function (global) {
  'use strict';
  if (global.Painlink && global.Painlink.mount) return; // loaded twice: keep the first

  // painlink.wasm lives next to painlink.js, wherever the page itself is.
  const scriptUrl = (typeof document !== 'undefined' && document.currentScript && document.currentScript.src) ||
    (typeof location !== 'undefined' ? location.href : '');
  let instanceCounter = 0;

  // The widget's stylesheet is a file next to painlink.js (a CSP without 'unsafe-inline' blocks
  // injected <style> elements). Pages that already link it are left alone.
  function injectStyle() {
    const href = new URL('painlink.css', scriptUrl).href;
    for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
      if (link.href === href) return;
    }
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    document.head.appendChild(link);
  }

  // A lone surrogate becomes U+FFFD first: Emscripten's stringToUTF8 would pair it with the next
  // character and lose that one ("a\ud800b" would arrive without its "b").
  function withCString(module, text, fn) {
    const s = typeof text.toWellFormed === 'function' ? text.toWellFormed() : text;
    const n = module.lengthBytesUTF8(s) + 1;
    const ptr = module._malloc(n);
    module.stringToUTF8(s, ptr, n);
    try {
      return fn(ptr);
    } finally {
      module._free(ptr);
    }
  }

  function readJson(module, ptr) {
    return JSON.parse(module.UTF8ToString(ptr));
  }


  class Widget {
    constructor(module, root, options) {
      this._module = module;
      this._root = root;
      this._listeners = { change: new Set() };
      this.options = options;
    }
    _alive() {
      if (!this._module) throw new Error('Painlink: this widget was destroyed');
      return this._module;
    }
    /** Adds or replaces the entry for entry.date. Returns { ok, errors: [{ path, message }] }. */
    addEntry(entry) {
      const m = this._alive();
      let text;
      try {
        text = typeof entry === 'string' ? entry : JSON.stringify(entry);
      } catch (err) {
        return { ok: false, errors: [{ path: '', message: 'The entry could not be turned into JSON: ' + err.message }] };
      }
      if (text === undefined) return { ok: false, errors: [{ path: '', message: 'An entry object is required.' }] };
      return withCString(m, text, (ptr) => readJson(m, m._pl_api_add_entry(ptr)));
    }
    /** Every entry, oldest first, in the interchange format. */
    entries() {
      const m = this._alive();
      return readJson(m, m._pl_api_entries());
    }
    /** The whole journal as an interchange document (text). */
    exportJSON() {
      const m = this._alive();
      return m.UTF8ToString(m._pl_api_export());
    }
    /** Imports a document. options.mode: "merge" (default) or "replace". */
    importJSON(text, options) {
      const m = this._alive();
      const mode = options && options.mode === 'replace' ? 1 : 0;
      if (typeof text !== 'string') {
        return { added: 0, updated: 0, unchanged: 0, removed: 0,
          rejected: [{ index: -1, message: 'importJSON expects the file text as a string.' }] };
      }
      return withCString(m, text, (ptr) => readJson(m, m._pl_api_import(ptr, mode)));
    }
    /** The analysis (connection, triggers, medication overuse, ...) as plain data. */
    insights() {
      const m = this._alive();
      return readJson(m, m._pl_api_insights());
    }
    /** Storage state: { available, readOnly, saved, notices: [...] }. */
    status() {
      const m = this._alive();
      return readJson(m, m._pl_api_status());
    }
    /** Test hook (mount option testHooks: true): labelled items of the last frame with CSS-pixel
     *  rectangles relative to the widget, so tests click what a person would see. */
    _testItems() {
      const m = this._alive();
      return readJson(m, m._pl_test_items());
    }
    /** Resolves once the whole widget is loaded: a first visit loads only what it shows, and the
     *  rest comes when needed. importJSON and insights called before that pause the
     *  page while the rest is fetched; awaiting this first avoids the pause. */
    whenComplete() {
      return this._alive().PL.whenRestLoaded();
    }
    /** Test hook: whether the rest of the widget (painlink.deferred.wasm) is in place. */
    _restLoaded() {
      return this._alive().PL.restLoaded;
    }
    on(type, fn) {
      if (!this._listeners[type]) throw new Error('Painlink: unknown event "' + type + '"');
      this._listeners[type].add(fn);
      return () => this._listeners[type].delete(fn);
    }
    off(type, fn) {
      if (this._listeners[type]) this._listeners[type].delete(fn);
    }
    _emit(type) {
      for (const fn of this._listeners[type] || []) {
        try {
          fn({ type });
        } catch (err) {
          console.error('Painlink: a "' + type + '" listener threw', err);
        }
      }
    }
    /** Saves anything pending, stops the widget and removes it from the page. */
    destroy() {
      if (!this._module) return;
      const m = this._module;
      try {
        m._pl_flush();
        m._pl_destroy();
      } finally {
        m.PL.detach();
        this._root.remove();
        this._module = null;
      }
    }
  }

  async function mount(target, options) {
    options = Object.assign({}, options || {});
    const el = typeof target === 'string' ? document.querySelector(target) : target;
    if (!el || !(el instanceof Element)) {
      throw new Error('Painlink.mount: no element found for ' + String(target));
    }
    const storageKey = options.storageKey === undefined ? 'painlink.journal' : options.storageKey;
    if (typeof storageKey !== 'string' || storageKey.length < 1 || storageKey.length > 100) {
      throw new Error('Painlink.mount: storageKey must be a string of 1 to 100 characters');
    }
    options.storageKey = storageKey;
    injectStyle();

    const n = ++instanceCounter;
    const root = document.createElement('div');
    root.className = 'painlink-root';
    const canvas = document.createElement('canvas');
    canvas.id = 'painlink-canvas-' + n + '-' + Math.random().toString(36).slice(2, 8);
    // The canvas is only pixels: screen readers and the keyboard use the semantics tree laid over
    // it (web_platform.js, PL.installSemantics) and the text summary below.
    canvas.tabIndex = -1;
    canvas.setAttribute('aria-hidden', 'true');
    const textarea = document.createElement('textarea');
    textarea.setAttribute('aria-hidden', 'true');
    textarea.tabIndex = -1;
    for (const [k, v] of [['autocomplete', 'off'], ['autocorrect', 'off'], ['autocapitalize', 'sentences'],
      ['spellcheck', 'false'], ['enterkeyhint', 'done']]) textarea.setAttribute(k, v);
    // The screen-reader alternative to the canvas (kept current by the widget).
    const summary = document.createElement('div');
    summary.className = 'painlink-sr';
    summary.id = canvas.id + '-summary';
    summary.setAttribute('data-painlink-summary', '');
    summary.setAttribute('role', 'region');
    summary.setAttribute('aria-label', 'Painlink journal summary');
    const live = document.createElement('div');
    live.className = 'painlink-sr';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    live.setAttribute('data-painlink-live', '');
    const loading = document.createElement('div');
    loading.className = 'painlink-loading';
    loading.textContent = 'Loading your journal…';
    root.append(canvas, textarea, summary, live, loading);
    el.appendChild(root);

    let module;
    try {
      module = await global.createPainlinkModule({
        canvas,
        locateFile: (path) => new URL(path, scriptUrl).href,
      });
    } catch (err) {
      loading.textContent = 'Painlink could not start in this browser: ' + (err && err.message ? err.message : err);
      throw err;
    }
    const widget = new Widget(module, root, options);
    module.PL.onChange = () => widget._emit('change');
    module.PL.summaryEl = summary;
    module.PL.liveEl = live;
    const ok = withCString(module, canvas.id, (idPtr) =>
      withCString(module, storageKey, (keyPtr) =>
        withCString(module, JSON.stringify(options), (optPtr) => module._pl_init(idPtr, keyPtr, optPtr))));
    if (!ok) {
      loading.textContent = 'Painlink needs WebGL 2, which this browser has turned off.';
      throw new Error('Painlink: WebGL 2 is not available');
    }
    loading.remove();
    module.PL.attach(canvas, textarea, storageKey);
    return widget;
  }

  // embed.js (the clinic iframe loader) may have defined Painlink.embed already: keep it.
  global.Painlink = Object.assign(global.Painlink || {}, { mount, version: '1.0.0' });
})(typeof window !== 'undefined' ? window : globalThis);
