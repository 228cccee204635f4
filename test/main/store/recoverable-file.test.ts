import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { backupPathOf, NotebookTooNewError, openRecoverableFile } from '../../../src/main/store/recoverable-file';
import { useTempDirs } from '../../support/temp-dir';

const Schema = z.object({ schemaVersion: z.literal(1), items: z.array(z.string()) });
const now = () => new Date('2026-01-02T03:04:05.000Z');
const tempDir = useTempDirs();

async function withGoodStart(dir: string, items: string[]) {
  const file = join(dir, 'library.json');
  await writeFile(file, JSON.stringify({ schemaVersion: 1, items }));
  // A successful open is what records the last good copy.
  const opened = await openRecoverableFile(file, Schema, now);
  expect(opened.data).toEqual({ schemaVersion: 1, items });
  return file;
}

describe('openRecoverableFile', () => {
  it('reports a missing file as no data and no recovery', async () => {
    const opened = await openRecoverableFile(join(await tempDir(), 'library.json'), Schema, now);
    expect(opened).toMatchObject({ data: null, recovery: null });
  });

  it.each([
    ['an empty file', ''],
    ['a truncated file', '{"schemaVersion":1,"items":["a","b'],
    ['a NUL-filled file', '\0'.repeat(4096)],
    ['valid JSON of the wrong shape', '{"schemaVersion":1,"items":"not a list"}'],
  ])('restores the last good copy over %s and keeps the damaged file aside', async (_name, damaged) => {
    const dir = await tempDir();
    const file = await withGoodStart(dir, ['kept']);
    await writeFile(file, damaged);

    const opened = await openRecoverableFile(file, Schema, now);

    expect(opened.data).toEqual({ schemaVersion: 1, items: ['kept'] });
    expect(opened.recovery).toMatchObject({ restoredFrom: 'backup', file });
    expect(await readFile(opened.recovery!.keptAs, 'utf8')).toBe(damaged);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ schemaVersion: 1, items: ['kept'] });
  });

  it('starts empty, still keeping the damaged file, when there is no good copy', async () => {
    const dir = await tempDir();
    const file = join(dir, 'library.json');
    await writeFile(file, '{broken');
    const opened = await openRecoverableFile(file, Schema, now);
    expect(opened.data).toBeNull();
    expect(opened.recovery).toMatchObject({ restoredFrom: 'nothing' });
    expect(await readdir(dir)).toContain('library.damaged-2026-01-02T03-04-05-000Z.json');
  });

  it('ignores a damaged backup instead of restoring it', async () => {
    const dir = await tempDir();
    const file = join(dir, 'library.json');
    await writeFile(file, '{broken');
    await writeFile(backupPathOf(file), 'also broken');
    const opened = await openRecoverableFile(file, Schema, now);
    expect(opened).toMatchObject({ data: null, recovery: { restoredFrom: 'nothing' } });
  });

  it('refuses a notebook from a newer version and leaves it untouched', async () => {
    const dir = await tempDir();
    const file = join(dir, 'library.json');
    const newer = JSON.stringify({ schemaVersion: 99, items: [], somethingNew: true });
    await writeFile(file, newer);
    await expect(openRecoverableFile(file, Schema, now)).rejects.toThrowError(NotebookTooNewError);
    expect(await readFile(file, 'utf8')).toBe(newer);
    expect(await readdir(dir)).toEqual(['library.json']);
  });
});
