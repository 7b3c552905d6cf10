// Typing notes on a phone (issue 15.4): the notes are typed in the browser's own text area laid
// over the box, so a long note wraps and the box grows, and all of it is kept.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, PHONE, clickControl, openWidget, screenshot, settle, useBrowser } from './harness.mjs';

const env = useBrowser();

const field = (page) => page.evaluate(() => {
  const t = document.querySelector('.painlink-root > textarea');
  const r = t.getBoundingClientRect();
  const canvas = document.querySelector('.painlink-root canvas').getBoundingClientRect();
  return {
    shown: getComputedStyle(t).opacity === '1', focused: document.activeElement === t, value: t.value,
    name: t.getAttribute('aria-label'), height: r.height, width: r.width, inCanvas: r.left >= canvas.left - 1 &&
      r.right <= canvas.right + 1, sideways: t.scrollWidth > t.clientWidth + 1, cutOff: t.scrollHeight > t.clientHeight + 1,
  };
});

const LONG = 'Woke with a stiff neck after a long drive to the coast; the headache started behind the left eye ' +
  'around noon and got worse with screen time, so I lay down in a dark room for an hour.';

describe('notes', () => {
  for (const [name, device] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    test(`a long note wraps and the box grows as it is typed; all of it is kept (${name})`, async () => {
      const { context, page, errors } = await openWidget(env.browser, env.server.url, { device });
      const touch = device.hasTouch ? { touch: true } : {};
      await clickControl(page, 'button', "Start today's entry", touch);
      await clickControl(page, 'textbox', 'Notes', touch);
      let f = await field(page);
      assert.ok(f.shown && f.focused, 'the text area is shown and has the keyboard');
      assert.equal(f.name, 'Notes');
      const empty = f.height;
      await page.keyboard.type(LONG, { delay: 1 });
      await page.keyboard.press('Enter');
      await page.keyboard.type('Took ibuprofen at 2 pm.', { delay: 1 });
      await settle(page, 200);
      f = await field(page);
      assert.equal(f.value, `${LONG}\nTook ibuprofen at 2 pm.`);
      assert.ok(!f.sideways, 'no line runs out of the box sideways');
      assert.ok(!f.cutOff, 'no line is hidden below the box');
      assert.ok(f.inCanvas, 'the text area stays over the widget');
      assert.ok(f.height > empty * 1.3, `the box grew: ${empty} -> ${f.height} px`);
      await screenshot(page, `notes-typing-${name}`);

      // Escape ends typing: the text area goes, the day keeps every word.
      await page.keyboard.press('Escape');
      await settle(page, 200);
      f = await field(page);
      assert.ok(!f.shown, 'the text area is hidden again');
      await screenshot(page, `notes-typed-${name}`);
      await page.waitForFunction(() => (window.painlink.entries()[0] || {}).notes?.endsWith('2 pm.'));
      assert.equal((await page.evaluate(() => window.painlink.entries()))[0].notes, `${LONG}\nTook ibuprofen at 2 pm.`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('typing more than the notes hold keeps the first 2000 characters, in the day and in the text area', async () => {
    const { context, page, errors } = await openWidget(env.browser, env.server.url, { device: PHONE });
    await clickControl(page, 'button', "Start today's entry", { touch: true });
    await clickControl(page, 'textbox', 'Notes', { touch: true });
    await page.keyboard.insertText('x'.repeat(2050));
    await settle(page, 200);
    const f = await field(page);
    assert.equal(f.value.length, 2000, 'the text area holds what the day keeps');
    await page.keyboard.press('Escape');
    await settle(page, 200);
    await page.waitForFunction(() => ((window.painlink.entries()[0] || {}).notes || '').length === 2000);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
