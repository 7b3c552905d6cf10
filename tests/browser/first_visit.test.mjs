// A visitor's first two minutes (issue 14, items 1-3), at phone size (390x844 at 3x, touch) and
// desktop size (1280x800): the welcome, the self-check from the warning signs to the result with
// every answer saved as it is tapped (a reload keeps it), and the printed one-page summary with the
// red flag before the patterns. Screenshots: first-visit-{welcome,safety,question,result}-{phone,desktop}.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DESKTOP, PHONE, clickControl, findControl, launchBrowser, openWidget, reopen, screenshot, settle,
  shown, startServer,
} from './harness.mjs';

// Two warning-sign questions, as their radio groups are named.
const THUNDERCLAP =
  'In the last week, has a headache come on suddenly and reached its worst within about a minute, like a thunderclap?';
const NEURO = 'In the last week, have you had new weakness or numbness on one side of your body or face, trouble ' +
  'speaking or understanding, sudden confusion, fainting or a seizure?';

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

describe('first visit', () => {
  for (const [name, device] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    test(`welcome, self-check, result and printed summary (${name})`, async () => {
      const touch = name === 'phone';
      const { context, page, errors } = await openWidget(browser, server.url, {
        device, initScript: { fn: printInterceptor },
      });
      // 1. The welcome: what this is, and two starts.
      await findControl(page, 'button', 'Check yourself (2 minutes)');
      await findControl(page, 'button', "Start today's entry");
      await screenshot(page, `first-visit-welcome-${name}`);

      // 2. The self-check, warning signs first. An emergency yes shows what to do at once.
      await clickControl(page, 'button', 'Check yourself (2 minutes)', { touch });
      // A Yes / No answer is a radio in the group its question names.
      await clickControl(page, 'radio', 'Yes', { within: THUNDERCLAP, touch });
      const screening = JSON.parse(await page.evaluate(() => window.painlink.exportJSON())).screening;
      assert.equal(screening.answers.headache_thunderclap, true, 'saved the moment it was tapped');
      await page.mouse.wheel(0, -20000);
      await settle(page);
      await screenshot(page, `first-visit-safety-${name}`);
      await clickControl(page, 'radio', 'No', { within: NEURO, touch });

      // 3. The headache step; a reload keeps the answer and continues there. (The warning-sign
      // step is long: a flick to its end, as a person would.)
      await toEnd(page);
      await clickControl(page, 'button', 'Next', { touch });
      await clickControl(page, 'radio', 'Yes', { within: 'Do you get headaches?', touch });
      await reopen(page);
      assert.ok(!(await shown(page, 'button', "Start today's entry")), 'no welcome once something is answered');
      await toEnd(page);  // the card is at the end of Check-in
      await clickControl(page, 'button', 'Continue the self-check', { touch });
      await findControl(page, 'radio', 'Yes', { within: 'Do you get headaches?' });
      await clickControl(page, 'radio', '4 hours to 3 days (72 hours)', { touch });
      await clickControl(page, 'radio', 'One side of the head', { touch });
      await clickControl(page, 'radio', 'Throbbing or pulsing, in time with the heartbeat', { touch });
      await clickControl(page, 'radio', 'Yes', { within: 'During a headache, do you feel sick or throw up?', touch });
      await page.mouse.wheel(0, -20000);
      await settle(page);
      await screenshot(page, `first-visit-question-${name}`);
      const answers = JSON.parse(await page.evaluate(() => window.painlink.exportJSON())).assessment.current.answers;
      assert.equal(answers.headache_any, 'yes');
      assert.equal(answers.headache_duration, '4h_72h');

      // On through the steps to the result, with painkillers on 15 days a month or more.
      for (let i = 0; i < 6; i++) {
        await toEnd(page);
        if (await shown(page, 'button', 'See my result')) {  // the last step: medicines
          await clickControl(page, 'radio', '15 days a month or more', { touch });
          await toEnd(page);
          await clickControl(page, 'button', 'See my result', { touch });
          break;
        }
        await clickControl(page, 'button', 'Next', { touch });
      }
      await findControl(page, 'button', 'Print this summary');
      await page.mouse.wheel(0, -20000);
      await settle(page);
      await screenshot(page, `first-visit-result-${name}`);
      const live = await page.locator('[data-painlink-live]').textContent();
      assert.match(live, /Your self-check result\. Emergency/);

      // 4. The printed summary: the red flag before the patterns. The button waits for the part of
      // the widget that writes it, fetched when the result showed ("Preparing the summary...").
      assert.equal(await page.evaluate(() => window.painlink.whenComplete()), true);
      await settle(page, 200);
      await clickControl(page, 'button', 'Print this summary', { touch });
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
