// The daily reminder in a real browser (issue 16 item 2): the Data card's "Add to my calendar"
// downloads an .ics that a real iCalendar parser (ical.js) reads as one daily event at the chosen
// local time (floating: no time zone), with a link back to the app and no journal data; on
// Check-in the gentle prompt follows the device's clock (the screen-reader summary says it too).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import {
  PHONE, clickControl, findControl, launchBrowser, openWidget, screenshot, settle, startServer,
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

const SENTINEL = 'SENTINEL-r3m1nd saw Dr Moreau about the MRI';
const PROMPT = 'It is past your check-in time and today is still empty.';
// Tokyo has no daylight saving time: local = UTC + 9 h, so these are 21:10 and 21:20 there.
const TZ = 'Asia/Tokyo';
const at = (hh, mm) => Date.UTC(2026, 10, 20, hh - 9, mm);
const summary = (page) => page.locator('[data-painlink-summary]').textContent();

describe('daily reminder', () => {
  test('"Add to my calendar" is a daily floating-time event with the app link and no journal data; the prompt follows the clock', async () => {
    const context = await browser.newContext({ ...PHONE, timezoneId: TZ, acceptDownloads: true });
    await context.clock.setFixedTime(at(21, 10));
    const { page, errors } = await openWidget(browser, server.url, { context });
    const added = await page.evaluate((note) => window.painlink.addEntry(
      { date: '2026-11-19', back_pain: { intensity: 6 }, notes: note }), SENTINEL);
    assert.equal(added.ok, true, JSON.stringify(added));
    await settle(page);
    assert.ok(!(await summary(page)).includes(PROMPT), 'no reminder chosen yet: no prompt');

    // Data: 20:00 to start with, one hour up and one 15-minute step: 21:15.
    await clickControl(page, 'tab', 'Data');
    // By the item registry: the semantics tree names both plus buttons just "+" (and both minus
    // buttons "\u2212"), with nothing to say which is the hour's and which the minutes'.
    await clickControl(page, 'button', 'Increase Hour');
    await clickControl(page, 'button', 'Increase Minutes');
    await findControl(page, 'button', 'Add to my calendar');
    await screenshot(page, 'reminder-card-phone');
    const [download] = await Promise.all([page.waitForEvent('download'), clickControl(page, 'button', 'Add to my calendar')]);
    assert.equal(download.suggestedFilename(), 'painlink-reminder.ics');
    const text = readFileSync(await download.path(), 'utf8');

    // RFC 5545 as a parser reads it.
    assert.ok(text.endsWith('\r\n') && !/[^\r]\n/.test(text), 'CRLF line endings');
    for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `folded: ${line}`);
    const cal = new ICAL.Component(ICAL.parse(text));
    assert.equal(cal.getFirstPropertyValue('version'), '2.0');
    assert.ok(cal.getFirstPropertyValue('prodid'));
    const events = cal.getAllSubcomponents('vevent');
    assert.equal(events.length, 1);
    const ev = events[0];
    const rrule = ev.getFirstPropertyValue('rrule');
    assert.equal(rrule.freq, 'DAILY');
    const start = ev.getFirstPropertyValue('dtstart');
    assert.deepEqual([start.year, start.month, start.day, start.hour, start.minute], [2026, 11, 20, 21, 15]);
    assert.equal(start.zone.tzid, 'floating', 'that local time wherever the phone is');
    assert.ok(!ev.getFirstProperty('dtstart').getParameter('tzid'), 'no TZID');
    assert.ok(/\r\nDTSTART:20261120T211500\r\n/.test(text));
    assert.equal(ev.getFirstPropertyValue('duration').toSeconds(), 5 * 60);
    assert.equal(ev.getFirstPropertyValue('url'), `${server.url}/index.html`);
    assert.ok(ev.getFirstPropertyValue('description').includes(`${server.url}/index.html`));
    assert.equal(ev.getFirstPropertyValue('summary'), 'Painlink check-in');
    assert.ok(ev.getFirstPropertyValue('uid'));
    assert.equal(ev.getFirstPropertyValue('dtstamp').toString(), '2026-11-20T12:10:00Z');
    const alarm = ev.getFirstSubcomponent('valarm');
    assert.equal(alarm.getFirstPropertyValue('action'), 'DISPLAY');
    assert.equal(alarm.getFirstPropertyValue('trigger').toSeconds(), 0);
    const next = new ICAL.Event(ev).iterator();
    assert.equal(next.next().toString(), '2026-11-20T21:15:00');
    assert.equal(next.next().toString(), '2026-11-21T21:15:00');
    // No journal data: not the note, not the day recorded, not a score.
    for (const secret of ['SENTINEL', 'Moreau', 'MRI', '2026-11-19', '20261119', 'back_pain']) {
      assert.ok(!text.includes(secret), `the calendar file holds no ${secret}`);
    }

    // Check-in: before 21:15 no prompt; after it, with today still empty, the prompt.
    await clickControl(page, 'tab', 'Check-in');
    assert.ok(!(await summary(page)).includes(PROMPT), '21:10: not yet');
    await context.clock.setFixedTime(at(21, 20));
    await clickControl(page, 'tab', 'Check-in');
    assert.ok((await summary(page)).includes(PROMPT), '21:20 and today empty: the prompt');
    await screenshot(page, 'reminder-prompt-phone');
    // Today gets an entry (the JS API is one way in): the prompt goes.
    const today = await page.evaluate(() => window.painlink.addEntry({ date: '2026-11-20', back_pain: { intensity: 2 } }));
    assert.equal(today.ok, true);
    await settle(page);
    assert.ok(!(await summary(page)).includes(PROMPT), 'today has an entry: no prompt');
    // The time is kept in the journal's settings.
    const doc = JSON.parse(await page.evaluate(() => window.painlink.exportJSON()));
    assert.equal(doc.settings.reminder_time, '21:15');

    assert.deepEqual(errors, []);
    await context.close();
  });
});
