/**
 * Reads a segment's live items back into analyses, so segments can be merged
 * without re-tokenizing their texts.
 */
import type { AnalyzedField, AnalyzedItem } from './item-analysis';
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
      analyzed.terms.set(term, Array.from(segment.occurrences(entry)));
    }
  });
  const analyses: AnalyzedItem[] = [];
  keys.forEach((key, item) => {
    if (segment.isDeleted(item)) return;
    const itemFields = [...fields[item]!.values()].sort((a, b) => a.field - b.field);
    analyses.push({ key, fields: itemFields, tokenCount: itemFields.reduce((sum, field) => sum + field.length, 0) });
  });
  return analyses;
}
