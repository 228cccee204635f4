/**
 * Every change a user makes is published once, by the service that made it,
 * as one commit naming what it touched; what follows the feed (undo, the
 * passage index, the window) needs no other call.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Commit } from '../../../src/main/changes/change-feed';
import { toChangeEvent } from '../../../src/main/changes/change-feed';
import { createDispatcher } from '../../../src/main/ipc/dispatcher';
import { notebookHandlers } from '../../../src/main/notebook/handlers';
import type { Notebook } from '../../../src/main/notebook/notebook';
import { openTestNotebook } from '../../support/notebook';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const open: Notebook[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((notebook) => notebook.close()));
});

async function setUp() {
  const notebook = await openTestNotebook(await tempDir());
  open.push(notebook);
  const commits: Commit[] = [];
  notebook.feed.subscribe((commit) => commits.push(commit));
  const documentId = notebook.library.list()[0]!.id;
  /** The commits one action published, as the window hears them, with whether each can be undone. */
  const during = async (action: () => Promise<unknown>) => {
    commits.length = 0;
    await action();
    return commits.map((commit) => ({ ...toChangeEvent(commit), undo: commit.undo?.label ?? null }));
  };
  return { notebook, documentId, during };
}

describe('what each change publishes', () => {
  it('publishes a passage created, changed and deleted once each, with its undo', async () => {
    const { notebook, documentId, during } = await setUp();
    const tag = await notebook.tags.create({ name: 'themes/ceasefire' });
    let id = '';
    expect(
      await during(async () => {
        id = (await notebook.passages.create({ documentId, start: 60, end: 90, tagIds: [tag.id], note: '' })).id;
      }),
    ).toEqual([{ revision: expect.any(Number), changes: [{ scope: 'passages', kind: 'added', documentId, ids: [id] }], undo: 'create passage' }]);
    expect(await during(() => notebook.passages.update(id, { note: 'A note' }))).toMatchObject([
      { changes: [{ scope: 'passages', kind: 'updated', documentId, ids: [id] }], undo: 'edit note' },
    ]);
    expect(await during(() => notebook.passages.delete(id))).toMatchObject([
      { changes: [{ scope: 'passages', kind: 'removed', documentId, ids: [id] }], undo: 'delete passage' },
    ]);
    // The undo's own commit cannot itself be undone, and the index took the passage back.
    expect(await during(() => notebook.history.undo())).toMatchObject([{ changes: [{ scope: 'passages', kind: 'added', ids: [id] }], undo: null }]);
    expect((await notebook.tags.passagesOf(tag.id, false)).map((p) => p.passage.id)).toEqual([id]);
  });

  it('publishes a tag created with its new parents, renamed, and merged as one commit each', async () => {
    const { notebook, documentId, during } = await setUp();
    let kerryId = '';
    const created = await during(async () => {
      kerryId = (await notebook.tags.create({ name: 'actors/Kerry' })).id;
    });
    expect(created).toMatchObject([{ changes: [{ scope: 'tags', kind: 'added', ids: [expect.any(String), kerryId] }], undo: 'create tag actors/Kerry' }]);
    expect(await during(() => notebook.tags.update(kerryId, { color: '#123456' }))).toMatchObject([
      { changes: [{ scope: 'tags', kind: 'updated', ids: [kerryId] }], undo: 'change tag Kerry' },
    ]);
    const other = await notebook.tags.create({ name: 'people/John Kerry' });
    const passage = await notebook.passages.create({ documentId, start: 60, end: 90, tagIds: [other.id], note: '' });
    await notebook.library.setTags(documentId, { tagIds: [other.id] });
    const merged = await during(() => notebook.tags.merge(other.id, kerryId));
    expect(merged).toEqual([
      {
        revision: expect.any(Number),
        changes: [
          { scope: 'passages', kind: 'updated', documentId, ids: [passage.id] },
          { scope: 'documents', kind: 'updated', ids: [documentId] },
          { scope: 'tags', kind: 'removed', ids: [other.id] },
        ],
        undo: 'merge people/John Kerry into actors/Kerry',
      },
    ]);
  });

  it('publishes imports, document tags, reading positions, notices and backups', async () => {
    const { notebook, documentId, during } = await setUp();
    const imported = await during(() => notebook.imports.pasted('Field notes', 'We met the envoy at noon.'));
    expect(imported).toMatchObject([{ changes: [{ scope: 'documents', kind: 'added', ids: [expect.any(String)] }], undo: null }]);
    const tag = await notebook.tags.create({ name: 'source/Arutz Sheva' });
    expect(await during(() => notebook.library.setTags(documentId, { addTagIds: [tag.id] }))).toMatchObject([
      { changes: [{ scope: 'documents', kind: 'updated', ids: [documentId] }], undo: 'change document tags' },
    ]);
    expect(await during(() => notebook.reading.savePosition({ documentId, blockIndex: 2, fraction: 0.5 }))).toMatchObject([
      { changes: [{ scope: 'session', documentIds: [documentId] }], undo: null },
    ]);
    const notice = notebook.notices.notify('info', 'Something to know.');
    expect(await during(async () => notebook.notices.dismiss(notice.id))).toMatchObject([{ changes: [{ scope: 'notices', kind: 'removed', ids: [notice.id] }] }]);
    expect(await during(() => notebook.safekeeping.createBackup())).toMatchObject([{ changes: [{ scope: 'backups' }] }]);
  });

  it('publishes nothing for a change that was refused', async () => {
    const { notebook, documentId, during } = await setUp();
    expect(await during(() => notebook.passages.create({ documentId, start: 5, end: 2, tagIds: [], note: '' }).catch(() => null))).toEqual([]);
    expect(await during(() => notebook.library.setTags(documentId, { tagIds: ['no-such-tag'] }).catch(() => null))).toEqual([]);
    expect(notebook.history.size).toBe(0);
  });

  it("stamps a bridge answer with the revision of its own commit, and a read's with the revision it saw", async () => {
    const { notebook, documentId } = await setUp();
    const dispatch = createDispatcher(notebookHandlers(notebook), { track: (run) => notebook.feed.track(run) });
    const created = await dispatch('passages:create', { documentId, start: 60, end: 90, tagIds: [], note: '' });
    expect(created).toMatchObject({ ok: true, revision: notebook.feed.revision });
    notebook.notices.notify('info', 'later');
    const listed = await dispatch('passages:list', { documentId });
    expect(listed).toMatchObject({ ok: true, revision: notebook.feed.revision });
    expect(created.revision).toBeLessThan(listed.revision!);
  });
});
