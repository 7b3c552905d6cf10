// A clinic embeds the journal (issue 4): the mock clinic page (embed-demo.html) is served from
// http://localhost:PORT and the widget from http://127.0.0.1:PORT, different origins and sites.
// Checks the sandboxed iframe, sizing, option handling, several embeds, that the host page can
// neither read the journal nor is touched by the embed, storage partitioning and moving a journal
// with a file, the full-app link, and the Storage Access API only after the patient asks.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import {
  tapInEmbed,
  DESKTOP, PHONE, clickControl, controls, embedFrame, frameAsPage, launchBrowser, launchBrowserPartitioned, screenshot,
  settle, startServer, typeIntoControl, waitForWidget,
} from './harness.mjs';

let server;
let browser;
let hostUrl;
let widgetOrigin;

before(async () => {
  server = await startServer();
  hostUrl = `http://localhost:${server.port}/embed-demo.html?testHooks=1`;
  widgetOrigin = `http://127.0.0.1:${server.port}`;
  // Storage partitioned per top-level site, as Chromium ships (Playwright turns it off).
  browser = await launchBrowserPartitioned();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const SENTINEL = 'ZEBRA-7731-private-note';
const MESSAGE_KEYS = ['source', 'version', 'id', 'type', 'height', 'minimum'];
const SANDBOX = ['allow-downloads', 'allow-modals', 'allow-popups', 'allow-popups-to-escape-sandbox', 'allow-same-origin',
  'allow-scripts', 'allow-storage-access-by-user-activation'];

// Runs in the clinic page before its own scripts: what the page had, what it receives, its keys.
function hostSpy() {
  if (window !== window.top || !location.pathname.endsWith('/embed-demo.html')) return;
  const before = Object.getOwnPropertyNames(window);
  const messages = [];
  let keys = 0;
  window.addEventListener('message', (e) => messages.push({ origin: e.origin, data: JSON.parse(JSON.stringify(e.data)) }));
  window.addEventListener('keydown', () => { keys++; }, true);
  Object.defineProperty(window, '__plTest', { value: { before, messages, keys: () => keys }, enumerable: false });
}

async function openDemo(device, initScripts = [], b = browser) {
  const context = await b.newContext({ ...device, acceptDownloads: true });
  await context.addInitScript(hostSpy);
  for (const s of initScripts) await context.addInitScript(s.fn, s.arg);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e.stack || e)));
  await page.goto(hostUrl);
  const frame = await embedFrame(page);
  return { context, page, frame, errors };
}

/** Scrolls the clinic page so the whole frame (with its bar) is on screen, for screenshots. */
async function showFrame(page, frame, nth = 0) {
  await page.locator('iframe[data-painlink-frame]').nth(nth).evaluate((f) => f.scrollIntoView({ block: 'end' }));
  await settle(frame);
}

const frameHeight = (page, nth = 0) =>
  page.locator('iframe[data-painlink-frame]').nth(nth).evaluate((f) => f.getBoundingClientRect().height);

async function expectedHeight(page, frame, requested) {
  const bar = await frame.evaluate(() => Math.ceil(document.getElementById('pl-bar').getBoundingClientRect().height));
  const inner = await page.evaluate(() => innerHeight);
  return Math.max(420, Math.min(requested + bar, inner - 24));
}

