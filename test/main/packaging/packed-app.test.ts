/**
 * Packs Scholia for real with electron-builder (`--dir`: the app folder, no
 * installer) for Linux and macOS, against stand-ins for Electron's binary, which
 * cannot be downloaded here. What electron-builder puts in app.asar, what the
 * afterPack hook flips and what ASAR integrity records are then read back. The
 * stand-ins cannot run, so nothing here launches the packed app.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAsar } from './asar-header';
import { linuxStandIn, macStandIn } from './stand-in-electron';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const run = promisify(execFile);
const ON = 0x31;
const OFF = 0x30;
// The stand-ins are Linux-shaped files; on a Mac, signing would reach for them and fail.
const canPack = process.platform === 'linux';

async function pack(platform: '--linux' | '--mac', electronDist: string, output: string): Promise<void> {
  await run(
    join(ROOT, 'node_modules', '.bin', 'electron-builder'),
    [platform, 'dir', '--x64', `-c.electronDist=${electronDist}`, `-c.directories.output=${output}`],
    { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
  );
}

describe.runIf(canPack)('the packed app', () => {
  let work = '';

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'scholia-pack-'));
    await run(join(ROOT, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
    await mkdir(join(work, 'linux-electron'));
    await mkdir(join(work, 'mac-electron'));
    await pack('--linux', await linuxStandIn(join(work, 'linux-electron')), join(work, 'linux'));
    await pack('--mac', await macStandIn(join(work, 'mac-electron')), join(work, 'mac'));
  }, 300_000);

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  const linuxApp = () => join(work, 'linux', 'linux-unpacked');
  const macApp = () => join(work, 'mac', 'mac', 'Scholia.app', 'Contents');

  it('holds the built main, preload and renderer, the sample article and the window icons', async () => {
    const { files } = await readAsar(join(linuxApp(), 'resources', 'app.asar'));
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'out/main/index.js',
        'out/preload/index.cjs',
        'out/renderer/index.html',
        'resources/kerry-syria-patience-limited.txt',
        'resources/icons/512x512.png',
        'resources/icons/1024x1024.png',
        'node_modules/lowdb/package.json',
        'node_modules/pdfjs-dist/package.json',
      ]),
    );
    expect(files.some((file) => file.startsWith('out/renderer/assets/') && file.endsWith('.js'))).toBe(true);
  });

  it('holds no sources, tests, source maps, screenshots or development packages', async () => {
    const { files } = await readAsar(join(linuxApp(), 'resources', 'app.asar'));
    const manifest = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const devPackages = Object.keys(manifest.devDependencies);
    const refusals: [string, (file: string) => boolean][] = [
      ['a repo file other than the build, resources and package.json', (file) => !/^(out|resources|node_modules)\//.test(file) && file !== 'package.json'],
      ['a TypeScript source or source map', (file) => /\.(ts|tsx|mts|cts|map)$/.test(file)],
      ['a screenshot or an icon only the packager reads', (file) => /^resources\/(screenshots\/|icons\/icon\.(svg|ico|icns)$)/.test(file)],
      ['a development package', (file) => devPackages.some((name) => file.includes(`node_modules/${name}/`))],
    ];
    const stray = files.flatMap((file) => refusals.filter(([, refuses]) => refuses(file)).map(([what]) => `${what}: ${file}`));
    expect(stray).toEqual([]);
  });

  it('is packed as app.asar only, with its fuses flipped by the afterPack hook', async () => {
    expect(existsSync(join(linuxApp(), 'resources', 'app'))).toBe(false);
    const wire = await getCurrentFuseWire(join(linuxApp(), 'scholia'));
    expect(wire[FuseV1Options.RunAsNode]).toBe(OFF);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(OFF);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ON);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ON);
  });

  it('records on macOS the hash of app.asar that the integrity fuse checks, and flips the framework\'s fuses', async () => {
    const { headerHash } = await readAsar(join(macApp(), 'Resources', 'app.asar'));
    const plist = await readFile(join(macApp(), 'Info.plist'), 'utf8');
    const recorded = /<key>ElectronAsarIntegrity<\/key>\s*<dict>\s*<key>Resources\/app\.asar<\/key>\s*<dict>\s*<key>algorithm<\/key>\s*<string>SHA256<\/string>\s*<key>hash<\/key>\s*<string>([0-9a-f]{64})<\/string>/.exec(plist);
    expect(recorded?.[1]).toBe(headerHash);
    const wire = await getCurrentFuseWire(join(work, 'mac', 'mac', 'Scholia.app'));
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ON);
    expect(wire[FuseV1Options.RunAsNode]).toBe(OFF);
  });

  it('names, files and draws the macOS bundle as configured', async () => {
    const plist = await readFile(join(macApp(), 'Info.plist'), 'utf8');
    expect(plist).toMatch(/<key>CFBundleIdentifier<\/key>\s*<string>org\.scholia\.Scholia<\/string>/);
    expect(plist).toMatch(/<key>LSApplicationCategoryType<\/key>\s*<string>public\.app-category\.education<\/string>/);
    const icns = await readFile(join(macApp(), 'Resources', 'icon.icns'));
    expect(icns.equals(await readFile(join(ROOT, 'resources', 'icons', 'icon.icns')))).toBe(true);
  });
});
