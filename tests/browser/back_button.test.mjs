// The browser's Back goes to the previous view of the app (phones' back gesture included), not
// off the app; in a clinic's iframe the views make no entries in the host page's history.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  PHONE, findControl, launchBrowser, openWidget, settle, shown, startServer, tapControl,
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

const BACK = 'Back pain, 0 to 10';

describe('the browser\'s Back button', () => {
  test('Back returns to the previous view, Forward comes back', async () => {
    const { page, context, errors } = await openWidget(browser, server.url, { device: PHONE });
    const start = await page.evaluate(() => history.length);
    await tapControl(page, 'button', 'Start today\'s entry');
    await tapControl(page, 'tab', 'History');
    await tapControl(page, 'tab', 'Data');
    assert.equal(await page.evaluate(() => history.length), start + 2, 'one entry per view opened');
    assert.ok(await findControl(page, 'button', 'Choose a file…'));

    await page.goBack();
    await settle(page, 300);
    assert.equal(page.url().endsWith('/index.html?testHooks=1'), true, 'still the app');
    assert.equal(await shown(page, 'button', 'Choose a file…'), false, 'Data left');
    await page.goBack();
    await settle(page, 300);
    assert.ok(await findControl(page, 'radio', '6', { within: BACK }), 'back on Check-in');
    await page.goForward();
    await settle(page, 300);
    assert.equal(await shown(page, 'radio', '6', { within: BACK }), false, 'forward to History');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
