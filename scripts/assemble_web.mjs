// Assembles build/web next to the built widget (painlink.js, painlink.wasm):
//   1. copies the web shell (web/): pages, scripts, styles, manifest, embed loader, clinic demo;
//      the scripts the widget's pages load are minified (scripts/minify_js.mjs); and the images
//      the pages name from assets/ (icon.svg, embed-demo-icon.svg), under the same names
//   2. draws the app icons (scripts/web_icons.mjs; nothing is downloaded)
//   3. copies the message catalogues (assets/i18n/<tag>.json) into i18n/, without their white space
//   4. writes the service worker with its file list (scripts/web_sw.mjs; Workbox only finds the files)
// The service worker comes last so its list covers everything else.
import { cpSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyJs } from './minify_js.mjs';
import { writeIcons } from './web_icons.mjs';
import { buildServiceWorker } from './web_sw.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// Sources that are not code live in assets/ (data tables, font ranges, images); the web pages
// link these by name, so they land next to the pages.
const ASSETS_DIR = join(ROOT, 'assets');
const WEB_ASSETS = ['icon.svg', 'embed-demo-icon.svg'];

const [src, out] = process.argv.slice(2);
if (!src || !out) {
  console.error('usage: node scripts/assemble_web.mjs <web-source-dir> <output-dir>');
  process.exit(2);
}

// Downloaded by every visit of the app or the embed. embed.js and the demo page stay readable:
// they are what a clinic's web team reads and copies.
const MINIFIED = new Set(['index.js', 'embedded.js']);
// sw.js is a template: the output's sw.js is generated below.
for (const name of readdirSync(src)) {
  if (name === 'sw.js') continue;
  const from = join(src, name);
  if (MINIFIED.has(name)) writeFileSync(join(out, name), await minifyJs(readFileSync(from, 'utf8'), from));
  else cpSync(from, join(out, name), { recursive: statSync(from).isDirectory() });
}

for (const name of WEB_ASSETS) cpSync(join(ASSETS_DIR, name), join(out, name));

// Fetched only when its language is chosen (src/platform/catalogue_web.cpp).
mkdirSync(join(out, 'i18n'), { recursive: true });
for (const name of readdirSync(join(ASSETS_DIR, 'i18n'))) {
  if (!name.endsWith('.json')) continue;
  const text = readFileSync(join(ASSETS_DIR, 'i18n', name), 'utf8');
  writeFileSync(join(out, 'i18n', name), JSON.stringify(JSON.parse(text)));
}

mkdirSync(join(out, 'icons'), { recursive: true });
const icons = writeIcons(out);

const sw = await buildServiceWorker(out, join(src, 'sw.js'));
for (const w of sw.warnings) console.warn(`service worker: ${w}`);
console.log(`assembled ${out}: ${icons.length} icons; service worker build ${sw.build} lists ` +
  `${sw.count} files, ${(sw.size / 1024).toFixed(0)} KiB (${sw.installCount} cached at install, the rest on use)`);
