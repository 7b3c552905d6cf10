// The full-page app: one widget filling the window, exposed as window.painlink for scripts and
// tests, plus the offline service worker and its "new version" prompt. An external file (not
// inline) so the page's CSP needs no 'unsafe-inline'.
(function () {
  'use strict';
  var params = new URLSearchParams(location.search);
  var options = { storageKey: 'painlink.journal' };
  // Browser tests locate buttons inside the canvas by label (no journal data leaves the page).
  if (params.has('testHooks')) options.testHooks = true;
  // A link from a clinic's article can open the self-check directly: index.html?start=assessment
  if (params.get('start') === 'assessment') options.start = 'assessment';
  // A clinic's Spanish page can link to index.html?lang=es (the patient's choice in Data still wins).
  if (params.get('lang') === 'en' || params.get('lang') === 'es') options.lang = params.get('lang');
  // The full app is never meant to be framed (embedded.html is): a host that does not send
  // frame-ancestors could still put it under another site, invisible, and steer the patient's taps.
  // Framed by another origin, it does not start and offers its own tab instead.
  var foreignFrame = false;
  if (window.top !== window.self) {
    try {
      foreignFrame = window.top.location.origin !== location.origin;
    } catch (err) {
      foreignFrame = true;
    }
  }
  if (foreignFrame) {
    var app = document.getElementById('painlink-app');
    var p = document.createElement('p');
    p.className = 'pl-framed';
    var a = document.createElement('a');
    a.href = location.href;
    a.target = '_blank';
    a.rel = 'noopener';
    a.textContent = 'Open Painlink in its own tab';
    p.appendChild(document.createTextNode('To keep your journal safe, Painlink does not run inside another website. '));
    p.appendChild(a);
    app.appendChild(p);
    window.painlinkReady = Promise.reject(new Error('Painlink: the app does not run inside another website'));
    window.painlinkReady.catch(function () {});
    return;
  }
  window.painlinkReady = window.Painlink.mount('#painlink-app', options)
    .then(function (widget) {
      window.painlink = widget;
      return widget;
    })
    .catch(function (err) {
      console.error('Painlink could not start:', err);
      throw err;
    });

  // ---- a journal handed over by an embed ("Keep my journal", embedded.js) ---------------------
  // The clinic's iframe, on this origin, opened this window with #handover=<nonce> because it
  // cannot keep the journal itself. This page tells its opener it is ready, takes one journal
  // document from it, merges it into its own (first-party) storage and answers with the result.
  // Only from the window that opened this one, only on this origin, only with that nonce, once:
  // anything else is ignored. A foreign opener never hears from this page (targetOrigin).
  var handover = /^#handover=([A-Za-z0-9_-]{16,64})$/.exec(location.hash);
  if (handover) {
    var nonce = handover[1];
    var opener = window.opener;
    // The nonce leaves the address at once: a reload, a bookmark or a shared link never repeats it.
    history.replaceState(null, '', location.pathname + location.search);
    if (opener) {
      var onHandover = function (event) {
        var d = event.data;
        if (event.origin !== location.origin || event.source !== opener || !d || typeof d !== 'object' ||
            d.type !== 'painlink-handover' || d.nonce !== nonce || typeof d.journal !== 'string') return;
        window.removeEventListener('message', onHandover);
        receiveHandover(d.journal).then(function (answer) {
          answer.type = 'painlink-handover-done';
          answer.nonce = nonce;
          try {
            opener.postMessage(answer, location.origin);
          } catch (err) { /* the embed is gone: the journal is saved here anyway */ }
        });
      };
      window.addEventListener('message', onHandover);
      opener.postMessage({ type: 'painlink-handover-ready', nonce: nonce }, location.origin);
    }
  }

  function receiveHandover(text) {
    var banner = document.getElementById('painlink-handover');
    function tell(message) {
      if (!banner) return;
      banner.querySelector('.pl-update-text').textContent = message;
      banner.hidden = false;
      document.body.classList.add('pl-update-shown');
    }
    if (banner) {
      banner.querySelector('.pl-update-later').addEventListener('click', function () {
        banner.hidden = true;
        if (!document.getElementById('painlink-update') || document.getElementById('painlink-update').hidden) {
          document.body.classList.remove('pl-update-shown');
        }
      });
    }
    return window.painlinkReady.then(function (widget) {
      return widget.whenComplete().then(function () { return widget; });
    }).then(function (widget) {
      // Merge: days only in the handed-over journal are added, days in both take its version,
      // nothing is removed (the widget keeps a restore point first, in the Data view).
      var r = widget.importJSON(text, { mode: 'merge' });
      var rejected = r.rejected || [];
      if (rejected.length && rejected[0].index === -1) {
        tell('A journal from another page could not be read. Nothing was changed.');
        return { ok: false, error: String(rejected[0].message || 'not a Painlink journal') };
      }
      return waitSaved(widget).then(function (saved) {
        var days = widget.entries().length;
        tell('Your journal from the other page is now saved in this app: ' + r.added + ' new ' +
          (r.added === 1 ? 'day' : 'days') + ', ' + r.updated + ' updated' +
          (saved ? '.' : '. This browser window cannot save either: save a backup file from Data.'));
        return { ok: true, saved: saved, added: r.added, updated: r.updated, unchanged: r.unchanged,
          rejected: rejected.length, days: days };
      });
    }, function (err) {
      return { ok: false, error: 'the app could not start here' + (err && err.message ? ': ' + err.message : '') };
    });
  }

  // A tab that does not write itself (another tab of the app holds the writer lock) is saved once
  // the writer acknowledges: wait a little for that.
  function waitSaved(widget) {
    return new Promise(function (resolve) {
      var until = Date.now() + 5000;
      (function poll() {
        var st = widget.status();
        if (st.available === false) resolve(false);
        else if (st.saved) resolve(true);
        else if (Date.now() > until) resolve(false);
        else setTimeout(poll, 100);
      })();
    });
  }

  // ---- offline: service worker and updates ----------------------------------------------------
  // sw.js keeps every file of one build in its own cache. A new build installs next to the old
  // one and waits; this page offers "Reload" and only the patient's press switches versions, so a
  // half-typed entry is never interrupted and old and new files are never mixed in one page.
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  var sw = navigator.serviceWorker;
  var banner = document.getElementById('painlink-update');
  var reloadRequested = false;
  var waitingWorker = null;
  var lastCheck = Date.now();

  function showUpdate(worker, text) {
    waitingWorker = worker;
    if (!banner) return;
    if (text) banner.querySelector('.pl-update-text').textContent = text;
    banner.hidden = false;
    document.body.classList.add('pl-update-shown');
  }

  function reloadNow() {
    reloadRequested = true;
    if (banner) banner.querySelector('.pl-update-reload').disabled = true;
    // Unsaved typing is saved by the widget's pagehide handler when the page unloads.
    if (waitingWorker) {
      waitingWorker.postMessage({ type: 'SKIP_WAITING' });
      // controllerchange reloads; if the new worker vanished meanwhile, reload anyway.
      setTimeout(function () { location.reload(); }, 4000);
    } else {
      location.reload();
    }
  }

  if (banner) {
    banner.querySelector('.pl-update-reload').addEventListener('click', reloadNow);
    banner.querySelector('.pl-update-later').addEventListener('click', function () {
      banner.hidden = true;
      document.body.classList.remove('pl-update-shown');
    });
  }

  function watch(reg) {
    var offer = function (worker) {
      // The very first install has nothing to replace: no prompt.
      if (sw.controller) showUpdate(worker);
    };
    if (reg.waiting) offer(reg.waiting);
    reg.addEventListener('updatefound', function () {
      var worker = reg.installing;
      if (!worker) return;
      worker.addEventListener('statechange', function () {
        if (worker.state === 'installed') offer(worker);
      });
    });
    var hadController = !!sw.controller;
    sw.addEventListener('controllerchange', function () {
      if (reloadRequested) {
        location.reload();
      } else if (hadController) {
        // Another window switched versions. This page keeps running the build it started with.
        showUpdate(null, 'Painlink was updated in another window.');
      }
      hadController = true;
    });
    // Long-lived tabs and installed apps look for updates when they come back to the front.
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'visible' && Date.now() - lastCheck > 60 * 60 * 1000) {
        lastCheck = Date.now();
        reg.update().catch(function () {});
      }
    });
  }

  // Registered after the widget has started, so caching never competes with the first start.
  window.painlinkServiceWorker = window.painlinkReady
    .catch(function () {})
    .then(function () { return sw.register('sw.js', { scope: './', updateViaCache: 'none' }); })
    .then(function (reg) {
      watch(reg);
      return reg;
    })
    .catch(function (err) {
      console.warn('Painlink: offline use is not available here', err);
      return null;
    });
})();
