// The doctor's report in Chromium (issue 3): a seeded journal (one note carries an HTML payload) is
// printed from the Report tab. The print iframe's print() is intercepted to capture the document;
// it must show the payload as text, create no <img>/<script>, have its stylesheet applied when the
// dialog would open (even when report.css is slow to arrive), and cause no CSP violation. The captured HTML is then rendered under the
// widget's origin and CSP to tests/browser/artifacts/report.pdf and report.png. The Report tab is
// screenshotted at desktop (1280x800) and phone (390x844 at 3x, touch) sizes.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ARTIFACTS, DESKTOP, PHONE, clickControl, findControl, launchBrowser, openWidget, screenshot, settle, startServer,
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

// The widget page's policy (web/index.html), sent as a header when the report is rendered alone.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'; form-action 'none'";
const IMG_PAYLOAD = '<img src=x onerror="window.__xss = 1">';
const STYLE_PAYLOAD = '</style><script>window.__xss = 2</script> & "quoted"';

const iso = (d) => {
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};

/** 70 days ending today: back pain in spells, headaches, medication, notes (two with payloads). */
function seededJournal() {
  const entries = [];
  const today = new Date();
  let seed = 7;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let k = 69; k >= 0; k--) {
    if (k % 9 === 4) continue; // some days not recorded
    const date = iso(new Date(today.getFullYear(), today.getMonth(), today.getDate() - k));
    const back = Math.max(0, Math.min(10, Math.round(3 + 3 * Math.sin(k / 6) + rnd() * 2)));
    const head = rnd() < 0.3 ? 3 + Math.floor(rnd() * 6) : 0;
    const e = {
      date,
      back_pain: { intensity: back, regions: back > 0 ? ['lower_back'] : [] },
      headache: head > 0
        ? { intensity: head, duration_hours: 6, side: 'left', pulsating: true, aura: false, nausea: rnd() < 0.6,
          light_sensitive: true, sound_sensitive: true, worse_with_activity: false }
        : { intensity: 0 },
      factors: { sleep_hours: 5 + Math.round(rnd() * 6), stress: Math.floor(rnd() * 10) },
      treatments: [],
    };
    if (head >= 5) e.treatments.push({ type: 'medication', name: 'Ibuprofen', drug_class: 'nsaid', dose_mg: 400, relief: 5 });
    if (back >= 6) e.treatments.push({ type: 'heat', relief: 4 });
    if (k === 20) e.notes = `Dentist ${IMG_PAYLOAD} appointment`;
    if (k === 10) e.notes = STYLE_PAYLOAD;
    if (k === 3) e.notes = 'Long drive\nslept badly';
    entries.push(e);
  }
  return {
    format: 'painlink.journal',
    version: 1,
    entries,
    screening: { answered_on: iso(today), answers: { headache_thunderclap: false, fever_unwell: true } },
  };
}

/**
 * Runs before the widget: records CSP violations of the page, and wraps the iframe's window and
 * document as pl_js_print touches them: the written HTML is kept, violation listeners are added
 * after the write (document.open() erases earlier ones; violation events are queued, so none is
 * missed), and print() records what the dialog would print instead of opening it.
 */
function printInterceptor() {
  window.__printed = [];
  window.__written = [];
  window.__violations = [];
  const record = (where) => (e) => window.__violations.push({ where, directive: e.violatedDirective, blocked: e.blockedURI });
  document.addEventListener('securitypolicyviolation', record('page'));
  const docGetter = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentDocument').get;
  const winGetter = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow').get;
  Object.defineProperty(HTMLIFrameElement.prototype, 'contentDocument', {
    configurable: true,
    get() {
      const doc = docGetter.call(this);
      if (doc && !doc.__painlinkWrapped) {
        doc.__painlinkWrapped = true;
        const write = doc.write;
        doc.write = function (...parts) {
          window.__written.push(parts.join(''));
          const result = write.apply(doc, parts);
          doc.addEventListener('securitypolicyviolation', record('iframe'));
          return result;
        };
      }
      return doc;
    },
  });
  Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
    configurable: true,
    get() {
      const win = winGetter.call(this);
      if (win && !win.__painlinkPrintHooked) {
        win.__painlinkPrintHooked = true;
        win.print = () => {
          const doc = win.document;
          const h2 = doc.querySelector('h2');
          const sheets = Array.from(doc.styleSheets);
          let rules = 0;
          for (const s of sheets) {
            try {
              rules += s.cssRules.length;
            } catch (e) {
              rules = -1;
            }
          }
          window.__printed.push({
            html: doc.documentElement.outerHTML,
            readyState: doc.readyState,
            sheets: sheets.length,
            rules,
            h2Border: h2 ? win.getComputedStyle(h2).borderBottomStyle : '',
            imgs: doc.querySelectorAll('img').length,
            scripts: doc.querySelectorAll('script').length,
            styleElements: doc.querySelectorAll('style, [style]').length,
            notes: Array.from(doc.querySelectorAll('.note-text')).map((n) => n.textContent),
            svgs: doc.querySelectorAll('svg').length,
            xss: win.__xss,
          });
        };
      }
      return win;
    },
  });
}

/** Opens the Report tab, picks 26 weeks, and screenshots the preview and the buttons. */
async function reportTabScreenshots(page, name, touch) {
  await clickControl(page, 'button', /^Dismiss/, { touch }); // the import notice
  await clickControl(page, 'tab', 'Report', { touch });
  await clickControl(page, 'button', '26 weeks', { touch });
  await findControl(page, 'heading', 'Report for your doctor'); // at the top: the period chips and the preview
  await settle(page);
  await screenshot(page, `report-${name}`);
  await findControl(page, 'button', 'Download diary as CSV');
  await settle(page);
  await screenshot(page, `report-buttons-${name}`);
}

