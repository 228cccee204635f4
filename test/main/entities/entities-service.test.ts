/**
 * Entities through a real notebook: found in the background, kept in a cache
 * so a restart reads nothing again, read again when a text changes, edits
 * persisted and undoable, and bad edits refused with nothing changed.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEntitiesApi, ENTITIES_METHODS, ENTITIES_WORKER, type EntitiesApi } from '../../../src/main/entities/entities-protocol';
import type { Notebook } from '../../../src/main/notebook/notebook';
import { openNotebook } from '../../../src/main/notebook/open-notebook';
import { localWorkerHandle } from '../../../src/main/workers/local-worker';
import { serveWorker } from '../../../src/main/workers/worker-channel';
import { ScholiaFailure } from '../../../src/shared/result';
import { snapshotFolder } from '../../support/notebook';
import { sampleArticle } from '../../support/sample';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();

/** A notebook whose entities worker counts the documents it reads. */
async function open(dataDir: string) {
  const read: string[] = [];
  const serve = () =>
    localWorkerHandle((port) => {
      const api = createEntitiesApi();
      const counting: EntitiesApi = { extract: (documents) => (read.push(...documents.map((d) => d.id)), api.extract(documents)) };
      serveWorker(ENTITIES_METHODS, port, counting, ENTITIES_WORKER);
    });
  const notebook = await openNotebook({ dataDir, sample: sampleArticle(), entitiesWorker: serve });
  await notebook.checked;
  await notebook.entities.settled();
  return { notebook, read };
}

const find = async (notebook: Notebook, name: string) => (await notebook.entities.list({ limit: 1000, includeHidden: true })).entities.find((entity) => entity.name === name);

