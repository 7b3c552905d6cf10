// Painlink's service worker: the app works with no network after the first visit.
//
// This is the *source*; scripts/assemble_web.mjs writes build/web/sw.js from it with Workbox's
// injectManifest (the precache list, with a revision per file, replaces the injection point below) and
// stamps the build id (a hash of that list) into PAINLINK_BUILD. No Workbox runtime is loaded:
// the few lines below are the whole worker, so nothing comes from a CDN.
//
//  - install:  every file of the list is revalidated with the server (HTTP cache mode "no-cache":
//              a file the page has just downloaded costs a 304, not a second download) into a
//              cache named after this build ("painlink-<build>"). One failure fails the install:
//              never half a version.
//  - activate: caches of other builds are deleted. A new build does not take over by itself: it
//              waits until the page says SKIP_WAITING (the patient pressed "Reload" on the "new
//              version" prompt), so an open page never gets a mix of old and new files.
//  - fetch:    same-origin GETs of precached files are answered from this build's cache (query
//              strings ignored, "/" is index.html). .wasm is always served as application/wasm so
//              streaming compilation works. Everything else goes to the network untouched.
/* eslint-env serviceworker */
'use strict';

const PAINLINK_BUILD = '__PAINLINK_BUILD__';
const CACHE_PREFIX = 'painlink-';
const CACHE = CACHE_PREFIX + PAINLINK_BUILD;
const MANIFEST = self.__WB_MANIFEST;

const PRECACHED = new Set(MANIFEST.map((entry) => new URL(entry.url, self.location).href));

function cacheKey(url) {
  const u = new URL(url);
  if (u.origin !== self.location.origin) return null;
  let key = u.origin + u.pathname;
  if (key.endsWith('/')) key += 'index.html';
  return PRECACHED.has(key) ? key : null;
}

// Servers that do not know .wasm send another type; WebAssembly.instantiateStreaming needs this one.
async function withWasmType(url, response) {
  if (!url.endsWith('.wasm') || response.headers.get('Content-Type') === 'application/wasm') return response;
  const headers = new Headers(response.headers);
  headers.set('Content-Type', 'application/wasm');
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await Promise.all([...PRECACHED].map(async (url) => {
      const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
      if (!response.ok || response.redirected) throw new Error('Painlink: could not cache ' + url + ' (' + response.status + ')');
      await cache.put(url, await withWasmType(url, response));
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
    // Evicted or damaged cache: the network still works, and the file is put back for next time.
    const response = await withWasmType(key, await fetch(request));
    if (response.ok && request.mode !== 'navigate') await cache.put(key, response.clone());
    return response;
  })());
});
