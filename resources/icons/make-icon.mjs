// Draws Grove's icon (a stylised green tree on a soft rounded square) and writes icon.png, 512x512 RGBA.
// Dependency-free: shapes are sampled 4x4 per pixel for smooth edges; PNG chunks are written by hand
// with node:zlib. Run: node resources/icons/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const SIZE = 512;
const SAMPLES = 4;

/** @typedef {[number, number, number, number]} Rgba */

const colours = {
  badge: /** @type {Rgba} */ ([238, 246, 232, 255]),
  ground: /** @type {Rgba} */ ([196, 224, 176, 255]),
  trunk: /** @type {Rgba} */ ([122, 82, 48, 255]),
  canopyDark: /** @type {Rgba} */ ([46, 125, 50, 255]),
  canopy: /** @type {Rgba} */ ([76, 160, 72, 255]),
  canopyLight: /** @type {Rgba} */ ([129, 199, 112, 255]),
  fruit: /** @type {Rgba} */ ([239, 159, 64, 255]),
};

const inCircle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const inRect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
function inRoundedRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}
/** Trunk: wider at the base, with two short roots. */
function inTrunk(x, y) {
  if (y < 250 || y > 420) return false;
  const t = (y - 250) / 170;
  const half = 20 + 14 * t * t;
  if (Math.abs(x - 256) <= half) return true;
  // roots flare along the ground
  if (y > 395) {
    const spread = 34 + (y - 395) * 2.4;
    return Math.abs(x - 256) <= spread;
  }
  return false;
}

/** Shapes painted in order; the last one containing a point gives its colour. */
const layers = [
  [inRoundedRect(16, 16, 496, 496, 96), colours.badge],
  [(x, y) => inRoundedRect(16, 16, 496, 496, 96)(x, y) && y >= 410, colours.ground],
  [inTrunk, colours.trunk],
  [inRect(236, 250, 276, 300), colours.trunk],
  [inCircle(176, 226, 86), colours.canopyDark],
  [inCircle(336, 226, 86), colours.canopyDark],
  [inCircle(256, 170, 112), colours.canopy],
  [inCircle(196, 196, 70), colours.canopy],
  [inCircle(316, 196, 70), colours.canopy],
  [inCircle(226, 140, 44), colours.canopyLight],
  [inCircle(300, 128, 30), colours.canopyLight],
  [inCircle(200, 232, 13), colours.fruit],
  [inCircle(318, 250, 13), colours.fruit],
  [inCircle(268, 120, 12), colours.fruit],
];

function pixel(px, py) {
  const sum = [0, 0, 0, 0];
  for (let sy = 0; sy < SAMPLES; sy += 1) {
    for (let sx = 0; sx < SAMPLES; sx += 1) {
      const x = px + (sx + 0.5) / SAMPLES;
      const y = py + (sy + 0.5) / SAMPLES;
      let colour = /** @type {Rgba} */ ([0, 0, 0, 0]);
      for (const [contains, fill] of layers) if (contains(x, y)) colour = fill;
      // premultiplied accumulation keeps transparent edges clean
      const alpha = colour[3] / 255;
      sum[0] += colour[0] * alpha;
      sum[1] += colour[1] * alpha;
      sum[2] += colour[2] * alpha;
      sum[3] += colour[3];
    }
  }
  const n = SAMPLES * SAMPLES;
  const alpha = sum[3] / n;
  if (alpha === 0) return [0, 0, 0, 0];
  const scale = 255 / alpha / n;
  return [Math.round(sum[0] * scale), Math.round(sum[1] * scale), Math.round(sum[2] * scale), Math.round(alpha)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes RGBA rows as a PNG (colour type 6, 8 bits, no interlace, filter 0 on every row). */
export function encodePng(width, height, rgbaAt) {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  let offset = 0;
  for (let y = 0; y < height; y += 1) {
    raw[offset] = 0;
    offset += 1;
    for (let x = 0; x < width; x += 1) {
      const [r, g, b, a] = rgbaAt(x, y);
      raw[offset] = r;
      raw[offset + 1] = g;
      raw[offset + 2] = b;
      raw[offset + 3] = a;
      offset += 4;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const target = fileURLToPath(new URL('icon.png', import.meta.url));
writeFileSync(target, encodePng(SIZE, SIZE, pixel));
console.log(`wrote ${target}`);
