// The browser half of `make bench` (scripts/bench.sh runs it after the builds): measures the
// release widget against Dear ImGui's bare GLFW/OpenGL3 example in headless Chromium, merges the
// native timings, prints one line per figure and writes build/bench/results.json.
//
//   node tests/bench/browser_bench.mjs --web build/bench/web --baseline build/bench/baseline/web \
//     --journal build/bench/journal-10y.json --native build/bench/native.json --out build/bench/results.json
//
// Every ratio is measured with both sides in the same run; every time is a median of several runs
// (BENCH_RUNS, default 7), because absolute times on a shared machine are noisy.
import { readFileSync, readdirSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import os from 'node:os';
import { createStaticServer } from '../../scripts/serve.mjs';
import { DESKTOP, clickItem, freePort, launchBrowser, settle } from '../browser/harness.mjs';
import { usualDay } from './usual_day.mjs';

// ---- arguments ------------------------------------------------------------------------------
const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const WEB = resolve(args.web || 'build/bench/web');
const BASELINE = resolve(args.baseline || 'build/bench/baseline/web');
const JOURNAL = resolve(args.journal || 'build/bench/journal-10y.json');
const NATIVE = args.native ? resolve(args.native) : null;
const OUT = resolve(args.out || 'build/bench/results.json');
const FONTS = args.fonts ? resolve(args.fonts) : null; // the subset fonts embedded in the wasm (info)
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS || 7));
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS || 10);
const DAYS = 3650;
const STORAGE_QUOTA_UNITS = 5242880; // Chromium's localStorage: 10 MiB of UTF-16 per origin, keys and values
const STORED_COPIES = 2 + 3; // two slots (current + safety) and three rolling backups

const log = (...a) => console.error('bench:', ...a);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  if (!n) return NaN;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const round = (x, d = 2) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : x);

// ---- figures ----------------------------------------------------------------------------------
const figures = [];
const details = {};
/** target: { max } or { min } or { eq } or null (information only). */
function figure(name, value, unit, target, note) {
  let status = 'INFO';
  let targetText = '-';
  if (target && Number.isFinite(value)) {
    if ('max' in target) { status = value <= target.max ? 'PASS' : 'MISS'; targetText = `<= ${target.max}`; }
    else if ('eq' in target) { status = value === target.eq ? 'PASS' : 'MISS'; targetText = `= ${target.eq}`; }
  } else if (target) {
    status = 'MISS';
    targetText = 'max' in target ? `<= ${target.max}` : `= ${target.eq}`;
  }
  figures.push({ name, value, unit, target: targetText, status, ...(note ? { note } : {}) });
}

// ---- servers ----------------------------------------------------------------------------------
/** A static server (the project's own, scripts/serve.mjs) that also logs every requested path. */
// The baseline's one-file shell (like ImGui's shell_minimal.html) uses inline script and style,
// so it is served without the widget's Content-Security-Policy.
async function serve(root, options) {
  const port = await freePort();
  const server = createStaticServer(root, options);
  const requests = [];
  requests.swScriptAt = -1; // index of the service worker script's request (its install follows)
  server.on('request', (req, res) => {
    if (req.method !== 'GET') return;
    if (req.headers['service-worker'] === 'script' && requests.swScriptAt < 0) requests.swScriptAt = requests.length;
    const request = { path: decodeURIComponent(new URL(req.url, 'http://x').pathname), status: 0 };
    requests.push(request);
    res.on('finish', () => { request.status = res.statusCode; });
  });
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((r) => server.close(r)) };
}

