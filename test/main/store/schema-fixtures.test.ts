/**
 * Frozen notebooks of every past schema version must keep opening with
 * nothing lost. `test/fixtures/notebook-v<n>/` was written by schema version
 * n and is never regenerated: when the schema changes, add a migration and a
 * fixture for the version it replaces, and keep the older ones passing.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkSeal } from '../../../src/main/store/checksum';
import { SCHEMA_VERSION } from '../../../src/main/store/schema';
import { openTestNotebook, snapshotFolder } from '../../support/notebook';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const PAST_VERSIONS = [1, 2];

describe.each(PAST_VERSIONS)('a notebook written by schema version %i', (version) => {
  const FIXTURE = fileURLToPath(new URL(`../../fixtures/notebook-v${version}/`, import.meta.url));

  it('opens with every document, tag, passage, note and reading position', async () => {
    const dir = await tempDir();
    await cp(FIXTURE, dir, { recursive: true });
    const notebook = await openTestNotebook(dir);

    expect((await notebook.notices.list()).map((n) => [n.level, n.message])).toEqual([
      ['info', `Scholia upgraded this notebook from format ${version} to format ${SCHEMA_VERSION}, after backing it up.`],
    ]);
    const [document] = notebook.library.list();
    expect(document).toMatchObject({ title: "Kerry tells Russia US patience on Syria 'limited'", source: 'Arutz Sheva', byline: 'Arutz Sheva Staff' });
    // What later formats added starts out empty.
    expect(document).toMatchObject({ url: null, language: null, attributes: {}, versions: [] });
    expect(notebook.attributes.list()).toEqual([]);
    const tags = await notebook.tags.list();
    // Own passages and documents, then with the tags inside rolled up; a passage's document counts for its tag.
    expect(tags.map((t) => [t.path, t.description, t.passageCount, t.documentCount, t.passageTotal, t.documentTotal])).toEqual([
      ['quotes', '', 0, 0, 1, 1],
      ['quotes/Kerry', 'What Kerry said', 1, 1, 1, 1],
      ['region', '', 0, 0, 0, 1],
      ['region/Syria', '', 0, 1, 0, 1],
    ]);
    const passages = await notebook.passages.list(document!.id);
    expect(passages.map((p) => [p.quote.exact, p.note, p.anchor !== null])).toEqual([
      ['our patience is not infinite', 'Key **warning**', true],
      ['nearly 600,000 Syrians', '', true],
    ]);
    expect((await notebook.reading.document(document!.id)).position).toEqual({ blockIndex: 6, fraction: 0.5 });
    expect(notebook.reading.session()).toEqual({ lastDocumentId: document!.id });
  });

  it('is backed up, byte for byte, before the first file is written in the current format', async () => {
    const dir = await tempDir();
    await cp(FIXTURE, dir, { recursive: true });
    const notebook = await openTestNotebook(dir);

    const [backup, ...others] = await notebook.safekeeping.listBackups();
    expect(others).toEqual([]);
    expect(backup?.reason).toBe(`before upgrading from format ${version} to format ${SCHEMA_VERSION}`);
    for (const file of ['library.json', 'codebook.json', 'session.json', 'passages/id-1.json', 'bodies/id-1.json']) {
      expect(await readFile(join(dir, 'backups', backup!.id, file), 'utf8'), file).toBe(await readFile(join(FIXTURE, file), 'utf8'));
    }
    // The small files are upgraded at once, sealed with a checksum; a passage file when it next changes.
    for (const file of ['library.json', 'codebook.json', 'session.json']) {
      const raw = await readFile(join(dir, file), 'utf8');
      expect(JSON.parse(raw).schemaVersion, file).toBe(SCHEMA_VERSION);
      expect(checkSeal(raw), file).toBe('valid');
    }
    expect(JSON.parse(await readFile(join(dir, 'passages/id-1.json'), 'utf8')).schemaVersion).toBe(version);
    const [passage] = await notebook.passages.list('id-1');
    await notebook.passages.update(passage!.id, { note: 'Key **warning**, reread' });
    const upgraded = await readFile(join(dir, 'passages/id-1.json'), 'utf8');
    expect(JSON.parse(upgraded).schemaVersion).toBe(SCHEMA_VERSION);
    expect(checkSeal(upgraded)).toBe('valid');

    // Opening again neither upgrades nor backs up twice the same day.
    const reopened = await openTestNotebook(dir);
    expect(await reopened.notices.list()).toEqual([]);
    expect(await reopened.safekeeping.listBackups()).toHaveLength(1);
    expect((await reopened.passages.list('id-1')).map((p) => p.note)).toEqual(['Key **warning**, reread', '']);
  });

  it('upgrades even with a damaged file, which is kept in the backup as found and recovered as usual', async () => {
    const dir = await tempDir();
    await cp(FIXTURE, dir, { recursive: true });
    await writeFile(join(dir, 'session.json'), `{"schemaVersion":${version},"lastDocumentId":"id-`);
    await writeFile(join(dir, 'passages/id-1.json'), '\0\0\0\0');

    const notebook = await openTestNotebook(dir);

    const notices = (await notebook.notices.list()).map((n) => n.message);
    expect(notices).toContainEqual(expect.stringMatching(new RegExp(`^Scholia upgraded this notebook from format ${version}`)));
    expect(notices).toContainEqual(expect.stringMatching(/^The reading-position file was damaged/));
    expect(notices).toContainEqual(expect.stringMatching(/^A file of passages was damaged/));
    const [backup] = await notebook.safekeeping.listBackups();
    expect(await readFile(join(dir, 'backups', backup!.id, 'session.json'), 'utf8')).toBe(`{"schemaVersion":${version},"lastDocumentId":"id-`);
    expect(notebook.library.list()).toHaveLength(1);
    expect((await notebook.tags.list()).map((t) => t.path)).toContain('quotes/Kerry');
  });

  it('is refused, untouched, when the backup before the upgrade cannot be made', async () => {
    const dir = await tempDir();
    await cp(FIXTURE, dir, { recursive: true });
    // A file where the backups folder should be: the backup fails as it would on a full or read-only disk.
    await writeFile(join(dir, 'backups'), 'not a folder');
    const before = await snapshotFolder(dir);
    await expect(openTestNotebook(dir)).rejects.toThrow(/must back up this notebook before upgrading it.*Nothing was changed/);
    expect(await snapshotFolder(dir)).toEqual(before);
  });
});
