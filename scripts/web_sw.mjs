// Writes build/web/sw.js from web/sw.js: Workbox's injectManifest lists every file the app needs
// (with a content hash per file as its revision), and the build id, a hash of that list, names the
// cache. Run by assemble_web.mjs after everything else is in the output folder; the browser tests
// call it too, to make a "new version" of a copied build.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// workbox-build is an npm dev dependency of the browser tests (tests/browser/package.json).
const require = createRequire(join(ROOT, 'tests', 'browser', 'package.json'));

/** What the app needs offline. The clinic-side files (embed.js, the demo page) are not the app. */
export const PRECACHE_PATTERNS = ['**/*.{html,js,css,wasm,webmanifest,png,svg}'];
export const PRECACHE_IGNORES = ['sw.js', 'embed.js', 'embed-demo.*', 'embed-demo-*', '**/*.map'];

export async function buildServiceWorker(outDir, swSrc = join(ROOT, 'web', 'sw.js')) {
  const { injectManifest } = require('workbox-build');
  const swDest = join(outDir, 'sw.js');
  const result = await injectManifest({
    swSrc,
    swDest,
    globDirectory: outDir,
    globPatterns: PRECACHE_PATTERNS,
    globIgnores: PRECACHE_IGNORES,
    maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
  });
  const entries = JSON.parse(readFileSync(swDest, 'utf8').match(/const MANIFEST = (\[.*?\]);/s)[1]);
  const build = createHash('sha256').update(JSON.stringify(entries)).digest('hex').slice(0, 12);
  const text = readFileSync(swDest, 'utf8').replace('__PAINLINK_BUILD__', build);
  writeFileSync(swDest, text);
  return { build, count: result.count, size: result.size, files: entries.map((e) => e.url), warnings: result.warnings };
}
