/**
 * Which passages "Code all hits" proposes: every match of the search in the
 * notebook's articles, grown by the search worker to the unit asked for (see
 * main/search/hit-units.ts). Matches in headlines and bylines are left out:
 * they are the article's labels, not its text to code.
 */
import type { Block } from '../../../../shared/model';
import type { HitUnit, Occurrence } from '../../../../shared/concordance';

export type { HitUnit };

/** Blocks that are not the article's body: matches there are not coded. */
const NOT_BODY = new Set<Block['kind']>(['title', 'byline']);

export function bodyRows(rows: readonly Occurrence[]): { passages: Occurrence[]; leftOut: number } {
  const passages = rows.filter((row) => !NOT_BODY.has(row.blockKind));
  return { passages, leftOut: rows.length - passages.length };
}

/** The default tag for a query: its words under `search/`, without search syntax. */
export function defaultTagPath(query: string): string {
  const words = query.replace(/[^\p{L}\p{N}\s-]/gu, ' ').trim().split(/\s+/).filter(Boolean).join(' ');
  return `search/${words || 'hits'}`;
}
