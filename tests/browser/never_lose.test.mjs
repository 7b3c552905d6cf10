// Never lose a day (issue 12) in a real browser: every code point typed into a note arrives as
// typed; U+0000 and lone surrogates in stored values are copied aside exactly and downloaded
// whole; exports are complete; a replace import with nothing usable changes nothing.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import {
  reopen, seedStorage as seed,
  clickControl, controls, findControl, launchBrowser, openWidget, screenshot, settle, shown, startServer,
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
const entries = (page) => page.evaluate(() => window.painlink.entries());
const add = (page, entry) => page.evaluate((e) => window.painlink.addEntry(e), entry);
const status = (page) => page.evaluate(() => window.painlink.status());
const codes = (s) => [...s].map((c) => c.codePointAt(0).toString(16)).join(' ');


// The note of `date` as entries() and exportJSON() report it, both compared exactly.
async function noteEverywhere(page, date) {
  const fromEntries = (await entries(page)).find((e) => e.date === date)?.notes;
  const doc = JSON.parse(await page.evaluate(() => window.painlink.exportJSON()));
  const fromExport = doc.entries.find((e) => e.date === date)?.notes;
  return { fromEntries, fromExport };
}

function assertExactNote(got, want, where) {
  assert.equal(got, want, `${where}: got [${codes(got ?? '')}], want [${codes(want)}]`);
  assert.ok(!got.includes('\uFFFD'), `${where}: no U+FFFD`);
  assert.ok(!got.includes('\u0000'), `${where}: no NUL`);
}

// Clicks a text field and waits until the hidden textarea has the keyboard (typing goes there).
// The widget only moves focus while its page has it (document.hasFocus()), which a fresh headless
// page does not always have yet: bring it to the front and click again if needed.
async function focusField(page, name) {
  const focused = () => page.waitForFunction(
    () => document.activeElement && document.activeElement.tagName === 'TEXTAREA', null, { timeout: 2000 })
    .then(() => true, () => false);
  await page.bringToFront();
  for (let attempt = 0; attempt < 3; attempt++) {
    await clickControl(page, 'textbox', name);
    if (await focused()) return;
  }
  throw new Error(`the text field ${name} did not take the keyboard`);
}

async function downloadText(page, name) {
  const download = page.waitForEvent('download');
  await clickControl(page, 'button', name);
  const file = await download;
  return readFileSync(await file.path(), 'utf8');
}

