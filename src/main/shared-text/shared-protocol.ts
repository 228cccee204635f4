/**
 * What the shared-text worker can be asked over the worker channel: keep its
 * index in step (documents put as paragraph texts, removed), load and save
 * the cache, and answer which paragraphs have copies.
 */
import { readIndexCache, writeIndexCache } from './index-cache';
import { paragraphShingles } from './paragraph-shingles';
import { SharedIndex, type Affected, type CopyLink } from './shared-index';

/** A document as main sends it: the texts of the blocks worth comparing. */
export interface ParagraphTexts {
  id: string;
  contentHash: string;
  paragraphs: { block: number; start: number; end: number; text: string }[];
}

export interface SharedApi {
  /** Reads the cache; answers the content hash of each document it held, or null when there was no usable cache. */
  load(path: string): Promise<Record<string, string> | null>;
  save(path: string): Promise<void>;
  put(documents: ParagraphTexts[]): Affected;
  remove(ids: string[]): Affected;
  forDocument(id: string, limit: number): { block: number; documents: number; links: CopyLink[] }[];
  copies(id: string, block: number, limit: number): CopyLink[];
  clusters(limit: number, perCluster: number): ReturnType<SharedIndex['clusters']>;
  size(): SharedIndex['size'];
}

export const SHARED_METHODS: readonly (keyof SharedApi)[] = ['load', 'save', 'put', 'remove', 'forDocument', 'copies', 'clusters', 'size'];

export const SHARED_WORKER = 'shared-text worker';

/** The worker's side: one index. */
export function createSharedApi(index = new SharedIndex()): SharedApi {
  return {
    load: async (path) => {
      const documents = await readIndexCache(path);
      if (!documents) return null;
      for (const document of documents) index.put(document);
      return Object.fromEntries(index.known());
    },
    save: (path) => writeIndexCache(path, index.export()),
    put: (documents) => merge(documents.map((document) => index.put({ id: document.id, contentHash: document.contentHash, paragraphs: document.paragraphs.map(({ text, ...place }) => ({ ...place, shingles: paragraphShingles(text) })) }))),
    remove: (ids) => merge(ids.map((id) => index.remove(id))),
    forDocument: (id, limit) => index.forDocument(id, limit),
    copies: (id, block, limit) => index.copies(id, block, limit),
    clusters: (limit, perCluster) => index.clusters(limit, perCluster),
    size: () => index.size,
  };
}

function merge(all: Affected[]): Affected {
  if (all.includes('all')) return 'all';
  const ids = new Set((all as string[][]).flat());
  return ids.size > 2_000 ? 'all' : [...ids];
}