// Records, from the page's first script on: the time of the first ImGui draw call (navigation
// start = 0), how many frames were drawn (one clear() per frame in both the widget and the
// example), and the time spent in WebGL queries that can wait for the GPU process (getParameter,
// getError, readPixels, shader/program status): with Chromium's command buffer those are
// synchronous round trips.
const HOOKS = () => {
  const b = (window.__bench = { firstDraw: undefined, clears: 0, draws: 0, glQueryMs: 0, glQueries: 0 });
  const proto = WebGL2RenderingContext.prototype;
  for (const name of ['getParameter', 'getError', 'readPixels', 'getShaderParameter', 'getProgramParameter']) {
    const f = proto[name];
    proto[name] = function (...a) {
      const t0 = performance.now();
      try {
        return f.apply(this, a);
      } finally {
        b.glQueryMs += performance.now() - t0;
        b.glQueries++;
      }
    };
  }
  const drawElements = proto.drawElements;
  proto.drawElements = function (...a) {
    if (b.firstDraw === undefined) b.firstDraw = performance.now();
    b.draws++;
    return drawElements.apply(this, a);
  };
  const clear = proto.clear;
  proto.clear = function (...a) {
    b.clears++;
    return clear.apply(this, a);
  };
  // The widget's start-up phases: module factory called / resolved (download + compile +
  // instantiate), pl_init (storage load, UI set-up) and the first pl_frame.
  let factory;
  Object.defineProperty(window, 'createPainlinkModule', {
    configurable: true,
    get: () => factory,
    set: (f) => {
      factory = (...a) => {
        b.factoryCalled = performance.now();
        return f(...a).then((m) => {
          b.moduleReady = performance.now();
          for (const [name, key] of [['_pl_init', 'initMs'], ['_pl_frame', 'firstFrameMs']]) {
            const fn = m[name];
            m[name] = function (...x) {
              const q0 = b.glQueryMs;
              const t0 = performance.now();
              const r = fn.apply(this, x);
              if (b[key] === undefined) {
                b[key] = performance.now() - t0;
                b[key + 'InGlQueries'] = b.glQueryMs - q0;
              }
              return r;
            };
          }
          return m;
        });
      };
    },
  });
};

/** Puts stored values into the page's origin from a not-found page (so nothing is cached yet). */
async function seedStorage(page, url, kv) {
  await page.goto(new URL('/__bench_seed__', url).href);
  await page.evaluate((pairs) => {
    for (const [k, v] of pairs) localStorage.setItem(k, v);
  }, kv);
}

async function firstDrawTime(browser, url, seed) {
  const context = await browser.newContext({ ...DESKTOP }); // fresh context: empty HTTP cache and storage
  try {
    const page = await context.newPage();
    await page.addInitScript(HOOKS);
    if (seed) await seedStorage(page, url, seed);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench && window.__bench.firstDraw !== undefined, null, { timeout: 60000 });
    return await page.evaluate(() => {
      const b = window.__bench;
      return { firstDraw: b.firstDraw, factoryCalled: b.factoryCalled, moduleReady: b.moduleReady, initMs: b.initMs,
        firstFrameMs: b.firstFrameMs, firstFrameMsInGlQueries: b.firstFrameMsInGlQueries };
    });
  } finally {
    await context.close();
  }
}

/** Compressed sizes of the files the server sent a body for. A file sent twice counts twice
 *  (`times`); a revalidation answered "304 Not Modified" (the service worker's install re-checking
 *  what the page has just loaded) sends no body and is only counted in `revalidated`. */
function compressedSizes(root, requests) {
  const files = [];
  const counts = new Map();
  const revalidated = requests.filter((r) => r.status === 304).length;
  for (const { path: p, status } of requests) if (status !== 304) counts.set(p, (counts.get(p) || 0) + 1);
  for (const [p, times] of counts) {
    const file = join(root, p.endsWith('/') ? p + 'index.html' : p);
    if (!existsSync(file) || !statSync(file).isFile()) continue;
    const body = readFileSync(file);
    files.push({
      path: p,
      times,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, {
        params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length },
      }).length,
    });
  }
  const sum = (k) => files.reduce((a, f) => a + f[k] * f.times, 0);
  return { files, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli'), revalidated };
}
const fileList = (t) => t.files.map((f) => (f.times > 1 ? `${f.path} x${f.times}` : f.path)).join(' ') +
  (t.revalidated ? `; ${t.revalidated} revalidated (304, no body)` : '');

/** Everything the first visit downloads: the paths the server was asked for until 3 s after the
 *  first frame or, when a service worker registered, until it is active and 1 s more (precache
 *  fetches included). `page_only`: the requests before the service worker script was fetched. */
