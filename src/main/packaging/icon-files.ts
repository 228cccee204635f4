/**
 * The icon containers the packager wants, written from PNGs: a Windows .ico and
 * a macOS .icns. They are committed, so packaging never converts icons (which
 * would make electron-builder download its icon toolset) and every machine
 * ships the same bytes.
 */
import { inflateSync } from 'node:zlib';

/** Raw pixels, four bytes (red, green, blue, alpha) a pixel, top row first. */
export interface RgbaImage {
  width: number;
  height: number;
  rgba: Buffer;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Decodes the PNGs rsvg-convert writes (8-bit RGBA, not interlaced); refuses anything else rather than guess. */
export function decodePng(png: Buffer): RgbaImage {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [bitDepth, colourType, , , interlace] = body.subarray(8, 13);
      if (bitDepth !== 8 || colourType !== 6 || interlace !== 0) throw new Error('only 8-bit RGBA PNGs without interlacing are read');
    } else if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  return { width, height, rgba: unfilter(inflateSync(Buffer.concat(data)), width, height) };
}

function unfilter(raw: Buffer, width: number, height: number): Buffer {
  const stride = width * 4;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= 4 ? out[y * stride + x - 4]! : 0;
      const up = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const upLeft = x >= 4 && y > 0 ? out[(y - 1) * stride + x - 4]! : 0;
      out[y * stride + x] = (line[x]! + predict(filter, left, up, upLeft)) & 0xff;
    }
  }
  return out;
}

function predict(filter: number | undefined, left: number, up: number, upLeft: number): number {
  switch (filter) {
    case 0:
      return 0;
    case 1:
      return left;
    case 2:
      return up;
    case 3:
      return (left + up) >> 1;
    case 4: {
      const p = left + up - upLeft;
      const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
      return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
    }
    default:
      throw new Error(`unknown PNG filter ${filter}`);
  }
}

/**
 * A Windows icon with every image stored as a bitmap, not as PNG: the NSIS
 * installer and older Windows shells read bitmaps only, and the whole file stays
 * well under NSIS's 1 MB icon limit.
 */
export function encodeIco(images: readonly RgbaImage[]): Buffer {
  const bitmaps = images.map(icoBitmap);
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ width, height }, i) => {
    const entry = 6 + 16 * i;
    if (width > 256 || height > 256) throw new Error('an .ico image is at most 256 pixels wide');
    header.writeUInt8(width & 0xff, entry); // 256 is written as 0
    header.writeUInt8(height & 0xff, entry + 1);
    header.writeUInt16LE(1, entry + 4); // planes
    header.writeUInt16LE(32, entry + 6); // bits a pixel
    header.writeUInt32LE(bitmaps[i]!.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += bitmaps[i]!.length;
  });
  return Buffer.concat([header, ...bitmaps]);
}

function icoBitmap({ width, height, rgba }: RgbaImage): Buffer {
  const maskStride = Math.ceil(width / 32) * 4;
  const info = Buffer.alloc(40);
  info.writeUInt32LE(40, 0);
  info.writeInt32LE(width, 4);
  info.writeInt32LE(height * 2, 8); // colour rows and mask rows together, as icons require
  info.writeUInt16LE(1, 12);
  info.writeUInt16LE(32, 14);
  info.writeUInt32LE(width * height * 4 + maskStride * height, 20);
  const pixels = Buffer.alloc(width * height * 4);
  const mask = Buffer.alloc(maskStride * height);
  for (let y = 0; y < height; y++) {
    const row = height - 1 - y; // bitmaps are stored bottom row first
    for (let x = 0; x < width; x++) {
      const from = (y * width + x) * 4;
      const to = (row * width + x) * 4;
      pixels[to] = rgba[from + 2]!;
      pixels[to + 1] = rgba[from + 1]!;
      pixels[to + 2] = rgba[from]!;
      pixels[to + 3] = rgba[from + 3]!;
      // Shells that ignore alpha still see the rounded corners as transparent.
      if (rgba[from + 3] === 0) mask[row * maskStride + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  return Buffer.concat([info, pixels, mask]);
}

/** The .icns slots macOS reads PNGs from (10.7 on), and the pixel size each holds. */
export const ICNS_SLOTS = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32], // 16 points at 2x
  ['ic12', 64], // 32 points at 2x
  ['ic07', 128],
  ['ic13', 256], // 128 points at 2x
  ['ic08', 256],
  ['ic14', 512], // 256 points at 2x
  ['ic09', 512],
  ['ic10', 1024], // 512 points at 2x
] as const;

/** A macOS icon from one PNG a size: each slot of ICNS_SLOTS holds the PNG of its size. */
export function encodeIcns(pngBySize: ReadonlyMap<number, Buffer>): Buffer {
  const entries = ICNS_SLOTS.map(([type, size]) => {
    const png = pngBySize.get(size);
    if (!png) throw new Error(`no ${size}px PNG for ${type}`);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + entries.reduce((sum, entry) => sum + entry.length, 0), 4);
  return Buffer.concat([head, ...entries]);
}
