// Journals from other diaries (issue 16 item 3) in Chromium: each CSV path through the real file
// picker and the canvas. Painlink's own CSV, downloaded and brought back; a Migraine Buddy export
// onto a day that already has back pain (phone, touch); a European spreadsheet (byte order mark,
// ';', decimal commas, DD.MM.YYYY) through the mapping step at phone and desktop sizes. The sample
// files are tests/fixtures/csv (see the README there for where their columns come from).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import {
  DESKTOP, PHONE, ROOT, clickControl, controls, findControl, launchBrowser, openWidget, screenshot,
  settle, startServer, waitForControl,
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

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'csv');
const entries = (page) => page.evaluate(() => window.painlink.entries());
const byDate = async (page) => Object.fromEntries((await entries(page)).map((e) => [e.date, e]));
// Scrolls the view to look for it (controls below the fold are not drawn). Only "not found" is
// false: two controls of the name fail.
const hasControl = (page, role, name) => findControl(page, role, name, { maxScrolls: 12 }).then(() => true, (err) => {
  if (/^no /.test(err.message)) return false;
  throw err;
});

// Data > "Choose a file…" > the file; returns what the picker accepted.
async function pick(page, file, touch) {
  await clickControl(page, 'tab', 'Data', { touch });
  const chooser = page.waitForEvent('filechooser');
  await clickControl(page, 'button', 'Choose a file\u2026', { touch });
  const fc = await chooser;
  const accept = await fc.element().evaluate((input) => input.accept);
  await fc.setFiles(file);
  // The card's first step replaces the button (its own buttons may be below the fold on a phone).
  await waitForControl(page, 'button', 'Choose a file\u2026', { gone: true, timeout: 10000 });
  await settle(page);
  return accept;
}

// Nothing of the card (nor any other control in view) is drawn outside the canvas (a clipped chip
// or button).
async function assertInside(page, width, what) {
  const outside = (await controls(page))
    .filter((c) => c.role !== 'radiogroup' && c.role !== 'tablist' && (c.x0 < -1 || c.x1 > width + 1));
  assert.deepEqual(outside.map((c) => `${c.role} ${c.name}`), [], `${what}: controls outside the ${width} px wide view`);
}

