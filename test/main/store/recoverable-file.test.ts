import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sealJson } from '../../../src/main/store/checksum';
import { NotebookTooNewError } from '../../../src/main/store/migrations';
import { backupPathOf, openRecoverableFile } from '../../../src/main/store/recoverable-file';
import { SCHEMA_VERSION } from '../../../src/main/store/schema';
import { useTempDirs } from '../../support/temp-dir';

const Schema = z.object({ schemaVersion: z.literal(SCHEMA_VERSION), items: z.array(z.string()) });
const now = () => new Date('2026-01-02T03:04:05.000Z');
const tempDir = useTempDirs();
const fileOf = (items: string[]) => sealJson({ schemaVersion: SCHEMA_VERSION, items });

async function withGoodStart(dir: string, items: string[]) {
  const file = join(dir, 'library.json');
  await writeFile(file, fileOf(items));
  // A successful open is what records the last good copy.
  const opened = await openRecoverableFile(file, Schema, now);
  expect(opened.data).toEqual({ schemaVersion: SCHEMA_VERSION, items });
  return file;
}

describe('openRecoverableFile', () => {
  it('reports a missing file as no data and no recovery', async () => {
    const opened = await openRecoverableFile(join(await tempDir(), 'library.json'), Schema, now);
    expect(opened).toMatchObject({ data: null, recovery: null });
  });

  it.each([
    ['an empty file', ''],
    ['a truncated file', fileOf(['a', 'b']).slice(0, 30)],
    ['a NUL-filled file', '\0'.repeat(4096)],
    ['valid JSON of the wrong shape', sealJson({ schemaVersion: SCHEMA_VERSION, items: 'not a list' })],
    ['a file whose bytes changed but still parse', fileOf(['changed']).replace('changed', 'chanqed')],
    ['a file without its checksum', JSON.stringify({ schemaVersion: SCHEMA_VERSION, items: ['unsealed'] })],
    ['a file whose damage turned its version into an older one', fileOf(['kept']).replace(`"schemaVersion":${SCHEMA_VERSION}`, '"schemaVersion":1')],
  ])('restores the last good copy over %s and keeps the damaged file aside', async (_name, damaged) => {
    const dir = await tempDir();
    const file = await withGoodStart(dir, ['kept']);
    await writeFile(file, damaged);

    const opened = await openRecoverableFile(file, Schema, now);

    expect(opened.data).toEqual({ schemaVersion: SCHEMA_VERSION, items: ['kept'] });
    expect(opened.recovery).toMatchObject({ restoredFrom: 'last-good-copy', file });
    expect(await readFile(opened.recovery!.keptAs, 'utf8')).toBe(damaged);
    expect(await readFile(file, 'utf8')).toBe(fileOf(['kept']));
  });

  it('falls back to the newest verified backup when the last good copy is damaged too', async () => {
    const dir = await tempDir();
    const file = await withGoodStart(dir, ['kept']);
    await writeFile(file, '{"schemaVersion":');
    await writeFile(backupPathOf(file), '\0\0\0');

    const opened = await openRecoverableFile(file, Schema, now, async () => ({ raw: fileOf(['from a backup']), createdAt: '2026-01-01T00:00:00.000Z' }));

    expect(opened.data?.items).toEqual(['from a backup']);
    expect(opened.recovery).toMatchObject({ restoredFrom: 'verified-backup', backupCreatedAt: '2026-01-01T00:00:00.000Z' });
    expect(await readFile(file, 'utf8')).toBe(fileOf(['from a backup']));
  });

  it('starts empty, still keeping the damaged file, when there is no good copy', async () => {
    const dir = await tempDir();
    const file = join(dir, 'library.json');
    await writeFile(file, '{broken');
    const opened = await openRecoverableFile(file, Schema, now, async () => null);
    expect(opened.data).toBeNull();
    expect(opened.recovery).toMatchObject({ restoredFrom: 'nothing' });
    expect(await readdir(dir)).toContain('library.damaged-2026-01-02T03-04-05-000Z.json');
  });

  it('ignores a damaged last good copy and a damaged backup copy instead of restoring them', async () => {
    const dir = await tempDir();
    const file = join(dir, 'library.json');
    await writeFile(file, '{broken');
    await writeFile(backupPathOf(file), 'also broken');
    const opened = await openRecoverableFile(file, Schema, now, async () => ({ raw: fileOf(['x']).replace('"x"', '"y"'), createdAt: '' }));
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
