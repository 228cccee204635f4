/**
 * The search engine: stored items, their segmented index and the tag map,
 * answering queries. Pure Node and synchronous; it runs inside the search
 * worker so that indexing and queries stay off main's event loop.
 */
import { fieldName } from './fields';
import { FieldTextCache } from './field-text-cache';
import { documentHits, noteHit, passageHit } from './hit-builder';
import { buildItemFilter, type ItemFilter } from './item-filter';
import { itemKey, parseItemKey } from './item-keys';
import { ItemStore } from './item-store';
import { findOccurrences, type OccurrenceOptions } from './occurrences';
import { executeQuery, type ItemMatch, type QueryOutcome } from './query-executor';
import { parseQuery } from './query-parser';
import { groupByDocument } from './result-groups';
import type { AnalyzedItem } from './item-analysis';
import { SEGMENT_TOKENS, SegmentedIndex, type SegmentSizes } from './segmented-index';
import { MAX_SEGMENT_ITEMS, type Segment } from './segment';
import { BufferBytes, FileBytes, type LateBytes } from './late-bytes';
import { movePositions, readPositionsAhead } from './late-positions';
import { SavedDocument } from './saved-bodies';
import { decodeBinarySnapshot, encodeBinarySnapshot, isBinarySnapshot, type EncodedSnapshot } from './snapshot-binary';
import type { LoadOutcome } from './snapshot-contents';
import { fileIdentity, openSnapshotFile, writeSnapshotFile } from './snapshot-file';
import type { IndexableDocument, IndexableItem, IndexablePassage, ItemRef, SearchHit, SearchOptions, SearchResult } from './types';
import type { FoundOccurrence, OccurrenceList } from '../../shared/concordance';

export const DEFAULT_LIMIT = 50;
export const DEFAULT_BLOCKS_PER_DOCUMENT = 3;

/** Segment sizes in indexed words; tests lower them to exercise sealing and merging. */
export type SearchEngineOptions = Partial<SegmentSizes>;

export class SearchEngine {
  private readonly store = new ItemStore();
  private readonly index: SegmentedIndex;
  private readonly texts = new FieldTextCache((key, field) => this.store.fieldText(key, fieldName(field)));

  /** The file restored or saved last, which bodies and positions are read from; closed before it is replaced. */
  private late: LateBytes | null = null;
  /** Whether restored segments may still have positions to read, and items to make, ahead of need. */
  private positionsToRead = false;
  private itemsToMake = false;
  /**
   * The file that holds exactly this index (see fileIdentity) and its length:
   * set by a load or a save, cleared by any change (merges included). Saving
   * again to it writes nothing; at 100,000 articles a save writes a gigabyte.
   */
  private savedAs: { path: string; identity: string | null; bytes: number } | null = null;

  /** Just under a segment's size, so a batch is sealed as one segment rather than split in two. */
  private readonly batchTokens: number;
  private readonly batchItems: number;

  constructor(options: SearchEngineOptions = {}) {
    this.index = new SegmentedIndex((key) => this.store.analyze(key), options);
    this.batchTokens = Math.floor((options.segmentTokens ?? SEGMENT_TOKENS) * 0.98);
    this.batchItems = Math.min(options.segmentItems ?? MAX_SEGMENT_ITEMS, MAX_SEGMENT_ITEMS);
  }

  /**
   * Adds or replaces items; visible to the next search. A large batch (a first
   * build) is analysed and indexed a segment's worth at a time, so only one
   * segment's analyses are held at once, however large the library.
   */
  upsert(items: readonly IndexableItem[]): void {
    if (items.length > 0) this.savedAs = null;
    const keys = this.store.put(items);
    let batch: AnalyzedItem[] = [];
    let tokens = 0;
    for (const key of keys) {
      const analyzed = this.store.analyze(key);
      if (analyzed === null) continue;
      batch.push(analyzed);
      tokens += analyzed.tokenCount;
      if (tokens >= this.batchTokens || batch.length >= this.batchItems) {
        this.index.upsert(batch);
        batch = [];
        tokens = 0;
      }
    }
    this.index.upsert(batch);
  }

  remove(refs: readonly ItemRef[]): void {
    if (refs.length > 0) this.savedAs = null;
    this.index.remove(this.store.delete(refs));
  }

  /**
   * Brings a loaded index in line with what the notebook holds, given each
   * item's key and hash: items the notebook no longer has are removed, and the
   * keys of items that are missing or changed are returned for the caller to
   * upsert. Repairing a slightly stale index this way beats rebuilding it.
   */
  reconcile(expected: Readonly<Record<string, string>>): string[] {
    const stored = this.store.hashesByKey();
    const gone = [...stored.keys()].filter((key) => !Object.hasOwn(expected, key)).map(parseItemKey);
    if (gone.length > 0) this.remove(gone);
    return Object.keys(expected).filter((key) => stored.get(key) !== expected[key]);
  }