describe('CSV import in the browser', () => {
  test('Painlink\'s own CSV: downloaded, read back into an empty journal, and onto the same journal changes nothing', async () => {
    const { context, page, errors } = await openWidget(browser, server.url);
    const days = [
      { date: '2026-08-01', back_pain: { intensity: 6, regions: ['neck', 'lower_back'] }, notes: '-stiff after the flight, "long" one' },
      { date: '2026-08-02', headache: { intensity: 7, duration_hours: 5.5, side: 'left', nausea: true },
        factors: { sleep_hours: 5.5, stress: 8, custom: { 'weather change': true } },
        treatments: [{ type: 'medication', name: 'ibuprofen', drug_class: 'nsaid', dose_mg: 400, relief: 6 }, { type: 'ice', relief: 3 }] },
    ];
    for (const d of days) assert.equal((await page.evaluate((e) => window.painlink.addEntry(e), d)).ok, true);
    const before = await entries(page);
    await clickControl(page, 'tab', 'Data');
    const [download] = await Promise.all([page.waitForEvent('download'), clickControl(page, 'button', 'Download for spreadsheets (CSV)')]);
    const file = join(tmpdir(), `painlink-own-${process.pid}.csv`);
    await download.saveAs(file);

    const accept = await pick(page, file);
    assert.match(accept, /\.csv/);
    assert.equal(await hasControl(page, 'button', 'Apply'), false, 'nothing to apply: every day is unchanged');
    assert.equal(await hasControl(page, 'button', 'Change columns'), false, 'its columns are known');
    await clickControl(page, 'button', 'Cancel');
    assert.deepEqual(await entries(page), before);

    const fresh = await openWidget(browser, server.url);
    await pick(fresh.page, file);
    await clickControl(fresh.page, 'button', 'Apply');
    assert.deepEqual(await entries(fresh.page), before, 'the same days, field for field');
    assert.deepEqual(errors, []);
    assert.deepEqual(fresh.errors, []);
    await fresh.context.close();
    await context.close();
  });

  test('a Migraine Buddy export on a phone: attacks become days, and the day\'s back pain stays', async () => {
    const { context, page, errors } = await openWidget(browser, server.url, { device: PHONE });
    await page.evaluate(() => window.painlink.addEntry({ date: '2026-09-02', back_pain: { intensity: 5 }, notes: 'Physio at 10' }));
    await pick(page, join(FIXTURES, 'migraine_buddy_export.csv'), true);
    assert.equal(await hasControl(page, 'button', 'Change columns'), true);
    assert.deepEqual((await entries(page)).map((e) => e.date), ['2026-09-02'], 'nothing changes before Apply');
    await screenshot(page, 'csv-migraine-buddy-preview-phone');
    await assertInside(page, 390, 'Migraine Buddy preview');
    await clickControl(page, 'button', 'Apply', { touch: true });
    const d = await byDate(page);
    assert.deepEqual(Object.keys(d), ['2026-09-02', '2026-09-05', '2026-09-11'], 'row 5 (pain level 12) is rejected');
    assert.equal(d['2026-09-02'].back_pain.intensity, 5);
    assert.equal(d['2026-09-02'].headache.intensity, 7);
    assert.equal(d['2026-09-02'].headache.duration_hours, 6.25);
    assert.deepEqual(d['2026-09-02'].treatments.map((t) => [t.name, t.dose_mg]), [['Sumatriptan', 50], ['Ibuprofen', 400]]);
    assert.match(d['2026-09-02'].notes, /^Physio at 10\nTriggers: Lack of sleep/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const [name, device, width] of [['phone', PHONE, 390], ['desktop', DESKTOP, 1280]]) {
    test(`a European spreadsheet (BOM, ';', decimal commas) through the mapping step (${name})`, async () => {
      const touch = name === 'phone';
      const { context, page, errors } = await openWidget(browser, server.url, { device });
      await pick(page, join(FIXTURES, 'european_diary.csv'), touch);
      // The date column's chip is named by the column, the date format's by the format.
      for (const name of ['Datum', 'DD/MM/YYYY'])
        assert.equal(await hasControl(page, 'button', name), true, `${name} on the mapping step`);
      await screenshot(page, `csv-mapping-${name}`);
      await assertInside(page, width, 'mapping step');
      // A column's field button is named by its column; its choices are a group named by it.
      const choices = { role: 'radiogroup', name: 'What column Stress (0-10) holds' };
      await clickControl(page, 'button', 'Column Stress (0-10): Stress (0-10)', { touch });
      await findControl(page, 'radio', 'Notes, with the column\'s name', { within: choices });  // the last choice
      await screenshot(page, `csv-mapping-choices-${name}`);
      await assertInside(page, width, 'a column\'s choices');
      await clickControl(page, 'radio', 'Not imported', { within: choices, touch });
      await screenshot(page, `csv-mapping-changed-${name}`);
      await assertInside(page, width, 'mapping step after a change');
      await clickControl(page, 'button', 'Continue', { touch });
      await screenshot(page, `csv-european-preview-${name}`);
      assert.equal((await entries(page)).length, 0, 'nothing changes before Apply');
      await clickControl(page, 'button', 'Apply', { touch });
      const d = await byDate(page);
      assert.deepEqual(Object.keys(d), ['2026-09-01', '2026-09-02', '2026-09-03']);
      assert.equal(d['2026-09-01'].factors.sleep_hours, 7.5);
      assert.equal(d['2026-09-01'].factors.stress, undefined, 'the column set to "Not imported"');
      assert.equal(d['2026-09-02'].factors.sleep_hours, 6.25);
      assert.equal(d['2026-09-02'].notes, 'Schlecht geschlafen,\r\nmorgens Kopfdruck');
      assert.equal(d['2026-09-01'].back_pain.intensity, 5);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});