describe('embedding on a clinic site', () => {
  for (const [name, device] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    test(`the clinic page gets a sandboxed, sized iframe from the widget origin and nothing else (${name})`, async () => {
      const { context, page, frame, errors } = await openDemo(device);
      const iframe = page.locator('iframe[data-painlink-frame]');
      assert.deepEqual((await iframe.getAttribute('sandbox')).split(/\s+/).sort(), SANDBOX);
      assert.ok((await iframe.getAttribute('title')).length > 10, 'the iframe has a title');
      assert.equal(new URL(frame.url()).origin, widgetOrigin);
      assert.notEqual(new URL(page.url()).origin, widgetOrigin);
      await page.waitForFunction(() => document.querySelector('iframe[data-painlink-state="ready"]'));
      // Options from the data attributes reached the widget.
      const options = await frame.evaluate(() => window.painlink.options);
      assert.equal(options.clinicName, 'Riverside Spine & Headache Clinic');
      assert.equal(options.clinicContact, 'tel:+15550100');
      assert.equal(options.accentColor, '#2f6f6a');
      // Height: the preferred 720 px plus the bar, never taller than the window less a strip.
      await page.waitForFunction(() => window.__plTest.messages.some((m) => m.data.type === 'size'));
      await settle(page, 200);
      assert.ok(Math.abs((await frameHeight(page)) - (await expectedHeight(page, frame, 720))) <= 1);
      // The host page: one new global, no styles added, only the iframe styled.
      const host = await page.evaluate(() => ({
        // (window[0] is the iframe itself: frames are indexed properties of every window)
        added: Object.getOwnPropertyNames(window)
          .filter((n) => !window.__plTest.before.includes(n) && n !== '__plTest' && !/^\d+$/.test(n)),
        styleElements: document.querySelectorAll('style').length,
        sheets: [...document.styleSheets].map((s) => s.href && new URL(s.href).pathname),
        styled: [...document.querySelectorAll('[style]')].map((e) => e.tagName),
      }));
      assert.deepEqual(host.added, ['Painlink']);
      assert.equal(host.styleElements, 0);
      assert.deepEqual(host.sheets, ['/embed-demo.css']);
      assert.deepEqual(host.styled, ['IFRAME']);
      await showFrame(page, frame);
      await screenshot(page, `embed-demo-${name}`);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `embed-demo-top-${name}`);
      assert.deepEqual(errors, [], 'no console errors (CSP included) on the clinic page or in the frame');
      await context.close();
    });
  }

  test('the host cannot read the journal, its keys stay its own, and messages carry no journal data', async () => {
    const { context, page, frame, errors } = await openDemo(DESKTOP);
    const f = frameAsPage(page, frame);
    await clickControl(f, 'radio', '6', { within: 'Back pain, 0 to 10' });
    await typeIntoControl(f, 'Notes', SENTINEL);
    // Typing is saved once the patient pauses (JournalApp's typing delay), not per key.
    await frame.waitForFunction(() => window.painlink.status().saved, null, { timeout: 5000 });
    const entries = await frame.evaluate(() => window.painlink.entries());
    assert.equal(entries.length, 1);
    assert.equal(entries[0].notes, SENTINEL);
    const status = await frame.evaluate(() => window.painlink.status());
    assert.equal(status.available, true, 'the embed has (partitioned) storage');
    assert.equal(status.saved, true);
    const host = await page.evaluate(() => {
      let frameStorage;
      try {
        frameStorage = document.querySelector('iframe').contentWindow.localStorage.length;
      } catch (err) {
        frameStorage = err.name;
      }
      return {
        keys: window.__plTest.keys(),
        storage: Object.keys(localStorage),
        frameStorage,
        frameDocument: document.querySelector('iframe').contentDocument,
        messages: window.__plTest.messages,
        text: document.body.innerText,
      };
    });
    assert.equal(host.keys, 0, 'key presses inside the widget never reach the host page');
    assert.deepEqual(host.storage, [], 'the host origin stores nothing');
    assert.equal(host.frameStorage, 'SecurityError', "the host cannot reach the widget's storage");
    assert.equal(host.frameDocument, null);
    assert.ok(!host.text.includes(SENTINEL));
    assert.ok(host.messages.length >= 2);
    for (const m of host.messages) {
      assert.equal(m.origin, widgetOrigin);
      assert.ok(Object.keys(m.data).every((k) => MESSAGE_KEYS.includes(k)), JSON.stringify(m.data));
      assert.ok(!JSON.stringify(m.data).includes(SENTINEL));
    }
    assert.deepEqual([...new Set(host.messages.map((m) => m.data.type))].sort(), ['ready', 'size']);

    // Typing into the clinic's own form stays there.
    await page.locator('#newsletter').fill('');
    await page.locator('#newsletter').type('me@example.com', { delay: 5 });
    assert.equal(await page.locator('#newsletter').inputValue(), 'me@example.com');
    assert.ok((await page.evaluate(() => window.__plTest.keys())) > 0);
    assert.equal((await frame.evaluate(() => window.painlink.entries()))[0].notes, SENTINEL);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the embed journal is not the app journal; a file moves it both ways, with no network', async () => {
    const { context, page, frame, errors } = await openDemo(DESKTOP);
    const requests = [];
    context.on('request', (r) => requests.push(r));
    await frame.evaluate((n) => window.painlink.addEntry({ date: '2026-06-01', back_pain: { intensity: 4 }, notes: n }), SENTINEL);
    assert.match(await frame.locator('#pl-where').innerText(), /for localhost:\d+ only/);

    // The app at the widget origin, top level: its own (unpartitioned) storage, so empty.
    const app = await context.newPage();
    app.on('pageerror', (e) => errors.push('app: ' + String(e.stack || e)));
    await app.goto(`${widgetOrigin}/index.html?testHooks=1`);
    await waitForWidget(app);
    assert.deepEqual(await app.evaluate(() => window.painlink.entries()), [], 'browsers partition the embed storage');

    // Embed -> file.
    await frame.locator('#pl-move').click();
    assert.equal(await frame.locator('#pl-move').getAttribute('aria-expanded'), 'true');
    const [download] = await Promise.all([page.waitForEvent('download'), frame.locator('#pl-export').click()]);
    assert.match(download.suggestedFilename(), /^painlink-journal-\d{4}-\d\d-\d\d\.json$/);
    const file = join(tmpdir(), `painlink-embed-${process.pid}.json`);
    await download.saveAs(file);
    assert.equal(JSON.parse(readFileSync(file, 'utf8')).entries[0].notes, SENTINEL);
    await showFrame(page, frame);
    await screenshot(page, 'embed-move-panel-desktop');

    // File -> app, through the app's own import (with its preview).
    await clickControl(app, 'tab', 'Data');
    const [chooser] = await Promise.all([app.waitForEvent('filechooser'), clickControl(app, 'button', 'Choose a file…')]);
    await chooser.setFiles(file);
    await settle(app, 300);
    await clickControl(app, 'button', 'Apply');
    const inApp = await app.evaluate(() => window.painlink.entries());
    assert.equal(inApp.length, 1);
    assert.equal(inApp[0].notes, SENTINEL);

    // App -> file -> embed, through the embed's "Add entries from a file".
    await app.evaluate(() => window.painlink.addEntry({ date: '2026-06-02', headache: { intensity: 6 } }));
    const back = join(tmpdir(), `painlink-app-${process.pid}.json`);
    writeFileSync(back, await app.evaluate(() => window.painlink.exportJSON()));
    const [chooser2] = await Promise.all([page.waitForEvent('filechooser'), frame.locator('#pl-import').click()]);
    await chooser2.setFiles(back);
    await frame.waitForFunction(() => document.getElementById("pl-move-result").textContent.includes("Added"), null, { polling: 100 });
    assert.match(await frame.locator('#pl-move-result').innerText(), /Added 1 new day, updated 0/);
    assert.deepEqual((await frame.evaluate(() => window.painlink.entries())).map((e) => e.date), ['2026-06-01', '2026-06-02']);
    rmSync(file, { force: true });
    rmSync(back, { force: true });

    // Nothing of it went over the network.
    for (const r of requests) {
      assert.ok(!(r.url() + (r.postData() || '')).includes(SENTINEL), r.url());
      assert.equal(r.method(), 'GET', r.url());
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('several embeds with different options do not clash; invalid options are dropped', async () => {
    const { context, page, frame, errors } = await openDemo(DESKTOP);
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await page.evaluate(() => {
      const article = document.querySelector('article');
      const a = document.createElement('div');
      const b = document.createElement('div');
      article.append(a, b);
      window.Painlink.embed(a, {
        theme: 'dark', accentColor: '#8a3ffc', sections: ['report'], clinicName: 'Second clinic', height: 480,
        textSize: 'large', contrast: 'high', testHooks: true,
      });
      window.Painlink.embed(b, { accentColor: 'red', theme: 'neon', clinicContact: 'javascript:alert(1)', sections: ['ads'], height: 500 });
    });
    const second = await embedFrame(page, 1);
    const third = await embedFrame(page, 2);
    const o2 = await second.evaluate(() => window.painlink.options);
    assert.equal(o2.theme, 'dark');
    assert.equal(o2.accentColor, '#8a3ffc');
    assert.deepEqual(o2.sections, ['report']);
    assert.equal(o2.textSize, 'large');
    assert.equal(o2.contrast, 'high');
    assert.equal(o2.clinicName, 'Second clinic');
    const shownThere = await controls(second);
    const tabs = shownThere.filter((c) => c.role === 'tab').map((c) => c.name);
    assert.ok(tabs.includes('Report') && tabs.includes('Check-in'), tabs.join('|'));
    const names = shownThere.map((c) => c.name);
    assert.ok(!names.includes('Insights') && !names.includes('Data'), 'hidden sections have no buttons');
    const o3 = await third.evaluate(() => window.painlink.options);
    for (const k of ['accentColor', 'theme', 'clinicContact', 'sections']) assert.equal(o3[k], undefined, `${k} dropped`);
    assert.ok(warnings.some((w) => /accentColor/.test(w)) && warnings.some((w) => /theme/.test(w)));

    // Each frame is sized from its own messages.
    await settle(page, 300);
    const h1 = await frameHeight(page, 0);
    assert.ok(Math.abs((await frameHeight(page, 1)) - (await expectedHeight(page, second, 480))) <= 1);
    // Opening the second frame's "Move" panel grows that frame only (ResizeObserver + postMessage).
    const before2 = await frameHeight(page, 1);
    await second.locator('#pl-move').click();
    await page.waitForFunction((h) => document.querySelectorAll('iframe')[1].getBoundingClientRect().height > h + 40, before2);
    assert.equal(await frameHeight(page, 0), h1, 'the first embed kept its height');
    const ids = await page.evaluate(() => [...new Set(window.__plTest.messages.map((m) => m.data.id))]);
    assert.equal(ids.length, 3, 'three embeds, three ids');
    await showFrame(page, second, 1);
    await screenshot(page, 'embed-second-dark-desktop');
    // One shared journal per partition: both frames see the same entries, like two tabs.
    await frame.evaluate(() => window.painlink.addEntry({ date: '2026-06-03', back_pain: { intensity: 2 } }));
    await second.waitForFunction(() => window.painlink.entries().length === 1, null, { polling: 100 });
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('"Open the full app" opens the widget origin top level, outside the sandbox', async () => {
    const { context, page, frame } = await openDemo(PHONE);
    await frame.evaluate(() => window.painlink.addEntry({ date: '2026-06-04', back_pain: { intensity: 3 } }));
    const link = frame.locator('#pl-open-app');
    assert.equal(await link.getAttribute('target'), '_blank');
    const [popup] = await Promise.all([context.waitForEvent('page'), tapInEmbed(page, link)]);
    await popup.waitForLoadState();
    assert.equal(new URL(popup.url()).origin, widgetOrigin);
    await waitForWidget(popup);
    const state = await popup.evaluate(async () => ({
      origin: window.origin,
      top: window === window.top,
      sw: !!(await window.painlinkServiceWorker),
      entries: window.painlink.entries().length,
    }));
    assert.deepEqual(state, { origin: widgetOrigin, top: true, sw: true, entries: 0 });
    await screenshot(popup, 'embed-opened-app-phone');
    await context.close();
  });

  test('where the browser refuses storage to embeds, typing still works and the patient is told', async () => {
    // Playwright's default Chromium (partitioning off, third-party data blocked) behaves like a
    // private window: localStorage throws inside the cross-site frame.
    const strict = await launchBrowser();
    try {
      const { context, page, frame, errors } = await openDemo(DESKTOP, [], strict);
      assert.equal((await frame.evaluate(() => window.painlink.status())).available, false);
      assert.match(await frame.locator('#pl-where').innerText(), /does not let the journal save/);
      const f = frameAsPage(page, frame);
      await clickControl(f, 'radio', '5', { within: 'Back pain, 0 to 10' });
      await typeIntoControl(f, 'Notes', 'still typing, ça va');
      assert.equal((await frame.evaluate(() => window.painlink.entries()))[0].notes, 'still typing, ça va');
      await showFrame(page, frame);
      await screenshot(page, 'embed-no-storage-desktop');
      assert.deepEqual(errors, []);
      await context.close();
    } finally {
      await strict.close();
    }
  });

  test('the Storage Access API is used only after the patient asks for it', async () => {
    // Chromium's real prompt cannot be answered headless: the API is stubbed inside the frame with
    // a handle whose localStorage holds "the app's" journal.
    const stub = {
      fn: () => {
        if (!location.pathname.endsWith('/embedded.html')) return;
        const data = new Map();
        const fake = {
          getItem: (k) => (data.has(k) ? data.get(k) : null),
          setItem: (k, v) => { data.set(k, String(v)); },
          removeItem: (k) => { data.delete(k); },
          key: (i) => [...data.keys()][i] ?? null,
          get length() { return data.size; },
        };
        fake.setItem('painlink.journal', JSON.stringify({
          format: 'painlink.journal', version: 1, entries: [{ date: '2026-01-15', headache: { intensity: 5 } }],
        }));
        window.__sa = { calls: 0 };
        document.hasStorageAccess = () => Promise.resolve(false);
        document.requestStorageAccess = (types) => {
          window.__sa.calls++;
          window.__sa.types = types;
          return Promise.resolve({ localStorage: fake });
        };
      },
    };
    const { context, page, frame, errors } = await openDemo(DESKTOP, [stub]);
    await frame.evaluate(() => window.painlink.addEntry({ date: '2026-06-05', back_pain: { intensity: 1 } }));
    await frame.locator('#pl-move').click();
    const button = frame.locator('#pl-storage-access');
    await button.waitFor({ state: 'visible' });
    assert.equal(await frame.evaluate(() => window.__sa.calls), 0, 'not called on load or while using the widget');
    await button.click();
    await frame.waitForFunction(() => window.painlink && window.painlink.entries().some((e) => e.date === "2026-01-15"), null, { polling: 100 });
    assert.equal(await frame.evaluate(() => window.__sa.calls), 1);
    assert.deepEqual(await frame.evaluate(() => window.__sa.types), { localStorage: true });
    assert.match(await frame.locator('#pl-where').innerText(), /from the Painlink app/);
    assert.equal(await button.isVisible(), false);
    assert.equal(await frame.locator('#pl-keep').isVisible(), false, 'no "Keep my journal": this is the app journal');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
