// The page inside a clinic's iframe (see embed.js). Reads the embed options from the URL's
// #fragment, checks each one, mounts the widget, and tells the host page only what it needs to
// size the frame. No journal data is ever posted to the host: messages carry a height and "ready".
// "Keep my journal" hands the journal to the full app in a window of its own, on this origin,
// window to window (below); nothing of it goes to or through the host page.
(function () {
  'use strict';
  var params = new URLSearchParams(location.hash.slice(1));
  var SECTIONS = ['insights', 'report', 'data'];
  var MIN_WIDGET = 360;

  // ---- options --------------------------------------------------------------------------------
  function plainText(value, max) {
    if (typeof value !== 'string') return '';
    // No control characters; whitespace runs collapse. The widget draws it as text (no markup).
    return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
  }

  function contact(value) {
    var v = plainText(value, 200);
    if (!v) return '';
    if (/^(mailto:|tel:)/i.test(v)) return v;
    if (/^[+0-9][0-9 ()./-]{2,29}$/.test(v)) return v; // a phone number
    try {
      var u = new URL(v);
      if (u.protocol === 'https:' || u.protocol === 'http:') return u.href;
    } catch (err) { /* not a URL */ }
    console.warn('Painlink: clinicContact must be a web address, mailto:, tel: or a phone number');
    return '';
  }

  // The clinic's booking page: opened in a new tab only when the patient taps it; http(s) only.
  function bookingUrl(value) {
    if (typeof value !== 'string' || !value || value.length > 500 || /\s/.test(value)) return '';
    try {
      var u = new URL(value);
      if (u.protocol === 'https:' || u.protocol === 'http:') return u.href;
    } catch (err) { /* not a URL */ }
    console.warn('Painlink: clinicBookingUrl must be an http or https web address');
    return '';
  }

  function oneOf(name, allowed) {
    var v = params.get(name);
    return allowed.indexOf(v) >= 0 ? v : undefined;
  }

  var options = { storageKey: 'painlink.journal' };
  var clinicName = plainText(params.get('clinicName'), 80);
  if (clinicName) options.clinicName = clinicName;
  var clinicContact = contact(params.get('clinicContact'));
  if (clinicContact) options.clinicContact = clinicContact;
  var booking = bookingUrl(params.get('clinicBookingUrl'));
  if (booking) options.clinicBookingUrl = booking;
  var startView = oneOf('start', ['assessment']);
  if (startView) options.start = startView;
  var accent = params.get('accentColor');
  if (accent && /^#[0-9a-fA-F]{6}$/.test(accent)) options.accentColor = accent.toLowerCase();
  var theme = oneOf('theme', ['light', 'dark']);
  if (theme) options.theme = theme;
  var textSize = oneOf('textSize', ['normal', 'large']);
  if (textSize) options.textSize = textSize;
  var contrast = oneOf('contrast', ['normal', 'high']);
  if (contrast) options.contrast = contrast;
  var lang = oneOf('lang', ['en', 'es']);
  if (lang) options.lang = lang;
  if (params.has('sections')) {
    options.sections = (params.get('sections') || '').split(',').filter(function (s) { return SECTIONS.indexOf(s) >= 0; });
    // (an empty list: the journal alone, without insights, report and data views)
  }
  if (params.get('testHooks') === '1') options.testHooks = true;
  var requestedHeight = Math.max(420, Math.min(2000, Number(params.get('height')) || 720));

  var body = document.body;
  if (options.theme === 'dark') body.classList.add('pl-dark');
  if (options.contrast === 'high') body.classList.add('pl-contrast');
  if (options.textSize === 'large') body.classList.add('pl-large');
  if (options.accentColor) body.style.setProperty('--pl-accent', options.accentColor);

  // ---- the host page ----------------------------------------------------------------------------
  // Messages go to the embedding page's origin only. The browser's own record of it
  // (ancestorOrigins) wins over what the fragment claims.
  var framed = window.parent !== window;
  var id = /^[A-Za-z0-9-]{1,40}$/.test(params.get('id') || '') ? params.get('id') : null;
  function validOrigin(o) {
    try {
      var u = new URL(o);
      return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === o ? o : null;
    } catch (err) {
      return null;
    }
  }
  var hostOrigin = null;
  if (location.ancestorOrigins && location.ancestorOrigins.length) hostOrigin = validOrigin(location.ancestorOrigins[0]);
  if (!hostOrigin) hostOrigin = validOrigin(params.get('host') || '');
  function post(message) {
    if (!framed || !id || !hostOrigin) return;
    message.source = 'painlink-embed';
    message.version = 1;
    message.id = id;
    window.parent.postMessage(message, hostOrigin);
  }

  // Browsers (Chrome 115+, Firefox, Safari) keep an embedded page's storage per top-level site.
  var partitioned = framed && hostOrigin !== location.origin;
  var where = document.getElementById('pl-where');
  if (partitioned) {
    var site = hostOrigin ? new URL(hostOrigin).host : 'this website';
    where.textContent = 'Saved in this browser for ' + site + ' only, not in the Painlink app. ' +
      'Nothing is sent to the clinic.';
  }

  // ---- size: the host sizes the frame from what this page prefers -------------------------------
  var bar = document.getElementById('pl-bar');
  var lastSent = '';
  function reportSize() {
    var barHeight = Math.ceil(bar.getBoundingClientRect().height);
    var msg = { type: 'size', height: requestedHeight + barHeight, minimum: MIN_WIDGET + barHeight };
    var key = msg.height + '/' + msg.minimum;
    if (key === lastSent) return;
    lastSent = key;
    post(msg);
  }
  if (typeof ResizeObserver !== 'undefined') new ResizeObserver(reportSize).observe(bar);
  else window.addEventListener('resize', reportSize);
  reportSize();

  // ---- clickjacking: no input while the frame is not really visible --------------------------------
  // A host page could make this frame transparent or cover it and trick a tap or a paste into it.
  // IntersectionObserver v2 (trackVisibility) says whether the frame is drawn unobscured, at full
  // opacity and untransformed; until it says so, taps, keys and clipboard events are dropped and
  // the patient is told why. A browser without it is trusted as before (nothing to measure with).
  var guard = document.getElementById('pl-guard');
  var shown = !framed;
  function setShown(v) {
    shown = v;
    guard.hidden = v;
    body.classList.toggle('pl-covered', !v);
  }
  if (framed) {
    var measurable = false;
    try {
      var probe = new IntersectionObserver(function (list) {
        var last = list[list.length - 1];
        setShown(last.isVisible === true);
      }, { trackVisibility: true, delay: 100, threshold: [0] });
      measurable = probe.trackVisibility === true;
      if (measurable) probe.observe(document.getElementById('pl-root'));
      else probe.disconnect();
    } catch (err) {
      measurable = false;
    }
    setShown(!measurable);
    ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'dblclick', 'auxclick', 'wheel', 'keydown',
      'keyup', 'keypress', 'beforeinput', 'input', 'paste', 'copy', 'cut', 'drop', 'contextmenu'].forEach(function (t) {
      window.addEventListener(t, function (e) {
        if (shown) return;
        e.stopImmediatePropagation();
        e.preventDefault();
      }, { capture: true, passive: false });
    });
  }

  // ---- the widget -------------------------------------------------------------------------------
  var mountEl = document.getElementById('painlink-embed-app');
  var storageBlocked = false;
  function start(extra) {
    var o = Object.assign({}, options, extra || {});
    window.painlinkReady = window.Painlink.mount(mountEl, o).then(function (widget) {
      window.painlink = widget;
      // Some browsers refuse storage to embedded pages altogether (private windows, blocked
      // third-party data): the widget then keeps entries in memory and says so; the bar points
      // to the full app, where the journal can be kept.
      var status = widget.status();
      storageBlocked = !!(status && status.available === false);
      if (storageBlocked) {
        where.textContent = 'This browser does not let the journal save inside this page (a private window, or ' +
          'blocked site data): entries here last until you close it. "Keep my journal" saves it in the Painlink app.';
        bar.classList.add('pl-warn');
      }
      offerKeep(widget);
      post({ type: 'ready' });
      return widget;
    });
    window.painlinkReady.catch(function (err) { console.error('Painlink could not start:', err); });
    return window.painlinkReady;
  }
  start();

  // ---- moving a journal: files only, never the network ----------------------------------------
  var moveButton = document.getElementById('pl-move');
  var panel = document.getElementById('pl-move-panel');
  var result = document.getElementById('pl-move-result');
  moveButton.addEventListener('click', function () {
    panel.hidden = !panel.hidden;
    moveButton.setAttribute('aria-expanded', String(!panel.hidden));
  });

  function today() {
    var d = new Date();
    var p = function (n) { return String(n).padStart(2, '0'); };
    return d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate());
  }

  document.getElementById('pl-export').addEventListener('click', function () {
    if (!window.painlink) return;
    var blob = new Blob([window.painlink.exportJSON()], { type: 'application/json' });
    var url = URL.createObjectURL(blob);
    var a = document.createElement('a');
    a.href = url;
    a.download = 'painlink-journal-' + today() + '.json';
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(url); a.remove(); }, 1000);
    result.textContent = 'Saved. In the Painlink app, open it with Data, then "Bring in a journal file".';
  });

  document.getElementById('pl-import').addEventListener('click', function () {
    var input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.hidden = true;
    document.body.appendChild(input);
    input.addEventListener('change', function () {
      var file = input.files && input.files[0];
      input.remove();
      if (!file || !window.painlink) return;
      file.text().then(function (text) {
        // Merge: days only in the file are added, days in both take the file's version, nothing
        // is removed. The widget keeps a restore point (Data view) before it changes anything.
        var r = window.painlink.importJSON(text, { mode: 'merge' });
        var rejected = r.rejected || [];
        if (rejected.length && rejected[0].index === -1) {
          result.textContent = 'This file is not a Painlink journal. Nothing was changed.';
          return;
        }
        result.textContent = 'Added ' + r.added + ' new ' + (r.added === 1 ? 'day' : 'days') + ', updated ' + r.updated +
          (rejected.length ? '; ' + rejected.length + ' could not be read and were left out.' : '.');
      }, function () {
        result.textContent = 'The file could not be read. Please choose it again.';
      });
    });
    input.click();
  });

  // ---- "Keep my journal": hand the journal to the full app, window to window ---------------------
  // Where this frame cannot keep the journal (storage blocked) or keeps it apart from the app
  // (partitioned), the patient can move it into the app: a tap opens index.html on this origin in
  // a window of its own, with a random nonce in its #fragment. That window says it is ready
  // (painlink-handover-ready, to its opener: this frame), gets the journal document
  // (painlink-handover) and merges it into its own, first-party storage, then answers with the
  // result (painlink-handover-done). Every message goes between this frame and the window it
  // opened, both on the widget's origin, with targetOrigin = that origin: nothing passes through
  // the host page, and this frame takes no message from any other window.
  var keepButton = document.getElementById('pl-keep');
  var keepResult = document.getElementById('pl-keep-result');
  var READY_WAIT = 10000; // the app window's page must load and answer within this
  var SAVE_WAIT = 60000; // then the app starts the widget and saves
  var keeping = null; // { win, nonce, phase: 'opening' | 'sent', since, timer }
  var keptInApp = null; // { days, sent }: after a handover, until the journal here changes again

  function offerKeep(widget) {
    if (!storageBlocked && !partitioned) {
      keepButton.hidden = true;
      return;
    }
    keepButton.textContent = storageBlocked ? 'Keep my journal' : 'Keep my journal in the app';
    keepButton.hidden = false;
    widget.on('change', function () {
      // (a change event also follows notices: only a different journal counts)
      if (!keptInApp || keeping || widget !== window.painlink || widget.exportJSON() === keptInApp.sent) return;
      keptInApp = null;
      where.textContent = 'Your journal is kept in the Painlink app on ' + location.host + ', but not what you ' +
        'changed here since. Press "' + keepButton.textContent + '" again to add it.';
      if (storageBlocked) bar.classList.add('pl-warn');
      keepButton.classList.add('pl-primary');
    });
  }

  function newNonce() {
    var bytes = new Uint8Array(18);
    crypto.getRandomValues(bytes);
    var s = '';
    for (var i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
    return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function stopKeeping() {
    if (!keeping) return;
    clearInterval(keeping.timer);
    keeping = null;
    keepButton.disabled = false;
    keepButton.removeAttribute('aria-busy');
  }

  // The window did not open or did not answer: the file still moves the journal.
  function keepFailed(text) {
    stopKeeping();
    keepResult.textContent = text + ' You can move it with a file instead: "Save to a file" below, then in the ' +
      'app Data, then "Bring in a journal file".';
    panel.hidden = false;
    moveButton.setAttribute('aria-expanded', 'true');
  }

  function keepDone(d, sent) {
    stopKeeping();
    if (d.ok !== true) {
      keepFailed('The Painlink app could not take your journal' +
        (typeof d.error === 'string' && d.error ? ' (' + d.error.slice(0, 200) + ').' : '.'));
      return;
    }
    var days = Number(d.days) || 0;
    keptInApp = { days: days, sent: sent };
    where.textContent = 'Your journal is now kept in the Painlink app on ' + location.host + ' (' + days + ' ' +
      (days === 1 ? 'day' : 'days') + ').' + (d.saved === false ? ' That browser window could not save it either: ' +
      'save a file to be safe.' : '');
    bar.classList.remove('pl-warn');
    keepButton.classList.remove('pl-primary'); // done: no longer the bar's main action
    var added = Number(d.added) || 0;
    keepResult.textContent = 'The app added ' + added + ' new ' + (added === 1 ? 'day' : 'days') + ' and updated ' +
      (Number(d.updated) || 0) + '. You can go on here; "Open the app" shows it there.';
  }

  keepButton.addEventListener('click', function () {
    if (!window.painlink) return;
    if (keeping) {
      try { keeping.win.focus(); } catch (err) { /* the window is gone: the timer notices */ }
      return;
    }
    var nonce = newNonce();
    var url = new URL('index.html', location.href);
    url.hash = 'handover=' + nonce;
    var win = null;
    try {
      // Not noopener: this frame needs the window's handle to hand the journal over, and the
      // window needs its opener to say it is ready. The host page gets no handle to it.
      win = window.open(url.href, '_blank');
    } catch (err) {
      win = null;
    }
    if (!win) {
      keepFailed('The app window did not open (the browser may block pop-up windows here).');
      return;
    }
    keeping = { win: win, nonce: nonce, phase: 'opening', since: Date.now(), timer: 0 };
    keepButton.disabled = true;
    keepButton.setAttribute('aria-busy', 'true');
    keepResult.textContent = 'Opening the Painlink app on ' + location.host + '\u2026';
    keeping.timer = setInterval(function () {
      if (!keeping) return;
      var closed = true;
      try { closed = keeping.win.closed; } catch (err) { closed = true; }
      var waited = Date.now() - keeping.since;
      // (A host page with Cross-Origin-Opener-Policy: same-origin cuts the link at once: the
      // window then looks closed from here.)
      if (closed) keepFailed('The app window was closed, or this website keeps it apart from this journal.');
      else if (keeping.phase === 'opening' && waited > READY_WAIT) keepFailed('The app window did not answer.');
      else if (keeping.phase === 'sent' && waited > SAVE_WAIT) keepFailed('The app did not answer in time.');
    }, 500);
  });

  window.addEventListener('message', function (event) {
    // Only the window this frame opened, on this origin, with this handover's nonce.
    if (!keeping || event.source !== keeping.win || event.origin !== location.origin) return;
    var d = event.data;
    if (!d || typeof d !== 'object' || d.nonce !== keeping.nonce) return;
    if (d.type === 'painlink-handover-ready' && keeping.phase === 'opening' && window.painlink) {
      keeping.phase = 'sent';
      keeping.since = Date.now();
      keeping.sent = window.painlink.exportJSON();
      keepResult.textContent = 'Saving your journal in the Painlink app\u2026';
      keeping.win.postMessage({ type: 'painlink-handover', nonce: keeping.nonce, journal: keeping.sent }, location.origin);
    } else if (d.type === 'painlink-handover-done' && keeping.phase === 'sent') {
      keepDone(d, keeping.sent);
    }
  });

  // ---- Storage Access API: only after the patient asks for it ----------------------------------
  // Chromium (125+) hands back a handle with the unpartitioned localStorage; the widget is then
  // restarted on that storage. Browsers that grant access without a handle (Firefox) apply it to
  // the next load, so the frame reloads once.
  var saButton = document.getElementById('pl-storage-access');
  if (partitioned && typeof document.requestStorageAccess === 'function' && typeof document.hasStorageAccess === 'function') {
    document.hasStorageAccess().then(function (has) {
      if (!has) saButton.hidden = false;
    }, function () {});
    saButton.addEventListener('click', function () {
      saButton.disabled = true;
      document.requestStorageAccess({ localStorage: true }).then(function (handle) {
        var storage = null;
        try {
          storage = handle && handle.localStorage;
        } catch (err) {
          storage = null;
        }
        if (storage) {
          // The widget's platform layer reads window.localStorage: inside this frame only, that
          // now means the app's own storage.
          Object.defineProperty(window, 'localStorage', { configurable: true, get: function () { return storage; } });
          var old = window.painlink;
          window.painlink = null;
          if (old) old.destroy();
          return start().then(function () {
            saButton.hidden = true;
            keepButton.hidden = true; // this is the app's own journal now
            where.textContent = 'This is your journal from the Painlink app, in this browser.';
            result.textContent = 'Now showing the journal from the Painlink app.';
          });
        }
        result.textContent = 'Your browser allowed access. If your entries do not appear, move them with a file.';
        setTimeout(function () { location.reload(); }, 1500);
        return null;
      }).catch(function () {
        saButton.disabled = false;
        result.textContent = 'Your browser did not allow it. You can still move your journal with a file.';
      });
    });
  }
})();
