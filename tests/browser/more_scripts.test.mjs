// Greek, Cyrillic and Central European letters: their glyphs are not in the first download but a
// file fetched the first time the journal or the keyboard needs them (ui/fonts.cpp).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DESKTOP, clickControl, launchBrowser, openWidget, screenshot, settle, startServer, typeIntoControl,
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

const FONT = /\/Inter-Regular-more\.otf$/;

describe('the font of more scripts', () => {
  test('an English day never fetches it; typing Greek fetches it once and the note is kept', async () => {
    const context = await browser.newContext({ ...DESKTOP });
    const fetched = [];
    // The page's own requests (the service worker's fetch of the same file is not a second one).
    context.on('requestfinished', async (r) => {
      if (r.serviceWorker() || !FONT.test(new URL(r.url()).pathname)) return;
      fetched.push((await r.response())?.status());
    });
    const { page, errors } = await openWidget(browser, server.url, { context });
    await clickControl(page, 'radio', '4', { within: 'Back pain, 0 to 10' });
    await typeIntoControl(page, 'Notes', 'Sore after the drive, caf\u00e9 at 10');
    await settle(page, 500);
    assert.deepEqual(fetched, [], 'nothing fetched for Latin-1 text');

    const greek = ' \u039a\u03b1\u03bb\u03b7\u03bc\u03ad\u03c1\u03b1 \u0416';
    await page.keyboard.type(greek, { delay: 5 });
    await page.waitForFunction(() => window.painlink.status().saved);
    for (let i = 0; i < 50 && fetched.length === 0; i++) await settle(page, 100);
    assert.deepEqual(fetched, [200], 'fetched once, from the widget\'s own folder');
    await page.keyboard.type(' \u0394', { delay: 5 });
    await settle(page, 500);
    assert.equal(fetched.length, 1, 'not again');
    await screenshot(page, 'more-scripts-desktop-greek-note');
    const [day] = await page.evaluate(() => window.painlink.entries());
    assert.equal(day.notes, 'Sore after the drive, caf\u00e9 at 10' + greek + ' \u0394');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
