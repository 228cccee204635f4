/**
 * Co-occurrence of codes, in the unit the user chooses (see CooccurrenceUnit):
 * cell (a, b) is the number of units where both occur — overlapping passage
 * pairs, blocks, or documents — and cell (a, a) the number where a does.
 * A unit is counted once per pair of codes however many passages make it.
 */
import { ANALYSIS_LIMITS, type Cooccurrence, type CooccurrenceUnit } from '../../../shared/analysis';
import type { AnalysisDataset, AnalysisTag, StoredDocument, StoredPassage } from './analysis-dataset';
import { codeRows, documentsInScope, rowsByTag, RowCollector, type WorkerScope } from './analysis-scope';

export interface CooccurrenceRequest {
  scope: WorkerScope;
  unit: CooccurrenceUnit;
  rolled: boolean;
  tagIds?: string[];
}

/** Whether two passages' ranges share at least one character. */
export const intersects = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function cooccurrence(dataset: AnalysisDataset, request: CooccurrenceRequest): Cooccurrence {
  const { scope, unit, rolled } = request;
  const documents = documentsInScope(dataset, scope);
  let rows = codeRows(dataset.tags, scope.tagId, request.tagIds);
  let capped: number | null = null;
  if (rows.length > ANALYSIS_LIMITS.cooccurrenceTags) {
    capped = rows.length;
    rows = busiest(dataset, rows, documents, rolled);
  }
  const size = rows.length;
  const counts = new Int32Array(size * size);
  const collector = new RowCollector(rowsByTag(dataset, rows, rolled), size);
  const countUnit = (present: readonly number[]) => {
    for (let i = 0; i < present.length; i += 1) {
      const a = present[i]!;
      counts[a * size + a]! += 1;
      for (let j = i + 1; j < present.length; j += 1) {
        const b = present[j]!;
        counts[a * size + b]! += 1;
        counts[b * size + a]! += 1;
      }
    }
  };
  for (const document of documents) {
    if (unit === 'document') countUnit(collector.rowsOf(document.codes, concatCodes(document.passages)));
    else if (unit === 'block') forEachBlock(document, collector, countUnit);
    else countOverlaps(document, collector, size, counts);
  }
  // Codes that occur in no unit are left out, unless the user named them.
  const kept = rows.map((_, i) => i).filter((i) => request.tagIds !== undefined || counts[i * size + i]! > 0);
  return {
    unit,
    tags: kept.map((i) => ({ tagId: rows[i]!.id, path: rows[i]!.path })),
    counts: kept.map((a) => kept.map((b) => counts[a * size + b]!)),
    rolled,
    capped,
  };
}

/** Every tag code of a document's passages, in one array. */
function concatCodes(passages: readonly StoredPassage[]): Int32Array {
  const codes = new Int32Array(passages.reduce((sum, passage) => sum + passage.codes.length, 0));
  let at = 0;
  for (const passage of passages) {
    codes.set(passage.codes, at);
    at += passage.codes.length;
  }
  return codes;
}

/** The rows of each block of a document that passages reach into, one call per block with any. */
export function forEachBlock(document: StoredDocument, collector: RowCollector, visit: (rows: number[], block: number) => void): void {
  const byBlock = new Map<number, StoredPassage[]>();
  for (const passage of document.passages) {
    for (let block = passage.blockStart; block <= passage.blockEnd; block += 1) {
      let list = byBlock.get(block);
      if (!list) byBlock.set(block, (list = []));
      list.push(passage);
    }
  }
  for (const [block, passages] of byBlock) {
    const rows = collector.rowsOf(concatCodes(passages));
    if (rows.length > 0) visit(rows, block);
  }
}

/**
 * Each pair of intersecting passages (and each passage with itself) counts
 * once for every pair of distinct codes one carries and the other does;
 * a passage counts once on the diagonal for each of its codes.
 */
function countOverlaps(document: StoredDocument, collector: RowCollector, size: number, counts: Int32Array): void {
  const passages = document.passages;
  const rowsOf = passages.map((passage) => collector.rowsOf(passage.codes));
  const pairs = new Set<number>();
  passages.forEach((passage, i) => {
    const own = rowsOf[i]!;
    if (own.length === 0) return;
    pairs.clear();
    for (const a of own) {
      counts[a * size + a]! += 1;
      for (const b of own) if (a < b) pairs.add(a * size + b);
    }
    // Passages are in start order: the first that starts at or after this one's end ends the search.
    for (let j = i + 1; j < passages.length && passages[j]!.start < passage.end; j += 1) {
      if (!intersects(passage, passages[j]!)) continue;
      addPairs(pairs, counts, size);
      pairs.clear();
      for (const a of own) for (const b of rowsOf[j]!) if (a !== b) pairs.add(Math.min(a, b) * size + Math.max(a, b));
    }
    addPairs(pairs, counts, size);
  });
}

function addPairs(pairs: Set<number>, counts: Int32Array, size: number): void {
  for (const key of pairs) {
    const a = Math.floor(key / size);
    const b = key % size;
    counts[key]! += 1;
    counts[b * size + a]! += 1;
  }
}

/** The codes on most passages (and documents), up to the limit, in path order. */
function busiest(dataset: AnalysisDataset, rows: AnalysisTag[], documents: readonly StoredDocument[], rolled: boolean): AnalysisTag[] {
  const collector = new RowCollector(rowsByTag(dataset, rows, rolled), rows.length);
  const uses = new Int32Array(rows.length);
  const count = (passage: StoredPassage) => collector.rowsOf(passage.codes).forEach((row) => (uses[row]! += 1));
  for (const document of documents) {
    document.passages.forEach(count);
    collector.rowsOf(document.codes).forEach((row) => (uses[row]! += 1));
  }
  const kept = new Set(rows.map((_, i) => i).sort((a, b) => uses[b]! - uses[a]! || a - b).slice(0, ANALYSIS_LIMITS.cooccurrenceTags));
  return rows.filter((_, i) => kept.has(i));
}
