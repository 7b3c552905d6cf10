// The embed against a hostile host page: a transparent or covered iframe takes no taps, keys or
// pastes (clickjacking); the full app refuses to be framed by another site (frame-ancestors, and
// a script guard for hosts that do not send the header); embed.js refuses to embed on the
// widget's own origin, where the host page could read the journal.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DESKTOP, clickControl, embedFrame, findControl, frameAsPage, launchBrowser, screenshot, settle, startServer, WEB_DIR,
} from './harness.mjs';
import { createStaticServer } from '../../scripts/serve.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const BACK = 'Back pain, 0 to 10';
const hostUrl = () => `http://localhost:${server.port}/embed-demo.html?testHooks=1`;
const todayBack = (frame) => frame.evaluate(() => {
  const d = new Date();
  const p = (n) => String(n).padStart(2, '0');
  const iso = `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
  const e = window.painlink.entries().find((x) => x.date === iso);
  return e && e.back_pain ? e.back_pain.intensity : null;
});

describe('the embed against a hostile host page', () => {
  test('a transparent or covered frame ignores taps and typing, and says why', async () => {
    const context = await browser.newContext({ ...DESKTOP });
    const page = await context.newPage();
    await page.goto(hostUrl());
    const frame = await embedFrame(page);
    const widget = frameAsPage(page, frame);
    const guardHidden = () => frame.evaluate(() => document.getElementById('pl-guard').hidden);
    await frame.waitForFunction(() => document.getElementById('pl-guard').hidden, null, { timeout: 5000 });

    // The scores in view first (a first visit opens on the welcome, and the guard also stops the
    // wheel that would scroll to them).
    await findControl(widget, 'radio', '7', { within: BACK });
    // The host makes the frame invisible: one click must not change today's back pain.
    await page.evaluate(() => { document.querySelector('iframe[data-painlink-frame]').style.opacity = '0'; });
    await frame.waitForFunction(() => !document.getElementById('pl-guard').hidden, null, { timeout: 5000 });
    await clickControl(widget, 'radio', '7', { within: BACK });
    assert.equal(await todayBack(frame), null, 'a click on the invisible frame changed nothing');
    // Nearly transparent, then typing: nothing arrives either.
    await page.evaluate(() => { document.querySelector('iframe[data-painlink-frame]').style.opacity = '0.01'; });
    await settle(widget, 300);
    assert.equal(await guardHidden(), false);
    await page.keyboard.type('hello');
    assert.equal(await todayBack(frame), null);

    // Covered by another element of the host page.
    await page.evaluate(() => {
      const f = document.querySelector('iframe[data-painlink-frame]');
      f.style.opacity = '1';
      const r = f.getBoundingClientRect();
      const cover = document.createElement('div');
      cover.id = 'cover';
      Object.assign(cover.style, { position: 'fixed', left: r.left + 'px', top: r.top + 'px', width: r.width + 'px',
        height: r.height + 'px', opacity: '0.05', background: '#fff', pointerEvents: 'none', zIndex: 99 });
      document.body.appendChild(cover);
    });
    await frame.waitForFunction(() => !document.getElementById('pl-guard').hidden, null, { timeout: 5000 });
    await clickControl(widget, 'radio', '7', { within: BACK });
    assert.equal(await todayBack(frame), null, 'a click through a cover changed nothing');
    await screenshot(page, 'embed-covered-desktop');

    // Visible again: the same click works.
    await page.evaluate(() => document.getElementById('cover').remove());
    await frame.waitForFunction(() => document.getElementById('pl-guard').hidden, null, { timeout: 5000 });
    await clickControl(widget, 'radio', '7', { within: BACK });
    assert.equal(await todayBack(frame), 7);
    await context.close();
  });

  test('the full app does not run framed by another site, with or without the header', async () => {
    for (const headers of [true, false]) {
      // Without headers: a static host that sends no CSP at all, on both loopback names.
      const bare = headers ? [] : [createStaticServer(WEB_DIR, { csp: false }), createStaticServer(WEB_DIR, { csp: false })];
      let port = server.port;
      if (bare.length) {
        await new Promise((r) => bare[0].listen(0, '127.0.0.1', r));
        port = bare[0].address().port;
        await new Promise((r) => bare[1].listen(port, '::1', r));
      }
      const context = await browser.newContext({ ...DESKTOP });
      const page = await context.newPage();
      // A page on another origin (localhost vs 127.0.0.1) frames the app.
      await page.goto(`http://localhost:${port}/embed-demo.html`);
      await page.evaluate((src) => {
        const f = document.createElement('iframe');
        f.id = 'evil';
        f.src = src;
        f.style.cssText = 'width:800px;height:600px';
        document.body.prepend(f);
      }, `http://127.0.0.1:${port}/index.html`);
      await page.waitForTimeout(1500);
      const frame = page.frames().find((f) => f.url().includes(`:${port}/index.html`));
      const started = frame ? await frame.evaluate(() => !!window.painlink).catch(() => false) : false;
      assert.equal(started, false, `the framed app must not start (headers: ${headers})`);
      if (!headers) {
        const text = await frame.evaluate(() => document.body.innerText);
        assert.match(text, /does not run inside another website/);
      }
      const response = await page.request.get(`http://127.0.0.1:${server.port}/index.html`);
      assert.match(response.headers()['content-security-policy'], /frame-ancestors 'self'/);
      const embedded = await page.request.get(`http://127.0.0.1:${server.port}/embedded.html`);
      assert.match(embedded.headers()['content-security-policy'], /frame-ancestors \*/);
      await context.close();
      for (const b of bare) await new Promise((r) => b.close(r));
    }
  });

  test('embed.js refuses a host page on the widget\'s own origin', async () => {
    const context = await browser.newContext({ ...DESKTOP });
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    // The widget's own origin (127.0.0.1) playing host.
    await page.goto(`${server.url}/embed-demo.html`);
    await page.waitForFunction(() => window.Painlink && window.Painlink.embed);
    const result = await page.evaluate(async (base) => {
      const el = document.createElement('div');
      document.body.prepend(el);
      try {
        window.Painlink.embed(el, { widgetUrl: base + '/' });
        return { thrown: false, frames: el.querySelectorAll('iframe').length, text: el.textContent };
      } catch (err) {
        return { thrown: true, message: err.message, frames: el.querySelectorAll('iframe').length, text: el.textContent };
      }
    }, server.url);
    assert.equal(result.thrown, true);
    assert.equal(result.frames, 0);
    assert.match(result.text, /same website as the journal/);
    assert.ok(errors.some((e) => /share the origin/.test(e)), errors.join('\n'));
    await context.close();
  });
});
