import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../src/main/ipc/dispatcher';
import { notebookHandlers } from '../../../src/main/notebook/handlers';
import { Backups } from '../../../src/main/safekeeping/backups';
import { openTestNotebook } from '../../support/notebook';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();

describe('backups', () => {
  it('makes a verified daily backup at start and one by hand, newest first', async () => {
    const dir = await tempDir();
    const notebook = await openTestNotebook(dir);
    const [daily] = await notebook.safekeeping.listBackups();
    expect(daily).toMatchObject({ reason: 'daily', documents: 1 });
    const byHand = await notebook.safekeeping.createBackup();
    expect(byHand.reason).toBe('made by hand');
    expect((await notebook.safekeeping.listBackups()).map((b) => b.reason)).toEqual(['made by hand', 'daily']);
    expect((await readdir(join(dir, 'backups', byHand.id, 'bodies'))).length).toBe(1);
  });

  it('restores the notebook as it was, after backing up the state it replaces', async () => {
    const dir = await tempDir();
    const notebook = await openTestNotebook(dir);
    const documentId = notebook.library.list()[0]!.id;
    const tag = await notebook.tags.create({ name: 'kept' });
    const kept = await notebook.passages.create({ documentId, start: 60, end: 90, tagIds: [tag.id], note: 'in the backup' });
    const backup = await notebook.safekeeping.createBackup();
    await notebook.passages.delete(kept.id);
    await notebook.passages.create({ documentId, start: 100, end: 130, tagIds: [], note: 'after the backup' });
    await notebook.imports.text(new TextEncoder().encode('Later article\n\nAdded after the backup.'), 'later.txt');

    await notebook.safekeeping.restore(backup.id);
    // This instance no longer matches the files: every call through the bridge is refused until it is reopened.
    const dispatch = createDispatcher(notebookHandlers(notebook));
    expect(await dispatch('tags:create', { name: 'too late' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const reopened = await openTestNotebook(dir);
    expect(reopened.library.list()).toHaveLength(1);
    expect((await reopened.passages.list(documentId)).map((p) => p.note)).toEqual(['in the backup']);
    expect((await reopened.tags.list()).map((t) => t.path)).toEqual(['kept']);
    expect((await reopened.safekeeping.listBackups()).some((b) => b.reason.startsWith('before restoring'))).toBe(true);
  });

  /** A notebook with a passage, a backup of it, and a later import the backup does not hold. */
  async function restoreCutShort() {
    const dir = await tempDir();
    const notebook = await openTestNotebook(dir);
    const documentId = notebook.library.list()[0]!.id;
    await notebook.passages.create({ documentId, start: 60, end: 90, tagIds: [], note: 'in the backup' });
    const backup = await notebook.safekeeping.createBackup();
    await notebook.imports.text(new TextEncoder().encode('Later article\n\nAdded after the backup.'), 'later.txt');
    const before = await notebook.safekeeping.createBackup();
    // As a restore leaves things when the power goes halfway: its mark written, some files not yet put back.
    await writeFile(join(dir, 'restoring.json'), JSON.stringify({ id: backup.id, before: before.id }));
    await rm(join(dir, 'passages', `${documentId}.json`));
    return { dir, documentId, backup, before };
  }

  it('finishes a restore that power loss interrupted, at the next start', async () => {
    const { dir, documentId, backup } = await restoreCutShort();

    const reopened = await openTestNotebook(dir);

    expect(reopened.library.list().map((d) => d.id)).toEqual([documentId]);
    expect((await reopened.passages.list(documentId)).map((p) => p.note)).toEqual(['in the backup']);
    expect((await reopened.notices.list()).map((n) => n.message)).toEqual([`Scholia was stopped while restoring the backup of ${backup.createdAt}; it finished restoring it.`]);
    expect(await readdir(dir)).not.toContain('restoring.json');
  });

  it('puts the notebook back as it was when the backup being restored can no longer be read', async () => {
    const { dir, documentId, backup, before } = await restoreCutShort();
    await rm(join(dir, 'backups', backup.id, 'library.json'));

    const reopened = await openTestNotebook(dir);

    expect(reopened.library.list()).toHaveLength(2);
    expect((await reopened.passages.list(documentId)).map((p) => p.note)).toEqual(['in the backup']);
    const [notice] = await reopened.notices.list();
    expect(notice?.message).toBe(`Scholia was stopped while restoring a backup that can no longer be read, so it put the notebook back as it was before the restore (${before.createdAt}).`);
  });

  it('says so, as an error, when neither copy of an interrupted restore can be read', async () => {
    const { dir, backup, before } = await restoreCutShort();
    await rm(join(dir, 'backups', backup.id, 'library.json'));
    await rm(join(dir, 'backups', before.id, 'manifest.json'));

    const reopened = await openTestNotebook(dir);

    const notices = await reopened.notices.list();
    expect(notices.map((n) => [n.level, n.message])).toContainEqual(['error', expect.stringMatching(/neither that backup nor the copy taken before it can be read/)]);
    expect(await readdir(dir)).not.toContain('restoring.json');
  });

  it('restores the oldest of a full set of backups without pruning it away first', async () => {
    const dir = await tempDir();
    const notebook = await openTestNotebook(dir);
    const documentId = notebook.library.list()[0]!.id;
    await notebook.passages.create({ documentId, start: 60, end: 90, tagIds: [], note: 'oldest' });
    for (let i = 0; i < 5; i += 1) await notebook.safekeeping.createBackup();
    const oldest = (await notebook.safekeeping.listBackups()).at(-1)!;
    expect((await notebook.safekeeping.listBackups()).length).toBe(5);

    await notebook.safekeeping.restore(oldest.id);

    const reopened = await openTestNotebook(dir);
    expect(await reopened.notices.list()).toEqual([]);
    expect((await reopened.passages.list(documentId)).map((p) => p.note)).toEqual(['oldest']);
  });

  it('refuses changes that arrive once a restore has begun, and lets those under way finish first', async () => {
    const dir = await tempDir();
    const notebook = await openTestNotebook(dir);
    const documentId = notebook.library.list()[0]!.id;
    const backup = await notebook.safekeeping.createBackup();
    const underWay = notebook.passages.create({ documentId, start: 60, end: 90, tagIds: [], note: 'under way' });
    const restoring = notebook.safekeeping.restore(backup.id);
    await expect(underWay).resolves.toMatchObject({ note: 'under way' });
    await restoring;
    await expect(notebook.tags.create({ name: 'too late' })).rejects.toThrow(/being replaced/);

    const reopened = await openTestNotebook(dir);
    expect(await reopened.passages.list(documentId)).toEqual([]);
    expect((await reopened.safekeeping.listBackups()).some((b) => b.reason.startsWith('before restoring'))).toBe(true);
  });

  it('refuses to restore a backup whose files changed since it was made', async () => {
    const dir = await tempDir();
    const notebook = await openTestNotebook(dir);
    const backup = await notebook.safekeeping.createBackup();
    await writeFile(join(dir, 'backups', backup.id, 'library.json'), '{"schemaVersion":1,"documents":[]}');
    const backups = new Backups(dir, () => new Date());
    expect(await backups.verify(backup.id)).toMatch(/library\.json has changed/);
    await expect(notebook.safekeeping.restore(backup.id)).rejects.toThrow(/cannot be restored: library\.json has changed/);
    expect(notebook.library.list()).toHaveLength(1);
  });

  it('keeps the most recent backups and one a day, removing the rest', async () => {
    const dir = await tempDir();
    await openTestNotebook(dir);
    let clock = Date.parse('2026-05-01T08:00:00Z');
    const backups = new Backups(dir, () => new Date(clock), undefined, { keepRecent: 2, keepDaily: 3 });
    for (let day = 0; day < 5; day += 1) {
      for (let hour = 0; hour < 3; hour += 1) {
        clock = Date.parse('2026-05-01T08:00:00Z') + day * 86_400_000 + hour * 3_600_000;
        await backups.create('test');
      }
    }
    const kept = (await backups.list()).filter((b) => b.reason === 'test').map((b) => b.createdAt);
    expect(kept).toEqual(['2026-05-05T10:00:00.000Z', '2026-05-05T09:00:00.000Z', '2026-05-04T10:00:00.000Z', '2026-05-03T10:00:00.000Z']);
  });
});
