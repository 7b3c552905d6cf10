// Insights in Chromium (issue 3, visualisation): a synthetic 120-day journal with planted effects
// (short sleep -> headache the same day; back-pain flares -> headache) must come out of
// widget.insights(); the Insights tab is drawn at phone and desktop sizes (screenshots scroll
// through every section); the red-flag questionnaire shows the urgent message; an empty journal
// shows the empty states.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DESKTOP, PHONE, clickControl, controls, findControl, launchBrowser, openWidget, screenshot, settle, shown, startServer,
  tapControl,
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

// ---- a seeded synthetic journal ------------------------------------------------------------------

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (d) => {
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};

/**
 * `days` consecutive days ending today (local). Planted: a night under 6 h makes a headache that
 * day much more likely (+0.55 over a base of 0.08); a back-pain flare (>= 4) adds 0.4. Flares come in
 * spells. Everything else is noise.
 */
function syntheticJournal(days = 120, seed = 20261120) {
  const rnd = mulberry32(seed);
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const entries = [];
  let flare = false;
  const today = new Date();
  for (let k = days - 1; k >= 0; k--) {
    const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() - k);
    if (rnd() < 0.06) continue; // a few days without an entry
    flare = flare ? rnd() < 0.6 : rnd() < 0.15;
    const short = rnd() < 0.3;
    const sleep = short ? 4.5 + Math.round(rnd() * 2) / 2 : 6.5 + Math.round(rnd() * 4) / 2;
    const back = flare ? 4 + Math.floor(rnd() * 5) : Math.floor(rnd() * 3);
    const pHead = Math.min(0.95, 0.08 + (short ? 0.55 : 0) + (flare ? 0.4 : 0));
    const head = rnd() < pHead;
    const regions = back === 0 ? [] : rnd() < 0.35 ? ['neck', 'upper_back'] : ['lower_back'];
    const entry = {
      date: iso(d),
      back_pain: back === 0 ? { intensity: 0 } : { intensity: back, regions, ...(back >= 7 ? { radiates_to: ['leg'] } : {}) },
      headache: head
        ? {
          intensity: 4 + Math.floor(rnd() * 5), duration_hours: 2 + Math.floor(rnd() * 10), side: pick(['left', 'right', 'both']),
          pulsating: rnd() < 0.6, aura: rnd() < 0.1, nausea: rnd() < 0.5, light_sensitive: rnd() < 0.6, sound_sensitive: rnd() < 0.5,
          worse_with_activity: rnd() < 0.5,
        }
        : { intensity: 0 },
      factors: {
        sleep_hours: sleep, stress: Math.floor(rnd() * 11), screen_hours: 2 + Math.floor(rnd() * 9), water_glasses: 2 + Math.floor(rnd() * 7),
        caffeine_cups: Math.floor(rnd() * 5), alcohol_units: rnd() < 0.15 ? 3 : 0, exercise_minutes: rnd() < 0.5 ? 0 : 30,
        skipped_meal: rnd() < 0.2,
      },
      treatments: [],
    };
    if (head && rnd() < 0.7) entry.treatments.push({ type: 'medication', name: 'ibuprofen', drug_class: 'nsaid', dose_mg: 400, relief: 4 + Math.floor(rnd() * 5) });
    if (flare && rnd() < 0.6) entry.treatments.push({ type: 'heat', relief: 2 + Math.floor(rnd() * 5) });
    if (rnd() < 0.2) entry.treatments.push({ type: 'stretching', relief: 1 + Math.floor(rnd() * 4) });
    if (entry.treatments.length === 0) delete entry.treatments;
    entries.push(entry);
  }
  return { format: 'painlink.journal', version: 1, entries };
}

const insights = (page) => page.evaluate(() => window.painlink.insights());

async function seed(page, doc) {
  const r = await page.evaluate((t) => window.painlink.importJSON(t, { mode: 'replace' }), JSON.stringify(doc));
  assert.equal(r.rejected.length, 0, JSON.stringify(r.rejected.slice(0, 3)));
  await settle(page);
}

async function canvasBox(page) {
  return page.locator('.painlink-root canvas').first().boundingBox();
}

/**
 * Scrolls the widget body from the top, one screenshot per step (name-1, name-2, ...), until the
 * end of the page (the controls stop moving) or `max` screenshots.
 */
async function screenshotSections(page, name, max, step) {
  const box = await canvasBox(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.6);
  await page.mouse.wheel(0, -50000);
  await settle(page);
  const files = [];
  const where = async () => JSON.stringify((await controls(page)).slice(-3).map((c) => [c.role, c.name, Math.round(c.y0)]));
  for (let i = 1; i <= max; i++) {
    files.push(await screenshot(page, `${name}-${i}`));
    const before = await where();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.6);
    await page.mouse.wheel(0, step);
    await settle(page, 150);
    if ((await where()) === before) break;
  }
  return files;
}

