// Minifies JavaScript with terser (Debian's package `node-terser`).
//   node scripts/minify_js.mjs FILE.js      minifies FILE.js in place
//   import { minifyJs } from './minify_js.mjs'
// Why: Debian's Emscripten 3.1.6 has no working Closure compiler, so -Oz only strips whitespace
// from the runtime and the --pre-js/--post-js code, leaving every local name long. Renaming locals
// and dropping dead branches takes painlink.js from 19.5 to ~13.5 KB of gzip (make bench). The
// web shell's own scripts (index.js, sw.js...) lose their comments the same way (assemble_web.mjs).
// Properties are never renamed (Module["..."], the PL object, the wasm exports keep their names),
// nor top-level names (createPainlinkModule is the page's entry point), so this is safe on any
// Emscripten output. cmake/web_flags.cmake runs it on every Release web build, the benchmark's
// baseline included, so both sides of the size ratio are minified alike.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

function loadTerser() {
  try {
    return require('terser');  // found through NODE_PATH (scripts/node_path.sh) or a local install
  } catch {
    return require('/usr/share/nodejs/terser');
  }
}

/** The minified text of `source`; throws with the file name when terser cannot parse it. */
export async function minifyJs(source, name = 'input') {
  const result = await loadTerser().minify(source, {
    ecma: 2020,
    compress: { passes: 2 },
    mangle: true,  // locals only: no `toplevel`, no `properties`
    format: { comments: false },
  });
  if (!result.code) throw new Error(`minify_js: terser produced no output for ${name}`);
  return result.code;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node scripts/minify_js.mjs FILE.js');
    process.exit(2);
  }
  const source = readFileSync(file, 'utf8');
  const code = await minifyJs(source, file);
  writeFileSync(file, code);
  console.log(`minify_js: ${file} ${source.length} -> ${code.length} bytes`);
}
