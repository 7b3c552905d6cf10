/*! Painlink embed loader. Put the journal on a clinic's page in an iframe from Painlink's own
 * origin, so the patient's entries live in that origin's storage and no script of the host page
 * (analytics, tag managers) can read them.
 *
 *   <div data-painlink data-clinic-name="Riverside Clinic"></div>
 *   <script src="https://journal.example/painlink/embed.js" async></script>
 *
 * or from script: Painlink.embed(element, { clinicName: 'Riverside Clinic' }).
 *
 * What this file does to the host page: defines window.Painlink (adds .embed to it if it
 * exists), adds one "message" and one "resize" listener to window, and puts one <iframe> into
 * each element. No styles are injected (the iframe is styled through its own style property), no
 * key listeners, no cookies or storage, no other globals. Messages from the iframes are accepted
 * only from the widget's origin and from the iframe they name; they carry sizes, never journal
 * data. README "Embedding on a clinic's website" documents the options.
 */
(function (global) {
  'use strict';
  var existing = global.Painlink;
  if (existing && existing.embed) return; // loaded twice: keep the first

  var script = document.currentScript;
  var DEFAULT_BASE = script && script.src ? new URL('.', script.src).href : null;
  var DEFAULT_HEIGHT = 720;
  var MIN_HEIGHT = 420;
  var MAX_HEIGHT = 2000;
  // Never taller than the window (less a strip of page to scroll by): on phones a finger on the
  // widget scrolls the journal, not the page, so a taller frame would trap the reader.
  var VIEWPORT_MARGIN = 24;
  // Tokens the widget needs and no more: scripts and its own origin (storage, wasm), downloads
  // (backups), modals (printing the report), popups that leave the sandbox (opening the full app),
  // and asking for storage access after the patient presses the button for it.
  var SANDBOX = 'allow-scripts allow-same-origin allow-downloads allow-modals allow-popups ' +
    'allow-popups-to-escape-sandbox allow-storage-access-by-user-activation';
  var SECTIONS = ['insights', 'report', 'data'];
  var LANGUAGES = ['en', 'es']; // the widget's languages (English is its own text)

  var frames = []; // { id, iframe, origin, preferred, minimum, requested }
  var counter = 0;

  function warn(message) {
    if (global.console && console.warn) console.warn('Painlink.embed: ' + message);
  }

  function clampHeight(h) {
    return Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, Math.round(h)));
  }

  // Options from data attributes: data-clinic-name -> clinicName, and so on.
  function fromDataset(el) {
    var d = el.dataset;
    var o = {};
    var map = {
      widgetUrl: 'widgetUrl', clinicName: 'clinicName', clinicContact: 'clinicContact',
      clinicBookingUrl: 'clinicBookingUrl', start: 'start', accentColor: 'accentColor', theme: 'theme', textSize: 'textSize', contrast: 'contrast',
      lang: 'lang',
      height: 'height', title: 'title',
    };
    for (var k in map) if (d[map[k]] !== undefined && d[map[k]] !== '') o[k] = d[map[k]];
    if (d.sections !== undefined) o.sections = d.sections.split(/[\s,]+/).filter(Boolean);
    if (d.testHooks !== undefined) o.testHooks = true; // browser tests find buttons by label
    if (!o.widgetUrl && d.painlink) o.widgetUrl = d.painlink;
    return o;
  }

  // Checks options here too (the iframe checks them again): a mistake gets a console warning.
  function hashFor(options, id, hostOrigin) {
    var p = new URLSearchParams();
    p.set('id', id);
    p.set('host', hostOrigin);
    var text = function (key, max) {
      if (options[key] === undefined) return;
      var v = String(options[key]).trim();
      if (v.length > max) warn(key + ' is longer than ' + max + ' characters and was cut');
      if (v) p.set(key, v.slice(0, max));
    };
    text('clinicName', 80);
    text('clinicContact', 200);
    if (options.clinicBookingUrl !== undefined) {
      var booking = String(options.clinicBookingUrl).trim();
      if (/^https?:\/\/\S+$/i.test(booking) && booking.length <= 500) p.set('clinicBookingUrl', booking);
      else warn('clinicBookingUrl must be an http or https web address of at most 500 characters');
    }
    if (options.accentColor !== undefined) {
      if (/^#[0-9a-fA-F]{6}$/.test(String(options.accentColor))) p.set('accentColor', String(options.accentColor));
      else warn('accentColor must look like "#2f6f6a"');
    }
    var pick = function (key, allowed) {
      if (options[key] === undefined) return;
      if (allowed.indexOf(options[key]) >= 0) p.set(key, options[key]);
      else warn(key + ' must be one of ' + allowed.join(', '));
    };
    pick('theme', ['light', 'dark']);
    pick('textSize', ['normal', 'large']);
    pick('contrast', ['normal', 'high']);
    pick('start', ['assessment']);
    pick('lang', LANGUAGES);
    if (options.sections !== undefined) {
      var list = Array.isArray(options.sections) ? options.sections : String(options.sections).split(/[\s,]+/);
      list = list.filter(Boolean);
      var good = list.filter(function (s) { return SECTIONS.indexOf(s) >= 0; });
      if (good.length !== list.length) warn('sections may contain only ' + SECTIONS.join(', '));
      // An empty list shows the journal alone; a list with nothing valid in it is ignored.
      if (good.length || !list.length) p.set('sections', good.join(','));
    }
    if (options.testHooks) p.set('testHooks', '1');
    return p.toString();
  }

  function layout(f) {
    var cap = Math.max(MIN_HEIGHT, (global.innerHeight || DEFAULT_HEIGHT) - VIEWPORT_MARGIN);
    var h = Math.min(Math.max(f.preferred, f.minimum), cap);
    var px = Math.max(MIN_HEIGHT, Math.round(h)) + 'px';
    if (f.iframe.style.height !== px) f.iframe.style.height = px;
  }

  function onMessage(event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.source !== 'painlink-embed' || data.version !== 1) return;
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (event.origin !== f.origin || event.source !== f.iframe.contentWindow || data.id !== f.id) continue;
      if (data.type === 'size' && typeof data.height === 'number' && isFinite(data.height)) {
        f.preferred = clampHeight(data.height);
        if (typeof data.minimum === 'number' && isFinite(data.minimum)) f.minimum = clampHeight(data.minimum);
        layout(f);
      } else if (data.type === 'ready') {
        f.ready = true;
        f.iframe.setAttribute('data-painlink-state', 'ready');
      }
      return;
    }
  }

  function onResize() {
    for (var i = 0; i < frames.length; i++) layout(frames[i]);
  }

  /**
   * Puts a Painlink journal into `target` (an element or a selector). Returns
   * { iframe, destroy() }. Options: widgetUrl, clinicName, clinicContact, clinicBookingUrl, start,
   * accentColor, theme, textSize, contrast, sections, height, title.
   */
  function embed(target, options) {
    var el = typeof target === 'string' ? document.querySelector(target) : target;
    if (!el || el.nodeType !== 1) throw new Error('Painlink.embed: no element found for ' + String(target));
    options = options || {};
    var base = options.widgetUrl || DEFAULT_BASE;
    if (!base) throw new Error('Painlink.embed: widgetUrl is needed when embed.js is not loaded from a <script src>');
    var page = new URL('embedded.html', new URL(base, location.href));
    if (page.protocol !== 'https:' && page.protocol !== 'http:') throw new Error('Painlink.embed: widgetUrl must be http(s)');
    // On the widget's own origin, the host page's scripts could read the journal in that origin's
    // storage: the whole point of the iframe would be lost, so it is refused, visibly.
    if (page.origin === location.origin) {
      var note = document.createElement('p');
      note.setAttribute('role', 'note');
      note.textContent = 'The Painlink journal is not shown here: this page is on the same website as the journal, ' +
        'so scripts on it could read it. Open the Painlink app instead.';
      el.appendChild(note);
      if (global.console && console.error) {
        console.error('Painlink.embed: refused: the host page and the widget share the origin ' + page.origin +
          '. Serve the widget from its own origin (README "Embedding on a clinic\'s website").');
      }
      throw new Error('Painlink.embed: the host page and the widget share an origin');
    }
    var id = 'pl' + (++counter) + '-' + Math.random().toString(36).slice(2, 10);
    var requested = options.height !== undefined && isFinite(Number(options.height)) ? clampHeight(Number(options.height))
      : DEFAULT_HEIGHT;
    var hash = hashFor(options, id, location.origin);
    var iframe = document.createElement('iframe');
    iframe.src = page.href + '#' + hash + '&height=' + requested;
    iframe.title = options.title ? String(options.title).slice(0, 120) : 'Painlink: private pain and headache journal';
    iframe.setAttribute('sandbox', SANDBOX);
    iframe.setAttribute('allow', 'clipboard-write');
    iframe.setAttribute('data-painlink-frame', id);
    var s = iframe.style;
    s.display = 'block';
    s.width = '100%';
    s.maxWidth = '100%';
    s.border = '0';
    s.margin = '0';
    s.padding = '0';
    s.colorScheme = options.theme === 'dark' ? 'dark' : 'light';
    var f = { id: id, iframe: iframe, origin: page.origin, preferred: requested + 48, minimum: MIN_HEIGHT, requested: requested };
    frames.push(f);
    layout(f);
    if (frames.length === 1) {
      global.addEventListener('message', onMessage);
      global.addEventListener('resize', onResize);
    }
    el.setAttribute('data-painlink-embedded', '');
    el.appendChild(iframe);
    return {
      iframe: iframe,
      destroy: function () {
        var i = frames.indexOf(f);
        if (i >= 0) frames.splice(i, 1);
        iframe.remove();
        el.removeAttribute('data-painlink-embedded');
        if (!frames.length) {
          global.removeEventListener('message', onMessage);
          global.removeEventListener('resize', onResize);
        }
      },
    };
  }

  function scan() {
    var els = document.querySelectorAll('[data-painlink]:not([data-painlink-embedded])');
    for (var i = 0; i < els.length; i++) {
      try {
        embed(els[i], fromDataset(els[i]));
      } catch (err) {
        warn(err.message);
      }
    }
  }

  var api = existing || {};
  api.embed = embed;
  global.Painlink = api;
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})(window);