  /** Throws SearchQueryError when the query cannot be parsed. */
  search(query: string, options: SearchOptions = {}): SearchResult {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const blocksPerDocument = options.blocksPerDocument ?? DEFAULT_BLOCKS_PER_DOCUMENT;
    const ranked = this.ranked(query, limit);
    if (ranked.filterOnly) return this.listTagged(ranked.filter, limit);
    const { outcome } = ranked;
    const hits = outcome.matches.flatMap((match) => this.hitsFor(match, outcome, blocksPerDocument));
    return { groups: groupByDocument(hits), totalItems: outcome.total };
  }

  /**
   * The keys of the best items, best first, without building their hits: what
   * `search` ranks before it makes snippets. Throws SearchQueryError as search does.
   */
  rank(query: string, limit = DEFAULT_LIMIT): { keys: string[]; totalItems: number } {
    const ranked = this.ranked(query, limit);
    if (!ranked.filterOnly) return { keys: ranked.outcome.matches.map((match) => match.key), totalItems: ranked.outcome.total };
    const allowed = ranked.filter?.allowedPassages;
    return { keys: allowed ? [...allowed].slice(0, limit).map((id) => itemKey('passage', id)) : [], totalItems: allowed?.size ?? 0 };
  }

  private ranked(query: string, limit: number): { filterOnly: true; filter: ItemFilter | null } | { filterOnly: false; outcome: QueryOutcome } {
    const parsed = parseQuery(query);
    // The tag index is asked for only by queries that filter (it is built on first use after a load).
    const filter = parsed.scopes.length === 0 && parsed.tags.length === 0 ? null : buildItemFilter(parsed, this.store.tags);
    if (!parsed.clauses.some((clause) => clause.presence !== 'prohibited')) return { filterOnly: true, filter };
    const context = {
      segments: this.index.segments(),
      accepts: filter?.accepts ?? null,
      fieldText: (segment: Segment, item: number, field: number) => this.texts.get(segment, item, field),
    };
    return { filterOnly: false, outcome: executeQuery(parsed, context, limit) };
  }

  /** Every match in the documents' text, not only the best (see occurrences.ts); throws SearchQueryError as search does. */
  occurrences(query: string, options: OccurrenceOptions): OccurrenceList<FoundOccurrence> {
    const fieldText = (segment: Segment, item: number, field: number) => this.texts.get(segment, item, field);
    return findOccurrences(query, { segments: this.index.segments(), fieldText, tags: this.store.tags, document: (id) => this.store.document(id) }, options);
  }

  /** The fingerprint of what the engine covers; compare with `fingerprintOf` over the library. */
  fingerprint(): string {
    return this.store.fingerprint();
  }

  /** The index as the chunks of the binary file `loadFromFile` reads (see snapshot-binary), bodies included. */
  serializeToFile(): Uint8Array[] {
    return [...fileChunks(this.encode().encoded)];
  }

  /**
   * Saves the index to `path` atomically; returns the file's length. The
   * bodies are written one document at a time from where they are; then
   * every document and segment reads its body and positions from the new
   * file, and none is held in memory. Nothing is written when the file there
   * already holds this index, as it was loaded from or saved to.
   */
  saveTo(path: string): number {
    if (this.savedAs?.path === path && this.savedAs.identity !== null && fileIdentity(path) === this.savedAs.identity) return this.savedAs.bytes;
    const { documents, segments, encoded } = this.encode();
    const bytes = writeSnapshotFile(path, fileChunks(encoded), () => this.late?.close());
    const late = new FileBytes(path, encoded.lateAt, encoded.length);
    // Held open from now on, so what is read later is this file's even if the name is taken by another.
    late.open();
    this.late = late;
    documents.forEach((document, index) => {
      const start = encoded.bodyStarts[index]!;
      if (document instanceof SavedDocument) document.moveTo(late, start);
      else this.store.replaceDocument(SavedDocument.of(document, late, start));
    });
    segments.forEach((segment, index) => movePositions(segment.data, late, encoded.positions[index]!));
    this.savedAs = { path, identity: fileIdentity(path), bytes };
    return bytes;
  }

  /** Restores from a saved file's bytes (null: no file) without re-indexing; see `loadFrom`. `file` must not change afterwards. */
  loadFromFile(file: Buffer | null, expectedFingerprint?: string): LoadOutcome {
    if (file === null || file.length === 0) return { loaded: false, reason: 'missing', message: 'There is no saved index.' };
    return this.load(file, file.length, new BufferBytes(file), expectedFingerprint);
  }

