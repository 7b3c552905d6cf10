// Accessibility beyond the canvas (issue 4): the DOM text alternative and its accessibility-tree
// exposure, the live region (view changes, notices, red-flag warnings), the Larger text and High
// contrast settings, and keyboard-only use with a visible focus and no keyboard trap.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DESKTOP, PHONE, clickControl, controls, decodePng, embedFrame, findControl, launchBrowser, launchBrowserPartitioned,
  openWidget, screenshot, settle, startServer,
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

const summaryText = (page) => page.locator('[data-painlink-summary]').textContent();
const liveText = (page) => page.locator('[data-painlink-live]').textContent();

// 130 days up to yesterday where back pain and headaches rise and fall together and a painkiller
// is taken on two days in three for the last 125 (medication overuse for more than 3 calendar
// months, as ICHD-3 8.2 asks), so the analysis has something to say; and an emergency red-flag
// answer.
function journalWithInsightsAndRedFlag() {
  const entries = [];
  const now = new Date();
  let seed = 7;
  const rand = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  for (let i = 130; i >= 1; i--) {
    const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() - i);
    const p = (n) => String(n).padStart(2, '0');
    const date = `${day.getFullYear()}-${p(day.getMonth() + 1)}-${p(day.getDate())}`;
    const flare = rand() < 0.4;
    entries.push({
      date,
      back_pain: { intensity: flare ? 6 + Math.floor(rand() * 3) : Math.floor(rand() * 3) },
      headache: { intensity: flare ? (rand() < 0.8 ? 6 : 1) : (rand() < 0.15 ? 5 : 0) },
      factors: { sleep_hours: flare ? 5 : 8, stress: flare ? 8 : 3 },
      treatments: i <= 125 && i % 3 !== 0 ? [{ type: 'medication', name: 'ibuprofen', drug_class: 'nsaid', dose_mg: 400, relief: 4 }] : [],
    });
  }
  return {
    format: 'painlink.journal', version: 1, entries,
    screening: { answered_on: entries[entries.length - 1].date, answers: { headache_thunderclap: true } },
  };
}

