// make bench's usual day (tests/bench/browser_bench.mjs): how many taps, and how long, a patient's
// ordinary day takes on a phone. Run alone: node tests/bench/usual_day.mjs [web dir]
import { PHONE, clickItem, launchBrowser, settle, startServer } from '../browser/harness.mjs';

/** The usual day: both pains with where and how long, three factors and the medicine
 *  taken the day before, entered by touch on a phone into Check-in. Returns the taps, what each
 *  one was, and the seconds from the first tap to the day being saved as entered. */
export async function usualDay(browser, url) {
  const context = await browser.newContext({ ...PHONE });
  try {
    const page = await context.newPage();
    await page.goto(url + '/index.html?testHooks=1');
    await page.waitForFunction(() => window.painlink && typeof window.painlink.entries === 'function', null, { timeout: 60000 });
    const yesterday = await page.evaluate(() => {
      const d = new Date(Date.now() - 86400000);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    await page.evaluate((date) => window.painlink.addEntry({ date, back_pain: { intensity: 4 },
      treatments: [{ type: 'medication', name: 'ibuprofen', drug_class: 'nsaid', dose_mg: 400, relief: 6 }] }), yesterday);
    await page.reload();
    await page.waitForFunction(() => window.painlink && typeof window.painlink.entries === 'function', null, { timeout: 60000 });
    await settle(page, 300);
    const steps = ['6##back', 'Neck', '5##head', '2 h##dur-preset', '+##sleep', '+##stress', '+##water',
      '+ ibuprofen 400 mg', '7##relief'];
    const t0 = Date.now();
    for (const label of steps) await clickItem(page, label, { touch: true });
    await page.waitForFunction((date) => {
      const e = window.painlink.entries().find((x) => x.date !== date);
      return e && window.painlink.status().saved && e.treatments && e.treatments[0] && e.treatments[0].relief === 7;
    }, yesterday, { timeout: 10000 });
    const seconds = (Date.now() - t0) / 1000;
    const e = (await page.evaluate(() => window.painlink.entries())).find((x) => x.date !== yesterday);
    const ok = e.back_pain.intensity === 6 && e.back_pain.regions.includes('neck') && e.headache.intensity === 5 &&
      e.headache.duration_hours === 2 && e.factors.sleep_hours === 7 && e.factors.stress !== undefined &&
      e.factors.water_glasses !== undefined && e.treatments[0].name === 'ibuprofen' && e.treatments[0].dose_mg === 400;
    if (!ok) throw new Error('the usual day was not saved as entered: ' + JSON.stringify(e));
    return { taps: steps.length, steps, seconds };
  } finally {
    await context.close();
  }
}

if (process.argv[1] && process.argv[1].endsWith('usual_day.mjs')) {
  const server = await startServer(process.argv[2]);
  const browser = await launchBrowser();
  try {
    const day = await usualDay(browser, server.url);
    console.log(`usual day: ${day.taps} taps (${day.steps.join(', ')}), ${day.seconds.toFixed(1)} s`);
  } finally {
    await browser.close();
    await server.close();
  }
}