async function firstVisitTransfer(browser, root, path, serveOptions) {
  const srv = await serve(root, serveOptions);
  const context = await browser.newContext({ ...DESKTOP });
  try {
    const page = await context.newPage();
    await page.addInitScript(HOOKS);
    await page.goto(srv.url + path);
    await page.waitForFunction(() => window.__bench && window.__bench.firstDraw !== undefined, null, { timeout: 60000 });
    await page.waitForTimeout(3000); // late fetches (service worker, manifest, icons)
    const sw = await page.evaluate(async () => {
      if (!navigator.serviceWorker || !(await navigator.serviceWorker.getRegistration())) return false;
      return Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise((r) => setTimeout(() => r(false), 30000))]);
    });
    if (sw) await page.waitForTimeout(1000);
    const total = compressedSizes(root, srv.requests);
    const swAt = srv.requests.swScriptAt;
    total.page_only = compressedSizes(root, swAt >= 0 ? srv.requests.slice(0, swAt) : srv.requests);
    total.service_worker = sw;
    return total;
  } finally {
    await context.close();
    await srv.close();
  }
}

async function cpuSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (n) => (metrics.find((m) => m.name === n) || { value: 0 }).value;
  return { task: get('TaskDuration'), script: get('ScriptDuration') };
}

/** Frames and main-thread CPU of an open page over `seconds` without input, after `quietMs`. */
async function idle(page, seconds, quietMs, extra) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage'); // the bench's own big strings, not the widget's
  await page.waitForTimeout(quietMs);
  const counters = extra || (() => ({ clears: window.__bench.clears, gl_query_ms: window.__bench.glQueryMs }));
  // The counters are read outside the CPU window: reading them runs script in the page.
  const f0 = await page.evaluate(counters);
  const c0 = await cpuSeconds(cdp);
  await page.waitForTimeout(seconds * 1000);
  const c1 = await cpuSeconds(cdp);
  const f1 = await page.evaluate(counters);
  const out = { cpu_ms: (c1.task - c0.task) * 1000, script_ms: (c1.script - c0.script) * 1000 };
  for (const k of Object.keys(f1)) out[k] = f1[k] - f0[k];
  return out;
}

// ---- the run ----------------------------------------------------------------------------------
const journalText = readFileSync(JOURNAL, 'utf8');
const journalDoc = JSON.parse(journalText);
if (journalDoc.entries.length !== DAYS) throw new Error(`expected ${DAYS} days in ${JOURNAL}`);
const native = NATIVE && existsSync(NATIVE) ? JSON.parse(readFileSync(NATIVE, 'utf8')) : null;

