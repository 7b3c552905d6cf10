// The full-page app: one widget filling the window, exposed as window.painlink for scripts and
// tests. An external file (not inline) so the page's CSP needs no 'unsafe-inline'.
(function () {
  'use strict';
  var params = new URLSearchParams(location.search);
  var options = { storageKey: 'painlink.journal' };
  // Browser tests locate buttons inside the canvas by label (no journal data leaves the page).
  if (params.has('testHooks')) options.testHooks = true;
  window.painlinkReady = window.Painlink.mount('#painlink-app', options)
    .then(function (widget) {
      window.painlink = widget;
      return widget;
    })
    .catch(function (err) {
      console.error('Painlink could not start:', err);
      throw err;
    });
})();
