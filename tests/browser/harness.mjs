// Shared set-up for the browser tests: a loopback static server for build/web, Debian's Chromium
// through playwright-core, console-error collection, screenshots, and finding controls inside the
// canvas: by role and name in the semantics tree laid over it (findControl and the rest), or, where
// the tree has no name to find them by, by their labels in the widget's testHooks item registry.
import { createServer } from 'node:net';
import { after, before } from 'node:test';
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

/**
 * One web server and one browser for a test file, started before its tests and closed after them
 * (node:test hooks): `const env = useBrowser();` then `env.browser`, `env.server.url`.
 */
export function useBrowser() {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await startServer();
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
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

// ---- finding controls by role and name, as a person would (issue 15) ----------------------------
// The widget mirrors each frame's controls as invisible elements over the canvas (the semantics
// tree, src/ui/semantics.hpp): tabs in the tablist "Views", each 0-10 score a radiogroup ("Back
// pain, 0 to 10") of radios "0"..."10", steppers as spinbuttons with "Increase …" / "Decrease …" /
// "Clear …" buttons, text boxes, headings. Only what is in view is mirrored. These helpers find a
// control there by its role and accessible name, then click or tap the canvas where it is drawn
// (the mirrors let taps through to the canvas, as they do a person's finger).

/**
 * The mirrors in view: [{ role, name, group, x0, y0, x1, y1 }] (group: the name of its radiogroup
 * or tablist; the box in CSS px relative to the widget, as the item registry gives it).
 */
export async function controls(page) {
  return page.evaluate(() => {
    const root = document.querySelector('.painlink-root');
    const at = root.querySelector('canvas').getBoundingClientRect();
    const name = (el) => (el.hasAttribute('aria-label') ? el.getAttribute('aria-label') : el.textContent);
    return Array.from(root.querySelectorAll('.painlink-sem [data-sem]'), (el) => {
      const g = el.parentElement && el.parentElement.closest('[data-sem-group]');
      const r = el.getBoundingClientRect();
      return {
        role: el.getAttribute('role'), name: name(el), group: g ? name(g) : null,
        x0: r.left - at.left, y0: r.top - at.top, x1: r.right - at.left, y1: r.bottom - at.top,
      };
    });
  });
}

const GROUP_ROLE = { radio: 'radiogroup', tab: 'tablist' };
// `within` as a name (a string or RegExp) is the group a control of this role belongs to.
const asGroup = (role, within) => (typeof within === 'string' || within instanceof RegExp
  ? { role: GROUP_ROLE[role] || 'radiogroup', name: within } : within);
const describeControl = (role, name, within) =>
  `${role} ${name instanceof RegExp ? name : JSON.stringify(name)}` +
  (within ? ` in ${within.role} ${within.name instanceof RegExp ? within.name : JSON.stringify(within.name)}` : '');

/** The mirrors of this role and name (inside the group `within`: { role, name }) as a locator. */
function controlLocator(page, role, name, within) {
  const root = page.locator('.painlink-root').first();
  const scope = within ? root.getByRole(within.role, { name: within.name, exact: true }) : root;
  return scope.getByRole(role, { name, exact: true });
}

/**
 * Whether a control of this role and name (exact, or a RegExp) is in view now, without scrolling
 * (`within` as for findControl).
 */
export async function shown(page, role, name, { within } = {}) {
  within = asGroup(role, within);
  return (await controlLocator(page, role, name, within).count()) > 0;
}

/**
 * Waits until a control of this role and name is in view (it appears by itself; no scrolling), or
 * with `gone: true` until none is.
 */
export async function waitForControl(page, role, name, { within, gone = false, timeout = 30000 } = {}) {
  within = asGroup(role, within);
  await controlLocator(page, role, name, within).first().waitFor({ state: gone ? 'detached' : 'attached', timeout });
}

/**
 * Finds the control of this ARIA role whose accessible name is `name` (exact, or a RegExp) in the
 * semantics tree, scrolling the widget with the mouse wheel until its mirror is there and the
 * control is fully in view (not cut by the header or the bottom edge). `within`: the name (exact,
 * or a RegExp) of the group it belongs to (a radio's radiogroup, a tab's tablist), or { role, name }
 * of any group.
 * `nth`: which of several controls with that name (without it, more than one is an error: a
 * person could not tell them apart). `maxScrolls: 0` looks only at the view as it is, without a
 * scroll of any kind. Returns the control's centre in page coordinates and its box (page px).
 */
export async function findControl(page, role, name, { within, nth, maxScrolls = 30 } = {}) {
  within = asGroup(role, within);
  const locator = controlLocator(page, role, name, within);
  const tablist = controlLocator(page, 'tablist', 'Views');
  const wheel = async (dy) => {
    const box = await canvasBox(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.6);
    await page.mouse.wheel(0, dy);
    await settle(page, 60);
  };
  // Where the mirrors are: unchanged by a scroll down means the view is at its end.
  const layout = () => page.evaluate(() => Array.from(document.querySelectorAll('.painlink-root .painlink-sem [data-sem]'),
    (el) => `${el.style.top} ${el.getAttribute('aria-label')}`).join('|'));
  let scrolls = 0;
  let wentToTop = false;
  let still = 0;  // scrolls down in a row that moved nothing
  let probe = null;  // a control near an edge of the view, nudged away from it to see if it was cut
  let nudges = 0;
  for (;;) {
    const count = await locator.count();
    if (count > 1 && nth === undefined) {
      throw new Error(`${count} controls are ${describeControl(role, name, within)}: a person could not tell ` +
        'them apart (give `within` or `nth`)');
    }
    const found = count > (nth || 0) ? await locator.nth(nth || 0).boundingBox() : null;
    if (found && found.width > 4 && found.height > 4) {
      const box = await canvasBox(page);
      const at = { x: found.x + found.width / 2, y: found.y + found.height / 2, box: found };
      const accept = () => {
        const inside = found.x >= box.x - 1 && found.y >= box.y - 1 && found.x + found.width <= box.x + box.width + 1 &&
          found.y + found.height <= box.y + box.height + 1;
        if (!inside) {
          throw new Error(`${describeControl(role, name, within)} lies outside the canvas: ` +
            `${JSON.stringify(found)} in ${JSON.stringify(box)}`);
        }
        return at;
      };
      // The header (the views' tabs and what is above them) never scrolls.
      const nav = await tablist.boundingBox().catch(() => null);
      const top = nav ? nav.y + nav.height : box.y;
      if (found.y + found.height <= top + 1) return accept();
      // The scrolling body clips a control to the part in view, and so does its mirror: one that
      // touches an edge may be cut there. Nudged away from the edge, a cut control grows; one that
      // moves without growing, or cannot move (the view is at its end), was whole.
      if (probe) {
        const grew = found.height > probe.height + 0.5;
        probe = null;
        if (!grew) return accept();
      }
      const edge = Math.min(48, box.height / 6);
      const nearTop = found.y < top + edge;
      const nearBottom = found.y + found.height > box.y + box.height - edge;
      if ((!nearTop && !nearBottom) || nudges >= 6 || maxScrolls === 0) return accept();
      probe = found;
      nudges++;
      await wheel(nearTop ? -120 : 120);
      continue;
    }
    probe = null;
    if (scrolls >= maxScrolls) break;
    scrolls++;
    // Not there: scroll on down; at the end of the view (or after 15 scrolls) go back to the top
    // once and look again from there.
    if (!wentToTop && (still >= 2 || scrolls > 15)) {
      wentToTop = true;
      still = 0;
      await wheel(-20000);
      continue;
    }
    const before = await layout();
    await wheel(250);
    still = (await layout()) === before ? still + 1 : 0;
    if (wentToTop && still >= 2) break;  // the whole view seen
  }
  const shown = (await controls(page)).filter((c) => c.role !== 'radiogroup' && c.role !== 'tablist')
    .map((c) => `${c.role} ${JSON.stringify(c.name)}${c.group ? ` (in ${JSON.stringify(c.group)})` : ''}`);
  const similar = shown.filter((s) => s.startsWith(role + ' '));
  throw new Error(`no ${describeControl(role, name, within)} on screen (scrolled ${scrolls} times). ` +
    `In view now: ${shown.length ? shown.join(', ') : 'nothing'}` +
    (similar.length && similar.length < shown.length ? `\n  (of role ${role}: ${similar.join(', ')})` : ''));
}

/**
 * Clicks the control (role and name as for findControl) where it is drawn on the canvas, or taps
 * it there with `touch: true`.
 */
export async function clickControl(page, role, name, options = {}) {
  const at = await findControl(page, role, name, options);
  if (options.touch) await page.touchscreen.tap(at.x, at.y);
  else await page.mouse.click(at.x, at.y);
  await settle(page);
  return at;
}

/** Taps the control with a finger, where it is drawn. */
export async function tapControl(page, role, name, options = {}) {
  return clickControl(page, role, name, { ...options, touch: true });
}

/** Clicks (or taps) the text box of this name and types into it. */
export async function typeIntoControl(page, name, text, options = {}) {
  await clickControl(page, options.role || 'textbox', name, options);
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
 * Lets findControl/clickControl/typeIntoControl (and findItem/clickItem)/settle work on a widget
 * inside an iframe: evaluation and
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
