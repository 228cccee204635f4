/**
 * The passages behind one count: those a frequency, a matrix cell or a
 * co-occurrence cell counted, in document order, so a click on any number
 * lists what it is made of.
 */
import { ANALYSIS_LIMITS, type AnalysisCell, type CellPassage, type CellPassages, type CooccurrenceUnit } from '../../../shared/analysis';
import type { AnalysisDataset, StoredDocument, StoredPassage } from './analysis-dataset';
import { documentsInScope, subtreeOf, type WorkerScope } from './analysis-scope';
import { intersects } from './cooccurrence';
import { columnKeyOf } from './matrix';

const TITLES = new Intl.Collator();

export function cellPassages(dataset: AnalysisDataset, scope: WorkerScope, cell: AnalysisCell): CellPassages {
  const codes = (tagId: string, rolled: boolean) => (rolled ? subtreeOf(dataset.tags, tagId) : new Set([tagId]));
  const has = (set: Set<string>) => (tagIds: readonly string[]) => tagIds.some((id) => set.has(id));
  const found: { document: StoredDocument; passage: StoredPassage }[] = [];
  const hasCode = cell.kind === 'pair' ? null : has(codes(cell.tagId, cell.rolled));
  const pair = cell.kind === 'pair' ? { a: has(codes(cell.a, cell.rolled)), b: has(codes(cell.b, cell.rolled)) } : null;
  const documents = documentsInScope(dataset, scope).sort((a, b) => TITLES.compare(a.title, b.title) || (a.id < b.id ? -1 : 1));
  for (const document of documents) {
    const take = (passage: StoredPassage) => found.push({ document, passage });
    if (cell.kind === 'pair') pairPassages(document, cell.unit, pair!.a, pair!.b).forEach(take);
    else if (cell.kind === 'code' || (columnKeyOf(document, cell.columns) === cell.column && (!cell.split || columnKeyOf(document, cell.split.by) === cell.split.row))) {
      document.passages.filter((p) => hasCode!(p.tagIds)).forEach(take);
    }
  }
  return {
    total: found.length,
    passages: found.slice(0, ANALYSIS_LIMITS.cellPassages).map(({ document, passage }): CellPassage => ({
      passageId: passage.id,
      documentId: document.id,
      documentTitle: document.title,
      quote: passage.quote,
      tagIds: passage.tagIds,
    })),
  };
}

type Test = (tagIds: readonly string[]) => boolean;

/** A document's passages that made a co-occurrence of a and b in `unit`. */
function pairPassages(document: StoredDocument, unit: CooccurrenceUnit, hasA: Test, hasB: Test): StoredPassage[] {
  const passages = document.passages;
  const either = passages.filter((p) => hasA(p.tagIds) || hasB(p.tagIds));
  if (unit === 'document') {
    const a = hasA(document.tagIds) || either.some((p) => hasA(p.tagIds));
    const b = hasB(document.tagIds) || either.some((p) => hasB(p.tagIds));
    return a && b ? either : [];
  }
  if (unit === 'block') {
    const blocksWith = (test: Test) => new Set(passages.filter((p) => test(p.tagIds)).flatMap((p) => range(p.blockStart, p.blockEnd)));
    const withA = blocksWith(hasA);
    const both = new Set([...blocksWith(hasB)].filter((block) => withA.has(block)));
    return either.filter((p) => range(p.blockStart, p.blockEnd).some((block) => both.has(block)));
  }
  const kept = new Set<StoredPassage>();
  for (const p of either) {
    if (hasA(p.tagIds) && hasB(p.tagIds)) kept.add(p);
    for (const q of either) {
      if (p !== q && hasA(p.tagIds) && hasB(q.tagIds) && intersects(p, q)) kept.add(p).add(q);
    }
  }
  return passages.filter((p) => kept.has(p));
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
