/**
 * Every match of a query in the notebook's documents, for the concordance
 * and for coding all hits: no top-k cut, and the exact ranges the reader
 * highlights for a hit (the same executor and the same span rules: stemmed
 * and folded words, phrases, prefixes, typos), so a concordance line and a
 * search hit never disagree about what matched.
 *
 * Only documents' text counts: a concordance is about the articles, and a
 * passage's quote is already a stretch of one, so passages and notes (and
 * `in:passages`, `in:notes`, `tag:` queries, which only reach them) give none.
 */
import type { FoundOccurrence, HitUnit, OccurrenceList } from '../../shared/concordance';
import type { TextRange } from '../../shared/model';
import { blockIndexAt, documentRanges } from './hit-builder';
import { unitRanges } from './hit-units';
import { buildItemFilter } from './item-filter';
import { contextLine } from './occurrence-context';
import { executeQuery, type QueryContext } from './query-executor';
import { parseQuery } from './query-parser';
import type { TagIndex } from './tag-index';
import type { IndexableDocument } from './types';

export interface OccurrenceOptions {
  limit: number;
  /** Characters of context either side. */
  context: number;
  unit: HitUnit;
}

export interface OccurrenceSources {
  segments: QueryContext['segments'];
  fieldText: QueryContext['fieldText'];
  tags: TagIndex;
  document: (id: string) => IndexableDocument | undefined;
}

const DOCUMENT_KEY = 'd:';

/** Throws SearchQueryError when the query cannot be parsed, as search does. */
export function findOccurrences(query: string, sources: OccurrenceSources, options: OccurrenceOptions): OccurrenceList<FoundOccurrence> {
  const parsed = parseQuery(query);
  const filter = buildItemFilter(parsed, sources.tags);
  const accepts = (key: string) => key.startsWith(DOCUMENT_KEY) && (filter === null || filter.accepts(key));
  const outcome = executeQuery(parsed, { segments: sources.segments, accepts, fieldText: sources.fieldText }, Number.MAX_SAFE_INTEGER);
  // A stable order that needs nothing the index lacks: the documents' ids.
  const matches = outcome.matches.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const occurrences: FoundOccurrence[] = [];
  let total = 0;
  let truncated = false;
  for (const match of matches) {
    const document = sources.document(match.key.slice(DOCUMENT_KEY.length));
    if (!document) continue;
    const ranges = documentRanges(document, outcome.spansOf(match));
    total += ranges.length;
    if (ranges.length === 0) continue;
    const room = options.limit - occurrences.length;
    // Past the limit the matches are still counted, but not grown or cut into lines.
    const rows = room > 0 ? unitRanges(document.text, document.blocks, ranges, options.unit) : ranges;
    if (rows.length > room) truncated = true;
    for (const range of rows.slice(0, Math.max(0, room))) {
      const row = occurrenceAt(document, range, options.context);
      if (row) occurrences.push(row);
    }
  }
  return { occurrences, total, truncated };
}

function occurrenceAt(document: IndexableDocument, range: TextRange, chars: number): FoundOccurrence | null {
  const blockIndex = blockIndexAt(document.blocks, range.start);
  const block = document.blocks[blockIndex];
  if (!block) return null;
  return { documentId: document.id, blockIndex, blockKind: block.kind, start: range.start, end: range.end, ...contextLine(document.text, block, range, chars) };
}
