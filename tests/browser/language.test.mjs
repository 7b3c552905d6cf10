// Languages in the browser (issue 16 item 1): a browser whose languages are Spanish (Playwright's
// locale, which sets navigator.languages) gets the first visit in Spanish, having fetched
// i18n/es.json and nothing else of the kind; an English browser fetches no catalogue at all; the
// switch in Data is kept across a reload. Screenshots at 390x844 of the Spanish first visit:
// language-es-{welcome,safety,safety-flag,question,result}-phone, and with Larger text
// language-es-{welcome,safety}-large-phone.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  PHONE, clickItem, embedFrame, findItem, openWidget, reopen, screenshot, settle, useBrowser,
} from './harness.mjs';

const env = useBrowser();

const labels = async (page) => (await page.evaluate(() => window.painlink._testItems())).map((it) => it.label);

/** Waits until an item with this label is drawn (the catalogue arrives after the first frames). */
async function waitForLabel(page, label, timeout = 15000) {
  await page.waitForFunction((l) => window.painlink._testItems().some((it) => it.label === l), label, { timeout });
  await settle(page);
}

/** Sets a mount option on the running widget, as the embedder's page would (textSize, contrast). */
async function setOption(page, name, value) {
  await page.evaluate(([n, v]) => {
    const m = window.painlink._module;
    const str = (t) => {
      const len = m.lengthBytesUTF8(t) + 1;
      const p = m._malloc(len);
      m.stringToUTF8(t, p, len);
      return p;
    };
    const a = str(n);
    const b = str(v);
    m._pl_api_set_option(a, b);
    m._free(a);
    m._free(b);
    m.PL.requestFrames(300);
  }, [name, value]);
  await settle(page, 300);
}

/** Scrolls the widget to the end of the view. */
async function toEnd(page) {
  const box = await page.locator('.painlink-root canvas').first().boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.6);
  await page.mouse.wheel(0, 20000);
  await settle(page);
}

/** The catalogues the page asked the server for. */
function catalogueRequests(page) {
  const seen = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.includes('/i18n/')) seen.push(path);
  });
  return seen;
}

describe('languages', () => {
  test('a Spanish browser gets the first visit in Spanish; the choice in Data outlasts a reload', async () => {
    const context = await env.browser.newContext({ ...PHONE, locale: 'es-ES' });
    const { page, errors } = await openWidget(env.browser, env.server.url, { device: PHONE, context });
    const requested = catalogueRequests(page);
    assert.deepEqual(await page.evaluate(() => navigator.languages.slice(0, 1)), ['es-ES']);
    await waitForLabel(page, 'Hacer la autoevaluación (2 minutos)');
    const first = await labels(page);
    for (const l of ['Empezar el registro de hoy', 'Registro', 'Historial', 'Datos']) assert.ok(first.includes(l), l);
    assert.ok(!first.includes('Check yourself (2 minutes)'));
    assert.equal(await page.evaluate(() => document.querySelector('.painlink-root').getAttribute('lang')), 'es');
    const fetched = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.includes('/i18n/')));
    assert.deepEqual(fetched, ['/i18n/es.json'], 'only the Spanish catalogue is fetched');
    await screenshot(page, 'language-es-welcome-phone');
    await setOption(page, 'textSize', 'large');
    await screenshot(page, 'language-es-welcome-large-phone');
    await setOption(page, 'textSize', 'normal');

    await clickItem(page, 'Hacer la autoevaluación (2 minutos)', { touch: true });
    await screenshot(page, 'language-es-safety-phone');
    await setOption(page, 'textSize', 'large');
    await screenshot(page, 'language-es-safety-large-phone');
    await setOption(page, 'textSize', 'normal');
    await clickItem(page, 'Sí##rf-headache_thunderclap', { touch: true });
    await page.mouse.wheel(0, -20000);
    await settle(page);
    await screenshot(page, 'language-es-safety-flag-phone');
    await clickItem(page, 'No##rf-headache_thunderclap', { touch: true });
    await toEnd(page);  // the warning signs are a long page in Spanish
    await clickItem(page, 'Siguiente##assessment', { touch: true });
    await clickItem(page, 'Sí##headache_any', { touch: true });
    await page.mouse.wheel(0, -20000);
    await settle(page);
    await screenshot(page, 'language-es-question-phone');
    for (let step = 2; step < 6; step++) {
      await toEnd(page);
      await clickItem(page, 'Siguiente##assessment', { touch: true });
    }
    await toEnd(page);
    await clickItem(page, 'Ver mi resultado##assessment', { touch: true });
    await screenshot(page, 'language-es-result-phone');
    await page.evaluate(() => window.painlink.whenComplete());
    await findItem(page, 'Imprimir este resumen');

    // The choice in Data, kept in the journal's settings: English after a reload, though the
    // browser still prefers Spanish, and no catalogue is fetched then.
    await page.mouse.wheel(0, -20000);
    await settle(page);
    await clickItem(page, 'Datos', { touch: true });
    await waitForLabel(page, 'English##language-en');
    await clickItem(page, 'English##language-en', { touch: true });
    await waitForLabel(page, 'Data');
    await page.evaluate(() => window.painlink.whenComplete && window.painlink.whenComplete());
    requested.length = 0;
    await reopen(page);
    await waitForLabel(page, 'Data');
    const after = await labels(page);
    assert.ok(after.includes('Check-in') && !after.includes('Registro'), 'English after the reload');
    assert.deepEqual(requested, [], 'English fetches no catalogue');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the embed option lang: "es" in an English browser gives Spanish; another value is refused', async () => {
    const context = await env.browser.newContext({ ...PHONE, locale: 'en-US' });
    const page = await context.newPage();
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await page.goto(`http://localhost:${env.server.port}/embed-demo.html?testHooks=1`);
    await embedFrame(page, 0);
    await page.evaluate(() => {
      for (const lang of ['es', 'fr']) {
        const div = document.createElement('div');
        document.body.appendChild(div);
        window.Painlink.embed(div, { lang, testHooks: true });
      }
    });
    const frame = await embedFrame(page, 1);
    await frame.waitForFunction(
      () => window.painlink._testItems().some((it) => it.label === 'Hacer la autoevaluación (2 minutos)'),
      null, { timeout: 15000, polling: 100 });
    assert.ok(warnings.some((w) => w.includes('lang must be one of en, es')), warnings.join('\n'));
    const other = await embedFrame(page, 2);
    const labels2 = (await other.evaluate(() => window.painlink._testItems())).map((it) => it.label);
    assert.ok(labels2.includes('Check yourself (2 minutes)'), 'an unknown lang leaves the browser\'s language');
    await context.close();
  });

  test('an English browser fetches no catalogue', async () => {
    const context = await env.browser.newContext({ ...PHONE, locale: 'en-GB' });
    const { page, errors } = await openWidget(env.browser, env.server.url, { device: PHONE, context });
    await waitForLabel(page, 'Check yourself (2 minutes)');
    const fetched = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.includes('/i18n/')));
    assert.deepEqual(fetched, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
