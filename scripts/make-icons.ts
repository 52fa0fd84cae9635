/**
 * Writes the add-in's icons (assets/*.png) with Node's zlib only: the app icon at 16/32/64/80 px
 * (a CPPCC-red rounded square with three rising gold bars) and one glyph per ribbon button at
 * 16/32/80 px. Shapes are drawn in a unit square and anti-aliased by 4×4 supersampling.
 *
 *   npx tsx scripts/make-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type Color = readonly [number, number, number, number];
type Point = readonly [number, number];
/** A filled polygon (even-odd) in unit coordinates, y down. */
interface Shape {
  readonly points: readonly Point[];
  readonly color: Color;
}

const RED: Color = [192, 0, 0, 255];
const GOLD: Color = [255, 192, 0, 255];
const WHITE: Color = [255, 255, 255, 255];
const GREY: Color = [118, 118, 118, 255];

function rect(x0: number, y0: number, x1: number, y1: number, color: Color): Shape {
  return { points: [[x0, y0], [x1, y0], [x1, y1], [x0, y1]], color };
}

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number, color: Color): Shape {
  const points: Point[] = [];
  const corner = (cx: number, cy: number, from: number): void => {
    for (let i = 0; i <= 6; i++) {
      const a = from + (i * Math.PI) / 12;
      points.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
    }
  };
  corner(x1 - r, y0 + r, -Math.PI / 2);
  corner(x1 - r, y1 - r, 0);
  corner(x0 + r, y1 - r, Math.PI / 2);
  corner(x0 + r, y0 + r, Math.PI);
  return { points, color };
}

/** A thick line from a to b as a quadrilateral. */
function line(a: Point, b: Point, width: number, color: Color): Shape {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = Math.hypot(dx, dy);
  const nx = (-dy / len) * (width / 2);
  const ny = (dx / len) * (width / 2);
  return { points: [[a[0] + nx, a[1] + ny], [b[0] + nx, b[1] + ny], [b[0] - nx, b[1] - ny], [a[0] - nx, a[1] - ny]], color };
}

function star(cx: number, cy: number, outer: number, inner: number, color: Color): Shape {
  const points: Point[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  return { points, color };
}

function inside(points: readonly Point[], x: number, y: number): boolean {
  let hit = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

/** Rasterises shapes (later over earlier) into straight RGBA. */
function render(shapes: readonly Shape[], size: number): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          let c: Color = [0, 0, 0, 0];
          for (const s of shapes) if (inside(s.points, x, y)) c = s.color;
          const alpha = c[3] / 255;
          r += c[0] * alpha;
          g += c[1] * alpha;
          b += c[2] * alpha;
          a += alpha;
        }
      }
      const i = (py * size + px) * 4;
      out[i] = a > 0 ? Math.round(r / a) : 0;
      out[i + 1] = a > 0 ? Math.round(g / a) : 0;
      out[i + 2] = a > 0 ? Math.round(b / a) : 0;
      out[i + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function png(rgba: Uint8Array, size: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    raw.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]);
}

const bars = (color: Color): Shape[] => [rect(0.2, 0.58, 0.34, 0.8, color), rect(0.43, 0.42, 0.57, 0.8, color), rect(0.66, 0.24, 0.8, 0.8, color)];

/** Name → shapes. */
export const ICONS: Readonly<Record<string, readonly Shape[]>> = {
  icon: [roundedRect(0.04, 0.04, 0.96, 0.96, 0.18, RED), ...bars(GOLD)],
  validate: [rect(0.1, 0.1, 0.9, 0.9, GREY), rect(0.16, 0.16, 0.84, 0.84, WHITE), line([0.26, 0.52], [0.44, 0.7], 0.13, RED), line([0.41, 0.7], [0.76, 0.3], 0.13, RED)],
  yearend: [rect(0.1, 0.84, 0.9, 0.92, RED), ...bars(GOLD)],
  notices: [rect(0.18, 0.06, 0.82, 0.94, GREY), rect(0.23, 0.11, 0.77, 0.89, WHITE), rect(0.23, 0.11, 0.77, 0.28, RED), rect(0.31, 0.4, 0.69, 0.46, GREY), rect(0.31, 0.55, 0.69, 0.61, GREY), rect(0.31, 0.7, 0.6, 0.76, GREY)],
  shortlist: [star(0.5, 0.53, 0.44, 0.18, GOLD), star(0.5, 0.53, 0.2, 0.08, RED)],
  clear: [rect(0.1, 0.1, 0.9, 0.9, GREY), rect(0.16, 0.16, 0.84, 0.84, [255, 199, 206, 255]), line([0.28, 0.28], [0.72, 0.72], 0.12, RED), line([0.72, 0.28], [0.28, 0.72], 0.12, RED)],
  slips: [rect(0.3, 0.04, 0.9, 0.78, GREY), rect(0.34, 0.08, 0.86, 0.74, WHITE), rect(0.1, 0.22, 0.7, 0.96, GREY), rect(0.14, 0.26, 0.66, 0.92, WHITE), rect(0.14, 0.26, 0.66, 0.4, RED), rect(0.22, 0.5, 0.58, 0.55, GREY), rect(0.22, 0.63, 0.58, 0.68, GREY), rect(0.22, 0.76, 0.48, 0.81, GREY)],
  selfcheck: [star(0.5, 0.5, 0.46, 0.34, GREY), rect(0.3, 0.3, 0.7, 0.7, WHITE), line([0.34, 0.52], [0.46, 0.64], 0.1, RED), line([0.44, 0.64], [0.68, 0.36], 0.1, RED)],
  taskpane: [rect(0.06, 0.14, 0.94, 0.86, GREY), rect(0.11, 0.25, 0.89, 0.81, WHITE), rect(0.06, 0.14, 0.94, 0.25, GREY), rect(0.58, 0.25, 0.89, 0.81, RED), rect(0.64, 0.34, 0.83, 0.39, WHITE), rect(0.64, 0.45, 0.83, 0.5, WHITE)],
};

/** File name → [icon, size]: the app icon at 16/32/64/80, each button at 16/32/80. */
export function iconFiles(): [string, string, number][] {
  const files: [string, string, number][] = [16, 32, 64, 80].map((size) => [`icon-${size}.png`, 'icon', size]);
  for (const name of Object.keys(ICONS).filter((n) => n !== 'icon')) for (const size of [16, 32, 80]) files.push([`${name}-${size}.png`, name, size]);
  return files;
}

function main(): void {
  const dir = join(__dirname, '..', 'assets');
  mkdirSync(dir, { recursive: true });
  for (const [file, name, size] of iconFiles()) writeFileSync(join(dir, file), png(render(ICONS[name], size), size));
  console.log(`wrote ${iconFiles().length} icons to ${dir}`);
}

if (require.main === module) main();
