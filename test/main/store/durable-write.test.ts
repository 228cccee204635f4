import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleTempFiles, writeDurably } from '../../../src/main/store/durable-write';
import { openTestNotebook } from '../../support/notebook';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();

describe('durable writes', () => {
  it('replaces a file whole and leaves no temp file behind', async () => {
    const dir = await tempDir();
    const file = join(dir, 'library.json');
    await writeDurably(file, '{"a":1}');
    await writeDurably(file, '{"a":2}');
    expect(await readFile(file, 'utf8')).toBe('{"a":2}');
    expect(await readdir(dir)).toEqual(['library.json']);
  });

  it('removes the temp files a crash left mid-write, and nothing else', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'library.json'), '{}');
    await writeFile(join(dir, 'library.json.3735928559'), '{"half');
    await writeFile(join(dir, 'notes.json.bak'), 'kept');
    expect(await removeStaleTempFiles(dir)).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(['library.json', 'notes.json.bak']);
  });

  it('is cleaned up when a notebook opens', async () => {
    const dir = await tempDir();
    await openTestNotebook(dir);
    await writeFile(join(dir, 'session.json.123456'), 'partial');
    await openTestNotebook(dir);
    expect((await readdir(dir)).filter((name) => /\.json\.\d+$/.test(name))).toEqual([]);
  });
});
