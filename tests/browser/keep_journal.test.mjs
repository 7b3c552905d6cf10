// "Keep my journal" (issue 14 item 6): where the browser refuses storage to the clinic's iframe
// (Playwright's default Chromium: third-party storage blocked) or keeps it apart per site
// (partitioned, as Chromium ships), the embed opens the full app on the widget's own origin in a
// window of its own and hands the journal over window to window (postMessage between the embed
// and that window only, both on the widget's origin); the app saves it in its own storage. The
// clinic page (localhost) must see nothing of it: no message with journal data, nothing stored.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DESKTOP, PHONE, embedFrame, launchBrowser, launchBrowserPartitioned, screenshot, settle, startServer, tapInEmbed,
  waitForWidget,
} from './harness.mjs';

let server;
let hostUrl;
let hostOrigin;
let widgetOrigin;

before(async () => {
  server = await startServer();
  hostOrigin = `http://localhost:${server.port}`;
  hostUrl = `${hostOrigin}/embed-demo.html?testHooks=1`;
  widgetOrigin = `http://127.0.0.1:${server.port}`;
});
after(async () => {
  await server?.close();
});

const SENTINEL = 'OKAPI-5521-private-note';
const MESSAGE_KEYS = ['source', 'version', 'id', 'type', 'height', 'minimum'];

// In the clinic page (top level, host origin), before its scripts: every message it receives.
function hostSpy() {
  if (window !== window.top || !location.pathname.endsWith('/embed-demo.html')) return;
  const messages = [];
  window.addEventListener('message', (e) => {
    let data;
    try {
      data = JSON.parse(JSON.stringify(e.data));
    } catch (err) {
      data = String(e.data);
    }
    messages.push({ origin: e.origin, data });
  }, true);
  Object.defineProperty(window, '__plHost', { value: { messages }, enumerable: false });
}