describe('never lose a day (issue 12)', () => {
  test('editing a note with an emoji keeps it, and typing adds exactly what was typed', async () => {
    const { context, page, errors } = await openWidget(browser, server.url);
    const day = today();
    assert.equal((await add(page, { date: day, headache: { intensity: 5 }, notes: 'Migraine 🤕 after wine' })).ok, true);
    await focusField(page, 'Notes');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' ok', { delay: 5 });
    await settle(page, 200);
    let n = await noteEverywhere(page, day);
    assertExactNote(n.fromEntries, 'Migraine 🤕 after wine ok', 'entries() while typing');
    assertExactNote(n.fromExport, 'Migraine 🤕 after wine ok', 'exportJSON() while typing');
    await reopen(page);
    n = await noteEverywhere(page, day);
    assertExactNote(n.fromEntries, 'Migraine 🤕 after wine ok', 'entries() after a reload');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('emoji, skin tones, ZWJ sequences, combining marks and RTL text typed into a note arrive exactly', async () => {
    const { context, page, errors } = await openWidget(browser, server.url);
    const day = today();
    await clickControl(page, 'radio', '2', { within: 'Back pain, 0 to 10' });
    // Typed key by key (each code point its own input event, as a desktop keyboard delivers them).
    const typed = 'Kopf 🤕 Ärztin 👩‍⚕️ cafe\u0301 👍🏽 مرحبا שלום 𝄞';
    await focusField(page, 'Notes');
    await page.keyboard.type(typed, { delay: 5 });
    // Inserted whole (a phone keyboard's emoji picker or an IME commits a cluster at once).
    const inserted = ' 🧑🏾‍🦯 ok';
    await page.keyboard.insertText(inserted);
    await settle(page, 200);
    const want = typed + inserted;
    let n = await noteEverywhere(page, day);
    assertExactNote(n.fromEntries, want, 'entries()');
    assertExactNote(n.fromExport, want, 'exportJSON()');
    await screenshot(page, 'notes-unicode-desktop');
    await reopen(page);
    n = await noteEverywhere(page, day);
    assertExactNote(n.fromEntries, want, 'entries() after a reload');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a note with U+0000 in the middle: the CSV and the JSON downloads hold everything after it', async () => {
    const { context, page, errors } = await openWidget(browser, server.url);
    const note = 'before\u0000after the NUL';
    assert.equal((await add(page, { date: '2026-11-02', back_pain: { intensity: 3 }, notes: note })).ok, true);
    assert.equal((await entries(page))[0].notes, note);
    await clickControl(page, 'tab', 'Data');
    const csv = await downloadText(page, 'Download for spreadsheets (CSV)');
    assert.ok(csv.includes('after the NUL'), 'CSV: ' + JSON.stringify(csv.slice(-80)));
    assert.ok(csv.endsWith('\r\n'), 'CSV is complete');
    const json = JSON.parse(await downloadText(page, 'Download backup (JSON)'));
    assert.equal(json.entries[0].notes, note);
    await reopen(page);
    assert.equal((await entries(page))[0].notes, note, 'stored and read back whole');
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const [name, value] of [
    ['U+0000 in the middle', 'abc\u0000def'],
    ['a lone surrogate', 'abc\ud800def'],
    ['both, in a journal-like value', '{"format":"painlink.journal","version":1,"entries":[]}\u0000\ud800tail'],
  ]) {
    test(`a stored value with ${name} is kept aside exactly, and its download holds all of it`, async () => {
      const { context, page, errors } = await openWidget(browser, server.url, {
        initScript: seed({ 'painlink.journal': value }),
      });
      const s = await status(page);
      assert.ok(s.notices.some((x) => x.level === 'warning' && /kept aside/.test(x.text)), JSON.stringify(s.notices));
      const aside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('.aside.'))
        .map((k) => localStorage.getItem(k)));
      assert.equal(aside.length, 1, 'one copy');
      assert.ok(aside[0] === value, `kept exactly: got [${codes(aside[0])}]`);
      // The first save reuses the slot only after the copy was verified.
      assert.equal((await add(page, { date: '2026-11-05', back_pain: { intensity: 2 } })).ok, true);
      const afterSave = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('.aside.'))
        .map((k) => localStorage.getItem(k)));
      assert.ok(afterSave.length === 1 && afterSave[0] === value, 'the copy survives the save');
      const text = await downloadText(page, 'Download the unreadable data');
      assert.ok(text.endsWith(value.slice(-3)), `download is complete: ${JSON.stringify(text)}`);
      assert.equal(text.length, value.length);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('text with a lone surrogate handed to the API loses nothing after it', async () => {
    const { context, page, errors } = await openWidget(browser, server.url);
    const r = await page.evaluate(() => window.painlink.importJSON(
      '[{"date":"2026-11-01","back_pain":{"intensity":1},"notes":"a\ud800b \ud83e\udd15 c"}]', { mode: 'merge' }));
    assert.equal(r.added, 1, JSON.stringify(r));
    const note = (await entries(page))[0].notes;
    assert.equal(note, 'a\ufffdb \ud83e\udd15 c', `got [${codes(note)}]`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a replace import with nothing usable changes nothing and says why', async () => {
    const { context, page, errors } = await openWidget(browser, server.url);
    await add(page, { date: '2026-09-01', back_pain: { intensity: 5 } });
    await add(page, { date: '2026-09-02', headache: { intensity: 4 } });
    for (const text of ['[1,2,3]', '[]', '{"format":"painlink.journal","version":1,"entries":[]}',
      '{"format":"painlink.journal","version":1,"entries":[{"date":"2026-02-30","back_pain":{"intensity":3}}]}',
      'not json']) {
      const r = await page.evaluate((t) => window.painlink.importJSON(t, { mode: 'replace' }), text);
      assert.equal(r.added + r.updated + r.unchanged, 0, text);
      assert.equal(r.removed, 0, `${text}: removed ${JSON.stringify(r)}`);
      assert.ok(r.rejected.some((x) => x.index === -1 && /nothing was changed|changes nothing|nothing to import|not valid JSON/i.test(x.message)),
        `${text}: ${JSON.stringify(r)}`);
      assert.equal((await entries(page)).length, 2, `${text} keeps both days`);
    }
    // A replace that does use something reports what it removes.
    const r = await page.evaluate(() => window.painlink.importJSON(
      JSON.stringify([{ date: '2026-09-03', back_pain: { intensity: 1 } }]), { mode: 'replace' }));
    assert.equal(r.added, 1);
    assert.equal(r.removed, 2);
    assert.deepEqual((await entries(page)).map((e) => e.date), ['2026-09-03']);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the import preview does not offer Apply for a replace that would empty the journal', async () => {
    const { context, page, errors } = await openWidget(browser, server.url);
    await add(page, { date: '2026-09-01', back_pain: { intensity: 5 } });
    const file = join(tmpdir(), `painlink-import-bad-${process.pid}.json`);
    writeFileSync(file, JSON.stringify({
      format: 'painlink.journal', version: 1,
      entries: [{ date: '2026-09-31', headache: { intensity: 4 } }, { date: '2026-09-02', headache: { intensity: 11 } }],
    }));
    await clickControl(page, 'tab', 'Data');
    const chooser = page.waitForEvent('filechooser');
    await clickControl(page, 'button', 'Choose a file\u2026');
    await (await chooser).setFiles(file);
    await findControl(page, 'button', 'Cancel');  // the preview, under the Data view's first cards
    await settle(page);
    // Merge: nothing to add, so nothing to apply either; replace: refused.
    await clickControl(page, 'button', 'Replace everything');
    await settle(page);
    const names = (await controls(page)).map((c) => `${c.role} ${c.name}`);
    assert.ok(!(await shown(page, 'button', 'Apply')), 'no Apply: ' + names.join(' | '));
    await screenshot(page, 'import-replace-refused-desktop');
    await clickControl(page, 'button', 'Cancel');
    assert.deepEqual((await entries(page)).map((e) => e.date), ['2026-09-01']);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