const browser = await launchBrowser();
const widgetSrv = await serve(WEB);
const baselineSrv = await serve(BASELINE, { csp: false });
const pageErrors = [];
try {
  details.chromium = browser.version();

  // 1. Transfer size of the first visit --------------------------------------------------------
  log('transfer size');
  const wT = await firstVisitTransfer(browser, WEB, '/index.html');
  const bT = await firstVisitTransfer(browser, BASELINE, '/index.html', { csp: false });
  details.transfer = { widget: wT, baseline: bT };
  figure('transfer_gzip_widget', wT.gzip, 'bytes', null, `raw ${wT.raw}; ${fileList(wT)}`);
  figure('transfer_gzip_baseline', bT.gzip, 'bytes', null, `raw ${bT.raw}; ${fileList(bT)}`);
  figure('transfer_gzip_ratio', round(wT.gzip / bT.gzip, 3), 'x', { max: 1.3 });
  figure('transfer_brotli_widget', wT.brotli, 'bytes', null);
  figure('transfer_brotli_baseline', bT.brotli, 'bytes', null);
  figure('transfer_brotli_ratio', round(wT.brotli / bT.brotli, 3), 'x', { max: 1.3 });
  const wE = wT.page_only;
  figure('transfer_gzip_widget_page_only', wE.gzip, 'bytes', null,
    `the page's own requests, before the service worker script (brotli ${wE.brotli}; ratio to the baseline ` +
    `${round(wE.gzip / bT.gzip, 3)} gzip, ${round(wE.brotli / bT.brotli, 3)} brotli); ${fileList(wE)}` +
    (wT.service_worker ? '; the rest of transfer_*_widget is the service worker and its precache' : ''));
  // The part of the widget a first visit does not download (scripts/split_wasm.mjs): what a
  // returning patient fetches in the background, or anyone who opens History, Insights, Report or Data.
  const restFile = readdirSync(WEB).find((f) => /^painlink\.deferred\.[0-9a-f]+\.wasm$/.test(f));
  if (restFile) {
    if (wT.files.some((f) => f.path === '/' + restFile)) throw new Error('the first visit fetched ' + restFile);
    const rest = compressedSizes(WEB, [{ path: '/' + restFile, status: 200 }]);
    details.rest_of_widget = rest;
    figure('transfer_gzip_rest_of_widget', rest.gzip, 'bytes', null,
      `${restFile}, fetched after the first visit (raw ${rest.raw}, brotli ${rest.brotli}); with it ` +
      `the widget is ${round((wT.gzip + rest.gzip) / bT.gzip, 3)}x the baseline (gzip)`);
  }
  if (FONTS && existsSync(FONTS)) {
    const fonts = compressedSizes(FONTS, readdirSync(FONTS).filter((f) => f.endsWith('.otf') || f.endsWith('.ttf')).map((f) => ({ path: '/' + f, status: 200 })));
    details.embedded_fonts = fonts;
    figure('transfer_gzip_embedded_fonts', fonts.gzip, 'bytes', null,
      `share of the widget's wasm: ${fonts.files.map((f) => `${f.path} ${f.raw} raw`).join(', ')}; brotli ${fonts.brotli}`);
  }

  // 2. The 10-year journal in one widget ---------------------------------------------------------
  log('10-year journal: import, storage, core timings');
  const context = await browser.newContext({ ...DESKTOP });
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
  await page.addInitScript(HOOKS);
  await page.goto(widgetSrv.url + '/index.html?testHooks=1');
  await page.waitForFunction(() => window.painlink && typeof window.painlink.entries === 'function', null, { timeout: 60000 });
  await settle(page);

  const imported = await page.evaluate((text) => {
    const t0 = performance.now();
    const r = window.painlink.importJSON(text, { mode: 'replace' });
    return { ms: performance.now() - t0, added: r.added, rejected: r.rejected.length, status: window.painlink.status() };
  }, journalText);
  if (imported.added !== DAYS || imported.rejected) throw new Error(`import: ${JSON.stringify(imported)}`);
  details.import_js_ms = imported.ms;
  await settle(page, 300);
  details.heap_after_import = await page.evaluate(() => window.painlink._module.HEAP8.buffer.byteLength);

  const storage = () => page.evaluate(() => {
    const keys = [];
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k.startsWith('painlink.')) keys.push({ key: k, units: k.length + localStorage.getItem(k).length });
    }
    return keys.sort((a, b) => a.key.localeCompare(b.key));
  });
  const afterImport = await storage();
  const totalAfterImport = afterImport.reduce((a, k) => a + k.units, 0);
  const slotUnits = Math.max(...afterImport.filter((k) => /^painlink\.journal(\.slot2)?$/.test(k.key)).map((k) => k.units));
  const otherUnits = afterImport.filter((k) => !/^painlink\.journal(\.slot2)?$/.test(k.key)).reduce((a, k) => a + k.units, 0);
  details.storage_after_import = afterImport;
  figure('storage_units_per_day', round(totalAfterImport / DAYS, 1), 'UTF-16 units/day', null,
    `all painlink.* keys after saving the 10-year journal: ${totalAfterImport} units`);
  const projected20 = Math.round(STORED_COPIES * (slotUnits / DAYS) * 2 * DAYS + otherUnits);
  figure('storage_projected_20y', projected20, 'UTF-16 units', { max: STORAGE_QUOTA_UNITS },
    `${STORED_COPIES} copies (2 slots + 3 backups) x ${round(slotUnits / DAYS, 1)} units/day x 7300 days; quota ~${STORAGE_QUOTA_UNITS}`);

  // Core operations in wasm, through the benchmark hook (median of RUNS inside wasm). The time
  // spent inside localStorage calls (JS side, string conversion excluded) is recorded alongside.
  await page.evaluate(() => {
    const acc = (window.__storageTime = { ms: 0, calls: 0, units: 0 });
    for (const name of ['getItem', 'setItem', 'removeItem', 'key']) {
      const f = Storage.prototype[name];
      Storage.prototype[name] = function (...a) {
        const t0 = performance.now();
        try {
          const r = f.apply(this, a);
          if (typeof r === 'string') acc.units += r.length;
          return r;
        } finally {
          acc.ms += performance.now() - t0;
          acc.calls++;
          if (name === 'setItem') acc.units += String(a[1]).length;
        }
      };
    }
  });
  const wasmOps = {};
  const storageInOps = {};
  for (const op of ['load', 'analysis', 'save_one_day', 'export']) {
    const r = await page.evaluate(([o, n]) => {
      const m = window.painlink._module;
      const len = m.lengthBytesUTF8(o) + 1;
      const p = m._malloc(len);
      m.stringToUTF8(o, p, len);
      const st = window.__storageTime;
      st.ms = 0; st.calls = 0; st.units = 0;
      try {
        return { median: m._pl_bench_run(p, n), storage_ms: st.ms / n, storage_calls: st.calls / n, storage_units: st.units / n };
      } finally { m._free(p); }
    }, [op, RUNS]);
    if (!(r.median >= 0)) throw new Error(`pl_bench_run("${op}") returned ${r.median}`);
    r.heap_after = await page.evaluate(() => window.painlink._module.HEAP8.buffer.byteLength);
    wasmOps[op] = r.median;
    storageInOps[op] = r;
  }
  details.wasm_ops_ms = wasmOps;
  details.wasm_ops_storage_per_run = storageInOps;
  const stNote = (op) => `; localStorage calls ${round(storageInOps[op].storage_ms, 1)} ms/run ` +
    `(${storageInOps[op].storage_calls} calls, ${Math.round(storageInOps[op].storage_units)} units moved)`;
  await settle(page, 300);
  const afterSaves = await storage();
  details.storage_after_saves = afterSaves;

  // The browser's own JSON.parse of the same stored value (the floor for "load").
  const floor = await page.evaluate((runs) => {
    const slots = ['painlink.journal', 'painlink.journal.slot2']
      .map((k) => [k, localStorage.getItem(k)]).filter((kv) => kv[1] !== null)
      .map(([k, v]) => [k, JSON.parse(v)]).sort((a, b) => b[1].seq - a[1].seq);
    const key = slots[0][0];
    const parseStored = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const env = JSON.parse(localStorage.getItem(key));
      const payload = JSON.parse(env.payload);
      parseStored.push(performance.now() - t0);
      if (!payload) throw new Error('empty payload');
    }
    const text = window.painlink.exportJSON();
    const parseDoc = [];
    const exportJs = [];
    for (let i = 0; i < runs; i++) {
      let t0 = performance.now();
      JSON.parse(text);
      parseDoc.push(performance.now() - t0);
      t0 = performance.now();
      window.painlink.exportJSON();
      exportJs.push(performance.now() - t0);
    }
    const med = (xs) => { const s = [...xs].sort((a, b) => a - b); const n = s.length; return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };
    return { key, stored_units: localStorage.getItem(key).length, parse_stored_ms: med(parseStored),
      parse_interchange_ms: med(parseDoc), interchange_chars: text.length, export_js_ms: med(exportJs) };
  }, RUNS);
  details.json_parse_floor = floor;

  figure('load_10y', round(wasmOps.load), 'ms', { max: 100 }, 'fresh JournalStore.load from localStorage (wasm, median)' + stNote('load'));
  figure('analysis_10y', round(wasmOps.analysis), 'ms', { max: 20 }, 'compute_insights, all insights (wasm, median)');
  figure('save_one_day_10y', round(wasmOps.save_one_day), 'ms', { max: 20 }, 'put_entry + save to localStorage (wasm, median)' + stNote('save_one_day'));
  figure('export_10y', round(wasmOps.export), 'ms', null, 'export_json (wasm, median)');
  figure('export_10y_js_api', round(floor.export_js_ms), 'ms', null, 'widget.exportJSON() incl. string hand-over');
  figure('json_parse_stored_10y', round(floor.parse_stored_ms), 'ms', null,
    `browser getItem + JSON.parse of the stored envelope and its payload (${floor.stored_units} units)`);
  figure('load_vs_json_parse', round(wasmOps.load / floor.parse_stored_ms, 1), 'x', null, 'wasm load / browser JSON.parse of the same stored value');
  figure('json_parse_interchange_10y', round(floor.parse_interchange_ms), 'ms', null,
    `browser JSON.parse of the exported interchange document (${floor.interchange_chars} chars); import via JS API took ${round(imported.ms)} ms`);

  // 3. Frame CPU time while scrolling, per view ---------------------------------------------------
  log('frame times while scrolling');
  await page.evaluate(() => {
    const m = window.painlink._module;
    const frame = m._pl_frame;
    const rec = (window.__frameTimes = { on: false, list: [], gl: [] });
    m._pl_frame = function (t) {
      const q0 = window.__bench.glQueryMs;
      const t0 = performance.now();
      const r = frame(t);
      if (rec.on) {
        rec.list.push(performance.now() - t0);
        rec.gl.push(window.__bench.glQueryMs - q0);
      }
      return r;
    };
  });
  const canvas = await page.locator('.painlink-root canvas').first().boundingBox();
  const frames = {};
  for (const tab of ['Check-in', 'History', 'Insights']) {
    await page.evaluate(() => { window.__frameTimes.on = true; window.__frameTimes.list = []; });
    await clickItem(page, tab);
    await settle(page, 400);
    const switchFrames = await page.evaluate(() => window.__frameTimes.list.splice(0));
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height * 0.6);
    await settle(page, 400);
    await page.evaluate(() => { window.__frameTimes.list = []; window.__frameTimes.gl = []; });
    for (const dir of [1, -1]) {
      for (let i = 0; i < 40; i++) {
        await page.mouse.wheel(0, dir * 400);
        await page.waitForTimeout(25);
      }
    }
    await settle(page, 500);
    const rec = await page.evaluate(() => {
      const f = window.__frameTimes;
      f.on = false;
      return { list: f.list.splice(0), gl: f.gl.splice(0) };
    });
    const list = rec.list;
    const withoutGl = list.map((x, i) => x - rec.gl[i]);
    frames[tab] = { switch_max_ms: Math.max(0, ...switchFrames), count: list.length, median_ms: median(list),
      max_ms: Math.max(0, ...list), over16: list.filter((x) => x > 16).length,
      gl_query_median_ms: median(rec.gl), without_gl_query_median_ms: median(withoutGl),
      without_gl_query_max_ms: Math.max(0, ...withoutGl) };
  }
  details.frames = frames;
  for (const [tab, f] of Object.entries(frames)) {
    figure(`frame_median_${tab.toLowerCase().replace('-', '')}`, round(f.median_ms), 'ms', null,
      `${f.count} frames while wheel-scrolling; max ${round(f.max_ms)} ms; tab switch frame max ${round(f.switch_max_ms)} ms`);
    figure(`frame_median_${tab.toLowerCase().replace('-', '')}_excl_gl_queries`, round(f.without_gl_query_median_ms), 'ms', null,
      `the same frames minus time inside WebGL getParameter/getError (median ${round(f.gl_query_median_ms)} ms/frame); max ${round(f.without_gl_query_max_ms)} ms`);
  }
  const busiest = Object.entries(frames).sort((a, b) => b[1].median_ms - a[1].median_ms)[0];
  figure('frame_cpu_busiest_median', round(busiest[1].median_ms), 'ms', { max: 4 }, `busiest view: ${busiest[0]}`);

  // The semantics tree's share of a frame (ui/semantics.hpp + PL.semUpdate): the busiest view
  // scrolled the same way with the tree switched off, then on again.
  const scrollFrames = async () => {
    await page.evaluate(() => { window.__frameTimes.on = true; window.__frameTimes.list = []; });
    for (const dir of [1, -1]) {
      for (let i = 0; i < 40; i++) {
        await page.mouse.wheel(0, dir * 400);
        await page.waitForTimeout(25);
      }
    }
    await settle(page, 500);
    return page.evaluate(() => { window.__frameTimes.on = false; return window.__frameTimes.list.splice(0); });
  };
  const benchSwitch = (op) => page.evaluate((o) => {
    const m = window.painlink._module;
    const len = m.lengthBytesUTF8(o) + 1;
    const p = m._malloc(len);
    m.stringToUTF8(o, p, len);
    try { return m._pl_bench_run(p, 1); } finally { m._free(p); }
  }, op);
  await clickItem(page, busiest[0]);
  await settle(page, 400);
  const semOn = [], semOff = [];
  for (let run = 0; run < 3; run++) {
    await benchSwitch('semantics_off');
    semOff.push(...(await scrollFrames()));
    await benchSwitch('semantics_on');
    semOn.push(...(await scrollFrames()));
  }
  figure('semantics_cost_busiest_frame', round(Math.max(0, median(semOn) - median(semOff))), 'ms', { max: 1 },
    `${busiest[0]} while scrolling: median frame ${round(median(semOn))} ms with the tree, ${round(median(semOff))} ms without (${semOn.length}/${semOff.length} frames)`);
  figure('frame_max_history_scroll', round(frames.History.max_ms), 'ms', { max: 16 },
    `${frames.History.over16} of ${frames.History.count} frames over 16 ms`);

  // 4. Idle: the widget (with the journal) and the baseline example over the same seconds ---------
  log(`idle ${IDLE_SECONDS} s (widget and baseline side by side)`);
  const bContext = await browser.newContext({ ...DESKTOP });
  const bPage = await bContext.newPage();
  await bPage.addInitScript(HOOKS);
  await bPage.goto(baselineSrv.url + '/index.html');
  await bPage.waitForFunction(() => window.__bench && window.__bench.firstDraw !== undefined, null, { timeout: 60000 });
  const [wIdle, bIdle] = await Promise.all([
    idle(page, IDLE_SECONDS, 2000, () => ({ clears: window.__bench.clears, frames_drawn: window.painlink._module.PL.framesDrawn })),
    idle(bPage, IDLE_SECONDS, 2000),
  ]);
  await bContext.close();
  details.idle = { widget: wIdle, baseline: bIdle };
  figure('idle_frames_widget', wIdle.frames_drawn, `frames/${IDLE_SECONDS}s`, { eq: 0 },
    `after 2 s without input; clear() calls ${wIdle.clears}`);
  figure('idle_cpu_widget', round(wIdle.cpu_ms, 1), `ms/${IDLE_SECONDS}s`, { max: 10 },
    `renderer main-thread task time (CDP TaskDuration; JavaScript ${round(wIdle.script_ms, 1)} ms of it); "no CPU" taken as <= 10 ms per 10 s`);
  figure('idle_script_widget', round(wIdle.script_ms, 1), `ms/${IDLE_SECONDS}s`, { eq: 0 },
    'JavaScript and wasm run by the page while idle (CDP ScriptDuration): no timers, no polling');
  figure('idle_frames_baseline', bIdle.clears, `frames/${IDLE_SECONDS}s`, null,
    `ImGui example main loop; CPU ${round(bIdle.cpu_ms, 1)} ms; WebGL queries ${round(bIdle.gl_query_ms / Math.max(1, bIdle.clears), 1)} ms/frame`);

  // 5. Memory ------------------------------------------------------------------------------------
  const heap = await page.evaluate(() => window.painlink._module.HEAP8.buffer.byteLength);
  details.heap_bytes = heap;
  figure('peak_wasm_heap_10y', round(heap / 1048576, 1), 'MiB', { max: 64 },
    `wasm memory size (only grows) after importing the journal through the JS API ` +
    `(${round(details.heap_after_import / 1048576, 1)} MiB right after it; after load/analysis/save/export: ` +
    `${['load', 'analysis', 'save_one_day', 'export'].map((o) => round(details.wasm_ops_storage_per_run[o].heap_after / 1048576, 1)).join('/')} MiB), ` +
    `all timed operations, exportJSON() and scrolling`);
  const storedSnapshot = await page.evaluate(() => {
    const kv = [];
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k.startsWith('painlink.')) kv.push([k, localStorage.getItem(k)]);
    }
    return kv;
  });
  await context.close();

  // Memory when a returning patient opens the widget with the 10-year journal already stored
  // (no import): after start, after visiting History and Insights, after an export.
  {
    const c = await browser.newContext({ ...DESKTOP });
    const p = await c.newPage();
    await seedStorage(p, widgetSrv.url, storedSnapshot);
    await p.goto(widgetSrv.url + '/index.html?testHooks=1');
    await p.waitForFunction(() => window.painlink && typeof window.painlink.entries === 'function', null, { timeout: 60000 });
    await settle(p, 500);
    const heapNow = () => p.evaluate(() => window.painlink._module.HEAP8.buffer.byteLength);
    const h = { start: await heapNow() };
    await clickItem(p, 'History');
    await clickItem(p, 'Insights');
    await settle(p, 300);
    h.views = await heapNow();
    await p.evaluate(() => window.painlink.exportJSON().length);
    h.export = await heapNow();
    await c.close();
    details.heap_stored_10y = h;
    figure('wasm_heap_open_stored_10y', round(h.views / 1048576, 1), 'MiB', null,
      `opening with the journal stored, then History and Insights (start ${round(h.start / 1048576, 1)}, after an export ${round(h.export / 1048576, 1)} MiB)`);
  }

  // 6. Time to first frame, cold cache, interleaved --------------------------------------------------
  log(`time to first frame, ${RUNS} interleaved runs each`);
  const ttff = { widget: [], baseline: [], widget_10y: [] };
  for (let i = 0; i < RUNS; i++) {
    ttff.widget.push(await firstDrawTime(browser, widgetSrv.url + '/index.html'));
    ttff.baseline.push(await firstDrawTime(browser, baselineSrv.url + '/index.html'));
    ttff.widget_10y.push(await firstDrawTime(browser, widgetSrv.url + '/index.html', storedSnapshot));
  }
  details.ttff_runs = ttff;
  const col = (runs, k) => median(runs.map((r) => r[k]));
  const phases = (runs) => `script ran at ${round(col(runs, 'factoryCalled'), 0)} ms, wasm ready at ` +
    `${round(col(runs, 'moduleReady'), 0)} ms, pl_init ${round(col(runs, 'initMs'), 1)} ms, first pl_frame ${round(col(runs, 'firstFrameMs'), 1)} ms ` +
    `(${round(col(runs, 'firstFrameMsInGlQueries'), 1)} ms of it in WebGL queries) (medians)`;
  const tW = col(ttff.widget, 'firstDraw');
  const tB = col(ttff.baseline, 'firstDraw');
  figure('ttff_widget', round(tW, 1), 'ms', null, 'navigation start to first drawElements, empty journal, cold cache; ' + phases(ttff.widget));
  figure('ttff_baseline', round(tB, 1), 'ms', null, 'same, ImGui GLFW/OpenGL3 example');
  figure('ttff_ratio', round(tW / tB, 3), 'x', { max: 1.3 });
  figure('ttff_widget_10y', round(col(ttff.widget_10y, 'firstDraw'), 1), 'ms', null,
    'same, with the 10-year journal already stored; ' + phases(ttff.widget_10y));

  // 7. The usual day by touch, on a phone -------------------------------------------------------------
  log('the usual day, by touch');
  const day = await usualDay(browser, widgetSrv.url);
  details.usual_day = day;
  figure('usual_day_taps', day.taps, 'taps', { max: 20 }, day.steps.join(', '));
  figure('usual_day_seconds', round(day.seconds, 1), 's', null,
    'the same taps scripted, from the open Check-in to the saved day (scrolling to each control included)');
} finally {
  await browser.close();
  await widgetSrv.close();
  await baselineSrv.close();
}

