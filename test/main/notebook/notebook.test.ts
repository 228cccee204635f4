import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sealJson } from '../../../src/main/store/checksum';
import { SCHEMA_VERSION } from '../../../src/main/store/schema';
import { ScholiaFailure } from '../../../src/shared/result';
import { openTestNotebook } from '../../support/notebook';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();

describe('Notebook', () => {
  it('creates a new notebook holding the sample article', async () => {
    const dir = await tempDir();
    const notebook = await openTestNotebook(dir);
    const documents = notebook.library.list();
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({
      title: "Kerry tells Russia US patience on Syria 'limited'",
      source: 'Arutz Sheva',
      byline: 'Arutz Sheva Staff',
      origin: { kind: 'sample', fileName: 'kerry-syria-patience-limited.txt' },
    });
    expect(documents[0]!.wordCount).toBeGreaterThan(300);
  });

  it('keeps bodies out of the library file and records the schema version', async () => {
    const dir = await tempDir();
    const notebook = await openTestNotebook(dir);
    const [summary] = notebook.library.list();
    const library = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'));
    expect(library.schemaVersion).toBe(SCHEMA_VERSION);
    expect(JSON.stringify(library)).not.toContain('Norway');
    const body = JSON.parse(await readFile(join(dir, 'bodies', `${summary!.id}.json`), 'utf8'));
    expect(body.text).toContain('Kerry said during a visit to Norway');
  });

  it('opens a document with its text and blocks', async () => {
    const notebook = await openTestNotebook(await tempDir());
    const [summary] = notebook.library.list();
    const view = await notebook.reading.document(summary!.id);
    expect(view.blocks[0]).toEqual({ kind: 'title', start: 0, end: view.title.length });
    expect(view.position).toBeNull();
  });

  it('does not add the sample again when reopened', async () => {
    const dir = await tempDir();
    await openTestNotebook(dir);
    const reopened = await openTestNotebook(dir);
    expect(reopened.library.list()).toHaveLength(1);
  });

  it('remembers the last document and its reading position across a restart', async () => {
    const dir = await tempDir();
    const notebook = await openTestNotebook(dir);
    const [summary] = notebook.library.list();
    await notebook.reading.savePosition({ documentId: summary!.id, blockIndex: 6, fraction: 0.25 });

    const reopened = await openTestNotebook(dir);
    expect(reopened.reading.session()).toEqual({ lastDocumentId: summary!.id });
    expect((await reopened.reading.document(summary!.id)).position).toEqual({ blockIndex: 6, fraction: 0.25 });
  });

  it('refuses a position past the last block or in an unknown document', async () => {
    const notebook = await openTestNotebook(await tempDir());
    const [summary] = notebook.library.list();
    await expect(notebook.reading.savePosition({ documentId: summary!.id, blockIndex: 500, fraction: 0 })).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringMatching(/Block 500 does not exist/),
    });
    await expect(notebook.reading.document('nope')).rejects.toBeInstanceOf(ScholiaFailure);
    expect(notebook.reading.session().lastDocumentId).toBeNull();
  });

  it('recovers from a corrupt library file, keeps it aside and tells the user', async () => {
    const dir = await tempDir();
    const first = await openTestNotebook(dir);
    const [summary] = first.library.list();
    await openTestNotebook(dir); // a clean start records the last good copy
    await writeFile(join(dir, 'library.json'), '{"schemaVersion":1,"documents":[{"id":');

    const recovered = await openTestNotebook(dir);

    expect(recovered.library.list().map((d) => d.id)).toEqual([summary!.id]);
    const [notice] = await recovered.notices.list();
    expect(notice).toMatchObject({ level: 'warning' });
    expect(notice!.message).toMatch(/notebook file was damaged.*restored the last good copy.*kept as/s);
    const damaged = (await readdir(dir)).filter((name) => name.includes('.damaged-'));
    expect(damaged).toHaveLength(1);
    expect(await readFile(join(dir, damaged[0]!), 'utf8')).toBe('{"schemaVersion":1,"documents":[{"id":');
  });

  it('restores the library from the last verified backup when the copy from the previous start is damaged too', async () => {
    const dir = await tempDir();
    const first = await openTestNotebook(dir);
    const tag = await first.tags.create({ name: 'in the backup' });
    await first.library.setTags(first.library.list()[0]!.id, { tagIds: [tag.id] });
    const backup = await first.safekeeping.createBackup();
    // Power lost twice over: the library and its last good copy are both cut short.
    await writeFile(join(dir, 'library.json'), '');
    await writeFile(join(dir, 'library.backup.json'), '{"schemaVersion":2,"documents":[');

    const recovered = await openTestNotebook(dir);

    expect(recovered.library.list().map((d) => d.tags)).toEqual([[tag.id]]);
    const [notice] = await recovered.notices.list();
    expect(notice!.message).toContain(`restored it from the last verified backup, made ${backup.createdAt}`);
  });

  it('restores a damaged file of passages from the last verified backup', async () => {
    const dir = await tempDir();
    const first = await openTestNotebook(dir);
    const documentId = first.library.list()[0]!.id;
    await first.passages.create({ documentId, start: 60, end: 90, tagIds: [], note: 'backed up' });
    await first.safekeeping.createBackup();
    const file = join(dir, 'passages', `${documentId}.json`);
    const good = await readFile(file, 'utf8');
    // A changed byte that still parses: only the checksum can tell.
    await writeFile(file, good.replace('backed up', 'backed uq'));

    const recovered = await openTestNotebook(dir);

    expect((await recovered.passages.list(documentId)).map((p) => p.note)).toEqual(['backed up']);
    const [notice] = await recovered.notices.list();
    expect(notice!.message).toMatch(/file of passages was damaged \(its checksum does not match its content\)\. Its passages were restored from the last verified backup.*kept as .*\.damaged-/);
    expect(await readFile(file, 'utf8')).toBe(good);
  });

  it('says which text is damaged or missing when a document cannot be opened', async () => {
    const dir = await tempDir();
    const notebook = await openTestNotebook(dir);
    const sample = notebook.library.list()[0]!;
    const imported = await notebook.imports.text(new TextEncoder().encode('Second\n\nA second article.'), 'second.txt');
    if (imported.status !== 'imported') throw new Error('not imported');
    const body = join(dir, 'bodies', `${sample.id}.json`);
    await writeFile(body, (await readFile(body, 'utf8')).replace('Norway', 'Norwey'));
    await rm(join(dir, 'bodies', `${imported.document.id}.json`));

    const reopened = await openTestNotebook(dir);

    await expect(reopened.reading.document(sample.id)).rejects.toThrow(/The text of “Kerry tells Russia US patience on Syria 'limited'” is damaged \(its checksum does not match its content\)\. Restore a backup/);
    await expect(reopened.reading.document(imported.document.id)).rejects.toThrow(/The text of “Second” is missing from the notebook folder/);
  });

  it('starts a fresh notebook with the sample when nothing good is left', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'library.json'), '\0\0\0\0');
    const notebook = await openTestNotebook(dir);
    expect(notebook.library.list()).toHaveLength(1);
    expect((await notebook.notices.list())[0]!.message).toMatch(/started a fresh notebook/);
  });

  it('treats a damaged library that declares an old format as damage, not as a notebook to upgrade', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'library.json'), '{"schemaVersion":1,"documents":[{"id":"tru');
    const notebook = await openTestNotebook(dir);
    expect((await notebook.notices.list()).map((n) => n.message)).toEqual([expect.stringMatching(/^The notebook file was damaged/)]);
    expect((await notebook.safekeeping.listBackups()).map((b) => b.reason)).toEqual(['daily']);
  });

  it('dismisses a notice once', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'library.json'), 'garbage');
    const notebook = await openTestNotebook(dir);
    const [notice] = await notebook.notices.list();
    expect(notebook.notices.dismiss(notice!.id)).toBeNull();
    expect(await notebook.notices.list()).toEqual([]);
    expect(() => notebook.notices.dismiss(notice!.id)).toThrowError(/no longer exists/);
  });
});

