// The journal end to end in Chromium (issue 2): start-up, entry through the API and through the
// canvas, persistence across reloads, export/import, corrupt storage.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DESKTOP, PHONE, clickControl, launchBrowser, openWidget, screenshot, settle, startServer, tapControl, typeIntoControl,
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

const today = () => {
  const d = new Date();
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};

const FULL_ENTRY = {
  date: '2026-11-20',
  back_pain: { intensity: 6, regions: ['neck', 'lower_back'], radiates_to: ['leg'] },
  headache: {
    intensity: 7, duration_hours: 5, side: 'left', pulsating: true, aura: false, nausea: true,
    light_sensitive: true, sound_sensitive: true, worse_with_activity: true,
  },
  factors: { sleep_hours: 5.5, stress: 8, screen_hours: 10, water_glasses: 3, skipped_meal: true, custom: { 'weather change': true } },
  treatments: [{ type: 'medication', name: 'ibuprofen', drug_class: 'nsaid', dose_mg: 400, relief: 6 }, { type: 'ice', relief: 3 }],
  notes: 'Long drive',
};

describe('journal in the browser', () => {
  test('starts with no console errors at phone and desktop sizes', async () => {
    for (const [name, device] of [['phone', PHONE], ['desktop', DESKTOP]]) {
      const { context, page, errors } = await openWidget(browser, server.url, { device });
      const canvas = page.locator('.painlink-root canvas');
      assert.equal(await canvas.count(), 1);
      // The backing store follows devicePixelRatio (crisp text on phones).
      const size = await canvas.evaluate((c) => ({ w: c.width, cssW: c.getBoundingClientRect().width }));
      assert.equal(size.w, Math.round(size.cssW * device.deviceScaleFactor));
      await screenshot(page, `checkin-empty-${name}`);
      assert.deepEqual(errors, [], `console errors at ${name} size`);
      await context.close();
    }
  });

  test('entries added through the API are validated and survive a reload', async () => {
    const { context, page, errors } = await openWidget(browser, server.url);
    const bad = await page.evaluate(() =>
      window.painlink.addEntry({ date: '2026-02-30', back_pain: { intensity: 12 }, headache: { intensity: 3, side: 'top' } }));
    assert.equal(bad.ok, false);
    const paths = bad.errors.map((e) => e.path);
    assert.ok(paths.includes('date'), JSON.stringify(bad.errors));
    assert.ok(paths.includes('back_pain.intensity'), JSON.stringify(bad.errors));
    assert.ok(paths.includes('headache.side'), JSON.stringify(bad.errors));
    assert.ok(bad.errors.every((e) => e.message.length > 10), 'every error explains itself');

    let changes = 0;
    await page.evaluate(() => { window.__changes = 0; window.painlink.on('change', () => window.__changes++); });
    const good = await page.evaluate((e) => window.painlink.addEntry(e), FULL_ENTRY);
    assert.deepEqual(good, { ok: true, errors: [] });
    await settle(page);
    changes = await page.evaluate(() => window.__changes);
    assert.equal(changes, 1, 'one change event');

    await page.reload();
    await page.waitForFunction(() => window.painlink && typeof window.painlink.entries === 'function');
    const entries = await page.evaluate(() => window.painlink.entries());
    assert.equal(entries.length, 1);
    assert.deepEqual(entries[0], FULL_ENTRY);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a day entered by tapping the canvas survives a reload (phone, touch)', async () => {
    const { context, page, errors } = await openWidget(browser, server.url, { device: PHONE });
    await tapControl(page, 'radio', '6', { within: 'Back pain, 0 to 10' });
    await tapControl(page, 'button', 'Neck');
    await tapControl(page, 'radio', '7', { within: 'Headache, 0 to 10' });
    await tapControl(page, 'radio', 'Yes', { within: 'Nausea' });
    await screenshot(page, 'checkin-filled-phone');
    await page.reload();
    await page.waitForFunction(() => window.painlink && typeof window.painlink.entries === 'function');
    const entries = await page.evaluate(() => window.painlink.entries());
    assert.equal(entries.length, 1);
    assert.equal(entries[0].date, today());
    assert.equal(entries[0].back_pain.intensity, 6);
    assert.deepEqual(entries[0].back_pain.regions, ['neck']);
    assert.equal(entries[0].headache.intensity, 7);
    assert.equal(entries[0].headache.nausea, true);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('typed notes (with non-ASCII text) arrive through the keyboard and are saved', async () => {
    const { context, page, errors } = await openWidget(browser, server.url);
    await clickControl(page, 'radio', '2', { within: 'Back pain, 0 to 10' });
    const note = 'Long drive, Grüße – ça va';
    await typeIntoControl(page, 'Notes', note);
    // Typing saves shortly after the last key; leaving the page saves at once.
    await page.reload();
    await page.waitForFunction(() => window.painlink && typeof window.painlink.entries === 'function');
    const entries = await page.evaluate(() => window.painlink.entries());
    assert.equal(entries[0].notes, note);
    assert.deepEqual(errors, []);
    await screenshot(page, 'checkin-notes-desktop');
    await context.close();
  });

  test('export and import round trip; bad entries are rejected one by one', async () => {
    const a = await openWidget(browser, server.url);
    await a.page.evaluate((e) => window.painlink.addEntry(e), FULL_ENTRY);
    await a.page.evaluate(() => window.painlink.addEntry({ date: '2026-11-21', headache: { intensity: 0 } }));
    const exported = await a.page.evaluate(() => window.painlink.exportJSON());
    const doc = JSON.parse(exported);
    assert.equal(doc.format, 'painlink.journal');
    assert.equal(doc.version, 1);
    assert.equal(doc.entries.length, 2);
    await a.context.close();

    const b = await openWidget(browser, server.url);
    await b.page.evaluate(() => window.painlink.addEntry({ date: '2026-01-01', back_pain: { intensity: 1 } }));
    // One bad entry among good ones: the good ones are kept.
    const withBad = JSON.parse(exported);
    withBad.entries.push({ date: 'yesterday', back_pain: { intensity: 2 } });
    const merged = await b.page.evaluate((t) => window.painlink.importJSON(t, { mode: 'merge' }), JSON.stringify(withBad));
    assert.equal(merged.added, 2);
    assert.equal(merged.updated, 0);
    assert.equal(merged.rejected.length, 1);
    assert.equal(merged.rejected[0].index, 2);
    assert.match(merged.rejected[0].message, /date/);
    assert.equal((await b.page.evaluate(() => window.painlink.entries())).length, 3);

    const replaced = await b.page.evaluate((t) => window.painlink.importJSON(t, { mode: 'replace' }), exported);
    assert.equal(replaced.rejected.length, 0);
    const after = await b.page.evaluate(() => window.painlink.entries());
    assert.deepEqual(after, doc.entries);

    // A file that is not a journal at all changes nothing.
    const junk = await b.page.evaluate(() => window.painlink.importJSON('{"hello": 1', { mode: 'replace' }));
    assert.equal(junk.added, 0);
    assert.equal(junk.rejected[0].index, -1);
    assert.deepEqual(await b.page.evaluate(() => window.painlink.entries()), doc.entries);
    assert.deepEqual(b.errors, []);
    await b.context.close();
  });

  test('a corrupt stored value does not break start-up and is kept aside', async () => {
    const corrupt = '{"format":"painlink.store","schema":2,"seq":4,"payload":"{trunc';
    const { context, page, errors } = await openWidget(browser, server.url, {
      initScript: {
        fn: (value) => {
          if (!sessionStorage.getItem('seeded')) {
            localStorage.setItem('painlink.journal', value);
            sessionStorage.setItem('seeded', '1');
          }
        },
        arg: corrupt,
      },
    });
    const status = await page.evaluate(() => window.painlink.status());
    assert.ok(status.notices.some((n) => n.level !== 'info'), JSON.stringify(status));
    const kept = await page.evaluate(() => {
      const out = {};
      for (let i = 0; i < localStorage.length; i++) {
        const k = localStorage.key(i);
        if (k.includes('.aside.')) out[k] = localStorage.getItem(k);
      }
      return out;
    });
    assert.ok(Object.values(kept).includes(corrupt), 'the unreadable value is kept, byte for byte');
    // And the journal still works.
    const r = await page.evaluate(() => window.painlink.addEntry({ date: '2026-11-22', back_pain: { intensity: 3 } }));
    assert.equal(r.ok, true);
    await screenshot(page, 'corrupt-storage-notice-desktop');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
