// Generates the add-in icons (assets/icon-{16,32,64,80,128}.png) with Node built-ins only:
// a deep-blue rounded square carrying a white "€" mark, rasterized with supersampled
// antialiasing and written by a small hand-written PNG encoder (CRC32, IHDR/IDAT/IEND).
// Usage: node scripts/make-icons.mjs [outputDir]   (default: assets/)
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
/** Samples per pixel side: SS * SS samples per pixel. */
const SS = 8;

// ---------------------------------------------------------------- PNG encoder

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309, as used by PNG) of a byte buffer. */
function crc32(bytes) {
  let crc = 0xffffffff;
  for (const b of bytes) crc = CRC_TABLE[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** One PNG chunk: length, type, data, CRC over type + data. */
function chunk(type, data) {
  const typeBytes = Buffer.from(type, "ascii");
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  typeBytes.copy(out, 4);
  data.copy(out, 8);
  out.writeUInt32BE(crc32(Buffer.concat([typeBytes, data])), 8 + data.length);
  return out;
}

/** Encodes RGBA pixels (width * height * 4 bytes, non-premultiplied) as a PNG file. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type "None" for each scanline
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------- geometry
// All shapes live in the unit square [0,1]², y pointing down.

/** Inside a rounded rectangle [x0,x1]×[y0,y1] with corner radius r. */
function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/**
 * The "€" mark: an open ring (gap on the right) crossed by two horizontal bars.
 * Small icons get heavier strokes so that the mark stays legible at 16 px.
 */
function euroFor(size) {
  const bold = size <= 20;
  return {
    cx: 0.56,
    cy: 0.5,
    rOut: 0.31,
    rIn: bold ? 0.2 : 0.215,
    gapDeg: 42,
    barH: bold ? 0.09 : 0.07,
  };
}

function inEuro(x, y, euro) {
  const { cx, cy, rOut, rIn, gapDeg, barH } = euro;
  const dx = x - cx;
  const dy = y - cy;
  const d = Math.hypot(dx, dy);
  const angle = (Math.atan2(-dy, dx) * 180) / Math.PI; // 0° = right, counter-clockwise
  const inRing = d >= rIn && d <= rOut && Math.abs(angle) >= gapDeg;
  const barLeft = cx - rOut - 0.09;
  const inUpperBar = y >= cy - 0.085 - barH && y <= cy - 0.085 && x >= barLeft && x <= cx + 0.08;
  const inLowerBar = y >= cy + 0.085 && y <= cy + 0.085 + barH && x >= barLeft && x <= cx + 0.04;
  return inRing || inUpperBar || inLowerBar;
}

/** Colour of a sample point: [r, g, b, a] in 0..255, or null when transparent. */
function shade(x, y, euro) {
  const m = 0.02;
  if (!inRoundedRect(x, y, m, m, 1 - m, 1 - m, 0.2)) return null;
  if (inEuro(x, y, euro)) return [255, 255, 255, 255];
  // Deep blue with a gentle top-to-bottom gradient.
  const t = y;
  return [Math.round(24 - 10 * t), Math.round(78 - 26 * t), Math.round(160 - 40 * t), 255];
}

/** Rasterizes the icon at size × size pixels with SS×SS supersampling. */
function render(size) {
  const euro = euroFor(size);
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = shade((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size, euro);
          if (!c) continue;
          // Accumulate premultiplied colour so transparent edges do not darken.
          r += c[0];
          g += c[1];
          b += c[2];
          a += c[3];
        }
      }
      const i = (py * size + px) * 4;
      const n = SS * SS;
      const alpha = a / n;
      if (alpha > 0) {
        rgba[i] = Math.round((r * 255) / a);
        rgba[i + 1] = Math.round((g * 255) / a);
        rgba[i + 2] = Math.round((b * 255) / a);
      }
      rgba[i + 3] = Math.round(alpha);
    }
  }
  return rgba;
}

// ---------------------------------------------------------------- main

const here = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(process.argv[2] ?? join(here, "..", "assets"));
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = join(outDir, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, size, render(size)));
  console.log(`écrit : ${file}`);
}
