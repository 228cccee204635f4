import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodePng, encodeIcns, encodeIco, ICNS_SLOTS, type RgbaImage } from '../../../src/main/packaging/icon-files';

const ICONS = fileURLToPath(new URL('../../../resources/icons', import.meta.url));
const icon = (name: string) => readFileSync(join(ICONS, name));

/** The images of an .ico: size from its directory, pixels from its bitmap, turned back to top row first and RGBA. */
function readIco(bytes: Buffer): RgbaImage[] {
  return Array.from({ length: bytes.readUInt16LE(4) }, (_, i) => {
    const entry = 6 + 16 * i;
    const width = bytes[entry] || 256;
    const height = bytes[entry + 1] || 256;
    const offset = bytes.readUInt32LE(entry + 12);
    expect(bytes.readInt32LE(offset + 8)).toBe(height * 2);
    const rgba = Buffer.alloc(width * height * 4);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const from = offset + 40 + ((height - 1 - y) * width + x) * 4;
        const to = (y * width + x) * 4;
        rgba.set([bytes[from + 2]!, bytes[from + 1]!, bytes[from]!, bytes[from + 3]!], to);
      }
    }
    return { width, height, rgba };
  });
}

/** The slots of an .icns and what each holds. */
function readIcns(bytes: Buffer): Map<string, Buffer> {
  expect(bytes.toString('latin1', 0, 4)).toBe('icns');
  expect(bytes.readUInt32BE(4)).toBe(bytes.length);
  const slots = new Map<string, Buffer>();
  for (let offset = 8; offset < bytes.length; offset += bytes.readUInt32BE(offset + 4)) {
    slots.set(bytes.toString('latin1', offset, offset + 4), bytes.subarray(offset + 8, offset + bytes.readUInt32BE(offset + 4)));
  }
  return slots;
}

function pixel({ width, rgba }: RgbaImage, x: number, y: number): number[] {
  return [...rgba.subarray((y * width + x) * 4, (y * width + x) * 4 + 4)];
}

describe('the committed app icons', () => {
  it.each([16, 32, 48, 64, 128, 256, 512, 1024])('has a %ipx PNG of that size for Linux and the window', (size) => {
    const image = decodePng(icon(`${size}x${size}.png`));
    expect([image.width, image.height]).toEqual([size, size]);
  });

  it('draws the notebook in the accent colour on paper, with transparent corners', () => {
    const image = decodePng(icon('1024x1024.png'));
    expect(pixel(image, 8, 8)).toEqual([0, 0, 0, 0]);
    expect(pixel(image, 512, 150)).toEqual([0xf7, 0xf4, 0xec, 0xff]);
    expect(pixel(image, 512, 540)).toEqual([0x1d, 0x5c, 0x63, 0xff]);
  });

  it('holds in icon.ico the same pixels as the PNGs, up to the 256px electron-builder requires', () => {
    const images = readIco(icon('icon.ico'));
    expect(images.map(({ width }) => width)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    expect(images.at(-1)!.rgba.equals(decodePng(icon('256x256.png')).rgba)).toBe(true);
  });

  it('holds in icon.icns the committed PNGs, 1024px included', () => {
    const slots = readIcns(icon('icon.icns'));
    expect([...slots.keys()]).toEqual(ICNS_SLOTS.map(([type]) => type));
    expect(slots.get('ic10')!.equals(icon('1024x1024.png'))).toBe(true);
    expect(slots.get('ic09')!.equals(icon('512x512.png'))).toBe(true);
  });
});

describe('encodeIco', () => {
  const red = [255, 0, 0, 255];
  const clear = [0, 0, 0, 0];
  const tiny: RgbaImage = { width: 2, height: 2, rgba: Buffer.from([...red, ...clear, ...clear, ...red]) };

  it('writes bitmaps bottom row first, in BGRA, and marks transparent pixels in the mask', () => {
    const ico = encodeIco([tiny]);
    expect(readIco(ico)[0]!.rgba.equals(tiny.rgba)).toBe(true);
    const bitmap = ico.readUInt32LE(6 + 12) + 40;
    expect([...ico.subarray(bitmap, bitmap + 4)]).toEqual([0, 0, 0, 0]); // bottom-left is clear
    expect([...ico.subarray(bitmap + 4, bitmap + 8)]).toEqual([0, 0, 255, 255]); // bottom-right is red, as BGRA
    expect(ico[bitmap + 16]).toBe(0b1000_0000); // mask, bottom row: left transparent
  });

  it('writes 256 as 0 in the directory and refuses larger images', () => {
    const big = (size: number): RgbaImage => ({ width: size, height: size, rgba: Buffer.alloc(size * size * 4) });
    expect(encodeIco([big(256)])[6]).toBe(0);
    expect(() => encodeIco([big(512)])).toThrow(/256/);
  });
});

describe('encodeIcns', () => {
  it('puts each size into its slots and refuses a missing size', () => {
    const pngs = new Map(ICNS_SLOTS.map(([, size]) => [size, Buffer.from(`png ${size}`)]));
    const slots = readIcns(encodeIcns(pngs));
    expect(slots.get('ic14')!.toString()).toBe('png 512');
    expect(slots.get('ic11')!.toString()).toBe('png 32');
    pngs.delete(1024);
    expect(() => encodeIcns(pngs)).toThrow(/1024px/);
  });
});

describe('decodePng', () => {
  it('refuses what is not an 8-bit RGBA PNG rather than misread it', () => {
    expect(() => decodePng(Buffer.from('GIF89a'))).toThrow(/not a PNG/);
    const rgb = Buffer.from(icon('16x16.png'));
    rgb[25] = 2; // IHDR colour type: RGB without alpha
    expect(() => decodePng(rgb)).toThrow(/RGBA/);
  });
});
