// The mock clinic page loads embed.js from the widget's origin, as a real clinic site would. On
// loopback the widget is the *other* name of this server (localhost <-> 127.0.0.1), which is a
// different origin and a different site; ?widget=https://… points the demo anywhere else.
(function () {
  'use strict';
  var q = new URLSearchParams(location.search);
  var widget = q.get('widget');
  if (!widget) {
    var host = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    widget = location.protocol + '//' + host + (location.port ? ':' + location.port : '') + '/';
  }
  // Browser tests find the widget's buttons by label (embed option testHooks).
  if (q.has('testHooks')) {
    document.addEventListener('DOMContentLoaded', function () {
      var el = document.getElementById('journal');
      if (el) el.setAttribute('data-test-hooks', '');
    });
  }
  var s = document.createElement('script');
  s.src = new URL('embed.js', widget).href;
  s.async = true;
  document.head.appendChild(s);
})();
