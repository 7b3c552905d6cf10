// Never lose a day (issue 5) in a real browser: two tabs, a full localStorage, corrupt or foreign
// data under the key, storage that throws, and the import preview in the UI.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import {
  reopen, seedStorage as seed,
  DESKTOP, clickControl, launchBrowser, openWidget, screenshot, settle, startServer, waitForControl,
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

const entries = (page) => page.evaluate(() => window.painlink.entries());
const dates = async (page) => (await entries(page)).map((e) => e.date);
const add = (page, entry) => page.evaluate((e) => window.painlink.addEntry(e), entry);
const status = (page) => page.evaluate(() => window.painlink.status());
// The other tab learns of a save through the storage event, which Chromium delivers between tabs
// asynchronously (later on a busy machine): wait for it rather than for a fixed time.
const untilIn = (page, predicate, arg) =>
  page.waitForFunction(predicate, arg, { timeout: 5000 }).catch(() => {});


describe('storage robustness in the browser', () => {
  test('two tabs editing different days keep both, and the other tab refreshes', async () => {
    const context = await browser.newContext({ ...DESKTOP });
    const a = await openWidget(browser, server.url, { context });
    const b = await openWidget(browser, server.url, { context });
    assert.equal((await add(a.page, { date: '2026-11-01', back_pain: { intensity: 4 } })).ok, true);
    // Tab B has not reloaded: its save must merge tab A's day instead of dropping it.
    assert.equal((await add(b.page, { date: '2026-11-02', headache: { intensity: 6 } })).ok, true);
    await untilIn(a.page, () => window.painlink.entries().length === 2);
    assert.deepEqual(await dates(b.page), ['2026-11-01', '2026-11-02']);
    assert.deepEqual(await dates(a.page), ['2026-11-01', '2026-11-02'], 'tab A picked up tab B (storage event)');

    // The same day in both tabs: the later save wins and the other tab shows it.
    await add(a.page, { date: '2026-11-03', back_pain: { intensity: 2 } });
    await add(b.page, { date: '2026-11-03', back_pain: { intensity: 7 } });
    await untilIn(a.page, () => window.painlink.entries().some((e) => e.date === '2026-11-03' && e.back_pain.intensity === 7));
    const dayA = (await entries(a.page)).find((e) => e.date === '2026-11-03');
    assert.equal(dayA.back_pain.intensity, 7);
    await b.page.waitForFunction(() => window.painlink.status().saved);
    await reopen(a.page);
    assert.deepEqual(await dates(a.page), ['2026-11-01', '2026-11-02', '2026-11-03']);
    assert.deepEqual([...a.errors, ...b.errors], []);
    await context.close();
  });

  test('a full localStorage keeps the entry in memory, warns, and saves once space frees up', async () => {
    const { context, page, errors } = await openWidget(browser, server.url);
    await add(page, { date: '2026-10-01', back_pain: { intensity: 3 } });
    // Fill the origin's storage to the brim with another key.
    await page.evaluate(() => {
      let chunk = 'x'.repeat(1 << 20);
      let i = 0;
      while (chunk.length > 8) {
        try {
          localStorage.setItem('filler.' + i++, chunk);
        } catch (e) {
          chunk = chunk.slice(0, chunk.length >> 1);
        }
      }
    });
    const r = await add(page, { date: '2026-10-02', headache: { intensity: 8 }, notes: 'x'.repeat(3000).slice(0, 1500) });
    assert.equal(r.ok, true);
    const s = await status(page);
    assert.equal(s.saved, false);
    assert.match(s.state, /storage full/);
    assert.ok(s.notices.some((n) => n.level === 'danger' && /storage is full/.test(n.text)), JSON.stringify(s));
    assert.deepEqual(await dates(page), ['2026-10-01', '2026-10-02'], 'nothing entered is lost');
    await clickControl(page, 'tab', 'Data');  // the warning with its "Download a backup now" action
    await clickControl(page, 'tab', 'Check-in');
    await screenshot(page, 'quota-warning-desktop');
    const download = page.waitForEvent('download');
    await clickControl(page, 'button', 'Download a backup now');
    const file = await download;
    assert.match(file.suggestedFilename(), /^painlink-journal-\d{4}-\d\d-\d\d\.json$/);

    // Closing or reloading now would lose the entry: the page asks first.
    const asks = () => page.evaluate(() => {
      const e = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    });
    assert.equal(await asks(), true, 'beforeunload warns while unsaved');
    // Space frees up: saving resumes by itself, without another change or a reload.
    await page.evaluate(() => {
      for (const k of Object.keys(localStorage)) if (k.startsWith('filler.')) localStorage.removeItem(k);
    });
    await page.waitForFunction(() => window.painlink.status().saved, null, { timeout: 8000 });
    assert.equal(await asks(), false, 'nothing to warn about once saved');
    await add(page, { date: '2026-10-03', back_pain: { intensity: 1 } });
    assert.equal((await status(page)).saved, true);
    await reopen(page);
    assert.deepEqual(await dates(page), ['2026-10-01', '2026-10-02', '2026-10-03']);
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const [name, value] of [
    ['truncated JSON', '{"format":"painlink.journal","version":1,"entries":[{"date":"2026-11-0'],
    ['another app\'s data', '{"todos":[{"title":"buy milk","done":false}]}'],
    ['NaN and an impossible date', '{"format":"painlink.journal","version":1,"entries":[{"date":"2026-02-30","back_pain":{"intensity":NaN}}]}'],
  ]) {
    test(`start-up survives ${name} under the key; it is kept aside, not deleted`, async () => {
      const { context, page, errors } = await openWidget(browser, server.url, {
        initScript: seed({ 'painlink.journal': value }),
      });
      const s = await status(page);
      assert.ok(s.notices.some((n) => n.level === 'warning'), JSON.stringify(s.notices));
      const aside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('.aside.'))
        .map((k) => localStorage.getItem(k)));
      assert.ok(aside.includes(value), 'kept byte for byte');
      assert.equal((await add(page, { date: '2026-11-05', back_pain: { intensity: 2 } })).ok, true);
      await reopen(page);
      assert.deepEqual(await dates(page), ['2026-11-05']);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('a journal saved by a newer version opens read-only and is never overwritten', async () => {
    const newer = JSON.stringify({ format: 'painlink.journal', version: 99, entries: [] });
    const { context, page, errors } = await openWidget(browser, server.url, {
      initScript: seed({ 'painlink.journal': newer }),
    });
    const s = await status(page);
    assert.equal(s.readOnly, true, JSON.stringify(s));
    const r = await add(page, { date: '2026-11-06', back_pain: { intensity: 2 } });
    assert.equal(r.ok, false);
    assert.match(r.errors[0].message, /newer version/);
    assert.equal(await page.evaluate(() => localStorage.getItem('painlink.journal')), newer);
    await screenshot(page, 'read-only-desktop');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('storage that throws: the widget says so and still works for the session', async () => {
    const { context, page, errors } = await openWidget(browser, server.url, {
      initScript: {
        fn: () => {
          Object.defineProperty(window, 'localStorage', {
            get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
          });
        },
      },
    });
    const s = await status(page);
    assert.equal(s.available, false, JSON.stringify(s));
    assert.ok(s.notices.some((n) => /store data/.test(n.text)), JSON.stringify(s.notices));
    assert.equal((await add(page, { date: '2026-11-07', headache: { intensity: 3 } })).ok, true);
    assert.deepEqual(await dates(page), ['2026-11-07']);
    const exported = JSON.parse(await page.evaluate(() => window.painlink.exportJSON()));
    assert.equal(exported.entries.length, 1);
    await screenshot(page, 'no-storage-desktop');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('importing a file shows a preview first; Cancel changes nothing, Apply merges', async () => {
    const { context, page, errors } = await openWidget(browser, server.url);
    await add(page, { date: '2026-09-01', back_pain: { intensity: 5 } });
    const file = join(tmpdir(), `painlink-import-${process.pid}.json`);
    writeFileSync(file, JSON.stringify({
      format: 'painlink.journal', version: 1,
      entries: [
        { date: '2026-09-01', back_pain: { intensity: 6 } },
        { date: '2026-09-02', headache: { intensity: 4 } },
        { date: '2026-09-31', headache: { intensity: 4 } },
      ],
    }));
    await clickControl(page, 'tab', 'Data');
    for (const action of ['Cancel', 'Apply']) {
      const chooser = page.waitForEvent('filechooser');
      await clickControl(page, 'button', 'Choose a file\u2026');
      await (await chooser).setFiles(file);
      await waitForControl(page, 'button', 'Apply');
      await settle(page);
      if (action === 'Cancel') await screenshot(page, 'import-preview-desktop');
      assert.deepEqual(await dates(page), ['2026-09-01'], 'nothing changes before Apply');
      await clickControl(page, 'button', action);
    }
    const after = await entries(page);
    assert.deepEqual(after.map((e) => e.date), ['2026-09-01', '2026-09-02']);
    assert.equal(after[0].back_pain.intensity, 6);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
