// Splits the linked widget in two, after each Release link (cmake/web.cmake):
//   painlink.wasm           what a first visit runs: the welcome, the self-check, Check-in, saving
//   painlink.deferred.<hash>.wasm
//                           the functions marked PAINLINK_ON_DEMAND (core/on_demand.hpp) and
//                           everything only they call; fetched when the page is about to need
//                           them (web_platform.js), so a first visit does not download them.
//
// Emscripten's -sSPLIT_MODULE link leaves the whole module in painlink.wasm.orig (the painlink.wasm
// it writes is an instrumented copy for profile-guided splitting, unused here). Instead of a
// profile, the split follows the call graph: a function stays in painlink.wasm when it can be
// reached from an export, the start function or the function table without passing through a
// marked function; every other function moves. So a first visit can only reach the deferred file
// through a marked function, which is why the marks sit on whole views and whole analyses.
//
//   node scripts/split_wasm.mjs <dir with painlink.wasm.orig>
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

// The symbol prefix PAINLINK_ON_DEMAND gives a marked function (src/core/on_demand.hpp).
const MARK = 'painlink_on_demand_';
// The features Emscripten 3.1.6 builds the widget with (its default target): binaryen's tools must
// not assume more, or they could write instructions an older browser lacks.
const FEATURES = ['--mvp-features', '--enable-mutable-globals', '--enable-sign-ext'];

/** The parts of a wasm binary the split needs: function bodies, their direct calls, names,
 *  exports, the table's functions and the start function. */
export function readModule(bytes) {
  let o = 8;
  const u = () => {
    let n = 0, shift = 0, x;
    do { x = bytes[o++]; n += (x & 127) * 2 ** shift; shift += 7; } while (x & 128);
    return n;
  };
  const skipS = () => { while (bytes[o++] & 128); };
  const str = () => { const l = u(); const s = bytes.subarray(o, o + l).toString(); o += l; return s; };
  const m = { imported: 0, bodies: [], names: new Map(), exports: [], table: new Set(), start: -1 };
  while (o < bytes.length) {
    const id = bytes[o++];
    const size = u();
    const end = o + size;
    if (id === 2) {
      for (let c = u(); c > 0; c--) {
        str(); str();
        const kind = bytes[o++];
        if (kind === 0) { u(); m.imported++; }
        else if (kind === 1) { o++; if (u() & 1) { u(); u(); } else u(); }
        else if (kind === 2) { if (u() & 1) { u(); u(); } else u(); }
        else if (kind === 3) o += 2;
      }
    } else if (id === 7) {
      for (let c = u(); c > 0; c--) { const name = str(); const kind = bytes[o++]; const index = u(); if (kind === 0) m.exports.push({ name, index }); }
    } else if (id === 8) {
      m.start = u();
    } else if (id === 9) {
      for (let c = u(); c > 0; c--) {
        if (u() !== 0) throw new Error('split_wasm: only active elem segments of table 0 are understood');
        o++; skipS(); o++;  // i32.const offset end
        for (let n = u(); n > 0; n--) m.table.add(u());
      }
    } else if (id === 10) {
      for (let c = u(); c > 0; c--) { const s = u(); m.bodies.push({ at: o, size: s }); o += s; }
    } else if (id === 0) {
      if (str() === 'name') {
        while (o < end) {
          const sub = bytes[o++]; const len = u(); const subEnd = o + len;
          if (sub === 1) for (let c = u(); c > 0; c--) { const i = u(); m.names.set(i, str()); }
          o = subEnd;
        }
      }
    }
    o = end;
  }
  m.calls = m.bodies.map(({ at, size }) => directCalls(bytes, at, at + size));
  return m;
}

// Instructions without immediates that the decoder accepts as they are: MVP control (unreachable,
// nop, else, end, return, drop, select), the numeric instructions, and sign extension.
const MVP_PLAIN = (op) => op === 0x00 || op === 0x01 || op === 0x05 || op === 0x0b || op === 0x0f ||
  op === 0x1a || op === 0x1b || (op >= 0x45 && op <= 0xc4) || op === 0xd1;

/** The functions a body calls directly (call, return_call) or takes the address of (ref.func). */
function directCalls(bytes, start, end) {
  let o = start;
  const u = () => { let n = 0, shift = 0, x; do { x = bytes[o++]; n += (x & 127) * 2 ** shift; shift += 7; } while (x & 128); return n; };
  const skipS = () => { while (bytes[o++] & 128); };
  const out = new Set();
  for (let groups = u(); groups > 0; groups--) { u(); o++; }
  while (o < end) {
    const op = bytes[o++];
    if (op === 0x02 || op === 0x03 || op === 0x04) { const t = bytes[o]; if (t === 0x40 || (t >= 0x6f && t <= 0x7f)) o++; else skipS(); }
    else if (op === 0x0c || op === 0x0d) u();
    else if (op === 0x0e) { for (let n = u(); n >= 0; n--) u(); }
    else if (op === 0x10 || op === 0x12 || op === 0xd2) out.add(u());
    else if (op === 0x11 || op === 0x13) { u(); u(); }
    else if (op === 0x1c) o += u();
    else if (op >= 0x20 && op <= 0x26) u();
    else if (op >= 0x28 && op <= 0x3e) { u(); u(); }
    else if (op === 0x3f || op === 0x40 || op === 0xd0) o++;
    else if (op === 0x41 || op === 0x42) skipS();
    else if (op === 0x43) o += 4;
    else if (op === 0x44) o += 8;
    else if (op === 0xfc) {
      const sub = u();
      if (sub === 8) { u(); o++; } else if (sub === 10) o += 2; else if (sub === 11) o++;
      else if (sub === 12 || sub === 14) { u(); u(); } else if (sub === 9 || sub === 13 || (sub >= 15 && sub <= 17)) u();
      else if (sub > 7) throw new Error('split_wasm: unknown instruction 0xfc ' + sub);
    } else if (op === 0xfd) throw new Error('split_wasm: SIMD is not understood');
    else if (!MVP_PLAIN(op)) throw new Error('split_wasm: unknown instruction 0x' + op.toString(16));
  }
  if (o !== end) throw new Error('split_wasm: a function body was not read to its end');
  return out;
}