describe('entities in a notebook', () => {
  it('lists the sample article’s entities, and reads nothing again after a restart', async () => {
    const dir = await tempDir();
    const first = await open(dir);
    expect(first.read).toHaveLength(1);
    const list = await first.notebook.entities.list({ kind: 'person', limit: 10 });
    expect(list.pending).toBe(0);
    expect(list.entities[0]).toMatchObject({ name: 'John Kerry', kind: 'person', documents: 1 });
    await first.notebook.close();
    const again = await open(dir);
    expect(again.read).toHaveLength(0);
    expect((await find(again.notebook, 'John Kerry'))?.mentions).toBe(list.entities[0]!.mentions);
    await again.notebook.close();
  });

  it('reads a document again when its text changes, and forgets a removed one', async () => {
    const dir = await tempDir();
    const { notebook, read } = await open(dir);
    const outcome = await notebook.imports.pasted('Oslo talks', 'Jonas Gahr Store met Kerry in Oslo. Store said little.');
    if (outcome.status !== 'imported') throw new Error(outcome.status);
    const id = outcome.document.id;
    await notebook.entities.settled();
    expect((await find(notebook, 'Oslo'))?.documents).toBe(1);
    await notebook.versions.replace(id, await notebook.imports.parsePasted('Talks in Bergen', 'Jonas Gahr Store met Kerry in Bergen and Stavanger.'), true);
    await notebook.entities.settled();
    expect(read.filter((r) => r === id)).toHaveLength(2);
    expect((await find(notebook, 'Oslo'))).toBeUndefined();
    await notebook.removal.delete([id]);
    await notebook.entities.settled();
    expect((await find(notebook, 'Jonas Gahr Store'))).toBeUndefined();
    await notebook.close();
  });

  it('keeps edits across a restart, and undoes them', async () => {
    const dir = await tempDir();
    const { notebook } = await open(dir);
    const un = (await find(notebook, 'United Nations'))!;
    await notebook.entities.edit({ action: 'rename', entityId: un.id, name: 'The UN' });
    const norway = (await find(notebook, 'Norway'))!;
    await notebook.entities.edit({ action: 'hide', entityId: norway.id, hidden: true });
    const assad = (await find(notebook, 'Bashar al-Assad'))!;
    await notebook.entities.edit({ action: 'split', entityId: assad.id, alias: 'Assad' });
    expect((await find(notebook, 'Assad'))?.mentions).toBe(assad.mentions - 1);
    await notebook.close();

    const again = (await open(dir)).notebook;
    expect((await find(again, 'The UN'))?.aliases).toContain('UN');
    expect((await again.entities.list({ limit: 100 })).entities.map((e) => e.name)).not.toContain('Norway');
    expect((await find(again, 'Norway'))?.hidden).toBe(true);
    await again.entities.edit({ action: 'merge', entityId: (await find(again, 'Assad'))!.id, intoId: (await find(again, 'Bashar al-Assad'))!.id });
    expect((await find(again, 'Bashar al-Assad'))?.mentions).toBe(assad.mentions);
    await again.history.undo();
    expect((await find(again, 'Assad'))).toBeDefined();
    await again.close();
  });

  it('keeps edits in backups: restoring one puts back the corrections made before it', async () => {
    const dir = await tempDir();
    const { notebook } = await open(dir);
    await notebook.entities.edit({ action: 'rename', entityId: (await find(notebook, 'United Nations'))!.id, name: 'The UN' });
    const backup = await notebook.safekeeping.createBackup();
    await notebook.entities.edit({ action: 'rename', entityId: (await find(notebook, 'The UN'))!.id, name: 'UN after the backup' });
    await notebook.safekeeping.restore(backup.id);
    await notebook.close();

    const again = (await open(dir)).notebook;
    expect(await find(again, 'The UN')).toBeDefined();
    expect(await find(again, 'UN after the backup')).toBeUndefined();
    await again.close();
  });

  it('restores damaged corrections from the last verified backup, and says so', async () => {
    const dir = await tempDir();
    const { notebook } = await open(dir);
    await notebook.entities.edit({ action: 'rename', entityId: (await find(notebook, 'United Nations'))!.id, name: 'The UN' });
    await notebook.safekeeping.createBackup();
    await notebook.close();
    await writeFile(join(dir, 'entities.json'), '{"schemaVersion": 3, "edits": [tru');

    const again = (await open(dir)).notebook;
    expect(await find(again, 'The UN')).toBeDefined();
    expect(again.notices.list().map((notice) => notice.message)).toEqual([expect.stringMatching(/entit.*damaged.*restored it from the last verified backup/is)]);
    await again.close();
  });

  it('refuses bad edits with a clear message and changes nothing', async () => {
    const dir = await tempDir();
    const { notebook } = await open(dir);
    const kerry = (await find(notebook, 'John Kerry'))!;
    const syria = (await find(notebook, 'Syria'))!;
    const before = await snapshotFolder(dir);
    const refusals = [
      notebook.entities.edit({ action: 'merge', entityId: kerry.id, intoId: syria.id }),
      notebook.entities.edit({ action: 'merge', entityId: kerry.id, intoId: kerry.id }),
      notebook.entities.edit({ action: 'rename', entityId: kerry.id, name: '   ' }),
      notebook.entities.edit({ action: 'split', entityId: kerry.id, alias: 'Zarif' }),
      notebook.entities.edit({ action: 'hide', entityId: 'missing', hidden: true }),
    ];
    for (const refusal of refusals) await expect(refusal).rejects.toBeInstanceOf(ScholiaFailure);
    await expect(notebook.entities.proposal('missing', 10)).rejects.toMatchObject({ code: 'not-found' });
    expect(notebook.history.size).toBe(0);
    expect(await snapshotFolder(dir)).toEqual(before);
    await notebook.close();
  });

  it('proposes the mentions of an entity for coding, each with its sentence', async () => {
    const dir = await tempDir();
    const { notebook } = await open(dir);
    const zarif = (await find(notebook, 'Mohammad Javad Zarif'))!;
    const proposal = await notebook.entities.proposal(zarif.id, 100);
    expect(proposal.tagPath).toBe('people/Mohammad Javad Zarif');
    expect(proposal.mentions).toHaveLength(zarif.mentions);
    const body = await notebook.library.body(proposal.mentions[0]!.documentId);
    for (const mention of proposal.mentions) {
      expect(body.text.slice(mention.start, mention.end)).toBe(mention.text);
      expect(mention.sentence).toContain(mention.text);
    }
    await notebook.close();
  });

  it('reads every document again from a damaged cache instead of failing', async () => {
    const dir = await tempDir();
    (await open(dir)).notebook.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await writeFile(join(dir, 'entities-cache.json'), 'garbage\n{');
    const { notebook, read } = await open(dir);
    expect(read).toHaveLength(1);
    expect((await find(notebook, 'John Kerry'))).toBeDefined();
    await notebook.close();
  });
});
