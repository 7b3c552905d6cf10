// axe-core (npm) over the full app and the clinic embed, at phone and desktop size: no serious or
// critical violation, on the first screen and with a journal that fills Insights.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import {
  DESKTOP, PHONE, clickControl, embedFrame, launchBrowser, openWidget, settle, startServer,
} from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

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

// Serious and critical violations in `target` (a page or a frame), as "rule: element" lines.
async function violations(target) {
  await target.addScriptTag({ path: AXE });
  const found = await target.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}: ${n.failureSummary}`));
  });
  return found;
}

function journal(days) {
  const entries = [];
  const now = new Date();
  for (let i = days; i >= 1; i--) {
    const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() - i);
    const p = (n) => String(n).padStart(2, '0');
    entries.push({
      date: `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`,
      back_pain: { intensity: i % 3 ? 2 : 6 }, headache: { intensity: i % 3 ? 1 : 7 },
      factors: { sleep_hours: i % 3 ? 8 : 5, stress: i % 3 ? 3 : 8 },
    });
  }
  return { format: 'painlink.journal', version: 1, entries };
}

describe('axe-core: no serious or critical violation', () => {
  for (const [name, device] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    test(`the app: Check-in, then Insights with a journal (${name})`, async () => {
      // bypassCSP: only so that axe's own script can be injected into the page.
      const own = await browser.newContext({ ...device, bypassCSP: true });
      const { context, page, errors } = await openWidget(browser, server.url, { device, context: own });
      assert.deepEqual(await violations(page), []);
      await page.evaluate((doc) => window.painlink.importJSON(JSON.stringify(doc), { mode: 'merge' }), journal(60));
      await clickControl(page, 'tab', 'Insights', { touch: device.hasTouch });
      await settle(page, 300);
      assert.deepEqual(await violations(page), []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('the clinic embed demo: the host page and the widget inside its frame', async () => {
    const context = await browser.newContext({ ...PHONE, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/embed-demo.html?testHooks=1`);
    const frame = await embedFrame(page);
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(await violations(frame), []);
    await context.close();
  });
});