  /**
   * Restores from the file saved at `path` without re-indexing, reading it up
   * to the word positions and document bodies, which stay on disk until
   * needed. Refuses (and
   * changes nothing) when the file is missing, damaged, from another format
   * version, or when `expectedFingerprint` is given and differs: then the
   * caller rebuilds.
   */
  loadFrom(path: string, expectedFingerprint?: string): LoadOutcome {
    const opened = openSnapshotFile(path);
    if (opened === null || opened.fileLength === 0) {
      opened?.late.close();
      return { loaded: false, reason: 'missing', message: 'There is no saved index.' };
    }
    const outcome = this.load(opened.index, opened.fileLength, opened.late, expectedFingerprint);
    if (outcome.loaded) this.savedAs = { path, identity: fileIdentity(path), bytes: opened.fileLength };
    else opened.late.close();
    return outcome;
  }

  /**
   * One step of housekeeping; returns whether there is more to do. Merges
   * small and mostly-deleted segments, else reads the next slice of the saved
   * file's word positions and article text into memory (see late-bytes), else
   * reads and checks the next segment's positions from it (see late-positions),
   * else makes the next restored items (see layered-map).
   * Searches are correct without it; the worker runs it when idle.
   */
  maintain(): boolean {
    if (this.index.maintain()) {
      this.savedAs = null;
      return true;
    }
    if (this.late?.warmStep() ?? false) return true;
    this.positionsToRead = this.positionsToRead && this.index.segments().some((segment) => readPositionsAhead(segment.data));
    if (this.positionsToRead) return true;
    this.itemsToMake = this.itemsToMake && this.store.makeAhead();
    return this.itemsToMake;
  }

  needsMaintenance(): boolean {
    return this.index.needsMaintenance() || !(this.late?.isWarm() ?? true) || this.positionsToRead || this.itemsToMake;
  }

  /** Counts for diagnostics and the benchmark. */
  stats(): { documents: number; passages: number; notes: number; segments: number } {
    return { ...this.store.counts(), segments: this.index.segments().length };
  }

  private load(index: Buffer, fileLength: number, late: LateBytes, expectedFingerprint: string | undefined): LoadOutcome {
    if (!isBinarySnapshot(index)) return { loaded: false, reason: 'unreadable', message: 'The saved index is not a Scholia search index.' };
    const decoded = decodeBinarySnapshot(index, fileLength, late, expectedFingerprint);
    if (!decoded.ok) return decoded.outcome;
    const { segments, vocabulary, ...items } = decoded.contents;
    this.savedAs = null;
    this.store.restore(items);
    this.index.restore(segments, vocabulary);
    this.late?.close();
    this.late = late;
    this.positionsToRead = true;
    this.itemsToMake = true;
    return { loaded: true, fingerprint: decoded.fingerprint };
  }

  private encode(): { documents: IndexableDocument[]; segments: Segment[]; encoded: EncodedSnapshot } {
    const contents = this.store.contents();
    const segments = [...this.index.segments()];
    const encoded = encodeBinarySnapshot({ ...contents, vocabulary: this.index.terms(), segments }, this.fingerprint());
    return { documents: contents.documents, segments, encoded };
  }

  /** A query of filters only (`tag:actors -tag:actors/kerry`): the passages they let through. */
  private listTagged(filter: ItemFilter | null, limit: number): SearchResult {
    const allowed = filter?.allowedPassages;
    if (!allowed) return { groups: [], totalItems: 0 };
    const shown: IndexablePassage[] = [];
    for (const id of allowed) {
      if (shown.length >= limit) break;
      const passage = this.store.passage(id);
      if (passage) shown.push(passage);
    }
    shown.sort((a, b) => (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.start - b.start));
    const hits = shown.map((passage) => passageHit(passage, this.store.quoteOf(passage), [], 1));
    return { groups: groupByDocument(hits), totalItems: allowed.size };
  }

  private hitsFor(match: ItemMatch, outcome: QueryOutcome, blocksPerDocument: number): SearchHit[] {
    const { kind, id } = parseItemKey(match.key);
    const spans = outcome.spansOf(match);
    if (kind === 'document') {
      const document = this.store.document(id);
      return document ? documentHits(document, spans, match.score, blocksPerDocument) : [];
    }
    if (kind === 'passage') {
      const passage = this.store.passage(id);
      return passage ? [passageHit(passage, this.store.quoteOf(passage), spans, match.score)] : [];
    }
    const note = this.store.note(id);
    return note ? [noteHit(note, this.store.documentOfNote(note), spans, match.score)] : [];
  }
}

/** The file's chunks in order, the bodies read as they are written. */
function* fileChunks(encoded: EncodedSnapshot): Generator<Uint8Array> {
  yield* encoded.chunks;
  yield* encoded.bodies();
}