async function toTop(page) {
  const box = await canvasBox(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.6);
  await page.mouse.wheel(0, -50000);
  await settle(page);
}

/**
 * From the top, scrolls down in big steps until the control of this role and name is on screen
 * (the harness' steps are small for a long page; controls out of view are not in the tree), then
 * lets findControl bring it clear of the edges.
 */
async function scrollTo(page, role, name) {
  await toTop(page);
  const box = await canvasBox(page);
  for (let i = 0; i < 40; i++) {
    if (await shown(page, role, name)) {
      await findControl(page, role, name, { maxScrolls: 2 });
      return;
    }
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.6);
    await page.mouse.wheel(0, 600);
    await settle(page, 60);
  }
  throw new Error(`control not found: ${role} ${name}`);
}

async function emptyStates(page, name, touch) {
  await clickControl(page, 'tab', 'Insights', { touch });
  // Opened on a first visit, Insights waits for the rest of the widget (on_demand.test.mjs).
  await page.waitForFunction(() => window.painlink._restLoaded(), null, { timeout: 20000 });
  await settle(page, 200);
  const ins = await insights(page);
  assert.equal(ins.days_recorded, 0);
  assert.ok(ins.not_enough_data.length > 0);
  assert.equal(ins.connection.verdict, 'not_enough_data');
  assert.ok(!(await shown(page, 'button', '30 days')), 'no timeline controls without data');
  assert.ok(await shown(page, 'button', 'Answer the safety questions'), 'the screening invitation');
  await screenshotSections(page, `insights-empty-${name}`, 6, name === 'phone' ? 1250 : 800);
}

