/**
 * Reads a segment's live items back into analyses, so segments can be merged
 * without re-tokenizing their texts.
 */
import { packNeighbours, type AnalyzedField, type AnalyzedItem } from './item-analysis';
import type { Segment } from './segment';

export function extractAnalyses(segment: Segment): AnalyzedItem[] {
  const { keys, termIds, termStart, entryItem, entryField } = segment.data;
  const fields: Map<number, AnalyzedField>[] = keys.map(() => new Map());
  termIds.forEach((id, termId) => {
    const term = segment.vocabulary.term(id);
    for (let entry = termStart[termId]!; entry < termStart[termId + 1]!; entry += 1) {
      const item = entryItem[entry]!;
      if (segment.isDeleted(item)) continue;
      const field = entryField[entry]!;
      const itemFields = fields[item]!;
      let analyzed = itemFields.get(field);
      if (!analyzed) itemFields.set(field, (analyzed = { field, length: segment.fieldLength(item, field), terms: new Map() }));
      analyzed.terms.set(term, occurrenceTriples(segment, entry));
    }
  });
  const unindexed = [...segment.vocabulary.unindexedWords()];
  const analyses: AnalyzedItem[] = [];
  keys.forEach((key, item) => {
    if (segment.isDeleted(item)) return;
    const itemFields = [...fields[item]!.values()].sort((a, b) => a.field - b.field);
    // Neighbours keep the index's numbers: numbered alike, they come back as they were.
    analyses.push({ key, fields: itemFields, tokenCount: itemFields.reduce((sum, field) => sum + field.length, 0), unindexed });
  });
  return analyses;
}

let scratch = new Uint32Array(256);

/** An entry's occurrences as an analysis holds them: (offset, packed word number and length, neighbours) triples. */
function occurrenceTriples(segment: Segment, entry: number): number[] {
  // One buffer for all entries: a typed array made per entry was most of a merge's reading time.
  const pairs = segment.occurrences(entry, scratch);
  if (pairs.buffer !== scratch.buffer) scratch = new Uint32Array(pairs.length * 2);
  const { bytes, at: neighboursAt } = segment.neighbours(entry);
  const triples: number[] = [];
  for (let at = 0; at < pairs.length; at += 2) triples.push(pairs[at]!, pairs[at + 1]!, packNeighbours(bytes[neighboursAt + at] ?? 0, bytes[neighboursAt + at + 1] ?? 0));
  return triples;
}
