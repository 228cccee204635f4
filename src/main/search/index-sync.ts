/**
 * Bringing a search index up to the notebook: the items as the engine
 * indexes them, the hash each has once indexed, and a start that loads the
 * saved index and repairs what differs, or builds it.
 */
import type { Block, DocumentSummary, Memo, Passage } from '../../shared/model';
import { itemHash, type FingerprintItem } from './fingerprint';
import { itemKey } from './item-keys';
import type { SearchClient } from './search-client';
import { markdownText } from './markdown-text';
import type { IndexableDocument, IndexableNote, IndexablePassage } from './types';
import { nextTurn } from '../pacing/next-turn';

/** What a sync reads of the notebook. */
export interface IndexSources {
  indexFile: string;
  documents: () => readonly DocumentSummary[];
  body: (id: string) => Promise<{ text: string; blocks: Block[] }>;
  passages: () => Promise<Passage[]>;
  /** The memos, found by search as notes (in:notes). */
  memos: () => readonly Memo[];
  tagPath: (tagId: string) => string | undefined;
}

export type StartedFrom = 'saved index' | 'repaired index' | 'rebuild';

/** Documents read and sent to the worker per batch while rebuilding. */
const REBUILD_BATCH = 100;

export function indexableDocument(document: DocumentSummary, body: { text: string; blocks: Block[] }): IndexableDocument {
  return { id: document.id, title: document.title, byline: document.byline, contentHash: document.contentHash, text: body.text, blocks: body.blocks };
}

export function indexablePassage(passage: Passage, tagPath: (tagId: string) => string | undefined): IndexablePassage {
  return {
    id: passage.id,
    documentId: passage.documentId,
    start: passage.position.start,
    end: passage.position.end,
    note: markdownText(passage.note),
    tags: passage.tagIds.flatMap((id) => tagPath(id) ?? []),
  };
}

/** A memo as search holds it: its title and words, without Markdown; a document's memo is found with the document's hits. */
export function indexableMemo(memo: Memo): IndexableNote {
  const text = [memo.title, markdownText(memo.body)].filter((part) => part !== '').join('\n\n');
  return { id: memo.id, documentId: memo.about.kind === 'document' ? memo.about.id : null, passageId: null, text };
}

/** Each item of the notebook by key, as its hash is taken. */
function* fingerprintEntries(documents: readonly DocumentSummary[], passages: readonly IndexablePassage[], notes: readonly IndexableNote[]): Generator<[string, FingerprintItem]> {
  for (const d of documents) yield [itemKey('document', d.id), { kind: 'document', item: { id: d.id, contentHash: d.contentHash, title: d.title, byline: d.byline } }];
  for (const item of passages) yield [itemKey('passage', item.id), { kind: 'passage', item }];
  for (const item of notes) yield [itemKey('note', item.id), { kind: 'note', item }];
}

/** The hash each item of the notebook has once indexed, by item key. */
export function expectedHashes(documents: readonly DocumentSummary[], passages: readonly IndexablePassage[], notes: readonly IndexableNote[]): Record<string, string> {
  const expected: Record<string, string> = {};
  for (const [key, entry] of fingerprintEntries(documents, passages, notes)) expected[key] = itemHash(entry);
  return expected;
}

/** Items worked through per turn of main's event loop at start: 400,000 at once held it for 3 s. */
const ITEMS_PER_TURN = 5_000;

/** As expectedHashes, letting the window's calls in between slices of items. */
async function expectedHashesInTurns(documents: readonly DocumentSummary[], passages: readonly IndexablePassage[], notes: readonly IndexableNote[]): Promise<Record<string, string>> {
  const expected: Record<string, string> = {};
  let done = 0;
  for (const [key, entry] of fingerprintEntries(documents, passages, notes)) {
    expected[key] = itemHash(entry);
    if (++done % ITEMS_PER_TURN === 0) await nextTurn();
  }
  return expected;
}

async function indexablePassagesInTurns(passages: readonly Passage[], tagPath: IndexSources['tagPath']): Promise<IndexablePassage[]> {
  const indexable: IndexablePassage[] = [];
  for (const passage of passages) {
    indexable.push(indexablePassage(passage, tagPath));
    if (indexable.length % ITEMS_PER_TURN === 0) await nextTurn();
  }
  return indexable;
}

/**
 * Loads the saved index at once, so search answers while the notebook's
 * passages are still being read; then checks it item by item against the
 * notebook and repairs what differs (a change made after the last save).
 * Without a usable saved index, builds one.
 */
export async function loadOrRebuild(client: SearchClient, sources: IndexSources): Promise<StartedFrom> {
  const loading = client.loadFrom(sources.indexFile);
  const documents = sources.documents();
  const passages = await indexablePassagesInTurns(await sources.passages(), sources.tagPath);
  const notes = sources.memos().map(indexableMemo);
  const loaded = await loading;
  if (loaded.ok && loaded.value.loaded) {
    const stale = await client.reconcile(await expectedHashesInTurns(documents, passages, notes));
    if (!stale.ok) throw new Error(stale.error.message);
    const keys = new Set(stale.value);
    await upsertAll(
      client,
      sources,
      documents.filter((d) => keys.has(itemKey('document', d.id))),
      passages.filter((p) => keys.has(itemKey('passage', p.id))),
      notes.filter((n) => keys.has(itemKey('note', n.id))),
    );
    if (keys.size > 0) await client.saveTo(sources.indexFile);
    return keys.size === 0 ? 'saved index' : 'repaired index';
  }
  await upsertAll(client, sources, documents, passages, notes);
  await client.saveTo(sources.indexFile);
  return 'rebuild';
}

/** Sends documents (read in batches) and passages to the index. */
async function upsertAll(
  client: SearchClient,
  sources: IndexSources,
  documents: readonly DocumentSummary[],
  passages: readonly IndexablePassage[],
  notes: readonly IndexableNote[],
): Promise<void> {
  for (let i = 0; i < documents.length; i += REBUILD_BATCH) {
    const batch = documents.slice(i, i + REBUILD_BATCH);
    const items = await Promise.all(batch.map(async (d) => ({ kind: 'document' as const, item: indexableDocument(d, await sources.body(d.id)) })));
    const reply = await client.upsert(items);
    if (!reply.ok) throw new Error(reply.error.message);
  }
  const items = [...passages.map((item) => ({ kind: 'passage' as const, item })), ...notes.map((item) => ({ kind: 'note' as const, item }))];
  if (items.length === 0) return;
  const reply = await client.upsert(items);
  if (!reply.ok) throw new Error(reply.error.message);
}
