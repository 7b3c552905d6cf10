// Installable offline app (issue 4): manifest and icons, installability, the service worker's
// precache (every asset from the cache with the network cut), application/wasm from network and
// cache, and the update flow (a prompt, never a reload in the middle of an entry).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  DESKTOP, PHONE, clickItem, copyWebDir, launchBrowser, launchPersistent, screenshot, settle, startServer,
  waitForWidget,
} from './harness.mjs';
import { buildServiceWorker } from '../../scripts/web_sw.mjs';

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

/** Opens the app and waits until the service worker controls the page and has cached everything. */
async function firstVisit(context, path = '/index.html?testHooks=1') {
  const page = await context.newPage();
  const consoleLines = [];
  page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e}`));
  const wasmTypes = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.wasm')) wasmTypes.push({ type: r.headers()['content-type'], fromSW: r.fromServiceWorker() });
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

const precacheList = () => JSON.parse(readFileSync(join(dir, 'sw.js'), 'utf8').match(/const MANIFEST = (\[.*?\]);/s)[1]);

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

      // The precache: one cache, named after this build, holding exactly the generated list.
      const list = precacheList();
      const caches = await page.evaluate(async () => {
        const names = await caches.keys();
        const cache = await caches.open(names[0]);
        const keys = (await cache.keys()).map((r) => new URL(r.url).pathname.slice(1)).sort();
        const wasm = await cache.match('painlink.wasm');
        return { names, keys, wasmType: wasm.headers.get('content-type') };
      });
      assert.equal(caches.names.length, 1);
      assert.match(caches.names[0], /^painlink-[0-9a-f]{12}$/);
      assert.deepEqual(caches.keys, list.map((e) => e.url).sort());
      for (const needed of ['index.html', 'index.js', 'painlink.js', 'painlink.wasm', 'painlink.css', 'page.css',
        'manifest.webmanifest', 'icons/icon-192.png', 'icons/icon-512.png', 'embedded.html', 'embedded.js']) {
        assert.ok(caches.keys.includes(needed), `${needed} is precached`);
      }
      assert.equal(caches.wasmType, 'application/wasm', 'the cached wasm keeps its type');
      assert.deepEqual(wasmTypes, [{ type: 'application/wasm', fromSW: false }], 'first load: wasm from the network');

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
    await clickItem(page, '3##back');
    await clickItem(page, '##notes');
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
