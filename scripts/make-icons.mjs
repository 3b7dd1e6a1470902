#!/usr/bin/env node
/**
 * Draws the toolbar icon (a rounded square with an opening quotation mark and a highlighter
 * stroke) at each size the manifest names, as PNGs in assets/icons/. Drawn by code so the icon
 * has a source that can be changed and rebuilt: node scripts/make-icons.mjs
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "assets", "icons");
mkdirSync(out, { recursive: true });

const CRC = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Shapes in a unit square; returns the colour at (x, y) or null for transparent.
const BG = [31, 35, 40];
const AMBER = [255, 196, 0];
const WHITE = [246, 248, 250];
function shade(x, y) {
  const r = 0.2; // corner radius
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  if (y > 0.7 && y < 0.82 && x > 0.16 && x < 0.84) return AMBER; // highlighter stroke
  // A closing quotation mark: two dots, each with a tail tapering down to the left.
  for (const ox of [0.34, 0.64]) {
    const dx = x - ox;
    const dy = y - 0.36;
    if (dx * dx + dy * dy < 0.1 ** 2) return WHITE;
    const t = dy / 0.24; // 0 at the dot's centre, 1 at the tail's tip
    if (t > 0 && t < 1 && Math.abs(dx - (0.05 - t * 0.13)) < 0.07 * (1 - t)) return WHITE;
  }
  return BG;
}

for (const size of [16, 32, 48, 128]) {
  const rgba = Buffer.alloc(size * size * 4);
  const ss = 4; // supersampling for smooth edges
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = shade((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a) rgba.set([r / a, g / a, b / a, (255 * a) / (ss * ss)], i);
    }
  }
  writeFileSync(join(out, `icon-${size}.png`), png(size, rgba));
}
console.log(`Icons written to ${out}`);
