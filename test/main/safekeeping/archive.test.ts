import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../src/main/ipc/dispatcher';
import { notebookHandlers } from '../../../src/main/notebook/handlers';
import type { Notebook } from '../../../src/main/notebook/notebook';
import { sealJson } from '../../../src/main/store/checksum';
import { fakeDesktop } from '../../support/desktop';
import { openTestNotebook, snapshotFolder } from '../../support/notebook';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const encode = (text: string) => new TextEncoder().encode(text);

const dialogs = fakeDesktop;

/** Everything a user put into a notebook, as the service shows it. */
async function contentsOf(notebook: Notebook) {
  const documents = notebook.library.list();
  return {
    documents,
    texts: await Promise.all(documents.map((d) => notebook.reading.document(d.id))),
    passages: await Promise.all(documents.map((d) => notebook.passages.list(d.id))),
    tags: await notebook.tags.list(),
    session: notebook.reading.session(),
  };
}

async function richNotebook(dir: string): Promise<Notebook> {
  const notebook = await openTestNotebook(dir);
  const sample = notebook.library.list()[0]!;
  const imported = await notebook.imports.text(encode('Second article\n\nBy A. Writer\n\nA ceasefire was agreed.\n\nIt held for a week.'), 'second.txt');
  if (imported.status !== 'imported') throw new Error('not imported');
  const kerry = await notebook.tags.create({ name: 'quotes/Kerry', color: '#aa3355', description: 'What Kerry said' });
  const ceasefire = await notebook.tags.create({ name: 'themes/ceasefire' });
  await notebook.passages.create({ documentId: sample.id, start: 60, end: 90, tagIds: [kerry.id], note: 'Key **warning**' });
  await notebook.passages.create({ documentId: sample.id, start: 70, end: 140, tagIds: [kerry.id, ceasefire.id], note: '' });
  await notebook.passages.create({ documentId: imported.document.id, start: 16, end: 40, tagIds: [ceasefire.id], note: 'ünïcødé ✓' });
  await notebook.library.setTags(imported.document.id, { tagIds: [ceasefire.id] });
  await notebook.reading.savePosition({ documentId: sample.id, blockIndex: 4, fraction: 0.25 });
  return notebook;
}

