// The widget in two files (scripts/split_wasm.mjs): a first visit downloads only painlink.wasm,
// the rest (painlink.deferred.wasm) is fetched in the background once the visit goes beyond the
// welcome, the self-check and an empty Check-in, and a view that needs it before it arrived waits
// for it, or says how to get it when it cannot be fetched.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import {
  PHONE, WEB_DIR, findControl, launchBrowser, openWidget, settle, shown, startServer, tapControl,
} from './harness.mjs';

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
    await tapControl(page, 'button', 'Check yourself (2 minutes)');
    await settle(page, 500);
    // By the item registry: the warning signs' answers are radios named only "Yes" and "No", in
    // no group that names their question.
    await tapControl(page, 'radio', 'No', { within: /like a thunderclap\?$/ });
    await tapControl(page, 'radio', 'No', { within: /fainting or a seizure\?$/ });
    await settle(page, 1500);
    assert.equal(seen.fetched, 0, 'painlink.deferred.wasm was not requested');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the first recorded day fetches the rest in the background; Insights then draws at once', async () => {
    const context = await browser.newContext({ ...PHONE });
    const seen = watch(context);
    const { page, errors } = await openWidget(browser, server.url, { context });
    await tapControl(page, 'button', 'Start today\'s entry');
    await tapControl(page, 'radio', '6', { within: 'Back pain, 0 to 10' });
    await page.waitForFunction(() => window.painlink._restLoaded(), null, { timeout: 20000 });
    assert.ok(seen.fetched >= 1, 'fetched (by the page, and by the service worker that keeps it)');
    await tapControl(page, 'tab', 'Insights');
    await settle(page, 300);
    assert.equal(await page.evaluate(() => window.painlink.insights().days_recorded), 1);
    assert.ok(await findControl(page, 'button', '30 days'), 'Insights is drawn');
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
    await tapControl(page, 'tab', 'Insights');
    const retry = await findControl(page, 'button', 'Try again');
    assert.ok(retry, 'the view says it cannot be fetched and offers to try again');
    assert.equal(await restLoaded(page), false);
    block = false;
    await tapControl(page, 'button', 'Try again');
    await page.waitForFunction(() => window.painlink._restLoaded(), null, { timeout: 20000 });
    await settle(page, 300);
    assert.equal(await shown(page, 'button', 'Try again'), false, 'the view is drawn');
    const insights = await page.evaluate(() => window.painlink.insights());
    assert.equal(insights.days_recorded, 0);
    assert.ok(insights.triggers.length > 0, 'the whole analysis ran');
    assert.equal(seen.placeholders, 0);
    await context.close();
  });
});
