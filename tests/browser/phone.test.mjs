// Phones and every screen (issue 4): finger scrolling and taps, the on-screen keyboard path (the
// hidden textarea) with non-ASCII and IME text, a backing store that follows devicePixelRatio at
// 1x, 2x and 3x with measurably crisp text, browser zoom, pinch, and the clinic embed by finger.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DESKTOP, PHONE, clickControl, controls, decodePng, embedFrame, findControl, frameAsPage, launchBrowser,
  launchBrowserPartitioned, openWidget, screenshot, settle, startServer, tapControl,
} from './harness.mjs';

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

/** A one-finger drag through CDP touch events (Playwright's touchscreen only taps). */
async function fingerDrag(cdp, x, y0, y1, steps = 10) {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: y0 }] });
  for (let i = 1; i <= steps; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y0 + ((y1 - y0) * i) / steps }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

// A control of the semantics tree in view now (group: the name of its radiogroup), or undefined.
const control = async (page, role, name, group) => (await controls(page))
  .find((c) => c.role === role && c.name === name && (group === undefined || c.group === group));
const controlY = async (page, role, name, group) => (await control(page, role, name, group))?.y0;
const NAV = ['Check-in', 'History', 'Insights', 'Report', 'Data'];
const navTabs = async (page) => (await controls(page)).filter((c) => c.role === 'tab' && c.group === 'Views');

/**
 * Waits until the widget stops drawing: a finger drag ends in a fling that glides on for up to a
 * second or so, and a tap during a fling only stops it (as on every phone), so a test that taps a
 * field it has just scrolled to must wait for the glide to end.
 */
async function untilStill(page, timeoutMs = 4000) {
  const frames = () => page.evaluate(() => window.painlink._module.PL.framesDrawn);
  const end = Date.now() + timeoutMs;
  let last = await frames();
  while (Date.now() < end) {
    await settle(page, 150);
    const now = await frames();
    if (now === last) return;
    last = now;
  }
  throw new Error('the widget kept drawing');
}

/** Scrolls the widget with finger drags until the control is fully on screen. */
async function fingerScrollTo(page, cdp, role, name) {
  const box = await page.locator('.painlink-root canvas').boundingBox();
  for (let i = 0; i < 20; i++) {
    const it = await control(page, role, name);
    if (it && it.y0 >= 0 && it.y1 <= box.height - 2 && it.y1 - it.y0 > 20) return it;
    const up = !it || it.y1 > box.height - 2;
    await fingerDrag(cdp, box.x + box.width / 2, box.y + box.height * (up ? 0.75 : 0.35), box.y + box.height * (up ? 0.35 : 0.75));
    await untilStill(page);
  }
  throw new Error(`could not scroll to ${role} ${name}`);
}
const canvasInfo = (page) => page.locator('.painlink-root canvas').evaluate((c) => {
  const r = c.getBoundingClientRect();
  return { w: c.width, h: c.height, cssW: r.width, cssH: r.height, dpr: window.devicePixelRatio };
});

/**
 * How crisp the text of a labelled button is in a screenshot: the 98th percentile of the jumps in
 * brightness between neighbouring device pixels, relative to the button's full contrast. Text
 * drawn at device resolution has near-full jumps; text drawn at 1x and stretched does not.
 */
async function crispness(page, role, name) {
  const { box } = await findControl(page, role, name);
  const clip = { x: box.x + 2, y: box.y + 2, width: box.width - 4, height: box.height - 4 };
  const png = await decodePng(await page.screenshot({ clip }));
  const lum = (i) => 0.299 * png.rgba[i] + 0.587 * png.rgba[i + 1] + 0.114 * png.rgba[i + 2];
  let lo = 255;
  let hi = 0;
  const jumps = [];
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x + 1 < png.width; x++) {
      const a = lum((y * png.width + x) * 4);
      const b = lum((y * png.width + x + 1) * 4);
      lo = Math.min(lo, a);
      hi = Math.max(hi, a);
      if (Math.abs(a - b) > 4) jumps.push(Math.abs(a - b));
    }
  }
  jumps.sort((p, q) => p - q);
  return jumps.length ? jumps[Math.floor(jumps.length * 0.98)] / Math.max(1, hi - lo) : 0;
}