async function seed(page) {
  const r = await page.evaluate((doc) => window.painlink.importJSON(JSON.stringify(doc), { mode: 'replace' }), seededJournal());
  assert.deepEqual(r.rejected, [], 'seeded entries are valid');
  await settle(page);
}

describe('report for the doctor', () => {
  test('prints an escaped, CSP-clean report; rendered to PDF and PNG', async () => {
    // A slow report.css (as on a slow network) must still be applied before the dialog opens.
    // Service workers are blocked so the route sees the request.
    const slow = await browser.newContext({ ...DESKTOP, serviceWorkers: 'block' });
    let cssRequests = 0;
    await slow.route('**/report.css', async (route) => {
      cssRequests++;
      await new Promise((r) => setTimeout(r, 700));
      await route.continue();
    });
    const { context, page, errors } = await openWidget(browser, server.url, {
      context: slow,
      initScript: { fn: printInterceptor },
    });
    await seed(page);
    await reportTabScreenshots(page, 'desktop', false);
    const [download] = await Promise.all([page.waitForEvent('download'), clickControl(page, 'button', 'Download diary as CSV')]);
    assert.match(download.suggestedFilename(), /^painlink-journal-\d{4}-\d{2}-\d{2}\.csv$/);
    await clickControl(page, 'button', '12 weeks');
    await clickControl(page, 'button', 'Print or save as PDF');
    await page.waitForFunction(() => window.__printed.length > 0, null, { timeout: 10000 });
    await settle(page, 300); // let any late violation event arrive
    const { printed, written, violations, xss } = await page.evaluate(() => ({
      printed: window.__printed, written: window.__written, violations: window.__violations, xss: window.__xss,
    }));
    assert.equal(printed.length, 1, 'print() called once');
    assert.equal(written.length, 1, 'one document written');
    const p = printed[0];
    const html = written[0];

    // The payloads print as text: escaped in the source, no element made from them, nothing ran.
    assert.ok(html.includes('Dentist &lt;img src=x onerror=&quot;window.__xss = 1&quot;&gt; appointment'), 'img payload escaped');
    assert.ok(html.includes('&lt;/style&gt;&lt;script&gt;window.__xss = 2&lt;/script&gt; &amp; &quot;quoted&quot;'), 'style payload escaped');
    assert.ok(p.notes.includes(`Dentist ${IMG_PAYLOAD} appointment`), 'note shows the payload as text');
    assert.ok(p.notes.includes(STYLE_PAYLOAD));
    assert.ok(p.notes.includes('Long drive\nslept badly'));
    assert.equal(p.imgs, 0, 'no <img> in the printed document');
    assert.equal(p.scripts, 0, 'no <script> in the printed document');
    assert.equal(p.styleElements, 0, 'no <style> element or style attribute');
    assert.equal(p.xss, undefined);
    assert.equal(xss, undefined);
    assert.ok(!/<style|style=|<script/i.test(html), 'CSP-safe source');

    // Content: header, sections, three charts.
    assert.match(html, /<h1>Painlink report for \d+ \w{3} \d{4} – \d+ \w{3} \d{4}<\/h1>/);
    assert.ok(html.includes('not a diagnosis'));
    for (const id of ['key-numbers', 'charts', 'pattern', 'triggers', 'connection', 'medication', 'treatments', 'red-flags', 'notes'])
      assert.ok(html.includes(`<section id="${id}"`), `section ${id}`);
    assert.equal(p.svgs, 3, 'daily, monthly and medication charts');
    assert.ok(html.includes('<tr class="flag-yes">'), 'the yes answer is highlighted');

    // The stylesheet is linked from the widget's origin and applied before the dialog opens.
    assert.ok(html.includes(`<link rel="stylesheet" href="${server.url}/report.css">`), 'absolute report.css URL');
    assert.equal(p.sheets, 1);
    assert.ok(p.rules > 10, `report.css rules loaded at print time (${p.rules})`);
    assert.equal(p.h2Border, 'solid', 'report.css applied at print time');
    assert.equal(cssRequests, 1, 'report.css fetched (slowly) once');

    assert.deepEqual(violations, [], 'no CSP violations in the page or the print iframe');
    assert.deepEqual(errors, [], 'no console errors');
    writeFileSync(join(ARTIFACTS, 'report.html'), html);

    // Render the captured document alone, under the widget's origin and CSP, to PDF and PNG.
    const render = await context.newPage();
    const renderErrors = [];
    render.on('console', (m) => { if (m.type() === 'error') renderErrors.push(m.text()); });
    await render.route(`${server.url}/__report.html`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': CSP }, body: html }));
    await render.goto(`${server.url}/__report.html`, { waitUntil: 'load' });
    await render.pdf({ path: join(ARTIFACTS, 'report.pdf'), format: 'A4', printBackground: true });
    await render.emulateMedia({ media: 'print' });
    await render.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    await render.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true });
    const pdf = readFileSync(join(ARTIFACTS, 'report.pdf')).toString('latin1');
    const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.ok(pages >= 2 && pages <= 8, `PDF has ${pages} pages`);
    assert.deepEqual(renderErrors, [], 'the report renders under the CSP without errors');
    await context.close();
  });

  test('the Report tab at phone size (touch)', async () => {
    const { context, page, errors } = await openWidget(browser, server.url, { device: PHONE });
    await seed(page);
    await reportTabScreenshots(page, 'phone', true);
    assert.deepEqual(errors, [], 'console errors at phone size');
    await context.close();
  });
});
