/**
 * Draws Scholia's app icons from resources/icons/icon.svg: the PNG sizes Linux
 * and the window use, icon.ico for Windows and icon.icns for macOS. Run it after
 * changing the SVG (`npm run icons`). It needs rsvg-convert (Debian's
 * librsvg2-bin); packaging does not, because what it writes is committed.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodePng, encodeIcns, encodeIco, ICNS_SLOTS } from './icon-files';

const ICONS_DIR = fileURLToPath(new URL('../../../resources/icons', import.meta.url));
/** Linux installs one file a size into the icon theme; the window icon is the 512 one. */
const PNG_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];
/** The sizes Windows asks for in Explorer, the taskbar and the installer. */
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

function render(size: number): Buffer {
  return execFileSync('rsvg-convert', ['--width', String(size), '--height', String(size), join(ICONS_DIR, 'icon.svg')], {
    maxBuffer: 64 * 1024 * 1024,
  });
}

const sizes = new Set([...PNG_SIZES, ...ICO_SIZES, ...ICNS_SLOTS.map(([, size]) => size)]);
const pngs = new Map([...sizes].map((size) => [size, render(size)]));
for (const size of PNG_SIZES) writeFileSync(join(ICONS_DIR, `${size}x${size}.png`), pngs.get(size)!);
writeFileSync(join(ICONS_DIR, 'icon.ico'), encodeIco(ICO_SIZES.map((size) => decodePng(pngs.get(size)!))));
writeFileSync(join(ICONS_DIR, 'icon.icns'), encodeIcns(pngs));
console.log(`icons written to ${ICONS_DIR}`);
