// Synthetic journal for the benchmarks: N consecutive days ending today (local date), every field
// of the interchange format used on every day, values varied the way a real diary varies
// (seeded, so every run and the native bench see the same document).
//
//   node tests/bench/gen_journal.mjs OUT.json [days=3650] [seed=6]
//   import { generateJournal } from './gen_journal.mjs'
//
// Sizes are tuned to the "every field filled" journal: about 2.8 MB of compact JSON for
// 3,650 days (a one-sentence note every day, 2-3 treatments, 3 custom factors).
import { writeFileSync } from 'node:fs';

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

const pad = (n) => String(n).padStart(2, '0');
const isoDate = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

const SENTENCES = [
  'Long drive to see mum, stiff by the evening.',
  'Bad night, woke at 4 with neck pain again.',
  'Worked from the sofa all day and the lower back is sore.',
  'Migraine started after lunch; a dark room helped a bit.',
  'Gym in the morning, felt better than last week.',
  'Stiff after the flight, took it easy.',
  'Rainy and cold, the weather change always sets it off.',
  'Deadline at work, skipped lunch and had too much coffee.',
  'Physio exercises done twice today — café afterwards.',
  'Headache behind the left eye, sensitive to the office lights.',
  'Slept nine hours for once and woke up with no pain at all.',
  'Carried the shopping up three flights; back twinged on the last one.',
  'Kids were ill, very little sleep, pain creeping up all day.',
  'Tried the new pillow. Neck is a little better, not sure yet.',
];
const MEDS = [
  ['ibuprofen', 'nsaid', [200, 400, 600]],
  ['paracetamol', 'paracetamol', [500, 1000]],
  ['sumatriptan', 'triptan', [50, 100]],
  ['naproxen', 'nsaid', [250, 500]],
  ['aspirin', 'aspirin', [500, 1000]],
  ['co-codamol', 'combination', [530, 1060]],
  ['methocarbamol', 'muscle_relaxant', [750, 1500]],
];
const OTHER_TREATMENTS = ['rest', 'ice', 'heat', 'stretching', 'posture', 'other'];
const CUSTOM = ['weather change', 'long drive', 'bright sunlight', 'late night', 'cheese or wine', 'ovulation'];
const SIDES = ['left', 'right', 'both'];

/** Returns the interchange document (an object). `end` defaults to today (local). */
export function generateJournal({ days = 3650, seed = 6, end = new Date() } = {}) {
  const rnd = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const half = (lo, hi) => int(lo * 2, hi * 2) / 2;
  const chance = (p) => rnd() < p;
  const entries = [];
  const endDay = new Date(end.getFullYear(), end.getMonth(), end.getDate(), 12);
  let stress = 5;
  for (let i = days - 1; i >= 0; i--) {
    const d = new Date(endDay);
    d.setDate(endDay.getDate() - i);
    stress = Math.max(0, Math.min(10, stress + int(-2, 2)));
    const sleep = half(4, 9.5);
    const poorNight = sleep < 6;
    const back = Math.max(0, Math.min(10, int(0, 6) + (poorNight ? 2 : 0) + (stress > 7 ? 1 : 0)));
    const head = Math.max(0, Math.min(10, int(0, 5) + (stress > 6 ? 2 : 0) + (poorNight ? 2 : 0)));
    const regions = ['neck', 'upper_back', 'lower_back'].filter(() => chance(0.55));
    if (!regions.length) regions.push('lower_back');
    const radiates = ['arm', 'leg'].filter(() => chance(0.3));
    if (!radiates.length) radiates.push(chance(0.5) ? 'arm' : 'leg');
    const custom = {};
    for (let k = 0; k < 3; k++) custom[CUSTOM[(i + k * 2) % CUSTOM.length]] = chance(0.4);
    const treatments = [];
    const med = pick(MEDS);
    treatments.push({ type: 'medication', name: med[0], drug_class: med[1], dose_mg: pick(med[2]), relief: int(0, 10) });
    treatments.push({ type: pick(OTHER_TREATMENTS), relief: int(0, 10) });
    if (chance(0.35)) {
      const m2 = pick(MEDS);
      treatments.push({ type: 'medication', name: m2[0], drug_class: m2[1], dose_mg: pick(m2[2]), relief: int(0, 10) });
    }
    const notes = pick(SENTENCES);
    entries.push({
      date: isoDate(d),
      back_pain: { intensity: back, regions, radiates_to: radiates },
      headache: {
        intensity: head, duration_hours: half(0, 12), side: pick(SIDES), pulsating: chance(0.5), aura: chance(0.15),
        nausea: chance(0.3), light_sensitive: chance(0.5), sound_sensitive: chance(0.4), worse_with_activity: chance(0.5),
      },
      factors: {
        sleep_hours: sleep, stress, screen_hours: half(1, 14), sitting_hours: int(2, 12), water_glasses: int(2, 12),
        caffeine_cups: int(0, 6), alcohol_units: chance(0.3) ? half(1, 6) : 0, exercise_minutes: pick([0, 0, 15, 30, 45, 60, 90]),
        skipped_meal: chance(0.2), menstruating: (i % 28) < 5, custom,
      },
      treatments,
      notes,
    });
  }
  return {
    format: 'painlink.journal',
    version: 1,
    entries,
    screening: {
      answered_on: entries[0].date,
      answers: { headache_thunderclap: false, fever_unwell: false, headache_neuro: false, back_bladder_bowel: false },
    },
    settings: { back_flare_threshold: 5 },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out, days = '3650', seed = '6'] = process.argv.slice(2);
  if (!out) {
    console.error('usage: node gen_journal.mjs OUT.json [days] [seed]');
    process.exit(2);
  }
  const text = JSON.stringify(generateJournal({ days: Number(days), seed: Number(seed) }));
  writeFileSync(out, text);
  console.error(`gen_journal: ${days} days, ${text.length} characters, ${Buffer.byteLength(text)} bytes -> ${out}`);
}
