// The README's embedding instructions, followed literally (issue 17). At test time the first
// ```html block of README "Embedding on a clinic's website" becomes a fresh clinic page, with the
// widget's origin in place of YOUR-WIDGET-HOST, served from another origin (http://localhost:PORT2,
// a tiny server here) with the Content-Security-Policy lines that section tells clinics to add.
// Chromium must get a working journal from it: an iframe from the widget origin whose widget
// records a tap, and no console error on the clinic page. The hosting headers the section lists
// are checked against what scripts/serve.mjs (the reference server) sends.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DESKTOP, ROOT, clickControl, embedFrame, frameAsPage, freePort, launchBrowserPartitioned, screenshot, startServer,
} from './harness.mjs';

const SECTION = "Embedding on a clinic's website";
const PLACEHOLDER = 'https://YOUR-WIDGET-HOST';

/** The text of README.md's "## title" section, up to the next "## " heading. */
function readmeSection(title) {
  const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n');
  const start = lines.indexOf(`## ${title}`);
  assert.ok(start >= 0, `README.md has a "## ${title}" section`);
  let end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  if (end < 0) end = lines.length;
  return lines.slice(start + 1, end).join('\n');
}

/** The fenced code blocks of a Markdown text, in order: [{ lang, body }]. */
function codeBlocks(markdown) {
  const blocks = [];
  const fence = /^```([\w-]*)\n([\s\S]*?)^```$/gm;
  for (let m = fence.exec(markdown); m; m = fence.exec(markdown)) blocks.push({ lang: m[1], body: m[2] });
  return blocks;
}

const section = readmeSection(SECTION);
const blocks = codeBlocks(section);
// What a clinic copies: the first html block (the snippet) and the block of CSP directives.
const snippetBlock = blocks.find((b) => b.lang === 'html');
const cspBlock = blocks.find((b) => /^script-src\s/m.test(b.body) && /^frame-src\s/m.test(b.body));

let widget;      // the harness's server of build/web: the widget host
let widgetOrigin;
let clinic;      // the clinic's page, another origin
let hostOrigin;
let hostPage;
let hostCsp;
let browser;

/** Serves one page at "/" on localhost (IPv4 and IPv6 loopback, as serve.mjs does). */
async function serveClinicPage(port, html, headers) {
  const servers = [];
  for (const address of ['127.0.0.1', '::1']) {
    const server = createServer((req, res) => {
      const path = new URL(req.url, 'http://localhost').pathname;
      if (path === '/' || path === '/index.html') {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
        res.end(req.method === 'HEAD' ? undefined : html);
      } else {
        res.writeHead(204).end(); // e.g. /favicon.ico: nothing, and no error for it
      }
    });
    const ok = await new Promise((done) => {
      server.once('error', () => done(false));
      server.listen(port, address, () => done(true));
    });
    if (ok) servers.push(server);
  }
  if (!servers.length) throw new Error(`could not listen on port ${port}`);
  return { close: () => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))) };
}

before(async () => {
  assert.ok(snippetBlock, `README "${SECTION}" has an html code block (the snippet)`);
  assert.ok(cspBlock, `README "${SECTION}" has a code block with the script-src and frame-src lines`);
  widget = await startServer();
  widgetOrigin = `http://127.0.0.1:${widget.port}`;
  const port = await freePort();
  hostOrigin = `http://localhost:${port}`;

  // The snippet as the README gives it, with the widget host filled in. Browser tests find the
  // widget's buttons by label: the one addition is the data-test-hooks attribute.
  assert.ok(snippetBlock.body.includes(`${PLACEHOLDER}/embed.js`), 'the snippet loads embed.js from the placeholder host');
  let snippet = snippetBlock.body.split(PLACEHOLDER).join(widgetOrigin);
  assert.ok(snippet.includes('<div data-painlink'), 'the snippet has a <div data-painlink>');
  snippet = snippet.replace('<div data-painlink', '<div data-painlink data-test-hooks');
  hostPage = '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>A clinic page</title>\n</head>\n' +
    `<body>\n${snippet}</body>\n</html>\n`;

  // The clinic's policy: a strict one of its own plus exactly the lines the README says to add.
  const lines = cspBlock.body.split('\n').map((l) => l.trim()).filter(Boolean);
  for (const line of lines) assert.ok(line.includes(PLACEHOLDER), `the CSP line names the widget host: ${line}`);
  const added = lines.map((l) => l.split(PLACEHOLDER).join(widgetOrigin));
  hostCsp = ["default-src 'self'", ...added, "object-src 'none'", "base-uri 'none'", "form-action 'none'"].join('; ');
  clinic = await serveClinicPage(port, hostPage, { 'Content-Security-Policy': hostCsp });

  browser = await launchBrowserPartitioned();
});

