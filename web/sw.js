// Painlink's service worker: the app works with no network after the first visit.
//
// This is the *source*; scripts/web_sw.mjs writes build/web/sw.js from it: the file list (per file
// its SHA-256 prefix, and `on: 'use'` for files not needed to start the app) replaces the injection
// point below, and the build id (a hash of that list) replaces PAINLINK_BUILD. No Workbox runtime
// is loaded: the few lines below are the whole worker, so nothing comes from a CDN.
//
//  - install:  the files the app needs to start (every listed file without `on: 'use'`) are
//              revalidated with the server (HTTP cache mode "no-cache": a file the page has just
//              downloaded costs a 304, not a second download) into a cache named after this build
//              ("painlink-<build>"). One failure fails the install: never half a version.
//  - on use:   the other listed files (the PNG icons, the embed page, the rest of the widget) are
//              cached the first time something asks for them, so a first visit does not download
//              what it never shows; a new build's install fetches those an older build had cached.
//  - always:   a body goes into the cache only if its SHA-256 is the one listed for this build. A
//              server that already has a newer build cannot slip its files into this one's cache
//              (the install fails and is retried; a file fetched on use is served but not kept).
//  - activate: caches of other builds are deleted. A new build does not take over by itself: it
//              waits until the page says SKIP_WAITING (the patient pressed "Reload" on the "new
//              version" prompt), so an open page never gets a mix of old and new files.
//  - fetch:    same-origin GETs of listed files are answered from this build's cache (query
//              strings ignored, "/" is index.html). .wasm is always served as application/wasm so
//              streaming compilation works. Everything else goes to the network untouched.
/* eslint-env serviceworker */
'use strict';

const PAINLINK_BUILD = '__PAINLINK_BUILD__';
const CACHE_PREFIX = 'painlink-';
const CACHE = CACHE_PREFIX + PAINLINK_BUILD;
const MANIFEST = self.__WB_MANIFEST;

const LISTED = new Map(MANIFEST.map((entry) => [new URL(entry.url, self.location).href, entry]));

function cacheKey(url) {
  const u = new URL(url);
  if (u.origin !== self.location.origin) return null;
  let key = u.origin + u.pathname;
  if (key.endsWith('/')) key += 'index.html';
  return LISTED.has(key) ? key : null;
}

// The same digest scripts/web_sw.mjs lists: the first 128 bits of SHA-256, in hex.
async function sha256Prefix(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
}

// `response` with `body`; .wasm as application/wasm (servers that do not know .wasm send another
// type, and WebAssembly.instantiateStreaming needs this one).
function rebuilt(key, response, body) {
  const headers = new Headers(response.headers);
  if (key.endsWith('.wasm')) headers.set('Content-Type', 'application/wasm');
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

// This build's copy of `key` made from a network response, or null when the body is another build's.
async function verifiedCopy(key, response) {
  const body = await response.arrayBuffer();
  return (await sha256Prefix(body)) === LISTED.get(key).sha256 ? rebuilt(key, response, body) : null;
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const atInstall = [...LISTED].filter(([, entry]) => entry.on !== 'use').map(([key]) => key);
    await Promise.all(atInstall.map(async (key) => {
      const response = await fetch(key, { cache: 'no-cache', credentials: 'same-origin' });
      if (!response.ok || response.redirected) throw new Error('Painlink: could not cache ' + key + ' (' + response.status + ')');
      const copy = await verifiedCopy(key, response);
      if (!copy) throw new Error('Painlink: ' + key + ' on the server is not this version\'s; will retry');
      await cache.put(key, copy);
    }));
    // Files an earlier build cached on use are ones this patient needs (the rest of the widget, a
    // font): the new build gets them now too, so an update does not take them away offline. Best
    // effort: one that fails is fetched on use, as before.
    const used = new Set();
    for (const name of await caches.keys()) {
      if (!name.startsWith(CACHE_PREFIX) || name === CACHE) continue;
      for (const request of await (await caches.open(name)).keys()) used.add(request.url);
    }
    const keep = [...LISTED].filter(([key, entry]) => entry.on === 'use' && used.has(key)).map(([key]) => key);
    await Promise.all(keep.map(async (key) => {
      try {
        const response = await fetch(key, { cache: 'no-cache', credentials: 'same-origin' });
        const copy = response.ok && !response.redirected ? await verifiedCopy(key, response) : null;
        if (copy) await cache.put(key, copy);
      } catch (err) {
        // cached on use instead
      }
    }));
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith(CACHE_PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'SKIP_WAITING') self.skipWaiting();
  if (data.type === 'GET_BUILD' && event.source) event.source.postMessage({ type: 'BUILD', build: PAINLINK_BUILD });
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const key = cacheKey(request.url);
  if (!key) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(key);
    if (hit) return hit;
    // A file cached on use, or evicted: from the network, and kept if it is this build's.
    const response = await fetch(request);
    if (!response.ok || response.redirected) return response;
    const keep = response.clone();
    event.waitUntil(verifiedCopy(key, keep).then((copy) => copy && cache.put(key, copy)).catch(() => {}));
    return key.endsWith('.wasm') ? rebuilt(key, response, response.body) : response;
  })());
});
