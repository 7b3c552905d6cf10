// Shared set-up for the browser tests: a loopback static server for build/web, Debian's Chromium
// through playwright-core, console-error collection, screenshots, and finding widgets inside
// the canvas by their labels (the widget's testHooks item registry).
import { createServer } from 'node:net';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveLoopback } from '../../scripts/serve.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, '..', '..');
// PAINLINK_WEB_DIR lets a parallel build be tested from its own output folder.
export const WEB_DIR = process.env.PAINLINK_WEB_DIR || join(ROOT, 'build', 'web');
export const ARTIFACTS = join(HERE, 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true };
export const DESKTOP = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-default-apps', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-quic',
];

export async function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Serves build/web on a free loopback port. Returns { url, port, close }. */
export async function startServer(root = WEB_DIR) {
  const port = await freePort();
  const close = await serveLoopback(root, port);
  return { url: `http://127.0.0.1:${port}`, port, close };
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
}

/**
 * Opens the full-page widget in a fresh context (fresh storage unless `storageState` or
 * `context` is given). Collects console errors and page errors in `errors`.
 */
export async function openWidget(browser, baseUrl, options = {}) {
  const { device = DESKTOP, context: existing, initScript, path = '/index.html?testHooks=1' } = options;
  const context = existing || (await browser.newContext({ ...device }));
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  if (initScript) await page.addInitScript(initScript.fn, initScript.arg);
  await page.goto(baseUrl + path);
  await page.waitForFunction(() => window.painlink && typeof window.painlink.entries === 'function', null, { timeout: 30000 });
  await settle(page);
  return { context, page, errors };
}

/** Waits until the widget has drawn the frames that follow the last input. */
export async function settle(page, ms = 120) {
  await page.evaluate(
    (wait) => new Promise((r) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(r)), wait)), ms);
}

export async function screenshot(page, name) {
  const file = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

async function canvasBox(page) {
  return page.locator('.painlink-root canvas').first().boundingBox();
}

/** All labelled items of the last frame: [{ label, x0, y0, x1, y1, visible }] (widget CSS px). */
export async function items(page) {
  return page.evaluate(() => window.painlink._testItems());
}

/**
 * Finds the item whose label is `label` (exact) or matches the RegExp, scrolling the widget with
 * the mouse wheel until it is visible. Returns its centre in page coordinates.
 */
export async function findItem(page, label, { nth = 0, maxScrolls = 30 } = {}) {
  const box = await canvasBox(page);
  const matches = (it) => (label instanceof RegExp ? label.test(it.label) : it.label === label);
  let cutTries = 0;
  for (let attempt = 0; attempt <= maxScrolls; attempt++) {
    const all = (await items(page)).filter(matches);
    const it = all[nth];
    // Cut off by the edge of the scrolling view (under the header, or at the bottom)? A few
    // scrolls bring it out; an item that stays cut (the header's own, which never scrolls, under
    // browser zoom) is taken as it is.
    const cut = it && it.visible && it.fullHeight > 0 && it.y1 - it.y0 < it.fullHeight - 1 && cutTries < 4;
    if (cut) cutTries++;
    if (it && it.visible && it.y1 - it.y0 > 4 && !cut) {
      // Fully on screen? If it is cut at the bottom, scroll a little more.
      if (it.y1 <= box.height - 2 && it.y0 >= 0) {
        return { x: box.x + (it.x0 + it.x1) / 2, y: box.y + (it.y0 + it.y1) / 2, item: it };
      }
    }
    if (cut && it.y0 < box.height / 2) {
      // Cut at the top: bring it down a little.
      await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.6);
      await page.mouse.wheel(0, -120);
      await settle(page, 60);
      continue;
    }
    if (!it) {
      if (attempt > 0 && attempt % 15 === 0) {
        // Not found scrolling down: go back to the top and try once more.
        await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.6);
        await page.mouse.wheel(0, -20000);
        await settle(page, 60);
        continue;
      }
    }
    const down = !it || it.y0 >= 0;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.6);
    await page.mouse.wheel(0, down ? 250 : -250);
    await settle(page, 60);
  }
  throw new Error(`item not found on screen: ${label}`);
}

/** Clicks (or taps, on touch devices) the item with this label. */
export async function clickItem(page, label, options = {}) {
  const { x, y } = await findItem(page, label, options);
  if (options.touch) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
  await settle(page);
  return { x, y };
}

/** Clicks a text field and types into it through the widget's hidden textarea. */
export async function typeInto(page, label, text, options = {}) {
  await clickItem(page, label, options);
  await page.keyboard.type(text, { delay: 5 });
  await settle(page);
}

// ---- helpers for the PWA, embed, phone, privacy and accessibility tests (issue 4) ---------------

/**
 * A browser with an on-disk profile: Chromium treats Playwright's ordinary contexts as incognito,
 * where installability checks answer "in-incognito". Returns the persistent context.
 */
export async function launchPersistent(device = DESKTOP) {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'painlink-profile-'));
  return chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true, ...device,
  });
}