// Opening a page is the slow part on a loaded machine: each device gets one page that goes
// empty journal -> seeded journal -> every section -> controls -> safety questions.
describe('insights in the browser', () => {
  const doc = syntheticJournal();

  test('desktop: empty states, the planted effects in widget.insights(), every section, controls', async () => {
    const { context, page, errors } = await openWidget(browser, server.url, { device: DESKTOP });
    await emptyStates(page, 'desktop', false);

    await seed(page, doc);
    const ins = await insights(page);
    assert.equal(ins.days_recorded, doc.entries.length);
    const sleep = ins.triggers.find((r) => r.factor === 'short_sleep' && r.outcome === 'headache' && r.lag_days === 0);
    assert.ok(sleep, 'a short_sleep / headache / lag 0 row');
    assert.equal(sleep.verdict, 'possible_trigger', JSON.stringify(sleep));
    assert.ok(sleep.relative_risk > 1.5 && sleep.ci_low > 1, JSON.stringify(sleep));
    assert.ok(sleep.exposed_days >= 20, JSON.stringify(sleep));
    for (const key of ['factor', 'outcome', 'lag_days', 'relative_risk', 'ci_low', 'ci_high', 'exposed_days', 'verdict'])
      assert.ok(key in sleep, `trigger rows have ${key}`);
    const c = ins.connection;
    for (const key of ['relative_risk', 'ci_low', 'ci_high', 'days', 'verdict']) assert.ok(key in c, `connection has ${key}`);
    assert.equal(c.verdict, 'linked', c.sentence);
    assert.ok(c.relative_risk > 1 && c.ci_low > 1);
    assert.ok(c.days >= 60);
    assert.equal(c.lagged_correlation.length, 7);
    const nsaid = ins.medication_overuse.find((r) => r.drug_class === 'nsaid');
    assert.ok(nsaid, 'an nsaid row');
    for (const key of ['drug_class', 'days_per_month', 'threshold', 'at_risk']) assert.ok(key in nsaid, `medication rows have ${key}`);
    assert.equal(nsaid.threshold, 15);
    assert.equal(ins.red_flags.urgent, false);
    assert.deepEqual(await insights(page), ins, 'cached: the same answer twice');

    await screenshotSections(page, 'insights-desktop', 12, 800);

    // Timeline: a year, then 30 days and earlier; mark short-sleep days; hover a day.
    await clickControl(page, 'button', '1 year');
    await clickControl(page, 'button', '30 days');
    await clickControl(page, 'button', '\u2190 Earlier');
    await clickControl(page, 'button', 'Under 6 h sleep');
    const plot = await findControl(page, 'img', 'Timeline of pain, possible triggers and treatments');
    await page.mouse.move(plot.x, plot.y);
    await settle(page);
    await screenshot(page, 'insights-desktop-timeline-hover');
    // Drag to pan back towards today.
    await page.mouse.move(plot.x + 150, plot.y);
    await page.mouse.down();
    await page.mouse.move(plot.x - 150, plot.y, { steps: 6 });
    await page.mouse.up();
    await settle(page);
    // Calendar: one month back, pick a day.
    await clickControl(page, 'button', '\u2190 Previous');
    const grid = await findControl(page, 'img', 'Calendar of pain days, coloured by how bad each day was');
    await page.mouse.click(grid.x, grid.y);
    await settle(page);
    await screenshot(page, 'insights-desktop-calendar');
    // Triggers: back-pain flares, one day before.
    await clickControl(page, 'button', 'Back-pain flare');
    await clickControl(page, 'button', '1 day before');
    await screenshot(page, 'insights-desktop-triggers-back');

    // A saved emergency answer: the banner leads the tab.
    const withFlag = { ...doc, screening: { answered_on: doc.entries.at(-1).date, answers: { back_bladder_bowel: true, fever_unwell: true } } };
    await seed(page, withFlag);
    const rf = (await insights(page)).red_flags;
    assert.equal(rf.urgent, true);
    assert.equal(rf.emergency, true);
    await toTop(page);
    await screenshot(page, 'insights-desktop-red-flag');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('phone: each red-flag tier leads the Insights tab with what to do and how fast', async () => {
    const { context, page, errors } = await openWidget(browser, server.url, { device: PHONE });
    await tapControl(page, 'tab', 'Insights');
    const tiers = [
      ['emergency', 'headache_neuro', 'Emergency: call your local emergency number now'],
      ['urgent', 'headache_jaw_scalp', 'See a doctor today'],
      ['soon', 'cancer_history', 'Tell a doctor in the next few days'],
    ];
    for (const [level, id, headline] of tiers) {
      await seed(page, { ...doc, screening: { answered_on: doc.entries.at(-1).date, answers: { [id]: true } } });
      const rf = (await insights(page)).red_flags;
      assert.equal(rf.level, level);
      assert.equal(rf.headline, headline);
      assert.equal(rf.urgent, level !== 'soon');
      assert.equal(rf.emergency, level === 'emergency');
      await toTop(page);
      // The banner and its way back to the answers are on the first phone screen.
      const review = await findControl(page, 'button', 'Review my answers', { maxScrolls: 0 });
      assert.ok(review.box.y + review.box.height < 844, `${level}: the banner is on the first screen`);
      await screenshot(page, `red-flag-phone-${level}`);
      // The same advice leads Check-in for a doctor today or sooner.
      await tapControl(page, 'tab', 'Check-in');
      const onCheckin = await shown(page, 'button', 'Review my safety answers');
      assert.equal(onCheckin, level !== 'soon', `${level}: banner on Check-in`);
      if (onCheckin) await screenshot(page, `red-flag-checkin-phone-${level}`);
      await tapControl(page, 'tab', 'Insights');
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('phone (touch): empty states, every section, a "yes" in the safety questions', async () => {
    const { context, page, errors } = await openWidget(browser, server.url, { device: PHONE });
    await emptyStates(page, 'phone', true);
    await seed(page, doc);
    await screenshotSections(page, 'insights-phone', 24, 1250);
    await scrollTo(page, 'button', '1 year');
    await tapControl(page, 'button', '1 year');
    await screenshot(page, 'insights-phone-timeline-year');

    await toTop(page);
    await tapControl(page, 'button', 'Answer the safety questions');
    await screenshot(page, 'screening-phone-1');
    // Each answer is a radio in the group its question names.
    await tapControl(page, 'radio', 'No', { within: /^In the last week, have you had new weakness or numbness/ });
    await tapControl(page, 'radio', 'Yes', { within: /^In the last week, has a headache come on suddenly/ });
    await screenshot(page, 'screening-phone-yes');  // the message shows at once, under the question
    assert.equal((await insights(page)).red_flags.urgent, false, 'nothing saved yet');
    await scrollTo(page, 'button', 'Save answers');
    await screenshot(page, 'screening-phone-save');
    await tapControl(page, 'button', 'Save answers');
    const rf = (await insights(page)).red_flags;
    assert.equal(rf.urgent, true);
    assert.deepEqual(rf.positive, ['headache_thunderclap']);
    assert.equal(rf.level, 'emergency');
    assert.match(rf.message, /^Call your local emergency number \(such as 911, 112 or 999\)/);
    // Visually: the banner is on the first screen of the Insights tab, with the way back.
    const review = await findControl(page, 'button', 'Review my answers', { maxScrolls: 0 });
    assert.ok(review.box.y + review.box.height < 844);
    await screenshot(page, 'insights-phone-red-flag');
    const saved = await page.evaluate(() => JSON.parse(window.painlink.exportJSON()).screening);
    assert.equal(saved.answers.headache_thunderclap, true);
    assert.equal(saved.answers.headache_neuro, false);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
