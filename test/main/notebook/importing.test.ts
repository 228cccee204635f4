import { describe, expect, it } from 'vitest';
import { openTestNotebook, snapshotFolder } from '../../support/notebook';
import { sampleBytes } from '../../support/sample';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const bytes = (text: string) => new TextEncoder().encode(text);

describe('importing into the notebook', () => {
  it('adds a Markdown file as a document with typed blocks and its origin', async () => {
    const notebook = await openTestNotebook(await tempDir());
    const { articles, notes } = await notebook.imports.file(bytes('# Field notes\n\nWe met the envoy at noon.\n\n> A quote.\n\n- first\n- second'), 'field-notes.md');
    expect([articles.length, notes]).toEqual([1, []]);
    const outcome = articles[0]!;
    expect(outcome.status).toBe('imported');
    if (outcome.status !== 'imported') return;
    expect(outcome.document).toMatchObject({ title: 'Field notes', origin: { kind: 'file', fileName: 'field-notes.md' } });
    const view = await notebook.reading.document(outcome.document.id);
    expect(view.blocks.map((b) => b.kind)).toEqual(['title', 'paragraph', 'quote', 'list-item', 'list-item']);
    expect(notebook.library.list()).toHaveLength(2);
  });

  it('skips a file whose text is already in the notebook, naming the document that has it', async () => {
    const notebook = await openTestNotebook(await tempDir());
    const outcome = await notebook.imports.file(sampleBytes(), 'kerry-again.txt');
    expect(outcome.articles).toHaveLength(1);
    expect(outcome.articles[0]).toMatchObject({ status: 'duplicate', existing: { title: "Kerry tells Russia US patience on Syria 'limited'" } });
    expect(notebook.library.list()).toHaveLength(1);
  });

  it('refuses a broken file with a specific message and changes nothing', async () => {
    const dir = await tempDir();
    const notebook = await openTestNotebook(dir);
    const before = await snapshotFolder(dir);
    await expect(notebook.imports.file(bytes('%PDF-1.7\n1 0 obj'), 'report.pdf')).rejects.toMatchObject({ code: 'import-failed', message: expect.stringMatching(/report\.pdf/) });
    await expect(notebook.imports.file(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'photo.pdf')).rejects.toMatchObject({ code: 'import-failed' });
    await expect(notebook.imports.file(new Uint8Array(), 'empty.txt')).rejects.toMatchObject({ message: expect.stringMatching(/empty/) });
    expect(await snapshotFolder(dir)).toEqual(before);
  });

  it('makes a document from pasted text with the title the user gave', async () => {
    const notebook = await openTestNotebook(await tempDir());
    const outcome = await notebook.imports.pasted('  Notes from the briefing ', 'The envoy said talks would resume.\n\nNo date was given.');
    expect(outcome).toMatchObject({ status: 'imported', document: { title: 'Notes from the briefing', origin: { kind: 'clipboard' } } });
    if (outcome.status !== 'imported') return;
    const view = await notebook.reading.document(outcome.document.id);
    expect(view.blocks.map((b) => view.text.slice(b.start, b.end))).toEqual([
      'Notes from the briefing',
      'The envoy said talks would resume.',
      'No date was given.',
    ]);
  });
});
