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
import { nextTurn } from '../pacing/next-turn';

/** Bump when extraction or the layout changes: an older file is then read again from the documents, never misread. */
export const MENTION_CACHE_VERSION = 3;

export interface CachedDocument {
  contentHash: string;
  mentions: FoundMention[];
}

type Row = [kind: number, name: string, start: number, end: number, form?: string];
type Line = [id: string, contentHash: string, rows: Row[]];

/** Documents encoded or decoded between two turns of the event loop: one line each, so no turn holds main for long. */
const DOCUMENTS_PER_TURN = 200;

/** One line per document after a checksum and a version line, so a large cache is read and written a slice at a time. */
export async function encodeMentions(documents: ReadonlyMap<string, CachedDocument>): Promise<string> {
  const lines = [JSON.stringify({ version: MENTION_CACHE_VERSION })];
  for (const [id, document] of documents) {
    const rows = document.mentions.map((m): Row => (m.form ? [ENTITY_KINDS.indexOf(m.kind), m.name, m.start, m.end, m.form] : [ENTITY_KINDS.indexOf(m.kind), m.name, m.start, m.end]));
    lines.push(JSON.stringify([id, document.contentHash, rows] satisfies Line));
    if (lines.length % DOCUMENTS_PER_TURN === 0) await nextTurn();
  }
  const body = lines.join('\n');
  return `${createHash('sha256').update(body).digest('hex')}\n${body}`;
}

/** The documents a cache file holds; empty when it cannot be trusted. */
export async function decodeMentions(file: string): Promise<Map<string, CachedDocument>> {
  const documents = new Map<string, CachedDocument>();
  const newline = file.indexOf('\n');
  if (newline !== 64) return documents;
  const body = file.slice(65);
  if (createHash('sha256').update(body).digest('hex') !== file.slice(0, 64)) return documents;
  try {
    const lines = body.split('\n');
    const header = JSON.parse(lines[0]!) as { version?: unknown };
    if (header.version !== MENTION_CACHE_VERSION) return documents;
    for (let i = 1; i < lines.length; i++) {
      const [id, contentHash, rows] = JSON.parse(lines[i]!) as Line;
      documents.set(id, {
        contentHash,
        mentions: rows.map(([kind, name, start, end, form]) => ({ kind: ENTITY_KINDS[kind]!, name, start, end, ...(form ? { form } : {}) })),
      });
      if (i % DOCUMENTS_PER_TURN === 0) await nextTurn();
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
  await writeDurably(path, await encodeMentions(documents));
}
