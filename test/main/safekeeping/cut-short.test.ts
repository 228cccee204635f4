/** What a kill during a backup or an export leaves behind is cleared at the next start, and an export cut short is told. */
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestNotebook } from '../../support/notebook';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();

describe('work a crash cut short', () => {
  it('removes a backup folder that never got its manifest, and keeps the finished backups', async () => {
    const dir = await tempDir();
    const notebook = await openTestNotebook(dir);
    const kept = await notebook.safekeeping.createBackup();
    await notebook.close();
    // A backup stopped halfway: some copies, no manifest.
    const halfway = join(dir, 'backups', '20260301T090500000Z');
    await mkdir(join(halfway, 'passages'), { recursive: true });
    await writeFile(join(halfway, 'library.json'), '{"schemaVersion": 2');
    const reopened = await openTestNotebook(dir);
    expect(existsSync(halfway)).toBe(false);
    expect((await reopened.safekeeping.listBackups()).map((b) => b.id)).toContain(kept.id);
    expect(reopened.notices.list()).toEqual([]);
    await reopened.close();
  });

  it('removes the unfinished file of an export cut short, never the archive’s own name, and says so', async () => {
    const dir = await tempDir();
    const elsewhere = await tempDir();
    const target = join(elsewhere, 'Field work.scholia');
    const notebook = await openTestNotebook(dir);
    await notebook.close();
    // As a kill mid-export leaves it: the mark in the notebook, the partial file where the user wanted the archive.
    await writeFile(join(dir, 'exporting.json'), JSON.stringify({ target }));
    await writeFile(`${target}.partial`, 'half a zip');
    await writeFile(join(elsewhere, 'unrelated.txt'), 'the user’s own file');
    const reopened = await openTestNotebook(dir);
    expect((await readdir(elsewhere)).sort()).toEqual(['unrelated.txt']);
    expect(existsSync(join(dir, 'exporting.json'))).toBe(false);
    expect(reopened.notices.list().map((n) => n.message)).toEqual([
      'Exporting the notebook to “Field work.scholia” was cut short when Scholia stopped; the unfinished file was removed. Export it again from the Backups view.',
    ]);
    await reopened.close();
  });

  it('leaves no mark behind after an export that finished', async () => {
    const dir = await tempDir();
    const notebook = await openTestNotebook(dir);
    await notebook.safekeeping.exportArchive(join(await tempDir(), 'done.scholia'));
    expect(existsSync(join(dir, 'exporting.json'))).toBe(false);
    await notebook.close();
  });
});