/** A function's name as binaryen's tools know it: they escape every character the text format does
 *  not allow in an identifier as a backslash and two hex digits (binaryen 108, wasm-binary.cpp),
 *  and --split-funcs compares against that. */
const ID_CHAR = /[0-9A-Za-z!#$%&'*+\-./:<=>?@^_`|~]/;
export function binaryenName(name) {
  if ([...name].every((c) => ID_CHAR.test(c))) return name;
  return [...Buffer.from(name, 'utf8')].map((b) => {
    const c = String.fromCharCode(b);
    return b < 128 && ID_CHAR.test(c) ? c : '\\' + b.toString(16).padStart(2, '0');
  }).join('');
}

/** Indices of the functions that move to the deferred module. */
export function deferredFunctions(m) {
  const marked = new Set();
  for (const [f, name] of m.names) if (name.startsWith(MARK)) marked.add(f);
  const kept = new Set();
  const todo = [];
  const keep = (f) => { if (f >= m.imported && !kept.has(f) && !marked.has(f)) { kept.add(f); todo.push(f); } };
  for (const e of m.exports) keep(e.index);
  for (const f of m.table) keep(f);
  if (m.start >= 0) keep(m.start);
  while (todo.length) for (const g of m.calls[todo.pop() - m.imported]) keep(g);
  const moved = [];
  for (let f = m.imported; f < m.imported + m.bodies.length; f++) if (!kept.has(f)) moved.push(f);
  return { marked, moved };
}

function main(dir) {
  const orig = join(dir, 'painlink.wasm.orig');
  const m = readModule(readFileSync(orig));
  const { marked, moved } = deferredFunctions(m);
  if (marked.size === 0) throw new Error(`split_wasm: no function in ${orig} is marked PAINLINK_ON_DEMAND`);
  const unnamed = moved.filter((f) => !m.names.has(f));
  if (unnamed.length) throw new Error('split_wasm: functions without a name (link with --profiling-funcs): ' + unnamed.length);
  // binaryen renames a repeated name, so a list by name could move the wrong function of two.
  const seen = new Set();
  for (const name of m.names.values()) {
    if (seen.has(name)) throw new Error('split_wasm: two functions are named ' + name);
    seen.add(name);
  }
  const list = join(dir, 'painlink.deferred.txt');
  writeFileSync(list, moved.map((f) => binaryenName(m.names.get(f))).join('\n') + '\n');
  const primary = join(dir, 'painlink.split.wasm');
  const secondary = join(dir, 'painlink.deferred.split.wasm');
  const out = execFileSync('wasm-split', [...FEATURES, '--split', orig, '--split-funcs=@' + list, '--export-prefix=%',
    '-o1', primary, '-o2', secondary], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (/warning/i.test(out)) throw new Error('split_wasm: wasm-split warned:\n' + out);
  // The names only served to list the functions; the files the browser downloads drop them.
  const strip = (from, to) => {
    execFileSync('wasm-opt', [...FEATURES, '--strip-debug', '--strip-producers', from, '-o', to], { stdio: 'inherit' });
    unlinkSync(from);
  };
  strip(primary, join(dir, 'painlink.wasm'));
  const rest = join(dir, 'painlink.deferred.tmp.wasm');
  strip(secondary, rest);
  // The second file is named after its content, and painlink.js asks for that name: a page can
  // only ever load the half that was split from its own build.
  const bytes = readFileSync(rest);
  const name = `painlink.deferred.${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}.wasm`;
  for (const f of readdirSync(dir)) if (/^painlink\.deferred\.[0-9a-f]+\.wasm$/.test(f)) unlinkSync(join(dir, f));
  writeFileSync(join(dir, name), bytes);
  unlinkSync(rest);
  const jsFile = join(dir, 'painlink.js');
  const js = readFileSync(jsFile, 'utf8');
  if (!js.includes('__PAINLINK_DEFERRED_WASM__')) throw new Error('split_wasm: painlink.js has no __PAINLINK_DEFERRED_WASM__');
  writeFileSync(jsFile, js.split('__PAINLINK_DEFERRED_WASM__').join(name));
  const movedBytes = moved.reduce((a, f) => a + m.bodies[f - m.imported].size, 0);
  console.log(`split_wasm: ${marked.size} marked, ${moved.length} of ${m.bodies.length} functions ` +
    `(${movedBytes} bytes of code) deferred; painlink.wasm ${readFileSync(join(dir, 'painlink.wasm')).length} B, ` +
    `${name} ${bytes.length} B`);
}

if (process.argv[1] && process.argv[1].endsWith('split_wasm.mjs')) main(process.argv[2]);
