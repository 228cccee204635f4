import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { afterPack, fusedFile, type PackedApp } from '../../../src/main/packaging/after-pack';
import { useTempDirs } from '../../support/temp-dir';
import { fusedBytes } from './stand-in-electron';

const ON = 0x31;
const OFF = 0x30;

function packedApp(electronPlatformName: string, appOutDir = '/pack/out', executableName?: string): PackedApp {
  return { appOutDir, electronPlatformName, packager: { appInfo: { productFilename: 'Scholia' }, executableName } };
}

describe('fusedFile', () => {
  it.each([
    ['darwin', '/pack/out/Scholia.app'],
    ['mas', '/pack/out/Scholia.app'],
    ['win32', '/pack/out/Scholia.exe'],
    ['linux', '/pack/out/scholia'],
  ])('on %s flips %s', (platform, expected) => {
    expect(fusedFile(packedApp(platform, '/pack/out', 'scholia'))).toBe(expected);
  });

  it('refuses a platform it knows no executable for, and a Linux pack without an executable name', () => {
    expect(() => fusedFile(packedApp('freebsd'))).toThrow(/freebsd/);
    expect(() => fusedFile(packedApp('linux'))).toThrow(/no executable/);
  });
});

describe('afterPack', () => {
  const tempDir = useTempDirs();

  it('flips the fuses of the executable electron-builder just packed', async () => {
    const appOutDir = await tempDir();
    await writeFile(join(appOutDir, 'scholia'), fusedBytes());
    const before = await getCurrentFuseWire(join(appOutDir, 'scholia'));
    expect(before[FuseV1Options.RunAsNode]).toBe(ON);

    await afterPack(packedApp('linux', appOutDir, 'scholia'));

    const wire = await getCurrentFuseWire(join(appOutDir, 'scholia'));
    expect(wire[FuseV1Options.RunAsNode]).toBe(OFF);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(OFF);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ON);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ON);
  });

  it('fails the build when the packed executable has no fuses, leaving it as it was', async () => {
    const appOutDir = await tempDir();
    const bytes = Buffer.from('not an Electron binary');
    await writeFile(join(appOutDir, 'scholia'), bytes);

    await expect(afterPack(packedApp('linux', appOutDir, 'scholia'))).rejects.toThrow(/sentinel/);
    expect((await readFile(join(appOutDir, 'scholia'))).equals(bytes)).toBe(true);
  });
});
