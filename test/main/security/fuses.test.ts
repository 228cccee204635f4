import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { applyFuses } from '../../../src/main/packaging/fuses';
import { useTempDirs } from '../../support/temp-dir';

/** The marker Electron compiles in front of its fuse wire. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const OFF = 0x30; // '0'
const ON = 0x31; // '1'
/** Electron 45's wire as shipped: 9 fuses, the ninth (WasmTrapHandlers) unknown to @electron/fuses 1.x. */
const DEFAULT_WIRE = [
  ON, // RunAsNode
  OFF, // EnableCookieEncryption
  ON, // EnableNodeOptionsEnvironmentVariable
  ON, // EnableNodeCliInspectArguments
  OFF, // EnableEmbeddedAsarIntegrityValidation
  OFF, // OnlyLoadAppFromAsar
  OFF, // LoadBrowserProcessSpecificV8Snapshot
  ON, // GrantFileProtocolExtraPrivileges
  ON, // WasmTrapHandlers
];

/** A stand-in for an Electron executable: arbitrary bytes, sentinel, version 1, wire length, wire, more bytes. */
function fakeElectronBinary(): { bytes: Buffer; wireStart: number } {
  const before = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31 + 7) % 256));
  const after = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 17 + 3) % 256));
  const header = Buffer.concat([Buffer.from(SENTINEL, 'latin1'), Buffer.from([1, DEFAULT_WIRE.length])]);
  return {
    bytes: Buffer.concat([before, header, Buffer.from(DEFAULT_WIRE), after]),
    wireStart: before.length + header.length,
  };
}

describe('applyFuses', () => {
  const tempDir = useTempDirs();

  async function packagedBinary(): Promise<{ path: string; original: Buffer; wireStart: number }> {
    const { bytes, wireStart } = fakeElectronBinary();
    const path = join(await tempDir(), 'scholia');
    await writeFile(path, bytes);
    return { path, original: bytes, wireStart };
  }

  it('turns off every way to run foreign code and locks the app to its asar', async () => {
    const { path } = await packagedBinary();
    const before = await getCurrentFuseWire(path);
    expect(before[FuseV1Options.RunAsNode]).toBe(ON);

    await applyFuses(path);

    const wire = await getCurrentFuseWire(path);
    expect(wire.version).toBe('1');
    const expected: [FuseV1Options, number][] = [
      [FuseV1Options.RunAsNode, OFF],
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable, OFF],
      [FuseV1Options.EnableNodeCliInspectArguments, OFF],
      [FuseV1Options.OnlyLoadAppFromAsar, ON],
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, ON],
      [FuseV1Options.EnableCookieEncryption, ON],
      [FuseV1Options.GrantFileProtocolExtraPrivileges, OFF],
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot, OFF],
    ];
    for (const [fuse, state] of expected) {
      expect({ fuse: FuseV1Options[fuse], state: wire[fuse] }).toEqual({ fuse: FuseV1Options[fuse], state });
    }
  });

  it('changes only the wire: every other byte, and the fuse it does not know, stay as they were', async () => {
    const { path, original, wireStart } = await packagedBinary();

    await applyFuses(path);

    const flipped = await readFile(path);
    const afterKnownFuses = wireStart + 8;
    expect(flipped.length).toBe(original.length);
    expect(flipped.subarray(0, wireStart).equals(original.subarray(0, wireStart))).toBe(true);
    expect(flipped.subarray(afterKnownFuses).equals(original.subarray(afterKnownFuses))).toBe(true);
    expect(flipped[afterKnownFuses]).toBe(ON); // WasmTrapHandlers, left at Electron's default
  });

  it('refuses a file that is not an Electron binary with fuses, and leaves it untouched', async () => {
    const path = join(await tempDir(), 'not-electron');
    const bytes = Buffer.from('#!/bin/sh\necho not electron\n');
    await writeFile(path, bytes);

    await expect(applyFuses(path)).rejects.toThrow(/sentinel/);
    expect((await readFile(path)).equals(bytes)).toBe(true);
  });
});
