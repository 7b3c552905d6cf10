// The browser's Back goes to the previous view of the app (phones' back gesture included), not
// off the app; in a clinic's iframe the views make no entries in the host page's history.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, clickItem, findItem, launchBrowser, openWidget, settle, startServer } from './harness.mjs';

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

const shows = async (page, label) => (await page.evaluate(() => window.painlink._testItems()))
  .some((it) => it.label === label && it.visible);

describe('the browser\'s Back button', () => {
  test('Back returns to the previous view, Forward comes back', async () => {
    const { page, context, errors } = await openWidget(browser, server.url, { device: PHONE });
    const start = await page.evaluate(() => history.length);
    await clickItem(page, 'Start today\'s entry', { touch: true });
    await clickItem(page, 'History', { touch: true });
    await clickItem(page, 'Data', { touch: true });
    assert.equal(await page.evaluate(() => history.length), start + 2, 'one entry per view opened');
    assert.ok(await findItem(page, 'Choose a file…'));

    await page.goBack();
    await settle(page, 300);
    assert.equal(page.url().endsWith('/index.html?testHooks=1'), true, 'still the app');
    assert.equal(await shows(page, 'Choose a file…'), false, 'Data left');
    await page.goBack();
    await settle(page, 300);
    assert.ok(await findItem(page, '6##back'), 'back on Check-in');
    await page.goForward();
    await settle(page, 300);
    assert.equal(await shows(page, '6##back'), false, 'forward to History');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
