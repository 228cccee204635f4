/**
 * When the notebook's index is saved: after a lull with no change and no
 * search (a save at 100,000 articles holds the worker for seconds), never
 * while someone is searching, and on close; a close with nothing changed
 * since leaves the file as it was.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { ChangeFeed, passageChanges } from '../../../src/main/changes/change-feed';
import { NotebookSearch } from '../../../src/main/search/notebook-search';
import { createSearchClient, type SearchClient } from '../../../src/main/search/search-client';
import { SearchEngine } from '../../../src/main/search/search-engine';
import { serveSearchEngine } from '../../../src/main/search/search-protocol';
import { localWorkerHandle } from '../../../src/main/workers/local-worker';
import type { Passage } from '../../../src/shared/model';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const SAVE_DELAY_MS = 400;
/** Well short of the delay, so a loaded machine's late timers do not let a save slip in. */
const SHORT_MS = 100;

const passage = (id: string, note: string) =>
  ({ id, documentId: 'doc', position: { start: 0, end: 4 }, note, tagIds: [] }) as unknown as Passage;

async function notebookSearch() {
  const indexFile = join(await tempDir(), 'search-index.bin');
  const passages: Passage[] = [];
  let saves = 0;
  const connect = (): SearchClient => {
    const client = createSearchClient({ spawn: () => localWorkerHandle((port) => void serveSearchEngine(port, new SearchEngine())) });
    return { ...client, saveTo: (path) => ((saves += 1), client.saveTo(path)) };
  };
  const search = new NotebookSearch(
    connect,
    {
      indexFile,
      documents: () => [],
      summaries: () => [],
      body: () => Promise.reject(new Error('no documents')),
      passages: async () => passages,
      memos: () => [],
      tagPath: () => undefined,
      passagesUnder: async () => [],
      notify: () => undefined,
    },
    5_000,
    SAVE_DELAY_MS,
  );
  const feed = new ChangeFeed();
  search.follow(feed);
  await search.ready();
  const add = (item: Passage) => {
    passages.push(item);
    feed.publish(passageChanges('added', [item]));
  };
  return { search, add, indexFile, saves: () => saves };
}

describe('saving the notebook’s index', () => {
  it('saves once changes have been quiet for a while, not at each change', async () => {
    const { search, add, saves } = await notebookSearch();
    const afterBuild = saves();
    add(passage('p1', 'truce'));
    await sleep(SHORT_MS);
    add(passage('p2', 'convoy'));
    await sleep(SHORT_MS);
    expect(saves()).toBe(afterBuild);
    await sleep(SAVE_DELAY_MS * 2);
    expect(saves()).toBe(afterBuild + 1);
    expect(await search.coversNotebook()).toBe(true);
    await search.close();
  });

  it('puts a due save off while someone searches, and saves once they stop', async () => {
    const { search, add, saves } = await notebookSearch();
    const afterBuild = saves();
    add(passage('p1', 'truce'));
    for (let typed = 0; typed < 8; typed += 1) {
      await sleep(SHORT_MS);
      await search.search(`tru${'c'.repeat(typed % 2)}*`, 10);
    }
    expect(saves()).toBe(afterBuild);
    await sleep(SAVE_DELAY_MS * 2);
    expect(saves()).toBe(afterBuild + 1);
    await search.close();
  });

  it('after the close, nothing is saved again, whatever is asked of it', async () => {
    const { search, add, saves } = await notebookSearch();
    add(passage('p1', 'truce'));
    await search.close();
    const afterClose = saves();
    await search.search('truce', 10).catch(() => undefined);
    await sleep(SAVE_DELAY_MS * 2);
    expect(saves()).toBe(afterClose);
  });

  it('a close with nothing changed since the last save leaves the file as it was', async () => {
    const { search, add, indexFile } = await notebookSearch();
    add(passage('p1', 'truce'));
    await sleep(SAVE_DELAY_MS * 3);
    const before = statSync(indexFile);
    await search.close();
    const after = statSync(indexFile);
    expect([after.ino, after.mtimeMs, after.size]).toEqual([before.ino, before.mtimeMs, before.size]);
  });
});
