/**
 * The concordance of a query as a CSV table, in the order the view shows it:
 * one row per match with its context and document, and the offsets, so a
 * row can be traced back to the text (or re-imported as passages elsewhere).
 * Written through the analysis save path: RFC 4180, UTF-8 with a BOM for
 * Excel, formula-like cells neutralised, a durable write where the user chose.
 */
import type { AnalysisSaveReport } from '../../shared/analysis';
import { CONTEXT_DEFAULT_CHARS, OCCURRENCES_MAX_LIMIT, type ConcordanceSort, type OccurrenceList } from '../../shared/concordance';
import { sortOccurrences } from '../../shared/concordance-sort';
import type { SearchService } from '../search/notebook-search';
import { saveAnalysisFile, type ChooseSavePath } from './analysis/analysis-save';

export const CONCORDANCE_HEADER = ['Left context', 'Match', 'Right context', 'Headline', 'Outlet', 'Published', 'Document', 'Start', 'End'];

export function concordanceRows(list: OccurrenceList, sort: ConcordanceSort, descending = false): (string | number)[][] {
  const rows = sortOccurrences(list.occurrences, sort, descending).map((row) => [
    row.left,
    row.match,
    row.right,
    row.headline,
    row.outlet,
    row.published?.slice(0, 10) ?? '',
    row.documentId,
    row.start,
    row.end,
  ]);
  return [CONCORDANCE_HEADER, ...rows];
}

/** The file name offered: the query's words, without search syntax. */
export function concordanceFileName(query: string): string {
  const words = query.replace(/[^\p{L}\p{N}\s-]/gu, ' ').trim().split(/\s+/).filter(Boolean).slice(0, 8).join(' ');
  return `concordance ${words || 'search'}.csv`;
}

export interface ConcordanceSaveInput {
  query: string;
  sort: ConcordanceSort;
  descending?: boolean | undefined;
  context?: number | undefined;
}

/** Runs the query (a bad one fails before any dialog), asks where to save, then writes; null when the user cancelled. */
export async function saveConcordance(search: SearchService, chooseSavePath: ChooseSavePath, input: ConcordanceSaveInput): Promise<AnalysisSaveReport | null> {
  const list = await search.occurrences(input.query, { limit: OCCURRENCES_MAX_LIMIT, context: input.context ?? CONTEXT_DEFAULT_CHARS, unit: 'words' });
  const rows = concordanceRows(list, input.sort, input.descending);
  return saveAnalysisFile(chooseSavePath, { kind: 'csv', suggestedName: concordanceFileName(input.query), rows });
}
