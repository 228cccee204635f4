/**
 * The JavaScript search engines Scholia is measured against, each configured
 * as fairly as it allows: the same fields (title, byline, body for articles;
 * quote, note, tags for passages), English stemming where the engine offers
 * it, 50 results per query, and each engine's own query syntax for the kinds
 * it supports. A kind an engine cannot answer is left out rather than faked.
 */
import { Charset, Document, Encoder } from 'flexsearch';
import EnglishPreset from 'flexsearch/lang/en';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import type { Library, QueryKind } from './search-corpus';

export const RESULT_LIMIT = 50;

/** An article (title, byline, body) or a passage (quote, note, tags), by id. */
type PeerRecord = { id: string } & Record<string, string>;

const FIELDS = ['title', 'byline', 'body', 'quote', 'note', 'tags'] as const;

/** Articles and passages as flat records, the shape every peer indexes. */
export function peerRecords(library: Library): PeerRecord[] {
  const texts = new Map(library.documents.map((document) => [document.id, document.text]));
  return [
    ...library.documents.map((document) => ({ id: `d:${document.id}`, title: document.title, byline: document.byline ?? '', body: document.text })),
    ...library.passages.map((passage) => ({
      id: `p:${passage.id}`,
      quote: texts.get(passage.documentId)!.slice(passage.start, passage.end),
      note: passage.note,
      tags: passage.tags.join(' '),
    })),
  ];
}

export interface Peer {
  name: string;
  build(records: readonly PeerRecord[]): void;
  /** The index as the engine serializes it; null when it cannot at this size. */
  serialize(): Promise<string[] | null>;
  /** Replaces the built index with one loaded from `serialize`'s output. */
  load(parts: string[]): Promise<void>;
  /** The engine's query for a Scholia query of that kind, or null when it has no equivalent. */
  translate(query: string, kind: QueryKind): string | null;
  search(query: string): unknown;
}

const bare = (query: string) => query.replace(/[*"~\d+]/g, '').trim();

function flexDocument(): Document {
  // "forward" indexes every word's prefixes: how FlexSearch answers type-ahead.
  return new Document({ document: { id: 'id', index: [...FIELDS] }, tokenize: 'forward', encoder: new Encoder({ ...Charset.LatinBalance, ...EnglishPreset }) });
}

/**
 * FlexSearch's export aborts the process (a V8 check inside its JSON.stringify)
 * at 50,000 articles with forward tokenization; above this its index is
 * measured as built, not as saved and loaded.
 */
const FLEXSEARCH_EXPORT_LIMIT = 40_000;

export function flexSearchPeer(): Peer {
  let index = flexDocument();
  let size = 0;
  return {
    name: 'FlexSearch',
    build(records) {
      size = records.length;
      for (const record of records) index.add(record);
    },
    async serialize() {
      if (size > FLEXSEARCH_EXPORT_LIMIT) return null;
      const parts: string[] = [];
      await index.export((key, data) => {
        parts.push(String(key), data ?? '');
      });
      return parts;
    },
    async load(parts) {
      index = flexDocument();
      for (let at = 0; at < parts.length; at += 2) await index.import(parts[at]!, parts[at + 1]!);
    },
    // No phrases, no edit-distance fuzzy; tags are plain words to it. Words are all required
    // unless it is asked to suggest, which also returns items matching only some of them.
    translate(query, kind) {
      if (kind === 'three words') return `any:${bare(query)}`;
      return kind === 'one word' || kind === 'three words, all required' || kind === 'prefix (type-ahead)' ? bare(query) : null;
    },
    search(query) {
      const any = query.startsWith('any:');
      return index.search(any ? query.slice(4) : query, { limit: RESULT_LIMIT, merge: true, suggest: any });
    },
  };
}

const miniOptions = { fields: [...FIELDS], storeFields: [] as string[] };

export function miniSearchPeer(): Peer {
  let index = new MiniSearch<PeerRecord>(miniOptions);
  return {
    name: 'MiniSearch',
    build(records) {
      index.addAll(records as PeerRecord[]);
    },
    serialize: async () => [JSON.stringify(index)],
    async load(parts) {
      index = MiniSearch.loadJSON<PeerRecord>(parts[0]!, miniOptions);
    },
    translate(query, kind) {
      if (kind === 'phrase' || kind === 'tag' || kind === 'in:notes') return null;
      return kind === 'three words' ? `any:${query}` : query;
    },
    search(query) {
      const fuzzy = query.endsWith('~1');
      const prefix = query.endsWith('*');
      const any = query.startsWith('any:');
      // MiniSearch's fuzzy is a fraction of the term's length; 0.2 allows one edit on a five-letter word.
      return index
        .search(bare(query.replace('any:', '')), { combineWith: any ? 'OR' : 'AND', prefix: prefix ? (term) => query.includes(`${term}*`) : false, fuzzy: fuzzy ? 0.2 : false })
        .slice(0, RESULT_LIMIT);
    },
  };
}

function lunrIndex(records: readonly PeerRecord[]): lunr.Index {
  return lunr(function () {
    this.ref('id');
    for (const field of FIELDS) this.field(field);
    this.metadataWhitelist = ['position'];
    for (const record of records) this.add(record);
  });
}

export function lunrPeer(): Peer {
  let index: lunr.Index | null = null;
  return {
    name: 'lunr',
    build(records) {
      index = lunrIndex(records);
    },
    serialize: async () => [JSON.stringify(index)],
    async load(parts) {
      index = lunr.Index.load(JSON.parse(parts[0]!) as object);
    },
    // lunr's query syntax is Scholia's, less phrases, tags and scopes; a note search names its field.
    translate: (query, kind) => (kind === 'phrase' || kind === 'tag' ? null : kind === 'in:notes' ? query.replace('in:notes ', 'note:') : query),
    search: (query) => index!.search(query).slice(0, RESULT_LIMIT),
  };
}

export const PEERS = [flexSearchPeer, miniSearchPeer, lunrPeer] as const;