describe('phones and every screen', () => {
  test('a finger drag scrolls the journal and is not a tap; a tap still records', async () => {
    const { context, page, errors } = await openWidget(browser, server.url, { device: PHONE });
    const cdp = await context.newCDPSession(page);
    // A first visit opens on the welcome (first_visit.test.mjs); this patient goes to today's entry.
    await tapControl(page, 'button', "Start today's entry");
    const before = await controlY(page, 'radio', '0', 'Headache, 0 to 10');
    assert.ok(before !== undefined);
    await fingerDrag(cdp, 200, 700, 300);
    await untilStill(page);
    const afterY = await controlY(page, 'radio', '0', 'Headache, 0 to 10');
    assert.ok(before - afterY > 250, `content moved up with the finger (${before} -> ${afterY})`);
    assert.deepEqual(await page.evaluate(() => window.painlink.entries()), [], 'a drag is not a tap');
    await fingerDrag(cdp, 200, 250, 750);
    await untilStill(page);
    await tapControl(page, 'radio', '5', { within: 'Back pain, 0 to 10' });
    assert.equal((await page.evaluate(() => window.painlink.entries()))[0].back_pain.intensity, 5);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a text field opens the on-screen keyboard path and takes non-ASCII and IME text', async () => {
    const { context, page, errors } = await openWidget(browser, server.url, { device: PHONE });
    const cdp = await context.newCDPSession(page);
    await tapControl(page, 'radio', '4', { within: 'Back pain, 0 to 10' });
    const item = await fingerScrollTo(page, cdp, 'textbox', 'Notes');
    await tapControl(page, 'textbox', 'Notes');
    // Phones open their keyboard for a focused, editable text field.
    const field = await page.evaluate(() => {
      const t = document.activeElement;
      const r = t.getBoundingClientRect();
      const c = document.querySelector('.painlink-root canvas').getBoundingClientRect();
      return { tag: t.tagName, readOnly: t.readOnly, disabled: t.disabled, top: r.top - c.top, inRoot: !!t.closest('.painlink-root') };
    });
    assert.equal(field.tag, 'TEXTAREA');
    assert.equal(field.inRoot, true);
    assert.equal(field.readOnly || field.disabled, false);
    // It sits over the field, so the phone scrolls that into view above the keyboard.
    const now = await control(page, 'textbox', 'Notes');
    assert.ok(Math.abs(field.top - now.y0) < 60, `textarea at ${field.top}, field at ${now.y0} (was ${item.y0})`);

    // Virtual keyboards deliver text as input events, not key presses.
    await page.keyboard.insertText('Kopfweh – Grüße, ça va, πόνος');
    // A composed character (dead key or IME): composition first, then the committed text.
    await cdp.send('Input.imeSetComposition', { text: '´', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.insertText', { text: ' é' });
    await cdp.send('Input.imeSetComposition', { text: 'бо', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.insertText', { text: ' боль' });
    await settle(page, 300);
    await screenshot(page, 'keyboard-notes-phone');
    await page.reload();
    await page.waitForFunction(() => window.painlink && typeof window.painlink.entries === 'function');
    const notes = (await page.evaluate(() => window.painlink.entries()))[0].notes;
    assert.equal(notes, 'Kopfweh – Grüße, ça va, πόνος é боль');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the backing store follows devicePixelRatio at 1x, 2x and 3x and text is crisp', async () => {
    const devices = [['1x', DESKTOP], ['2x', { viewport: { width: 800, height: 700 }, deviceScaleFactor: 2 }], ['3x', PHONE]];
    for (const [name, device] of devices) {
      const { context, page, errors } = await openWidget(browser, server.url, { device });
      const c = await canvasInfo(page);
      assert.equal(c.dpr, device.deviceScaleFactor);
      assert.equal(c.w, Math.round(c.cssW * c.dpr), `${name}: width in device pixels`);
      assert.equal(c.h, Math.round(c.cssH * c.dpr), `${name}: height in device pixels`);
      const crisp = await crispness(page, 'tab', 'History');
      let stretched = null;
      if (c.dpr > 1) {
        // The same text drawn at 1x and stretched by the browser, for comparison.
        await page.evaluate((s) => {
          const m = window.painlink._module;
          m.PL.canvas.width = Math.round(s.cssW);
          m.PL.canvas.height = Math.round(s.cssH);
          m._pl_resize(s.cssW, s.cssH, 1);
          m.PL.frameNow();
        }, c);
        await settle(page);
        stretched = await crispness(page, 'tab', 'History');
        await page.evaluate((s) => window.painlink._module.PL.applySize(s.cssW, s.cssH, 0, 0), c);
        await settle(page);
      }
      assert.ok(crisp >= 0.55, `${name}: text edges are sharp (${crisp.toFixed(2)})`);
      if (stretched !== null) {
        assert.ok(crisp - stretched >= 0.12, `${name}: sharper than 1x stretched (${crisp.toFixed(2)} vs ${stretched.toFixed(2)})`);
      }
      console.log(`# crispness ${name}: ${crisp.toFixed(2)}${stretched !== null ? ` (1x stretched: ${stretched.toFixed(2)})` : ''}`);
      assert.equal((await canvasInfo(page)).w, c.w, 'restored');
      await screenshot(page, `dpr-${name}`);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });

  test('browser zoom (200%, 125%) re-renders at the new ratio and keeps the layout', async () => {
    const { context, page, errors } = await openWidget(browser, server.url, { device: DESKTOP });
    const cdp = await context.newCDPSession(page);
    // Browser zoom is a larger devicePixelRatio over a smaller CSS viewport.
    for (const [zoom, w, h] of [[2, 640, 400], [1.25, 1024, 640]]) {
      await cdp.send('Emulation.setDeviceMetricsOverride', { width: w, height: h, deviceScaleFactor: zoom, mobile: false });
      await settle(page, 400);
      const c = await canvasInfo(page);
      assert.equal(c.cssW, w);
      assert.equal(c.w, Math.round(w * zoom), `zoom ${zoom}: backing store ${c.w}`);
      // The navigation still fits: every button inside the canvas, none overlapping.
      const nav = await navTabs(page);
      assert.deepEqual(nav.map((t) => t.name), NAV);
      for (const it of nav) assert.ok(it.x0 >= 0 && it.x1 <= w, `${it.name} inside at zoom ${zoom}`);
      nav.sort((a, b) => a.x0 - b.x0);
      for (let i = 1; i < nav.length; i++) assert.ok(nav[i].x0 >= nav[i - 1].x1, 'no overlap');
      assert.ok((await crispness(page, 'tab', 'History')) >= 0.55, `crisp at zoom ${zoom}`);
      await screenshot(page, `zoom-${Math.round(zoom * 100)}-desktop`);
    }
    await clickControl(page, 'tab', 'History');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a pinch on the widget neither zooms the page nor breaks the layout', async () => {
    const { context, page, errors } = await openWidget(browser, server.url, { device: PHONE });
    const cdp = await context.newCDPSession(page);
    const c0 = await canvasInfo(page);
    await cdp.send('Input.synthesizePinchGesture', { x: 195, y: 420, scaleFactor: 2.5, gestureSourceType: 'touch' });
    await settle(page, 300);
    assert.equal(await page.evaluate(() => window.visualViewport.scale), 1, 'the page did not zoom');
    assert.deepEqual(await canvasInfo(page), c0, 'canvas size and backing store unchanged');
    const nav = await navTabs(page);  // a mirror is there only for what is in view
    assert.deepEqual(nav.map((t) => t.name), NAV);
    for (const it of nav) assert.ok(it.x0 >= 0 && it.x1 <= c0.cssW, `${it.name} still in place`);
    await screenshot(page, 'after-pinch-phone');
    assert.deepEqual(errors, []);
    await context.close();
  });

  // Found while writing the test above: a pinch used to scroll with its first finger (and fling),
  // and the scroll steps still queued in ImGui made the next tap land on a stale layout.
  test('a pinch neither taps nor scrolls, and the first tap after it counts', async () => {
    const { context, page } = await openWidget(browser, server.url, { device: PHONE });
    const cdp = await context.newCDPSession(page);
    const score3 = async () => (await findControl(page, 'radio', '3', { within: 'Back pain, 0 to 10', maxScrolls: 0 })).box;
    const before = await score3();
    await cdp.send('Input.synthesizePinchGesture', { x: 195, y: 420, scaleFactor: 2.5, gestureSourceType: 'touch' });
    await settle(page, 300);
    const after = await score3();
    assert.equal(Math.round(after.y), Math.round(before.y), 'the pinch did not scroll the journal');
    assert.deepEqual(await page.evaluate(() => window.painlink.entries()), [], 'the pinch tapped nothing');
    await tapControl(page, 'radio', '3', { within: 'Back pain, 0 to 10' });
    const entries = await page.evaluate(() => window.painlink.entries());
    await context.close();
    assert.equal(entries[0]?.back_pain?.intensity, 3);
  });

  test('on a clinic page by phone: the embed fits the screen, the page scrolls, taps reach the widget', async () => {
    const partitioned = await launchBrowserPartitioned();
    try {
      const context = await partitioned.newContext({ ...PHONE });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`http://localhost:${server.port}/embed-demo.html?testHooks=1`);
      const frame = await embedFrame(page);
      const inner = await page.evaluate(() => innerHeight);
      const box = await page.locator('iframe[data-painlink-frame]').boundingBox();
      assert.ok(box.height <= inner - 24 + 1, `frame ${box.height} px fits a ${inner} px screen with room to scroll`);
      assert.ok(box.width <= 390);
      const f = frameAsPage(page, frame);
      await tapControl(f, 'radio', '4', { within: 'Back pain, 0 to 10' });
      await tapControl(f, 'button', 'Neck');
      const e = (await frame.evaluate(() => window.painlink.entries()))[0];
      assert.equal(e.back_pain.intensity, 4);
      assert.deepEqual(e.back_pain.regions, ['neck']);
      await screenshot(page, 'embed-tapped-phone');
      // A finger on the article (outside the frame) scrolls the clinic page.
      const cdp = await context.newCDPSession(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      // Let the compositor catch up with the jump: until it has, a touch is hit-tested against the
      // old positions, where the widget's frame (which keeps its drags to itself) was.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await page.waitForTimeout(150);
      const y0 = await page.evaluate(() => scrollY);
      await fingerDrag(cdp, 195, 600, 200);
      await page.waitForTimeout(300);
      assert.ok((await page.evaluate(() => scrollY)) > y0 + 100, 'the page scrolled');
      assert.deepEqual(errors, []);
      await context.close();
    } finally {
      await partitioned.close();
    }
  });
});
