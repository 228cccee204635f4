/**
 * The worker's matches as the window shows them: each with its document's
 * headline, outlet and date from the library, which the index does not hold.
 * Matches in a document deleted since it was indexed are dropped.
 */
import type { FoundOccurrence, Occurrence, OccurrenceList } from '../../shared/concordance';
import type { DocumentSummary } from '../../shared/model';

export function occurrenceViews(found: OccurrenceList<FoundOccurrence>, documents: readonly DocumentSummary[]): OccurrenceList {
  const byId = new Map(documents.map((document) => [document.id, document]));
  const occurrences: Occurrence[] = [];
  for (const row of found.occurrences) {
    const document = byId.get(row.documentId);
    if (document) occurrences.push({ ...row, headline: document.title, outlet: document.source, published: document.publishedAt });
  }
  return { occurrences, total: found.total - (found.occurrences.length - occurrences.length), truncated: found.truncated };
}