describe('accessibility', () => {
  for (const [name, device] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    test(`screen readers get a current text alternative: the widget, today, insights, red flags (${name})`, async () => {
      const { context, page, errors } = await openWidget(browser, server.url, { device });
      // The canvas itself is hidden from screen readers: its controls are the semantics tree laid
      // over it, and the summary region tells the rest.
      assert.equal(await page.locator('canvas').getAttribute('aria-hidden'), 'true');
      assert.equal(await page.getByRole('tablist', { name: 'Views' }).getByRole('tab').count(), 5);
      assert.equal(await page.getByRole('radiogroup', { name: 'Back pain, 0 to 10' }).getByRole('radio').count(), 11);
      const tree = await page.locator('[data-painlink-summary]').ariaSnapshot();
      assert.match(tree, /region "Painlink journal summary"/);
      let text = await summaryText(page);
      assert.match(text, /^Painlink pain journal\. 0 days recorded\. Today, .*: nothing recorded yet\./);

      // An entry made on the canvas shows up in the text.
      await clickControl(page, 'radio', '6', { within: 'Back pain, 0 to 10', touch: device.hasTouch });
      await clickControl(page, 'radio', '3', { within: 'Headache, 0 to 10', touch: device.hasTouch });
      text = await summaryText(page);
      assert.match(text, /1 days? recorded/);
      assert.match(text, /back pain 6 of 10, headache 3 of 10/);
      assert.match(text, /Storage: /);

      // Key insights and the red-flag message join it; the warning is also read out.
      const r = await page.evaluate((doc) => window.painlink.importJSON(JSON.stringify(doc), { mode: 'merge' }),
        journalWithInsightsAndRedFlag());
      assert.equal(r.rejected.length, 0);
      await settle(page, 200);
      const insights = await page.evaluate(() => window.painlink.insights());
      text = await summaryText(page);
      assert.match(text, /131 days recorded/);
      assert.match(text, /Warning: Emergency: call your local emergency number now\. Call your local emergency number \(such as 911, 112 or 999\)/);
      assert.match(text, /You answered yes to a sudden headache that reached its worst within a minute/);
      const overuse = (insights.medication_overuse || []).find((r) => r.at_risk);
      assert.ok(overuse && overuse.sentence, 'the test journal gives a medication-overuse insight');
      assert.ok(text.includes('Insight: ') && text.includes(overuse.sentence), text);
      await page.waitForFunction(() => document.querySelector('[data-painlink-live]').textContent.startsWith('Warning:'));
      assert.match(await liveText(page), /^Warning: Emergency: call your local emergency number now/);
      const live = page.getByRole('status');
      assert.equal(await live.first().getAttribute('aria-live'), 'polite');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('the live region announces view changes and notices', async () => {
    const corrupt = '{"format":"painlink.store","schema":2,"seq":4,"payload":"{trunc';
    const { context, page, errors } = await openWidget(browser, server.url, {
      initScript: {
        fn: (v) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem('painlink.journal', v); sessionStorage.setItem('seeded', '1'); } },
        arg: corrupt,
      },
    });
    const notices = (await page.evaluate(() => window.painlink.status())).notices;
    assert.ok(notices.length >= 1);
    assert.ok(notices.some((n) => n.text === '' || true));
    assert.equal(await liveText(page), notices[notices.length - 1].text, 'the newest notice was read out');
    await clickControl(page, 'tab', 'History');
    assert.equal(await liveText(page), 'History view');
    await clickControl(page, 'tab', 'Check-in');
    assert.equal(await liveText(page), 'Check-in view');
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const [name, device] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    test(`Larger text and High contrast change the widget (${name})`, async () => {
      const { context, page, errors } = await openWidget(browser, server.url, { device });
      const tap = device.hasTouch ? { touch: true } : {};
      await clickControl(page, 'tab', 'Data', tap);
      const size = async (name) => {
        const { box } = await findControl(page, 'button', name);
        return { w: box.width, h: box.height };
      };
      const before = await size('High contrast');
      const dataTab = async () => (await controls(page)).find((c) => c.role === 'tab' && c.name === 'Data');
      const navBefore = await dataTab();
      await clickControl(page, 'button', 'Larger text', tap);
      await settle(page, 200);
      const after = await size('High contrast');
      assert.ok(after.h >= before.h * 1.15 && after.w >= before.w * 1.15,
        `the chip grew with the text: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
      const navAfter = await dataTab();
      assert.ok(navAfter.y1 - navAfter.y0 > navBefore.y1 - navBefore.y0, 'the navigation grew too');
      await screenshot(page, `larger-text-${name}`);

      const shot = async () => decodePng(await page.screenshot());
      const normal = await shot();
      await clickControl(page, 'button', 'High contrast', tap);
      await settle(page, 200);
      const high = await shot();
      let changed = 0;
      for (let i = 0; i < normal.rgba.length; i += 4) {
        if (Math.abs(normal.rgba[i] - high.rgba[i]) + Math.abs(normal.rgba[i + 1] - high.rgba[i + 1]) > 30) changed++;
      }
      assert.ok(changed / (normal.rgba.length / 4) > 0.02, `high contrast changes the colours (${changed} pixels)`);
      await screenshot(page, `high-contrast-${name}`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  // What a screen reader sees, from Chromium's own accessibility tree (CDP), not from our DOM.
  async function axNodes(page) {
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    await cdp.detach();
    return nodes.filter((n) => !n.ignored).map((n) => ({
      role: n.role && n.role.value, name: (n.name && n.name.value) || '',
      focusable: (n.properties || []).some((p) => p.name === 'focusable' && p.value.value),
      checked: ((n.properties || []).find((p) => p.name === 'checked') || {}).value?.value,
    }));
  }
  const focused = (page) => page.evaluate(() => {
    const a = document.activeElement;
    const inWidget = !!a.closest('.painlink-root');
    return { inWidget, role: a.getAttribute('role') || a.tagName.toLowerCase(), name: a.getAttribute('aria-label') || '' };
  });

  test('screen readers find every Check-in control by role and name in the accessibility tree', async () => {
    const { context, page, errors } = await openWidget(browser, server.url, { device: DESKTOP });
    const ax = await axNodes(page);
    const has = (role, name) => ax.some((n) => n.role === role && n.name === name);
    for (const tab of ['Check-in', 'History', 'Insights', 'Report', 'Data']) assert.ok(has('tab', tab), `tab ${tab}`);
    assert.ok(has('radiogroup', 'Back pain, 0 to 10'));
    assert.ok(has('radiogroup', 'Headache, 0 to 10'));
    for (let i = 0; i <= 10; i++) assert.ok(has('radio', String(i)), `radio ${i}`);
    assert.ok(has('button', 'Previous day'));
    assert.ok(has('button', 'No pain today'));
    assert.ok(has('heading', 'Back pain'));
    // Every control a screen reader can focus has a name (the canvas itself is not one of them).
    const unnamed = ax.filter((n) => n.focusable && !n.name && n.role !== 'RootWebArea');
    assert.deepEqual(unnamed, []);
    assert.ok(!ax.some((n) => n.role === 'canvas'), 'the canvas is hidden');
    // A screen reader's click (no pointer on the canvas) records the score, and the radio is checked.
    await page.getByRole('radiogroup', { name: 'Back pain, 0 to 10' }).getByRole('radio', { name: '4' })
      .evaluate((el) => el.click());
    await settle(page);
    assert.equal((await page.evaluate(() => window.painlink.entries()))[0].back_pain.intensity, 4);
    assert.equal(await page.getByRole('radiogroup', { name: 'Back pain, 0 to 10' })
      .getByRole('radio', { name: '4' }).getAttribute('aria-checked'), 'true');
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const [name, device] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  test(`keyboard only: Tab goes through every Check-in control in reading order with a visible ring, and leaves (${name})`, async () => {
    const { context, page, errors } = await openWidget(browser, server.url, { device });
    const before = await decodePng(await page.screenshot());
    const seq = [];
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      await settle(page, 20);
      let f = await focused(page);
      // A control just scrolled into view gets its element (and a text box its name) a frame
      // later; the canvas holds the keys meanwhile.
      for (let w = 0; w < 10 && (f.role === 'canvas' || (f.role === 'textarea' && !f.name)); w++) {
        await settle(page, 50);
        f = await focused(page);
      }
      if (!f.inWidget) break;
      seq.push(f);
      if (i === 0) {
        const after = await decodePng(await page.screenshot());
        let diff = 0;
        for (let p = 0; p < before.rgba.length; p += 4) if (before.rgba[p] !== after.rgba[p]) diff++;
        assert.ok(diff > 50, `a focus ring appeared (${diff} pixels changed)`);
        await screenshot(page, `keyboard-focus-${name}`);
      }
    }
    assert.ok(seq.length > 20 && seq.length < 200, `Tab left the widget after ${seq.length} controls`);
    const unnamed = seq.filter((f) => !f.name);
    assert.deepEqual(unnamed, [], 'every control reached by Tab has a name');
    const at = (role, name) => seq.findIndex((f) => f.role === role && f.name === name);
    // Desktop has two columns (notes under the scores, the triggers beside them); a phone one.
    const order = [at('tab', 'Check-in'), at('tab', 'Data'), at('button', 'Previous day'), at('radio', '0'),
      at('spinbutton', 'Sleep last night (hours)'), at('spinbutton', 'Exercise (minutes)')];
    assert.ok(order.every((i) => i >= 0), `each control was reached: ${JSON.stringify(order)}`);
    assert.deepEqual([...order].sort((a, b) => a - b), order, 'in reading order');
    assert.ok(at('textarea', 'Notes') > at('radio', '0'), 'the notes box is reached after the scores');
    // The 0-10 scores are all reachable (22 radios: back pain and headache).
    assert.ok(seq.filter((f) => f.role === 'radio').length >= 22);
    assert.deepEqual(errors, []);
    await context.close();
  });
  }

  test('keyboard only: a whole entry without the mouse (scores, a spin button, notes)', async () => {
    const { context, page, errors } = await openWidget(browser, server.url, { device: DESKTOP });
    const tabTo = async (role, name, nth = 0) => {
      let seen = 0;
      for (let i = 0; i < 120; i++) {
        await page.keyboard.press('Tab');
        await settle(page, 20);
        const f = await focused(page);
        if (f.role === role && f.name === name && seen++ === nth) return;
      }
      assert.fail(`Tab never reached ${role} "${name}"`);
    };
    await tabTo('radio', '5');            // back pain (the first 0-10 group)
    await page.keyboard.press('Space');
    await tabTo('radio', '3');            // headache
    await page.keyboard.press('Space');
    await tabTo('textarea', 'Notes');
    await page.keyboard.type('Long day at the desk');
    await tabTo('spinbutton', 'Sleep last night (hours)');
    await page.keyboard.press('ArrowUp');   // the usual value first
    await page.keyboard.press('ArrowUp');
    await settle(page, 200);
    const e = (await page.evaluate(() => window.painlink.entries()))[0];
    assert.equal(e.back_pain.intensity, 5);
    assert.equal(e.headache.intensity, 3);
    assert.equal(e.notes, 'Long day at the desk');
    assert.equal(e.factors.sleep_hours, 7.5);
    assert.equal(await page.getByRole('spinbutton', { name: 'Sleep last night (hours)' }).getAttribute('aria-valuetext'), '7.5 h');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('keyboard only in a clinic embed: Tab moves from the widget to the bar (no trap)', async () => {
    const partitioned = await launchBrowserPartitioned();
    try {
      const context = await partitioned.newContext({ ...DESKTOP });
      const page = await context.newPage();
      await page.goto(`http://localhost:${server.port}/embed-demo.html?testHooks=1`);
      const frame = await embedFrame(page);
      // From the widget's first control, Tab goes through its controls and then on to the bar.
      await frame.locator('.painlink-sem [tabindex="0"]').focus();
      let id = '';
      for (let i = 0; i < 200 && id !== 'pl-keep'; i++) {
        await page.keyboard.press('Tab');
        id = await frame.evaluate(() => document.activeElement.id);
      }
      assert.equal(id, 'pl-keep');
      await page.keyboard.press('Tab');
      assert.equal(await frame.evaluate(() => document.activeElement.id), 'pl-move');
      await page.keyboard.press('Enter');
      assert.equal(await frame.locator('#pl-move').getAttribute('aria-expanded'), 'true');
      await page.keyboard.press('Tab');
      assert.equal(await frame.evaluate(() => document.activeElement.id), 'pl-open-app');
      await context.close();
    } finally {
      await partitioned.close();
    }
  });
});
