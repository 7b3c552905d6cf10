// Painlink's app icons, drawn at build time (nothing is downloaded): the mark of assets/icon.svg,
// two linked rings (back pain and headache) on the app's teal, rasterised procedurally with 4x4
// supersampling and written as PNG with Node's zlib. Output is byte-for-byte deterministic, so the
// service worker's precache revisions only change when the drawing does.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TEAL = [0x2f, 0x6f, 0x6a];
const WHITE = [0xff, 0xff, 0xff];
const PINK = [0xf2, 0xc6, 0xe6];

// ---- PNG encoding ---------------------------------------------------------------------------------
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** The exact palette of an image when it has at most 256 distinct RGBA colours, else null. */
function paletteOf(rgba) {
  const index = new Map();
  const view = new Uint32Array(rgba.buffer, rgba.byteOffset, rgba.length / 4);
  for (const c of view) {
    if (!index.has(c)) {
      if (index.size === 256) return null;
      index.set(c, index.size);
    }
  }
  return index;
}

/**
 * RGBA pixels (Uint8Array, width*height*4) to a PNG file, lossless. The icons are three flat
 * colours plus their anti-aliased blends, which always fit a palette: 8-bit indexed colour (with a
 * tRNS chunk for the rounded corners' alpha) is about a third of the size of RGBA, and every
 * first visit downloads these files for the service worker's precache.
 */
export function encodePng(width, height, rgba) {
  const palette = paletteOf(rgba);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = palette ? 3 : 6; // colour type: indexed, or RGBA
  const channels = palette ? 1 : 4;
  const stride = width * channels;
  const raw = Buffer.alloc((stride + 1) * height);
  const view = new Uint32Array(rgba.buffer, rgba.byteOffset, rgba.length / 4);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    if (palette) {
      for (let x = 0; x < width; x++) raw[y * (stride + 1) + 1 + x] = palette.get(view[y * width + x]);
    } else {
      Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
    }
  }
  const chunks = [chunk('IHDR', ihdr)];
  if (palette) {
    const plte = Buffer.alloc(palette.size * 3);
    const trns = Buffer.alloc(palette.size);
    for (const [c, i] of palette) {
      // Uint32 over little-endian RGBA bytes: R is the low byte.
      plte[i * 3] = c & 0xff;
      plte[i * 3 + 1] = (c >>> 8) & 0xff;
      plte[i * 3 + 2] = (c >>> 16) & 0xff;
      trns[i] = (c >>> 24) & 0xff;
    }
    chunks.push(chunk('PLTE', plte));
    let last = trns.length; // trailing opaque entries may be left out
    while (last > 0 && trns[last - 1] === 0xff) last--;
    if (last > 0) chunks.push(chunk('tRNS', trns.subarray(0, last)));
  }
  chunks.push(chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ...chunks]);
}

// ---- drawing ---------------------------------------------------------------------------------------
// Geometry in the 512-unit space of assets/icon.svg: a rounded square (rx 112) and two rings of
// radius 104, stroke 44, centred at (206, 256) and (306, 256). The rings interlock: white passes over pink at
// the upper crossing and under it at the lower one.
function insideRoundedSquare(x, y, r) {
  const cx = Math.min(Math.max(x, r), 512 - r);
  const cy = Math.min(Math.max(y, r), 512 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= 0 && y >= 0 && x <= 512 && y <= 512;
}

function onRing(x, y, cx, cy) {
  const d = Math.hypot(x - cx, y - cy);
  return d >= 104 - 22 && d <= 104 + 22;
}

/**
 * Draws the mark. purpose "any": rounded square with transparent corners; "maskable": full-bleed
 * square with the rings scaled into the 80% safe zone (platforms cut their own shape);
 * "apple": full-bleed square, rings at full size (iOS rounds the corners itself).
 */
export function drawIcon(size, purpose = 'any') {
  const px = new Uint8Array(size * size * 4);
  const ss = 4; // 4x4 samples per pixel
  const markScale = purpose === 'maskable' ? 0.8 : 1;
  for (let py = 0; py < size; py++) {
    for (let pxl = 0; pxl < size; pxl++) {
      let a = 0;
      let r = 0;
      let g = 0;
      let b = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = ((pxl + (sx + 0.5) / ss) / size) * 512;
          const y = ((py + (sy + 0.5) / ss) / size) * 512;
          if (purpose === 'any' && !insideRoundedSquare(x, y, 112)) continue;
          // Mark coordinates (scaled about the centre for the maskable safe zone).
          const mx = 256 + (x - 256) / markScale;
          const my = 256 + (y - 256) / markScale;
          const white = onRing(mx, my, 206, 256);
          const pink = onRing(mx, my, 306, 256);
          let c = TEAL;
          if (white && pink) c = my < 256 ? WHITE : PINK;
          else if (white) c = WHITE;
          else if (pink) c = PINK;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * size + pxl) * 4;
      if (a > 0) {
        px[i] = Math.round(r / a);
        px[i + 1] = Math.round(g / a);
        px[i + 2] = Math.round(b / a);
        px[i + 3] = Math.round((a / (ss * ss)) * 255);
      }
    }
  }
  return encodePng(size, size, px);
}

/** The icon files the manifest and index.html refer to (paths relative to the web root). */
export const ICONS = [
  { file: 'icons/icon-192.png', size: 192, purpose: 'any' },
  { file: 'icons/icon-512.png', size: 512, purpose: 'any' },
  { file: 'icons/icon-maskable-192.png', size: 192, purpose: 'maskable' },
  { file: 'icons/icon-maskable-512.png', size: 512, purpose: 'maskable' },
  { file: 'icons/apple-touch-icon.png', size: 180, purpose: 'apple' },
];

export function writeIcons(outDir) {
  for (const icon of ICONS) {
    writeFileSync(join(outDir, icon.file), drawIcon(icon.size, icon.purpose));
  }
  return ICONS.map((i) => i.file);
}
