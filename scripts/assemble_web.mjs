// Copies the web shell (web/) next to the built widget in build/web. Later steps (service worker
// precache list, icons) hook in here so the output folder is always complete.
import { cpSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [src, out] = process.argv.slice(2);
for (const name of readdirSync(src)) {
  const from = join(src, name);
  cpSync(from, join(out, name), { recursive: statSync(from).isDirectory() });
}
console.log(`assembled ${out}`);