// 7. Native timings (tests/bench/bench_native.cpp) -------------------------------------------------
if (native) {
  details.native = native;
  for (const [op, t] of Object.entries(native.ops)) {
    figure(`native_${op}`, round(t.median_ms, 2), 'ms', null, `host Release build, median of ${t.runs}`);
  }
  const w = details.wasm_ops_ms;
  const pairs = [['load', 'store_load'], ['analysis', 'analysis'], ['save_one_day', 'save_one_day'], ['export', 'export']];
  for (const [wop, nop] of pairs) {
    if (w && native.ops[nop]) figure(`wasm_vs_native_${wop}`, round(w[wop] / native.ops[nop].median_ms, 2), 'x', null);
  }
}

// ---- output -----------------------------------------------------------------------------------
details.page_errors = pageErrors;
const result = {
  generated_at: new Date().toISOString(),
  runs: RUNS,
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, loadavg: os.loadavg() },
  journal: { days: DAYS, chars: journalText.length, bytes: Buffer.byteLength(journalText) },
  figures,
  details,
};
writeFileSync(OUT, JSON.stringify(result, null, 2) + '\n');
const w1 = Math.max(...figures.map((f) => f.name.length));
const w2 = Math.max(...figures.map((f) => String(f.value).length));
const w3 = Math.max(...figures.map((f) => f.unit.length));
const w4 = Math.max(...figures.map((f) => f.target.length));
for (const f of figures) {
  console.log(`${f.name.padEnd(w1)}  ${String(f.value).padStart(w2)}  ${f.unit.padEnd(w3)}  ${f.target.padEnd(w4)}  ${f.status}`);
}
if (pageErrors.length) console.log(`(page errors during the run: ${pageErrors.length}, see ${OUT})`);
const count = (st) => figures.filter((f) => f.status === st).length;
console.log(`${count('PASS')} PASS, ${count('MISS')} MISS, ${count('INFO')} for information`);
console.log(`results: ${OUT}`);