describe('notebook archives', () => {
  it('round-trips a notebook exactly onto another machine, backing up what it replaces', async () => {
    const source = await richNotebook(await tempDir());
    const before = await contentsOf(source);
    const archive = join(await tempDir(), 'moving.scholia');
    const exported = await createDispatcher(notebookHandlers(source, dialogs(archive, null)))('archive:export', undefined);
    expect(exported).toMatchObject({ ok: true, value: { fileName: 'moving.scholia', documents: 2 } });

    // The other machine has a notebook of its own, with work in it.
    const otherDir = await tempDir();
    const other = await openTestNotebook(otherDir, { start: Date.parse('2026-06-01T00:00:00Z') });
    await other.tags.create({ name: 'work on the other machine' });
    const imported = await createDispatcher(notebookHandlers(other, dialogs(null, archive)))('archive:import', undefined);
    expect(imported).toMatchObject({ ok: true, value: { fileName: 'moving.scholia', documents: 2 } });
    expect(other.isReplaced).toBe(true);

    const reopened = await openTestNotebook(otherDir, { start: Date.parse('2026-06-02T00:00:00Z') });
    expect(await contentsOf(reopened)).toEqual(before);
    expect(await reopened.notices.list()).toEqual([]);
    const backups = await reopened.safekeeping.listBackups();
    expect(backups.map((b) => b.reason)).toContainEqual(expect.stringMatching(/^imported from moving\.scholia \(exported 2026-03-01T/));
    expect(backups.some((b) => b.reason.startsWith('before restoring'))).toBe(true);
  });

  // Linux shows a process's open files in /proc; elsewhere the count cannot be taken.
  it.skipIf(!existsSync('/proc/self/fd'))('exports hundreds of documents without holding their files open at once', { timeout: 60_000 }, async () => {
    const notebook = await openTestNotebook(await tempDir());
    for (let i = 0; i < 250; i += 1) await notebook.imports.text(encode(`Report ${i}\n\nThe envoy met the council, meeting ${i}.`), `r${i}.txt`);
    const openFiles = () => readdirSync('/proc/self/fd').length;
    const before = openFiles();
    let most = 0;
    const sampler = setInterval(() => (most = Math.max(most, openFiles() - before)), 1);
    const archive = join(await tempDir(), 'many.scholia');
    try {
      expect(await notebook.safekeeping.exportArchive(archive)).toMatchObject({ documents: 251 });
    } finally {
      clearInterval(sampler);
    }
    // 500 files went into the archive; a macOS app may hold no more than 256 open at once.
    expect(most).toBeLessThan(64);
    const zip = await JSZip.loadAsync(await readFile(archive));
    expect(Object.keys(zip.files).filter((name) => /^bodies\/.+\.json$/.test(name))).toHaveLength(251);
  });

  it('answers null and writes nothing when the user cancels either dialog', async () => {
    const dir = await tempDir();
    const notebook = await openTestNotebook(dir);
    const before = await snapshotFolder(dir);
    const dispatch = createDispatcher(notebookHandlers(notebook, dialogs(null, null)));
    expect(await dispatch('archive:export', undefined)).toEqual({ ok: true, value: null });
    expect(await dispatch('archive:import', undefined)).toEqual({ ok: true, value: null });
    expect(await snapshotFolder(dir)).toEqual(before);
  });
});

/** A valid archive of a fresh notebook, as a zip to tamper with. */
async function validArchive(): Promise<JSZip> {
  const notebook = await openTestNotebook(await tempDir());
  const archive = join(await tempDir(), 'valid.scholia');
  await notebook.safekeeping.exportArchive(archive);
  return JSZip.loadAsync(await readFile(archive));
}

async function manifestOf(zip: JSZip) {
  return JSON.parse(await zip.file('manifest.json')!.async('string')) as { files: { path: string; sha256: string }[] };
}

describe('importing a broken or hostile archive', () => {
  const cases: [string, () => Promise<Buffer>, RegExp][] = [
    ['a file that is not a zip', async () => Buffer.from('%PDF-1.7 not a zip at all'), /not a readable zip file/],
    ['an empty file', async () => Buffer.alloc(0), /not a readable zip file/],
    [
      'a zip of something else',
      async () => new JSZip().file('readme.txt', 'hello').generateAsync({ type: 'nodebuffer' }),
      /a file a notebook does not have: "readme\.txt"/,
    ],
    [
      'an entry that climbs out of the folder',
      async () => (await validArchive()).file('../../evil.json', '{}').generateAsync({ type: 'nodebuffer' }),
      /a file a notebook does not have/,
    ],
    [
      'an archive without a manifest',
      async () => (await validArchive()).remove('manifest.json').generateAsync({ type: 'nodebuffer' }),
      /it has no manifest/,
    ],
    [
      'a library changed after export',
      async () => {
        const zip = await validArchive();
        const library = await zip.file('library.json')!.async('string');
        return zip.file('library.json', library.replace('Kerry', 'Kerri')).generateAsync({ type: 'nodebuffer' });
      },
      /library\.json has changed since the backup was made/,
    ],
    [
      'passages of a document the library does not list, with a matching hash',
      async () => {
        const zip = await validArchive();
        const stray = sealJson({ schemaVersion: 2, documentId: 'ghost', passages: [] });
        const manifest = await manifestOf(zip);
        const { createHash } = await import('node:crypto');
        manifest.files.push({ path: 'passages/ghost.json', sha256: createHash('sha256').update(stray).digest('hex') });
        return zip.file('passages/ghost.json', stray).file('manifest.json', JSON.stringify(manifest)).generateAsync({ type: 'nodebuffer' });
      },
      /passages\/ghost\.json belongs to a document the library does not list/,
    ],
    [
      'a notebook from a newer Scholia',
      async () => {
        const zip = await validArchive();
        const newer = sealJson({ schemaVersion: 99, documents: [] });
        const manifest = await manifestOf(zip);
        const { createHash } = await import('node:crypto');
        manifest.files.find((f) => f.path === 'library.json')!.sha256 = createHash('sha256').update(newer).digest('hex');
        return zip.file('library.json', newer).file('manifest.json', JSON.stringify(manifest)).generateAsync({ type: 'nodebuffer' });
      },
      /written by a newer version of Scholia/,
    ],
    [
      'a zip bomb: a small entry that inflates past any notebook file',
      async () =>
        (await validArchive())
          .file('bodies/bomb.json', Buffer.alloc(257 * 1024 ** 2, 0x20), { compression: 'DEFLATE' })
          .generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }),
      /bodies\/bomb\.json in the archive unpacks to more than any notebook file can hold/,
    ],
  ];

  it.each(cases)('refuses %s with a clear message and changes nothing', { timeout: 60_000 }, async (_name, make, message) => {
    const dir = await tempDir();
    const notebook = await openTestNotebook(dir);
    const file = join(await tempDir(), 'hostile.scholia');
    await writeFile(file, await make());
    const before = await snapshotFolder(dir);

    const result = await createDispatcher(notebookHandlers(notebook, dialogs(null, file)))('archive:import', undefined);

    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(message) } });
    expect(await snapshotFolder(dir)).toEqual(before);
    expect(notebook.isReplaced).toBe(false);
    expect(notebook.library.list()).toHaveLength(1);
  });
});
