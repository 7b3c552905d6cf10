// Installable offline app (issue 4): manifest and icons, installability, the service worker's
// cache (what the app needs to start at install, icons and the embed page on use, never another
// build's file; every asset from the cache with the network cut), application/wasm from network and
// cache, and the update flow (a prompt, never a reload in the middle of an entry).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DESKTOP, PHONE, clickControl, copyWebDir, launchBrowser, launchPersistent, screenshot, settle, startServer,
  waitForWidget,
} from './harness.mjs';
import { buildServiceWorker, listFiles } from '../../scripts/web_sw.mjs';

let dir; // a copy of build/web: the update test changes files in it
let server;
let browser;

before(async () => {
  dir = await copyWebDir();
  server = await startServer(dir);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const WASM_FALLBACK = /falling back to ArrayBuffer|wasm streaming compile failed|Incorrect response MIME type/i;

/** Opens the app and waits until the service worker controls the page (its install cached what the app needs to start). */
async function firstVisit(context, path = '/index.html?testHooks=1') {
  const page = await context.newPage();
  const consoleLines = [];
  page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e}`));
  const wasmTypes = [];
  page.on('response', (r) => {
    if (r.url().endsWith('/painlink.wasm')) wasmTypes.push({ type: r.headers()['content-type'], fromSW: r.fromServiceWorker() });
  });
  await page.goto(server.url + path);
  await waitForWidget(page);
  await page.evaluate(async () => {
    await window.painlinkServiceWorker;
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
  return { page, consoleLines, wasmTypes };
}

// The service worker's file list for the copied build, as scripts/web_sw.mjs wrote it into sw.js.
const precacheList = async () => (await listFiles(dir)).entries;

describe('installable offline app', () => {
  test('manifest, generated icons and installability (no errors from Chromium)', async () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.webmanifest'), 'utf8'));
    assert.equal(manifest.display, 'standalone');
    assert.ok(manifest.name && manifest.short_name && manifest.start_url && manifest.scope);
    assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/);
    assert.match(manifest.background_color, /^#[0-9a-f]{6}$/);
    for (const [size, purpose] of [[192, 'any'], [512, 'any'], [192, 'maskable'], [512, 'maskable']]) {
      const icon = manifest.icons.find((i) => i.sizes === `${size}x${size}` && i.purpose === purpose);
      assert.ok(icon, `a ${size} px ${purpose} icon`);
      const png = readFileSync(join(dir, icon.src));
      assert.equal(png.toString('ascii', 1, 4), 'PNG');
      assert.equal(png.readUInt32BE(16), size, `${icon.src} width`);
      assert.equal(png.readUInt32BE(20), size, `${icon.src} height`);
    }

    // Chromium's own verdict needs a real (non-incognito) profile.
    const context = await launchPersistent(DESKTOP);
    try {
      const page = context.pages()[0] || (await context.newPage());
      await page.goto(server.url + '/');
      await waitForWidget(page);
      await page.evaluate(() => navigator.serviceWorker.ready);
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      assert.deepEqual(installabilityErrors, []);
      const m = await cdp.send('Page.getAppManifest');
      assert.deepEqual(m.errors, [], 'the manifest parses without errors');
      assert.ok(m.url.endsWith('/manifest.webmanifest'));
    } finally {
      await context.close();
    }
  });

  for (const [name, device] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    test(`with the network cut, a reload starts the app from the service worker (${name})`, async () => {
      const context = await browser.newContext({ ...device });
      const { page, consoleLines, wasmTypes } = await firstVisit(context);
      const entry = { date: '2026-04-02', back_pain: { intensity: 5 }, notes: 'before going offline' };
      assert.equal((await page.evaluate((e) => window.painlink.addEntry(e), entry)).ok, true);

      // One cache, named after this build, holding exactly the files listed for install: what the
      // app needs to start. The PNG icons and the embed page are listed "on use": not downloaded yet.
      // The day just recorded has the page fetch the rest of the widget, which is kept on use too.
      const list = await precacheList();
      const rest = list.find((e) => /^painlink\.deferred\.[0-9a-f]+\.wasm$/.test(e.url));
      if (rest) {
        assert.equal(rest.on, 'use', 'the rest of the widget is not downloaded at install');
        await page.evaluate(() => window.painlink.whenComplete());
        await page.waitForFunction(async (url) => {
          const names = await caches.keys();
          return names.length === 1 && Boolean(await (await caches.open(names[0])).match(url));
        }, rest.url, { timeout: 10000 });
      }
      const cacheKeys = () => page.evaluate(async () => {
        const names = await caches.keys();
        const cache = await caches.open(names[0]);
        const keys = (await cache.keys()).map((r) => new URL(r.url).pathname.slice(1)).sort();
        const wasm = await cache.match('painlink.wasm');
        return { names, keys, wasmType: wasm.headers.get('content-type') };
      });
      const caches = await cacheKeys();
      assert.equal(caches.names.length, 1);
      assert.match(caches.names[0], /^painlink-[0-9a-f]{12}$/);
      assert.deepEqual(caches.keys, list.filter((e) => e.on !== 'use' || e === rest).map((e) => e.url).sort());
      for (const needed of ['index.html', 'index.js', 'painlink.js', 'painlink.wasm', 'painlink.css', 'page.css',
        'manifest.webmanifest', 'report.css', 'icon.svg']) {
        assert.ok(caches.keys.includes(needed), `${needed} is cached at install`);
      }
      for (const later of ['icons/icon-192.png', 'icons/icon-512.png', 'embedded.html', 'embedded.js']) {
        assert.ok(list.some((e) => e.url === later && e.on === 'use'), `${later} is listed for caching on use`);
        assert.ok(!caches.keys.includes(later), `${later} is not downloaded by a first visit`);
      }
      assert.equal(caches.wasmType, 'application/wasm', 'the cached wasm keeps its type');
      assert.deepEqual(wasmTypes, [{ type: 'application/wasm', fromSW: false }], 'first load: wasm from the network');

      // On use: a listed file is kept once something asks for it (here as the browser's installer
      // would ask for an icon), but only if it is this build's file. embedded.css on the server is
      // changed first, as if a newer build had been deployed meanwhile: served, never cached.
      const tampered = join(dir, 'embedded.css');
      const original = readFileSync(tampered);
      appendFileSync(tampered, '\n/* a newer build */\n');
      try {
        const fetched = await page.evaluate(async () => {
          const statuses = {};
          for (const f of ['icons/icon-512.png', 'embedded.html', 'embedded.css']) statuses[f] = (await fetch(f)).status;
          return statuses;
        });
        assert.deepEqual(fetched, { 'icons/icon-512.png': 200, 'embedded.html': 200, 'embedded.css': 200 });
        let keys = [];
        for (let i = 0; i < 50 && !(keys.includes('icons/icon-512.png') && keys.includes('embedded.html')); i++) {
          await page.waitForTimeout(100);
          keys = (await cacheKeys()).keys;
        }
        assert.ok(keys.includes('icons/icon-512.png') && keys.includes('embedded.html'), `cached on use: ${keys}`);
        assert.ok(!keys.includes('embedded.css'), 'another build\'s file is not kept');
      } finally {
        writeFileSync(tampered, original);
      }

      // Cut the network: offline mode does not stop service-worker fetches, aborting every route does.
      await context.setOffline(true);
      await context.route('**', (route) => route.abort('internetdisconnected'));
      const responses = [];
      const failed = [];
      page.on('response', (r) => responses.push({ url: r.url(), fromSW: r.fromServiceWorker(), type: r.headers()['content-type'] }));
      page.on('requestfailed', (r) => failed.push(r.url()));
      await page.reload();
      await waitForWidget(page);
      const entries = await page.evaluate(() => window.painlink.entries());
      assert.deepEqual(entries, [entry], 'the journal is intact offline');
      assert.deepEqual(failed, [], 'nothing failed to load');
      assert.ok(responses.length >= 5, JSON.stringify(responses));
      for (const r of responses) assert.ok(r.fromSW, `${r.url} came from the service worker`);
      const wasm = responses.find((r) => r.url.endsWith('/painlink.wasm'));
      assert.equal(wasm.type, 'application/wasm', 'offline: wasm served as application/wasm');
      const iconOffline = await page.evaluate(async () => {
        const r = await fetch('icons/icon-512.png');
        return { status: r.status, type: r.headers.get('content-type') };
      });
      assert.deepEqual(iconOffline, { status: 200, type: 'image/png' }, 'offline: the icon cached on use');
      // Still works: a new entry offline is saved.
      assert.equal((await page.evaluate(() => window.painlink.addEntry({ date: '2026-04-03', headache: { intensity: 4 } }))).ok, true);
      await screenshot(page, `offline-app-${name}`);
      const bad = consoleLines.filter((l) => WASM_FALLBACK.test(l) || l.startsWith('error') || l.startsWith('pageerror'));
      assert.deepEqual(bad, [], 'no wasm fallback and no errors, online or offline');
      await context.close();
    });
  }

  test('an update shows a prompt, keeps the half-typed entry, and switches only when asked', async () => {
    const context = await browser.newContext({ ...DESKTOP });
    const { page, consoleLines } = await firstVisit(context);
    const oldBuild = await page.evaluate(async () => (await caches.keys())[0]);
    await page.evaluate(() => { window.__sameDocument = true; });

    // The patient is in the middle of a note.
    await clickControl(page, 'radio', '3', { within: 'Back pain, 0 to 10' });
    await clickControl(page, 'textbox', 'Notes');
    await page.keyboard.type('Started typing', { delay: 5 });
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'TEXTAREA');

    // A new version is deployed: a changed file and the service worker the build makes for it.
    appendFileSync(join(dir, 'index.js'), '\nwindow.__painlinkShellVersion = 2;\n');
    const rebuilt = await buildServiceWorker(dir);
    assert.notEqual(`painlink-${rebuilt.build}`, oldBuild);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.locator('#painlink-update').waitFor({ state: 'visible', timeout: 20000 });

    // No reload, focus still in the note, typing still arrives.
    assert.equal(await page.evaluate(() => window.__sameDocument), true, 'the page was not reloaded');
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'TEXTAREA', 'the note keeps focus');
    await page.keyboard.type(' and more', { delay: 5 });
    await settle(page);
    await screenshot(page, 'update-prompt-desktop');
    // Old and new are not mixed: this page keeps getting the files of the build it started with.
    const servedNow = await page.evaluate(() => fetch('index.js').then((r) => r.text()));
    assert.ok(!servedNow.includes('__painlinkShellVersion'), 'the old build still serves this page');
    const names = await page.evaluate(() => caches.keys());
    assert.equal(names.length, 2, 'the new build waits in its own cache');
    assert.match(await page.locator('#painlink-update').innerText(), /new version/i);
    // Give an automatic reload every chance to (wrongly) happen.
    await page.waitForTimeout(1500);
    assert.equal(await page.evaluate(() => window.__sameDocument), true);

    // The patient presses Reload: the new build takes over, the note was saved on the way.
    await Promise.all([
      page.waitForEvent('load', { timeout: 20000 }),
      page.locator('#painlink-update .pl-update-reload').click(),
    ]);
    await waitForWidget(page);
    assert.equal(await page.evaluate(() => window.__painlinkShellVersion), 2, 'the new build is running');
    assert.equal(await page.evaluate(() => window.__sameDocument), undefined);
    const entries = await page.evaluate(() => window.painlink.entries());
    assert.equal(entries.length, 1);
    assert.equal(entries[0].notes, 'Started typing and more');
    assert.equal(entries[0].back_pain.intensity, 3);
    assert.deepEqual(await page.evaluate(() => caches.keys()), [`painlink-${rebuilt.build}`], 'the old cache is gone');
    assert.equal(await page.locator('#painlink-update').isVisible(), false);
    const bad = consoleLines.filter((l) => WASM_FALLBACK.test(l) || l.startsWith('error') || l.startsWith('pageerror'));
    assert.deepEqual(bad, []);
    await context.close();
  });
});
