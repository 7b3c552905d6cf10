// Writes build/web/sw.js from web/sw.js: Workbox's getManifest finds every file the app may need
// offline, and Painlink's own list replaces self.__WB_MANIFEST: per file its SHA-256 (the service worker
// checks every body it caches against it, so one cache never holds two builds' files) and whether
// it is cached at install or when first used. The build id, a hash of that list, names the cache.
// Run by assemble_web.mjs after everything else is in the output folder; the browser tests call it
// too, to make a "new version" of a copied build.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyJs } from './minify_js.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// workbox-build is the build's own npm dependency (scripts/package.json, installed by scripts/setup.sh).
const require = createRequire(join(ROOT, 'scripts', 'package.json'));

/** What the app needs offline. The clinic-side files (embed.js, the demo page) are not the app. */
export const PRECACHE_PATTERNS = ['**/*.{html,js,css,wasm,webmanifest,png,svg,otf}', 'i18n/*.json'];
export const PRECACHE_IGNORES = ['sw.js', 'embed.js', 'embed-demo.*', 'embed-demo-*', '**/*.map'];
/** Listed, but cached when first requested rather than at install, so a first visit does not
 *  download them (make bench, issue 6): the PNG icons (the browser fetches the one it needs when
 *  the patient installs the app; the page itself uses icon.svg, from assets/) and the clinic embed's page (only
 *  an embed on the widget's own site runs under this worker; the app page never loads it), and
 *  the font of more scripts (fetched the first time a journal holds Greek, Cyrillic or Central
 *  European letters: ui/fonts.cpp), and the part of the widget a first visit does not run
 *  (painlink.deferred.wasm, fetched once the visit goes beyond it: scripts/split_wasm.mjs), and the
 *  message catalogues (i18n/<tag>.json, fetched only when that language is chosen:
 *  src/platform/catalogue_web.cpp; English needs none). */
export const ON_USE_PATTERNS = [/^icons\//, /^embedded\./, /^Inter-Regular-more\.otf$/, /^painlink\.deferred\.[0-9a-f]+\.wasm$/,
  /^i18n\/[a-z]{2,3}\.json$/];

/** The first 128 bits of a SHA-256, in hex: web/sw.js computes the same from each body it caches. */
export const sha256Prefix = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 32);

/** The files the service worker lists, in a stable order: [{ url, sha256, on? }] (the browser
 *  tests read it too). Workbox's getManifest only finds them; nothing of Workbox is shipped. */
export async function listFiles(outDir) {
  const { getManifest } = require('workbox-build');
  const found = await getManifest({
    globDirectory: outDir,
    globPatterns: PRECACHE_PATTERNS,
    globIgnores: PRECACHE_IGNORES,
    maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
  });
  const entries = found.manifestEntries.map(({ url }) => {
    const entry = { url, sha256: sha256Prefix(readFileSync(join(outDir, url))) };
    if (ON_USE_PATTERNS.some((re) => re.test(url))) entry.on = 'use';
    return entry;
  });
  return { entries, count: found.count, size: found.size, warnings: found.warnings };
}

export async function buildServiceWorker(outDir, swSrc = join(ROOT, 'web', 'sw.js')) {
  const swDest = join(outDir, 'sw.js');
  const template = readFileSync(swSrc, 'utf8');
  if (!template.includes('self.__WB_MANIFEST')) throw new Error(`${swSrc}: no self.__WB_MANIFEST to replace`);
  const { entries, count, size, warnings } = await listFiles(outDir);
  const list = JSON.stringify(entries);
  const build = createHash('sha256').update(list).digest('hex').slice(0, 12);
  const text = template.replace('self.__WB_MANIFEST', list).replace('__PAINLINK_BUILD__', build);
  writeFileSync(swDest, await minifyJs(text, swDest));  // downloaded by every first visit
  const atInstall = entries.filter((e) => e.on !== 'use');
  return { build, count, installCount: atInstall.length, size, files: entries.map((e) => e.url),
    atInstall: atInstall.map((e) => e.url), warnings };
}
