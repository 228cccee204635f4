/**
 * Tagging while the tag is being merged or deleted: whatever the order the
 * changes land in, no passage or document is left on a tag that is gone.
 */
import { describe, expect, it } from 'vitest';
import { openTestNotebook } from '../../support/notebook';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();

async function notebookWithDocuments(count: number) {
  const dir = await tempDir();
  const notebook = await openTestNotebook(dir);
  for (let i = 0; i < count; i += 1) {
    await notebook.imports.pasted(`Dispatch ${i}`, `A report number ${i} on the talks between the envoys, with enough words to select.`);
  }
  return { notebook, dir };
}

describe('tagging during a merge or a delete', () => {
  it.each(['merge', 'delete'] as const)('never leaves a passage or document on a tag a %s removed, in 20 trials', async (kind) => {
    const { notebook, dir } = await notebookWithDocuments(6);
    const documents = notebook.library.list();
    for (let trial = 0; trial < 20; trial += 1) {
      const source = await notebook.tags.create({ name: `trial${trial}/source` });
      const target = await notebook.tags.create({ name: `trial${trial}/target` });
      // A passage with the tag already in each of half the documents; the rest get it while it goes.
      for (const document of documents.slice(0, 3)) await notebook.passages.create({ documentId: document.id, start: 0, end: 8, tagIds: [source.id], note: '' });
      const racing = documents.map((document, index) =>
        index % 2 === 0
          ? notebook.passages.create({ documentId: document.id, start: 10, end: 20, tagIds: [source.id], note: '' }).catch(() => null)
          : notebook.library.setTags(document.id, { addTagIds: [source.id] }).catch(() => null),
      );
      const retire = kind === 'merge' ? notebook.tags.merge(source.id, target.id) : notebook.tags.delete(source.id);
      await Promise.all([retire, ...racing]);

      for (const document of notebook.library.list()) {
        expect(document.tags, `trial ${trial}`).not.toContain(source.id);
        for (const passage of await notebook.passages.list(document.id)) expect(passage.tagIds, `trial ${trial}`).not.toContain(source.id);
      }
      if (kind === 'merge') {
        // What was tagged with the source while it merged carries the target now.
        const passagesOnTarget = (await notebook.tags.passagesOf(target.id, false)).length;
        expect(passagesOnTarget, `trial ${trial}`).toBeGreaterThanOrEqual(3);
      }
    }
    // The start-up check finds nothing to repair.
    await notebook.close();
    const reopened = await openTestNotebook(dir);
    expect(reopened.notices.list()).toEqual([]);
    await reopened.close();
  });
});
