/**
 * Frozen notebooks of every past schema version must keep opening with
 * nothing lost. `test/fixtures/notebook-v1/` was written by schema version 1
 * and is never regenerated: when the schema changes, add a migration and a
 * fixture for the new version, and keep this one passing.
 */
import { cp, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openTestNotebook } from '../../support/notebook';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const FIXTURE = fileURLToPath(new URL('../../fixtures/notebook-v1/', import.meta.url));

describe('a notebook written by schema version 1', () => {
  it('opens with every document, tag, passage, note and reading position', async () => {
    const dir = await tempDir();
    await cp(FIXTURE, dir, { recursive: true });
    const notebook = await openTestNotebook(dir);

    expect(await notebook.listNotices()).toEqual([]);
    const [document] = notebook.listDocuments();
    expect(document).toMatchObject({ title: "Kerry tells Russia US patience on Syria 'limited'", source: 'Arutz Sheva', byline: 'Arutz Sheva Staff' });
    const tags = await notebook.listTags();
    expect(tags.map((t) => [t.path, t.description, t.passageCount, t.documentCount])).toEqual([
      ['quotes', '', 0, 0],
      ['quotes/Kerry', 'What Kerry said', 1, 0],
      ['region', '', 0, 0],
      ['region/Syria', '', 0, 1],
    ]);
    const passages = await notebook.listPassages(document!.id);
    expect(passages.map((p) => [p.quote.exact, p.note, p.anchor !== null])).toEqual([
      ['our patience is not infinite', 'Key **warning**', true],
      ['nearly 600,000 Syrians', '', true],
    ]);
    expect((await notebook.getDocument(document!.id)).position).toEqual({ blockIndex: 6, fraction: 0.5 });
    expect(notebook.getSession()).toEqual({ lastDocumentId: document!.id });
    // Opening it made the day's verified backup.
    expect((await readdir(`${dir}/backups`)).length).toBe(1);
  });
});
