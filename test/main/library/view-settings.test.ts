/**
 * View settings: defaults at first, a change merged into what is stored and
 * kept across a restart, and a session file whose settings were damaged
 * opened with the defaults instead of losing where the user left off.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Notebook } from '../../../src/main/notebook/notebook';
import { sealJson } from '../../../src/main/store/checksum';
import { DEFAULT_VIEW_SETTINGS } from '../../../src/shared/settings';
import { openTestNotebook } from '../../support/notebook';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const open: Notebook[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((notebook) => notebook.close()));
});

async function openIn(dir: string) {
  const notebook = await openTestNotebook(dir);
  open.push(notebook);
  return notebook;
}

describe('view settings', () => {
  it('start from the defaults, merge each change and survive a restart', async () => {
    const dir = await tempDir();
    const notebook = await openIn(dir);
    expect(notebook.viewSettings.get()).toEqual(DEFAULT_VIEW_SETTINGS);

    await notebook.viewSettings.set({ theme: 'sepia', reader: { textSize: 22 } });
    const stored = await notebook.viewSettings.set({ panes: { passages: { open: false } } });
    expect(stored).toEqual({
      ...DEFAULT_VIEW_SETTINGS,
      theme: 'sepia',
      reader: { ...DEFAULT_VIEW_SETTINGS.reader, textSize: 22 },
      panes: { ...DEFAULT_VIEW_SETTINGS.panes, passages: { ...DEFAULT_VIEW_SETTINGS.panes.passages, open: false } },
    });

    await notebook.close();
    open.splice(0);
    expect((await openIn(dir)).viewSettings.get()).toEqual(stored);
  });

  it('fall back to the defaults when the stored ones are damaged, keeping the rest of the session', async () => {
    const dir = await tempDir();
    const notebook = await openIn(dir);
    const documentId = notebook.library.list()[0]!.id;
    await notebook.reading.savePosition({ documentId, blockIndex: 2, fraction: 0.25 });
    await notebook.viewSettings.set({ theme: 'dark' });
    await notebook.close();
    open.splice(0);

    const file = join(dir, 'session.json');
    // Written by a newer or broken build: the checksum is right, the settings are not.
    const session = JSON.parse(await readFile(file, 'utf8')) as { checksum?: string; viewSettings: { reader: { textSize: number } } };
    delete session.checksum;
    session.viewSettings.reader.textSize = 4000;
    await writeFile(file, sealJson(session));

    const reopened = await openIn(dir);
    expect(reopened.viewSettings.get()).toEqual(DEFAULT_VIEW_SETTINGS);
    expect(reopened.reading.session().lastDocumentId).toBe(documentId);
  });
});
