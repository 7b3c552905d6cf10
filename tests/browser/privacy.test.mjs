// Privacy, proven (issue 4). Every request of a full session is recorded at the browser-context
// level (pages, frames and the service worker): none may go to another origin, and none may carry
// the sentinel written into the journal, in its URL, headers or body. WebSocket, WebRTC, beacons
// and EventSource are watched too. The Content-Security-Policy is checked on the widget's pages
// and no violation may be reported while the wasm runs, prints and exports.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  tapInEmbed,
  DESKTOP, PHONE, WEB_DIR, clickControl, embedFrame, findControl, frameAsPage, launchBrowserPartitioned, screenshot,
  settle, startServer, tapControl, typeIntoControl, waitForWidget,
} from './harness.mjs';

let server;
let browser;
let widgetOrigin;
let hostOrigin;

before(async () => {
  server = await startServer();
  widgetOrigin = `http://127.0.0.1:${server.port}`;
  hostOrigin = `http://localhost:${server.port}`;
  browser = await launchBrowserPartitioned();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const SENTINEL = 'QUOKKA-5517-do-not-leak';

// In every page and frame, before their scripts: record CSP violations and any use of the APIs
// that talk to servers outside fetch/XHR.
function watchers() {
  const log = [];
  Object.defineProperty(window, '__plWatch', { value: log, enumerable: false });
  document.addEventListener('securitypolicyviolation', (e) => {
    log.push(`csp: ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`);
  });
  const wrap = (name) => {
    const Orig = window[name];
    if (!Orig) return;
    window[name] = function (...args) {
      log.push(`${name} ${String(args[0])}`);
      return new Orig(...args);
    };
  };
  for (const name of ['WebSocket', 'RTCPeerConnection', 'webkitRTCPeerConnection', 'EventSource']) wrap(name);
  if (navigator.sendBeacon) {
    const beacon = navigator.sendBeacon.bind(navigator);
    navigator.sendBeacon = (url, data) => {
      log.push(`sendBeacon ${url}`);
      return beacon(url, data);
    };
  }
}

async function recordSession(device) {
  const context = await browser.newContext({ ...device, acceptDownloads: true });
  await context.addInitScript(watchers);
  const requests = [];
  context.on('request', (r) => requests.push(r));
  const consoleLines = [];
  const webSockets = [];
  context.on('page', (p) => {
    p.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
    p.on('pageerror', (e) => consoleLines.push(`pageerror: ${e}`));
    p.on('websocket', (ws) => webSockets.push(ws.url()));
  });
  return { context, requests, consoleLines, webSockets };
}

async function checkRequests(requests, allowedOrigins) {
  assert.ok(requests.length > 10, `requests were recorded (${requests.length})`);
  const swRequests = requests.filter((r) => r.serviceWorker());
  const problems = [];
  for (const r of requests) {
    const url = r.url();
    const origin = url.startsWith('blob:') ? new URL(url.slice(5)).origin : url.startsWith('data:') ? 'data' : new URL(url).origin;
    if (origin !== 'data' && !allowedOrigins.includes(origin)) problems.push(`other origin: ${url}`);
    const headers = JSON.stringify(await r.allHeaders().catch(() => r.headers()));
    const body = r.postData() || '';
    if ((url + headers + body).includes(SENTINEL)) problems.push(`sentinel in ${r.method()} ${url}`);
    if (r.method() !== 'GET' && r.method() !== 'HEAD') problems.push(`${r.method()} ${url}`);
    if (['websocket', 'eventsource', 'ping'].includes(r.resourceType())) problems.push(`${r.resourceType()} ${url}`);
  }
  assert.deepEqual(problems, []);
  return { total: requests.length, serviceWorker: swRequests.length };
}

async function pageWatch(page) {
  const all = [];
  for (const f of page.frames()) all.push(...(await f.evaluate(() => window.__plWatch || []).catch(() => [])));
  return all;
}

describe('privacy', () => {
  test('a full session in the app sends nothing anywhere: entries, insights, report, print, export, offline reload', async () => {
    const { context, requests, consoleLines, webSockets } = await recordSession(DESKTOP);
    const page = await context.newPage();
    const first = await page.goto(`${widgetOrigin}/index.html?testHooks=1`);
    await waitForWidget(page);
    await page.evaluate(() => window.painlinkServiceWorker.then(() => navigator.serviceWorker.ready));

    // The widget's CSP: header and meta, no eval, no inline script.
    const csp = (await first.allHeaders())['content-security-policy'];
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.ok(!/unsafe-eval'|unsafe-inline/.test(csp.replace("'wasm-unsafe-eval'", '')), csp);
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.ok(!/'unsafe-eval'|'unsafe-inline'/.test(meta));
    assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline scripts');

    // Entries: one typed on the canvas, more through the API, all with the sentinel in the note.
    await clickControl(page, 'radio', '7', { within: 'Back pain, 0 to 10' });
    await clickControl(page, 'radio', '5', { within: 'Headache, 0 to 10' });
    await typeIntoControl(page, 'Notes', `${SENTINEL} typed`);
    const days = [];
    for (let i = 1; i <= 20; i++) {
      const d = new Date(Date.UTC(2026, 2, i)).toISOString().slice(0, 10);
      days.push({ date: d, back_pain: { intensity: i % 3 ? 2 : 7 }, headache: { intensity: i % 3 ? 1 : 6 },
        factors: { sleep_hours: i % 3 ? 8 : 5 }, notes: `${SENTINEL} day ${i}` });
    }
    await page.evaluate((doc) => window.painlink.importJSON(JSON.stringify(doc)),
      { format: 'painlink.journal', version: 1, entries: days });

    // Insights, history, report, print.
    for (const view of ['Insights', 'History', 'Report']) {
      await clickControl(page, 'tab', view);
      await settle(page, 200);
    }
    await screenshot(page, 'privacy-report-desktop');
    const printLabel = /^Print/;
    const printButton = await findControl(page, 'button', printLabel).catch(() => null);
    assert.ok(printButton, 'the report view has a print button');
    await page.evaluate(() => { window.__printed = 0; });
    await clickControl(page, 'button', printLabel);
    await page.waitForTimeout(800); // the report document loads its stylesheet, then prints
    const printFrame = page.frames().find((f) => f !== page.mainFrame() && f.url() === 'about:blank');
    if (printFrame) assert.ok((await printFrame.content()).includes('</html>'));

    // Export: the backup file holds the journal; that is the one way data leaves (as a file).
    await clickControl(page, 'tab', 'Data');
    const [download] = await Promise.all([page.waitForEvent('download'), clickControl(page, 'button', 'Download backup (JSON)')]);
    const file = await download.path();
    assert.ok(readFileSync(file, 'utf8').includes(SENTINEL));
    const [csv] = await Promise.all([page.waitForEvent('download'), clickControl(page, 'button', 'Download for spreadsheets (CSV)')]);
    assert.ok(readFileSync(await csv.path(), 'utf8').includes(SENTINEL));

    // A reload (from the service worker) and the journal is all there.
    await page.reload();
    await waitForWidget(page);
    assert.equal((await page.evaluate(() => window.painlink.entries())).length, 21);

    const stats = await checkRequests(requests, [widgetOrigin]);
    assert.ok(stats.serviceWorker > 5, 'service-worker fetches were recorded too');
    assert.deepEqual(webSockets, []);
    assert.deepEqual(await pageWatch(page), [], 'no CSP violation, WebSocket, WebRTC, beacon or EventSource');
    const bad = consoleLines.filter((l) => /Content.Security.Policy|Refused to|^error|^pageerror/.test(l));
    assert.deepEqual(bad, []);
    console.log(`# privacy (app): ${stats.total} requests, ${stats.serviceWorker} by the service worker, all same-origin`);
    await context.close();
  });

  test('a clinic embed sends nothing to the clinic or anyone else, by phone', async () => {
    const { context, requests, consoleLines, webSockets } = await recordSession(PHONE);
    const page = await context.newPage();
    await page.goto(`${hostOrigin}/embed-demo.html?testHooks=1`);
    const frame = await embedFrame(page);
    const f = frameAsPage(page, frame);
    await tapControl(f, 'radio', '6', { within: 'Back pain, 0 to 10' });
    await typeIntoControl(f, 'Notes', SENTINEL, { touch: true });
    await settle(frame, 300);
    assert.equal((await frame.evaluate(() => window.painlink.entries()))[0].notes, SENTINEL);
    for (const view of ['Insights', 'Report']) await tapControl(f, 'tab', view);
    await tapInEmbed(page, frame.locator('#pl-move'));
    const [download] = await Promise.all([page.waitForEvent('download'), tapInEmbed(page, frame.locator('#pl-export'))]);
    assert.ok(readFileSync(await download.path(), 'utf8').includes(SENTINEL));
    const hostMessages = await page.evaluate(() => document.body.innerText);
    assert.ok(!hostMessages.includes(SENTINEL));
    // The host page's own files come from the host; everything of the widget from its origin.
    const stats = await checkRequests(requests, [widgetOrigin, hostOrigin]);
    for (const r of requests) {
      const from = r.frame ? (() => { try { return r.frame().url(); } catch { return ''; } })() : '';
      if (from.startsWith(widgetOrigin)) assert.equal(new URL(r.url().replace(/^blob:/, '')).origin, widgetOrigin, r.url());
    }
    assert.deepEqual(webSockets, []);
    assert.deepEqual(await pageWatch(page), []);
    assert.deepEqual(consoleLines.filter((l) => /Content.Security.Policy|Refused to|^error|^pageerror/.test(l)), []);
    console.log(`# privacy (embed): ${stats.total} requests, all to the clinic page's own origin or the widget's`);
    await context.close();
  });

  test('the shipped files use no analytics, remote fonts, CDNs, sockets or beacons', () => {
    const files = [];
    const walk = (dir) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else files.push(p);
      }
    };
    walk(WEB_DIR);
    const problems = [];
    for (const p of files) {
      if (!/\.(html|js|css|webmanifest)$/.test(p)) continue;
      const text = readFileSync(p, 'utf8');
      // Addresses in code are only allowed for the SVG namespace and in comments of the demo page.
      const urls = (text.match(/https?:\/\/[^\s"'`)<>]+/g) || [])
        .filter((u) => !u.startsWith('http://www.w3.org/') && !/^https:\/\/journal\.example\//.test(u));
      if (urls.length && !p.endsWith('embed-demo.js')) problems.push(`${p}: ${urls.join(' ')}`);
      for (const api of ['new WebSocket', 'RTCPeerConnection', 'sendBeacon', 'EventSource', 'importScripts',
        'googletagmanager', 'google-analytics', 'fonts.googleapis', '@import']) {
        if (text.includes(api)) problems.push(`${p}: ${api}`);
      }
    }
    assert.deepEqual(problems, []);
    assert.ok(files.some((p) => p.endsWith('sw.js')) && files.some((p) => p.endsWith('painlink.wasm')));
  });
});