after(async () => {
  await browser?.close();
  await clinic?.close();
  await widget?.close();
});

describe("README: embedding on a clinic's website", () => {
  test("the README's snippet and CSP lines give a clinic page a working journal from the widget origin", async () => {
    const context = await browser.newContext({ ...DESKTOP });
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e.stack || e)));
    const response = await page.goto(`${hostOrigin}/`);
    assert.equal(response.status(), 200);
    assert.equal(response.headers()['content-security-policy'], hostCsp);
    assert.equal(await page.evaluate(() => location.origin), hostOrigin);

    const frame = await embedFrame(page);
    const iframe = page.locator('iframe[data-painlink-frame]');
    assert.equal(await iframe.count(), 1);
    assert.equal(new URL(await iframe.getAttribute('src')).origin, widgetOrigin);
    assert.equal(new URL(frame.url()).origin, widgetOrigin);
    assert.equal(new URL(frame.url()).pathname, '/embedded.html');
    await page.waitForFunction(() => document.querySelector('iframe[data-painlink-state="ready"]'), null,
      { timeout: 10000 });
    // The snippet's data-clinic-name reached the widget.
    const clinicName = /data-clinic-name="([^"]*)"/.exec(snippetBlock.body);
    assert.ok(clinicName, 'the snippet sets data-clinic-name');
    assert.equal((await frame.evaluate(() => window.painlink.options)).clinicName, clinicName[1]);
    assert.equal(typeof (await frame.evaluate(() => window.painlink.status())).state, 'string');
    assert.deepEqual(await frame.evaluate(() => window.painlink.entries()), []);

    // Input is taken once the clickjacking guard sees the frame drawn in full.
    await frame.waitForFunction(() => document.getElementById('pl-guard').hidden, null, { timeout: 5000 });
    await clickControl(frameAsPage(page, frame), 'radio', '6', { within: 'Back pain, 0 to 10' });
    const today = await frame.evaluate(() => {
      const d = new Date();
      const p = (n) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
    });
    const entries = await frame.evaluate(() => window.painlink.entries());
    assert.equal(entries.length, 1, JSON.stringify(entries));
    assert.equal(entries[0].date, today);
    assert.equal(entries[0].back_pain.intensity, 6);

    // The clinic page cannot reach the journal.
    const fromHost = await page.evaluate(() => {
      try {
        return document.querySelector('iframe').contentWindow.localStorage.length;
      } catch (err) {
        return err.name;
      }
    });
    assert.equal(fromHost, 'SecurityError');
    await screenshot(page, 'embed-docs-desktop');
    assert.deepEqual(errors, [], 'no console errors (CSP included) on the clinic page or in the frame');
    await context.close();
  });

  test('the hosting headers the README lists are the ones scripts/serve.mjs sends', async () => {
    const head = async (path) => {
      const r = await fetch(`${widgetOrigin}${path}`, { method: 'HEAD' });
      await r.arrayBuffer(); // (empty) so the connection is free when the server closes
      assert.equal(r.status, 200, path);
      return r.headers;
    };
    const app = await head('/index.html');
    const embedPage = await head('/embedded.html');
    for (const [name, headers] of [['index.html', app], ['embedded.html', embedPage]]) {
      const csp = headers.get('content-security-policy');
      assert.ok(csp, `${name} is sent with a policy`);
      assert.ok(section.includes(`Content-Security-Policy: ${csp}\``), `README lists ${name}'s policy: ${csp}`);
      assert.equal(headers.get('cache-control'), 'no-cache', `${name}: no-cache`);
    }
    assert.match(app.get('content-security-policy'), /frame-ancestors 'self'$/);
    assert.match(embedPage.get('content-security-policy'), /frame-ancestors \*$/);
    assert.equal(app.get('x-frame-options'), 'SAMEORIGIN');
    assert.equal(embedPage.get('x-frame-options'), null);
    assert.ok(section.includes('`X-Frame-Options: SAMEORIGIN`'));
    assert.equal((await head('/painlink.wasm')).get('content-type'), 'application/wasm');
    assert.ok(section.includes('`Content-Type: application/wasm`'));
    assert.equal((await head('/sw.js')).get('cache-control'), 'no-cache');
  });
});