describe('the start-up check', () => {
  it('sets aside passages of a missing document, strips missing tags, names lost texts, and says so', async () => {
    const dir = await tempDir();
    const notebook = await openTestNotebook(dir);
    const [sample] = notebook.library.list();
    const tag = await notebook.tags.create({ name: 'kept' });
    await notebook.passages.create({ documentId: sample!.id, start: 60, end: 90, tagIds: [tag.id], note: '' });
    await notebook.library.setTags(sample!.id, { tagIds: [tag.id] });
    // Damage as a crash or a hand edit could leave it: a tag gone, a stray passage file, a lost body.
    const codebook = JSON.parse(await readFile(join(dir, 'codebook.json'), 'utf8'));
    await writeFile(join(dir, 'codebook.json'), sealJson({ ...codebook, checksum: undefined, tags: [] }));
    await writeFile(join(dir, 'passages', 'ghost-doc.json'), JSON.stringify({ schemaVersion: 1, documentId: 'ghost-doc', passages: [] }));
    const imported = await notebook.imports.text(new TextEncoder().encode('Second\n\nA second article.'), 'second.txt');
    if (imported.status !== 'imported') throw new Error('not imported');
    await rm(join(dir, 'bodies', `${imported.document.id}.json`));

    const reopened = await openTestNotebook(dir);
    const [notice] = await reopened.notices.list();
    expect(notice!.message).toMatch(/set aside as .*ghost-doc\.orphaned-/);
    expect(notice!.message).toMatch(/1 passage named tags missing from the codebook/);
    expect(notice!.message).toMatch(/1 document named tags missing/);
    expect(notice!.message).toMatch(/text of “Second” is missing/);
    expect((await reopened.passages.list(sample!.id))[0]!.tagIds).toEqual([]);
    expect(reopened.library.list().find((d) => d.id === sample!.id)!.tags).toEqual([]);
    expect((await readdir(join(dir, 'passages'))).some((name) => name.startsWith('ghost-doc.orphaned-'))).toBe(true);

    // Once repaired, the next start finds nothing but the still-missing text.
    const again = await openTestNotebook(dir);
    expect((await again.notices.list()).map((n) => n.message)).toEqual([expect.stringMatching(/^The start-up check found problems: the text of “Second” is missing/)]);
  });
});