async function openDemo(browser, device, initScripts = []) {
  const context = await browser.newContext({ ...device });
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

/** A tap on phones (tapInEmbed), a click on desktop, after the frame has settled in view. */
async function press(page, locator, touch) {
  if (touch) return tapInEmbed(page, locator);
  await locator.scrollIntoViewIfNeeded();
  await page.waitForTimeout(700);
  return locator.click();
}

async function showBar(page, frame) {
  await page.locator('iframe[data-painlink-frame]').evaluate((f) => f.scrollIntoView({ block: 'end' }));
  await settle(frame, 300);
}

/** What the clinic page holds and has received. */
async function hostState(page, context) {
  const state = await page.evaluate(() => ({
    messages: window.__plHost.messages,
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    cookie: document.cookie,
  }));
  state.cookies = (await context.cookies(hostOrigin)).length;
  return state;
}

function assertHostSawNothing(state) {
  assert.deepEqual(state.local, [], 'nothing in the host origin localStorage');
  assert.deepEqual(state.session, [], 'nothing in the host origin sessionStorage');
  assert.equal(state.cookie, '');
  assert.equal(state.cookies, 0);
  assert.ok(state.messages.length >= 2, 'the host saw the size and ready messages');
  for (const m of state.messages) {
    const text = JSON.stringify(m.data);
    assert.equal(m.origin, widgetOrigin, text);
    assert.ok(m.data && typeof m.data === 'object', text);
    assert.ok(Object.keys(m.data).every((k) => MESSAGE_KEYS.includes(k)), text);
    assert.ok(['size', 'ready'].includes(m.data.type), text);
    assert.ok(!text.includes(SENTINEL) && !text.includes('2026-05-'), text);
  }
}

const MODES = [
  { mode: 'blocked', launch: launchBrowser, available: false, label: 'Keep my journal' },
  { mode: 'partitioned', launch: launchBrowserPartitioned, available: true, label: 'Keep my journal in the app' },
];

describe('Keep my journal: the embed hands the journal to the first-party app', () => {
  for (const { mode, launch, available, label } of MODES) {
    for (const [name, device] of [['phone', PHONE], ['desktop', DESKTOP]]) {
      test(`storage ${mode} (${name}): the journal ends up saved in the app, the host sees nothing`, async () => {
        const browser = await launch();
        try {
          const { context, page, frame, errors } = await openDemo(browser, device);
          assert.equal((await frame.evaluate(() => window.painlink.status())).available, available);
          for (const [date, intensity] of [['2026-05-01', 4], ['2026-05-02', 6]]) {
            const r = await frame.evaluate((e) => window.painlink.addEntry(e),
              { date, back_pain: { intensity }, notes: `${SENTINEL} ${date}` });
            assert.equal(r.ok, true, JSON.stringify(r));
          }
          const button = frame.locator('#pl-keep');
          await button.waitFor({ state: 'visible', timeout: 5000 });
          assert.equal((await button.innerText()).trim(), label);
          await showBar(page, frame);
          await screenshot(page, `keep-journal-before-${mode}-${name}`);

          const [app] = await Promise.all([context.waitForEvent('page'), press(page, button, !!device.hasTouch)]);
          app.on('pageerror', (e) => errors.push('app: ' + String(e.stack || e)));
          app.on('console', (m) => { if (m.type() === 'error') errors.push('app: ' + m.text()); });
          await app.waitForLoadState();
          assert.equal(new URL(app.url()).origin, widgetOrigin);
          await waitForWidget(app);
          // Saved in the app's own (first-party) storage.
          await app.waitForFunction((s) => window.painlink.entries().filter((e) => (e.notes || '').startsWith(s)).length === 2,
            SENTINEL, { timeout: 20000, polling: 100 });
          const stored = await app.evaluate(() => ({
            top: window === window.top,
            hash: location.hash,
            saved: window.painlink.status().saved,
            stored: localStorage.getItem('painlink.journal') || '',
            banner: document.getElementById('painlink-handover').innerText,
          }));
          assert.equal(stored.top, true);
          assert.equal(stored.hash, '', 'the #handover fragment is gone');
          assert.equal(stored.saved, true);
          assert.ok(stored.stored.includes(`${SENTINEL} 2026-05-01`) && stored.stored.includes(`${SENTINEL} 2026-05-02`));
          assert.match(stored.banner, /saved in this app/i);

          // The embed says where the journal lives now, and keeps working.
          const where = frame.locator('#pl-where');
          await frame.waitForFunction(() => /now kept in the Painlink app/.test(document.getElementById('pl-where').textContent),
            null, { timeout: 10000, polling: 100 });
          assert.match(await where.innerText(), new RegExp(`now kept in the Painlink app on 127\\.0\\.0\\.1:${server.port} \\(2 days\\)`));
          // With storage blocked the way Playwright blocks it (partitioning off), the frame's
          // BroadcastChannel is not partitioned either, so it also joins the app's tabs and its
          // changes reach the app that way (src/platform/web_platform.js installTabs): the days may
          // be there before the handover's merge. Partitioned, only the handover can bring them.
          assert.match(await frame.locator('#pl-keep-result').innerText(),
            mode === 'partitioned' ? /The app added 2 new days and updated 0/ : /The app added \d new days? and updated \d/);
          await page.bringToFront();
          await showBar(page, frame);
          await screenshot(page, `keep-journal-after-${mode}-${name}`);
          await screenshot(app, `keep-journal-app-${mode}-${name}`);
          // The embed keeps working; a later change says it is not in the app yet.
          assert.equal((await frame.evaluate(() => window.painlink.addEntry({ date: '2026-05-03', headache: { intensity: 3 } }))).ok, true);
          assert.equal((await frame.evaluate(() => window.painlink.entries())).length, 3);
          await frame.waitForFunction(() => /not what you changed here since/.test(document.getElementById('pl-where').textContent),
            null, { timeout: 5000, polling: 100 });

          // Still there after the app is opened again (a new tab of the widget origin).
          const again = await context.newPage();
          await again.goto(`${widgetOrigin}/index.html`);
          await waitForWidget(again);
          const dates = (await again.evaluate(() => window.painlink.entries())).map((e) => e.date);
          if (mode === 'partitioned') assert.deepEqual(dates, ['2026-05-01', '2026-05-02']);
          else assert.deepEqual(dates.slice(0, 2), ['2026-05-01', '2026-05-02']);

          assertHostSawNothing(await hostState(page, context));
          assert.deepEqual(errors, []);
          await context.close();
        } finally {
          await browser.close();
        }
      });
    }
  }

  test('the app ignores a handover from another origin, from a window that did not open it, or with a wrong nonce', async () => {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ ...DESKTOP });
      const journal = (date) => JSON.stringify({ format: 'painlink.journal', version: 1,
        entries: [{ date, back_pain: { intensity: 5 }, notes: SENTINEL }] });
      const NONCE = 'abcdefghijklmnopqrstuvwx';
      const record = () => {
        window.__got = [];
        window.addEventListener('message', (e) => window.__got.push({ origin: e.origin, data: e.data }));
      };

      // 1. Another origin (the clinic's) opens the app with a #handover fragment and posts to it.
      // (the demo page told to embed from its own origin: embed.js refuses, so no widget starts there)
      const evil = await context.newPage();
      await evil.goto(`${hostOrigin}/embed-demo.html?widget=${encodeURIComponent(hostOrigin + '/')}`);
      await evil.evaluate(record);
      const [app1] = await Promise.all([context.waitForEvent('page'),
        evil.evaluate((u) => { window.__w = window.open(u, '_blank'); }, `${widgetOrigin}/index.html#handover=${NONCE}`)]);
      await waitForWidget(app1);
      await evil.evaluate(({ text, nonce, target }) => {
        for (const t of ['*', target]) window.__w.postMessage({ type: 'painlink-handover', nonce, journal: text }, t);
      }, { text: journal('2026-04-01'), nonce: NONCE, target: widgetOrigin });
      await app1.waitForTimeout(1500);
      assert.deepEqual(await app1.evaluate(() => window.painlink.entries()), [], 'nothing from another origin');
      assert.deepEqual(await evil.evaluate(() => window.__got.filter((m) => m.data && /^painlink-handover/.test(m.data.type))), [],
        'the app never announced itself to a foreign opener');

      // 2. The widget's own origin opens it; a wrong nonce and a same-origin frame that is not the
      //    opener are ignored; then the right nonce from the opener is taken, once.
      // (the demo page on the widget's origin: embed.js refuses to embed there, which is fine)
      const own = await context.newPage();
      await own.goto(`${widgetOrigin}/embed-demo.html?widget=${encodeURIComponent(widgetOrigin + '/')}`);
      await own.evaluate(record);
      const GOOD = 'ZYXWVUTSRQPONMLKJIHGFEDC';
      const [app2] = await Promise.all([context.waitForEvent('page'),
        own.evaluate((u) => { window.__w = window.open(u, '_blank'); }, `${widgetOrigin}/index.html#handover=${GOOD}`)]);
      await waitForWidget(app2);
      await own.waitForFunction((n) => window.__got.some((m) => m.data && m.data.type === 'painlink-handover-ready' && m.data.nonce === n),
        GOOD, { polling: 100 });
      await own.evaluate(({ text, nonce }) => {
        window.__w.postMessage({ type: 'painlink-handover', nonce: 'WRONG' + nonce.slice(5), journal: text }, location.origin);
        window.__w.postMessage({ type: 'painlink-handover', journal: text }, location.origin);
        window.__w.postMessage({ type: 'painlink-handover', nonce, journal: 42 }, location.origin);
        const f = document.createElement('iframe');
        f.name = 'child';
        document.body.appendChild(f);
      }, { text: journal('2026-04-02'), nonce: GOOD });
      // A same-origin frame that is not the opener posts with the right nonce (event.source is the frame).
      const child = own.frames().find((f) => f.name() === 'child');
      await child.evaluate(({ text, nonce }) => {
        window.parent.__w.postMessage({ type: 'painlink-handover', nonce, journal: text }, window.parent.location.origin);
      }, { text: journal('2026-04-03'), nonce: GOOD });
      await app2.waitForTimeout(1500);
      assert.deepEqual(await app2.evaluate(() => window.painlink.entries()), [], 'wrong nonce, bad journal, not the opener: ignored');

      await own.evaluate(({ text, nonce }) => {
        window.__w.postMessage({ type: 'painlink-handover', nonce, journal: text }, location.origin);
      }, { text: journal('2026-04-04'), nonce: GOOD });
      await own.waitForFunction(() => window.__got.some((m) => m.data && m.data.type === 'painlink-handover-done'), null, { polling: 100 });
      const done = await own.evaluate(() => window.__got.find((m) => m.data.type === 'painlink-handover-done'));
      assert.equal(done.origin, widgetOrigin);
      assert.equal(done.data.ok, true);
      assert.equal(done.data.added, 1);
      assert.equal(done.data.days, 1);
      // Once only: a second journal with the same nonce is not taken.
      await own.evaluate(({ text, nonce }) => {
        if (window.__w.closed) return;
        window.__w.postMessage({ type: 'painlink-handover', nonce, journal: text }, location.origin);
      }, { text: journal('2026-04-05'), nonce: GOOD });
      await app2.waitForTimeout(1000);
      assert.deepEqual((await app2.evaluate(() => window.painlink.entries())).map((e) => e.date), ['2026-04-04']);
      await context.close();
    } finally {
      await browser.close();
    }
  });

  test('a blocked app window, or one that never answers, points to the file; no other window gets the journal', async () => {
    const browser = await launchBrowser();
    try {
      for (const kind of ['blocked', 'silent']) {
        const stub = {
          fn: (k) => {
            if (!location.pathname.endsWith('/embedded.html')) return;
            window.__opened = 0;
            window.__posted = [];
            window.open = (url) => {
              window.__opened++;
              window.__openedUrl = url;
              // A pop-up blocker returns null; a window that never loads the app never answers.
              return k === 'blocked' ? null : { closed: false, focus() {}, postMessage(m) { window.__posted.push(m); } };
            };
          },
          arg: kind,
        };
        const { context, page, frame, errors } = await openDemo(browser, PHONE, [stub]);
        await frame.evaluate(() => window.painlink.addEntry({ date: '2026-05-09', back_pain: { intensity: 2 } }));
        const start = Date.now();
        await tapInEmbed(page, frame.locator('#pl-keep'));
        assert.equal(await frame.evaluate(() => window.__opened), 1);
        if (kind === 'silent') {
          // The host page (or any other window) claiming to be the app, even with the nonce: the
          // embed answers only the window it opened, so nothing is sent anywhere.
          const nonce = new URL(await frame.evaluate(() => window.__openedUrl)).hash.replace('#handover=', '');
          assert.match(nonce, /^[A-Za-z0-9_-]{24}$/);
          await page.evaluate((n) => {
            const w = document.querySelector('iframe[data-painlink-frame]').contentWindow;
            w.postMessage({ type: 'painlink-handover-ready', nonce: n }, '*');
          }, nonce);
          await page.waitForTimeout(1000);
          assert.deepEqual(await frame.evaluate(() => window.__posted), [], 'no journal to a window it did not open');
        }
        const result = frame.locator('#pl-keep-result');
        const re = kind === 'blocked' ? /did not open/ : /did not answer/;
        await frame.waitForFunction((src) => new RegExp(src).test(document.getElementById('pl-keep-result').textContent),
          re.source, { timeout: 20000, polling: 200 });
        if (kind === 'silent') assert.ok(Date.now() - start >= 9000, 'waits about 10 s for the app');
        assert.match(await result.innerText(), /Save to a file/);
        assert.equal(await frame.locator('#pl-export').isVisible(), true, 'the file route is offered');
        assert.equal(await frame.locator('#pl-move').getAttribute('aria-expanded'), 'true');
        await showBar(page, frame);
        await screenshot(page, `keep-journal-${kind}-phone`);
        assertHostSawNothing(await hostState(page, context));
        assert.deepEqual(errors, []);
        await context.close();
      }
    } finally {
      await browser.close();
    }
  });
});
