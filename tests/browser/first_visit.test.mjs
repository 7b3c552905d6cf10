// A visitor's first two minutes (issue 14, items 1-3), at phone size (390x844 at 3x, touch) and
// desktop size (1280x800): the welcome, the self-check from the warning signs to the result with
// every answer saved as it is tapped (a reload keeps it), and the printed one-page summary with the
// red flag before the patterns. Screenshots: first-visit-{welcome,safety,question,result}-{phone,desktop}.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DESKTOP, PHONE, clickItem, findItem, launchBrowser, openWidget, reopen, screenshot, settle, startServer,
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

const EMERGENCY = 'Emergency: call your local emergency number now';

/** Runs before the widget: print() of the print iframe records the document instead of opening a dialog. */
function printInterceptor() {
  window.__printed = [];
  const winGetter = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow').get;
  Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
    configurable: true,
    get() {
      const win = winGetter.call(this);
      if (win && !win.__painlinkPrintHooked) {
        win.__painlinkPrintHooked = true;
        win.print = () => window.__printed.push(win.document.documentElement.outerHTML);
      }
      return win;
    },
  });
}

/** Scrolls the widget to the end of the view. */
async function toEnd(page) {
  const box = await page.locator('.painlink-root canvas').first().boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.6);
  await page.mouse.wheel(0, 20000);
  await settle(page);
}

const labels = async (page) => (await page.evaluate(() => window.painlink._testItems())).map((it) => it.label);

describe('first visit', () => {
  for (const [name, device] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    test(`welcome, self-check, result and printed summary (${name})`, async () => {
      const touch = name === 'phone';
      const { context, page, errors } = await openWidget(browser, server.url, {
        device, initScript: { fn: printInterceptor },
      });
      // 1. The welcome: what this is, and two starts.
      await findItem(page, 'Check yourself (2 minutes)');
      await findItem(page, "Start today's entry");
      await screenshot(page, `first-visit-welcome-${name}`);

      // 2. The self-check, warning signs first. An emergency yes shows what to do at once.
      await clickItem(page, 'Check yourself (2 minutes)', { touch });
      await findItem(page, 'Yes##rf-headache_thunderclap');
      await clickItem(page, 'Yes##rf-headache_thunderclap', { touch });
      const screening = JSON.parse(await page.evaluate(() => window.painlink.exportJSON())).screening;
      assert.equal(screening.answers.headache_thunderclap, true, 'saved the moment it was tapped');
      await page.mouse.wheel(0, -20000);
      await settle(page);
      await screenshot(page, `first-visit-safety-${name}`);
      await clickItem(page, 'No##rf-headache_neuro', { touch });

      // 3. The headache step; a reload keeps the answer and continues there. (The warning-sign
      // step is long: a flick to its end, as a person would.)
      await toEnd(page);
      await clickItem(page, 'Next##assessment', { touch });
      await clickItem(page, 'Yes##headache_any', { touch });
      await reopen(page);
      assert.ok(!(await labels(page)).includes("Start today's entry"), 'no welcome once something is answered');
      await toEnd(page);  // the card is at the end of Check-in
      await clickItem(page, 'Continue the self-check##selfcheck', { touch });
      await findItem(page, 'Yes##headache_any');
      await clickItem(page, '4 hours to 3 days (72 hours)##headache_duration', { touch });
      await clickItem(page, 'One side of the head##headache_side', { touch });
      await clickItem(page, 'Throbbing or pulsing, in time with the heartbeat##headache_quality', { touch });
      await clickItem(page, 'Yes##headache_nausea', { touch });
      await page.mouse.wheel(0, -20000);
      await settle(page);
      await screenshot(page, `first-visit-question-${name}`);
      const answers = JSON.parse(await page.evaluate(() => window.painlink.exportJSON())).assessment.current.answers;
      assert.equal(answers.headache_any, 'yes');
      assert.equal(answers.headache_duration, '4h_72h');

      // On through the steps to the result, with painkillers on 15 days a month or more.
      for (let i = 0; i < 6; i++) {
        await toEnd(page);
        if ((await labels(page)).includes('See my result##assessment')) {  // the last step: medicines
          await clickItem(page, '15 days a month or more##med_simple_days', { touch });
          await toEnd(page);
          await clickItem(page, 'See my result##assessment', { touch });
          break;
        }
        await clickItem(page, 'Next##assessment', { touch });
      }
      await findItem(page, 'Print this summary');
      await page.mouse.wheel(0, -20000);
      await settle(page);
      await screenshot(page, `first-visit-result-${name}`);
      const live = await page.locator('[data-painlink-live]').textContent();
      assert.match(live, /Your self-check result\. Emergency/);

      // 4. The printed summary: the red flag before the patterns. The button waits for the part of
      // the widget that writes it, fetched when the result showed ("Preparing the summary...").
      assert.equal(await page.evaluate(() => window.painlink.whenComplete()), true);
      await settle(page, 200);
      await clickItem(page, 'Print this summary', { touch });
      await page.waitForFunction(() => window.__printed.length > 0, null, { timeout: 10000 });
      const html = (await page.evaluate(() => window.__printed))[0];
      const flag = html.indexOf(EMERGENCY);
      const pattern = html.indexOf('Migraine-like headache');
      assert.ok(flag > 0, 'the printout has the red flag');
      assert.ok(pattern > flag, 'the patterns come after the red flag');
      assert.match(html, /not a diagnosis/);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});
