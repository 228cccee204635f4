/**
 * A concordance row as the reader's find bar takes it: every row of that
 * document as a match to step through (F3), starting at the one clicked.
 */
import type { Occurrence } from '../../../../shared/concordance';
import type { SearchInDocument } from '../reader/Reader';

export function foundAt(rows: readonly Occurrence[], chosen: Occurrence, query: string): SearchInDocument & { documentId: string } {
  const inDocument = rows.filter((row) => row.documentId === chosen.documentId).sort((a, b) => a.start - b.start);
  return {
    documentId: chosen.documentId,
    query: query.trim(),
    matches: inDocument.map((row) => ({ ranges: [{ start: row.start, end: row.end }], blockIndex: row.blockIndex, passageId: null })),
    current: Math.max(0, inDocument.indexOf(chosen)),
  };
}
