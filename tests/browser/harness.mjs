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
  for (let attempt = 0; attempt <= maxScrolls; attempt++) {
    const all = (await items(page)).filter(matches);
    const it = all[nth];
    if (it && it.visible && it.y1 - it.y0 > 4) {
      // Fully on screen? If it is cut at the bottom, scroll a little more.
      if (it.y1 <= box.height - 2 && it.y0 >= 0) {
        return { x: box.x + (it.x0 + it.x1) / 2, y: box.y + (it.y0 + it.y1) / 2, item: it };
      }
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
