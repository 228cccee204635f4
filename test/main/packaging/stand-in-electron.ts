/**
 * Stand-ins for Electron's Linux and macOS distributions, for packing where
 * Electron's binary cannot be downloaded: the layout electron-builder copies,
 * with a fuse wire where the real binary has one, and nothing that can run.
 */
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The marker Electron compiles in front of its fuse wire. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron 45's nine fuses as shipped ('1' on, '0' off): RunAsNode on, the integrity and asar-only fuses off. */
const SHIPPED_WIRE = '101100011';

/** Bytes that @electron/fuses reads as an Electron binary with its fuses as shipped. */
export function fusedBytes(): Buffer {
  const header = Buffer.concat([Buffer.from(FUSE_SENTINEL, 'latin1'), Buffer.from([1, SHIPPED_WIRE.length])]);
  return Buffer.concat([Buffer.alloc(256, 0x09), header, Buffer.from(SHIPPED_WIRE, 'latin1'), Buffer.alloc(256, 0x09)]);
}

async function put(path: string, bytes: Buffer | string, executable = false): Promise<void> {
  await writeFile(path, bytes);
  if (executable) await chmod(path, 0o755);
}

/** A Linux distribution: the `electron` executable next to locales/ and resources/. */
export async function linuxStandIn(dir: string): Promise<string> {
  await mkdir(join(dir, 'locales'), { recursive: true });
  await mkdir(join(dir, 'resources'), { recursive: true });
  await put(join(dir, 'electron'), fusedBytes(), true);
  await put(join(dir, 'locales', 'en-US.pak'), 'stand-in');
  return dir;
}

function plist(entries: Record<string, string>): string {
  const body = Object.entries(entries)
    .map(([key, value]) => `<key>${key}</key><string>${value}</string>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0"><dict>${body}</dict></plist>\n`;
}

/** A macOS distribution: Electron.app with its Info.plist, helper apps and the framework that holds the fuses. */
export async function macStandIn(dir: string): Promise<string> {
  const contents = join(dir, 'Electron.app', 'Contents');
  const framework = join(contents, 'Frameworks', 'Electron Framework.framework');
  await mkdir(join(contents, 'MacOS'), { recursive: true });
  await mkdir(join(contents, 'Resources'), { recursive: true });
  await mkdir(framework, { recursive: true });
  await put(join(contents, 'Info.plist'), plist({ CFBundleExecutable: 'Electron', CFBundleIdentifier: 'com.github.Electron', CFBundleName: 'Electron', CFBundleIconFile: 'electron.icns' }));
  await put(join(contents, 'MacOS', 'Electron'), 'stand-in', true);
  await put(join(contents, 'Resources', 'electron.icns'), 'stand-in');
  await put(join(framework, 'Electron Framework'), fusedBytes());
  for (const helper of ['Electron Helper', 'Electron Helper (Renderer)', 'Electron Helper (GPU)', 'Electron Helper (Plugin)']) {
    const helperContents = join(contents, 'Frameworks', `${helper}.app`, 'Contents');
    await mkdir(join(helperContents, 'MacOS'), { recursive: true });
    await put(join(helperContents, 'Info.plist'), plist({ CFBundleExecutable: helper, CFBundleIdentifier: 'com.github.Electron.helper' }));
    await put(join(helperContents, 'MacOS', helper), 'stand-in', true);
  }
  return dir;
}
