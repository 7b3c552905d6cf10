// The page's on('change') hears exactly one event for each change to the journal, whatever made
// it: a tap, the JS API, an import through the API or through the Data view, a restore point,
// another tab. Looking around and repeating an unchanged value fire nothing.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DESKTOP, clickControl, launchBrowser, openWidget, settle, startServer } from './harness.mjs';

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

const listen = (page) => page.evaluate(() => {
  window.__changes = 0;
  window.painlink.on('change', () => { window.__changes += 1; });
});
// Events are dispatched on a zero-delay timer: wait for the page to have run them.
async function changes(page) {
  await settle(page, 250);
  return page.evaluate(() => window.__changes);
}
async function reset(page) {
  await settle(page, 250);
  await page.evaluate(() => { window.__changes = 0; });
}

describe('one change event per change, from every source', () => {
  test('taps in the widget, and looking around', async () => {
    const { page, context } = await openWidget(browser, server.url);
    await listen(page);
    await clickControl(page, 'radio', '6', { within: 'Back pain, 0 to 10' });
    assert.equal(await changes(page), 1, 'a tap on a back-pain score');
    await reset(page);
    await clickControl(page, 'radio', '7', { within: 'Headache, 0 to 10' });
    assert.equal(await changes(page), 1, 'a tap on a headache score');
    await reset(page);
    for (const tab of ['History', 'Insights', 'Report', 'Data', 'Check-in']) await clickControl(page, 'tab', tab);
    assert.equal(await changes(page), 0, 'changing views changes nothing');
    await context.close();
  });

  test('the JS API: addEntry and importJSON, and an unchanged entry', async () => {
    const { page, context } = await openWidget(browser, server.url);
    await listen(page);
    const entry = { date: '2026-05-01', back_pain: { intensity: 3 } };
    assert.equal((await page.evaluate((e) => window.painlink.addEntry(e), entry)).ok, true);
    assert.equal(await changes(page), 1, 'addEntry');
    await reset(page);
    await page.evaluate((e) => window.painlink.addEntry(e), entry);
    assert.equal(await changes(page), 0, 'the same entry again');
    const doc = await page.evaluate(() => {
      const d = JSON.parse(window.painlink.exportJSON());
      d.entries.push({ date: '2026-05-02', headache: { intensity: 4 } });
      return JSON.stringify(d);
    });
    await reset(page);
    const r = await page.evaluate((t) => window.painlink.importJSON(t), doc);
    assert.equal(r.added, 1);
    assert.equal(await changes(page), 1, 'importJSON');
    await context.close();
  });

  test('an import through the Data view fires on Apply, not on the preview', async () => {
    const { page, context } = await openWidget(browser, server.url);
    await listen(page);
    const file = join(tmpdir(), `painlink-change-${process.pid}.json`);
    const doc = await page.evaluate(() => {
      const d = JSON.parse(window.painlink.exportJSON());
      d.entries = [{ date: '2026-04-10', back_pain: { intensity: 5 } }];
      return JSON.stringify(d);
    });
    writeFileSync(file, doc);
    await clickControl(page, 'tab', 'Data');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickControl(page, 'button', 'Choose a file…')]);
    await chooser.setFiles(file);
    await settle(page, 300);
    assert.equal(await changes(page), 0, 'the preview changes nothing');
    await clickControl(page, 'button', 'Apply');
    assert.equal(await changes(page), 1, 'Apply');
    assert.equal((await page.evaluate(() => window.painlink.entries())).length, 1);
    await context.close();
  });

  test('restoring a restore point', async () => {
    const { page, context } = await openWidget(browser, server.url);
    await page.evaluate(() => window.painlink.addEntry({ date: '2026-03-01', back_pain: { intensity: 2 } }));
    await page.evaluate(() => window.painlink.addEntry({ date: '2026-03-02', back_pain: { intensity: 6 } }));
    await listen(page);
    await clickControl(page, 'tab', 'Data');
    // The newest restore point's button, then the confirmation's: each says which point it is.
    await clickControl(page, 'button', /^Restore the journal as it was on /, { nth: 0 });
    await settle(page);
    await clickControl(page, 'button', /^Yes, restore the journal as it was on /);
    assert.equal(await changes(page), 1, 'restore');
    await context.close();
  });

  test('another tab: the writing tab and the other one each hear one event', async () => {
    const context = await browser.newContext({ ...DESKTOP });
    const a = await openWidget(browser, server.url, { context });
    const b = await openWidget(browser, server.url, { context });
    await a.page.waitForFunction(() => window.painlink.status().tab === 'leader');
    await b.page.waitForFunction(() => window.painlink.status().tab === 'follower');
    await listen(a.page);
    await listen(b.page);
    await b.page.evaluate(() => window.painlink.addEntry({ date: '2026-02-01', headache: { intensity: 6 } }));
    await a.page.waitForFunction(() => window.painlink.entries().length === 1, null, { timeout: 10000 });
    await b.page.waitForFunction(() => window.painlink.status().saved, null, { timeout: 10000 });
    assert.equal(await changes(b.page), 1, 'the tab where it was made');
    assert.equal(await changes(a.page), 1, 'the other tab');
    await context.close();
  });
});
