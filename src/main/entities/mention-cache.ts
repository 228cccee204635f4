/**
 * The mentions found in each document, as a file beside the notebook, so a
 * restart does not read every document again: per document its content
 * hash and its mentions (kind, name, offsets; no text). Versioned and
 * checksummed; a file that is damaged or of another version reads as
 * empty, and the documents are read again.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ENTITY_KINDS } from '../../shared/entities';
import { writeDurably } from '../store/durable-write';
import type { FoundMention } from './extract-entities';

/** Bump when extraction or the layout changes: an older file is then read again from the documents, never misread. */
export const MENTION_CACHE_VERSION = 1;

export interface CachedDocument {
  contentHash: string;
  mentions: FoundMention[];
}

type Row = [kind: number, name: string, start: number, end: number, form?: string];

export function encodeMentions(documents: ReadonlyMap<string, CachedDocument>): string {
  const rows: Record<string, [string, Row[]]> = {};
  for (const [id, document] of documents) {
    rows[id] = [document.contentHash, document.mentions.map((m) => (m.form ? [ENTITY_KINDS.indexOf(m.kind), m.name, m.start, m.end, m.form] : [ENTITY_KINDS.indexOf(m.kind), m.name, m.start, m.end]))];
  }
  const body = JSON.stringify({ version: MENTION_CACHE_VERSION, documents: rows });
  return `${createHash('sha256').update(body).digest('hex')}\n${body}`;
}

/** The documents a cache file holds; empty when it cannot be trusted. */
export function decodeMentions(file: string): Map<string, CachedDocument> {
  const documents = new Map<string, CachedDocument>();
  const newline = file.indexOf('\n');
  if (newline !== 64) return documents;
  const body = file.slice(65);
  if (createHash('sha256').update(body).digest('hex') !== file.slice(0, 64)) return documents;
  try {
    const parsed = JSON.parse(body) as { version?: unknown; documents?: Record<string, [string, Row[]]> };
    if (parsed.version !== MENTION_CACHE_VERSION || !parsed.documents) return documents;
    for (const [id, [contentHash, rows]] of Object.entries(parsed.documents)) {
      documents.set(id, {
        contentHash,
        mentions: rows.map(([kind, name, start, end, form]) => ({ kind: ENTITY_KINDS[kind]!, name, start, end, ...(form ? { form } : {}) })),
      });
    }
    return documents;
  } catch {
    return new Map();
  }
}

export async function readMentionCache(path: string): Promise<Map<string, CachedDocument>> {
  const file = await readFile(path, 'utf8').catch(() => null);
  return file ? decodeMentions(file) : new Map();
}

export async function writeMentionCache(path: string, documents: ReadonlyMap<string, CachedDocument>): Promise<void> {
  await writeDurably(path, encodeMentions(documents));
}