/** Copies a built web folder (default build/web) to a temporary folder the test may change. */
export async function copyWebDir(from = WEB_DIR) {
  const { cpSync, mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'painlink-web-'));
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** Waits until the widget in this page or frame has started (window.painlink is ready). */
export async function waitForWidget(target, timeout = 30000) {
  // Polling by timer: requestAnimationFrame does not run in cross-origin frames scrolled out of view.
  await target.waitForFunction(() => window.painlink && typeof window.painlink.entries === 'function', null,
    { timeout, polling: 100 });
  await settle(target);
}

/**
 * Lets findItem/clickItem/typeInto/settle work on a widget inside an iframe: evaluation and
 * locators go to the frame, mouse, touch and keyboard to the page (Playwright reports frame
 * element boxes in page coordinates).
 */
export function frameAsPage(page, frame) {
  return {
    evaluate: (fn, arg) => frame.evaluate(fn, arg),
    waitForFunction: (fn, arg, opts) => frame.waitForFunction(fn, arg, opts),
    locator: (selector) => frame.locator(selector),
    mouse: page.mouse,
    touchscreen: page.touchscreen,
    keyboard: page.keyboard,
    frame,
    page,
  };
}

/**
 * The frame of an embed iframe (embedded.html), scrolled into view (Chromium does not draw
 * cross-origin frames that are out of view, so their widget would not update), once its widget
 * is ready.
 */
export async function embedFrame(page, nth = 0, timeout = 30000) {
  const handle = await page.locator('iframe[data-painlink-frame]').nth(nth).elementHandle({ timeout });
  await handle.scrollIntoViewIfNeeded();
  const frame = await handle.contentFrame();
  await waitForWidget(frame, timeout);
  return frame;
}

/** Decodes an 8-bit RGB/RGBA, non-interlaced PNG (Playwright screenshots) to { width, height, rgba }. */
export async function decodePng(buf) {
  const { inflateSync } = await import('node:zlib');
  let pos = 8;
  let width = 0;
  let height = 0;
  let type = 0;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const kind = buf.toString('ascii', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (kind === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[12] !== 0) throw new Error('decodePng: only 8-bit, non-interlaced PNGs');
      type = data[9];
    } else if (kind === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const bpp = type === 6 ? 4 : type === 2 ? 3 : 0;
  if (!bpp) throw new Error('decodePng: only RGB and RGBA PNGs');
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const out = new Uint8Array(width * height * 4);
  const prev = new Uint8Array(stride);
  const cur = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? cur[i - bpp] : 0;
      const b = prev[i];
      const c = i >= bpp ? prev[i - bpp] : 0;
      let v = line[i];
      if (f === 1) v += a;
      else if (f === 2) v += b;
      else if (f === 3) v += (a + b) >> 1;
      else if (f === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      cur[i] = v & 255;
    }
    for (let x = 0; x < width; x++) {
      out[(y * width + x) * 4] = cur[x * bpp];
      out[(y * width + x) * 4 + 1] = cur[x * bpp + 1];
      out[(y * width + x) * 4 + 2] = cur[x * bpp + 2];
      out[(y * width + x) * 4 + 3] = bpp === 4 ? cur[x * bpp + 3] : 255;
    }
    prev.set(cur);
  }
  return { width, height, rgba: out };
}

// Chromium as people run it partitions third-party storage: an embed's localStorage is kept per
// top-level site. Playwright switches that off (its issue 32230), which makes storage in a
// cross-site iframe throw instead. This list mirrors playwright-core 1.65's --disable-features
// (pinned in package-lock.json); embed.test.mjs checks that partitioning is really on.
const PLAYWRIGHT_DISABLED_FEATURES = ['AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose',
  'HttpsUpgrades', 'HttpsFirstBalancedModeAutoEnable', 'LensOverlay', 'MediaRouter', 'PaintHolding',
  'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect', 'TcpPortRandomizationWin',
  'OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch', 'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion'];

/** Chromium with third-party storage partitioning on (as shipped), for embed tests. */
export async function launchBrowserPartitioned() {
  const keep = PLAYWRIGHT_DISABLED_FEATURES.filter((f) => f !== 'ThirdPartyStoragePartitioning');
  return chromium.launch({
    executablePath: '/usr/bin/chromium', headless: true,
    ignoreDefaultArgs: [`--disable-features=${PLAYWRIGHT_DISABLED_FEATURES.join(',')}`],
    args: [...CHROMIUM_ARGS, `--disable-features=${keep.join(',')}`],
  });
}

/** Reloads the page and waits for the widget to be ready again. */
export async function reopen(page) {
  await page.reload();
  await page.waitForFunction(() => window.painlink && typeof window.painlink.entries === 'function');
  await settle(page);
}

/**
 * An init script (for openWidget's initScript) that seeds localStorage before the widget starts,
 * once per tab: a reload keeps what the app wrote.
 */
export const seedStorage = (values) => ({
  fn: (v) => {
    if (sessionStorage.getItem('seeded')) return;
    for (const [k, val] of Object.entries(v)) localStorage.setItem(k, val);
    sessionStorage.setItem('seeded', '1');
  },
  arg: values,
});

/**
 * Taps an element of a cross-origin embed's own page (not the canvas). The embed tracks its
 * visibility (clickjacking guard), and Chromium then drops input to a cross-origin frame that moved
 * in the last ~500 ms, so the element is scrolled into view and left to settle first.
 */
export async function tapInEmbed(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  await page.waitForTimeout(700);
  await locator.tap();
}
