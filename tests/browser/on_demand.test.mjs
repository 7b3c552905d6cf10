// The widget in two files (scripts/split_wasm.mjs): a first visit downloads only painlink.wasm,
// the rest (painlink.deferred.wasm) is fetched in the background once the visit goes beyond the
// welcome, the self-check and an empty Check-in, and a view that needs it before it arrived waits
// for it, or says how to get it when it cannot be fetched.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { PHONE, WEB_DIR, clickItem, findItem, launchBrowser, openWidget, settle, startServer } from './harness.mjs';

// painlink.deferred.<hash>.wasm: named after its build (scripts/split_wasm.mjs).
const DEFERRED = existsSync(WEB_DIR) ? readdirSync(WEB_DIR).find((f) => /^painlink\.deferred\.[0-9a-f]+\.wasm$/.test(f)) : undefined;
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

// Every request for the deferred file (the page's and its service worker's), and Emscripten's word each time a function of it was called
// before it was in place (the synchronous path, which should not be needed by a view).
function watch(context) {
  const seen = { fetched: 0, placeholders: 0 };
  context.on('request', (r) => { if (r.url().endsWith('/' + DEFERRED)) seen.fetched++; });
  context.on('page', (p) => p.on('console', (m) => { if (m.text().includes('placeholder function called')) seen.placeholders++; }));
  return seen;
}

const restLoaded = (page) => page.evaluate(() => window.painlink._restLoaded());

describe('the widget in two files', { skip: !DEFERRED && 'not a split build' }, () => {
  test('a first visit through the welcome and the self-check fetches nothing more', async () => {
    const context = await browser.newContext({ ...PHONE });
    const seen = watch(context);
    const { page, errors } = await openWidget(browser, server.url, { context });
    await settle(page, 1500);
    await clickItem(page, 'Check yourself (2 minutes)', { touch: true });
    await settle(page, 500);
    await clickItem(page, 'No##rf-headache_thunderclap', { touch: true });
    await clickItem(page, 'No##rf-headache_neuro', { touch: true });
    await settle(page, 1500);
    assert.equal(seen.fetched, 0, 'painlink.deferred.wasm was not requested');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the first recorded day fetches the rest in the background; Insights then draws at once', async () => {
    const context = await browser.newContext({ ...PHONE });
    const seen = watch(context);
    const { page, errors } = await openWidget(browser, server.url, { context });
    await clickItem(page, 'Start today\'s entry', { touch: true });
    await clickItem(page, '6##back', { touch: true });
    await page.waitForFunction(() => window.painlink._restLoaded(), null, { timeout: 20000 });
    assert.ok(seen.fetched >= 1, 'fetched (by the page, and by the service worker that keeps it)');
    await clickItem(page, 'Insights', { touch: true });
    await settle(page, 300);
    assert.equal(await page.evaluate(() => window.painlink.insights().days_recorded), 1);
    assert.ok(await findItem(page, '30 days##range'), 'Insights is drawn');
    assert.equal(seen.placeholders, 0, 'nothing waited for a synchronous download');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('Insights opened first waits for the rest, and an unreachable file offers a retry', async () => {
    const context = await browser.newContext({ ...PHONE });
    let block = true;
    await context.route('**/' + DEFERRED, (route) => (block ? route.abort('internetdisconnected') : route.continue()));
    const seen = watch(context);
    const { page } = await openWidget(browser, server.url, { context });
    await clickItem(page, 'Insights', { touch: true });
    const retry = await findItem(page, 'Try again##rest-of-widget');
    assert.ok(retry, 'the view says it cannot be fetched and offers to try again');
    assert.equal(await restLoaded(page), false);
    block = false;
    await clickItem(page, 'Try again##rest-of-widget', { touch: true });
    await page.waitForFunction(() => window.painlink._restLoaded(), null, { timeout: 20000 });
    await settle(page, 300);
    assert.equal(await findItem(page, 'Try again##rest-of-widget', { maxScrolls: 0 }).catch(() => null), null,
      'the view is drawn');
    const insights = await page.evaluate(() => window.painlink.insights());
    assert.equal(insights.days_recorded, 0);
    assert.ok(insights.triggers.length > 0, 'the whole analysis ran');
    assert.equal(seen.placeholders, 0);
    await context.close();
  });
});
