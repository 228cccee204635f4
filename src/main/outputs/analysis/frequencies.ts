/**
 * Code frequencies: per code, the passages carrying it, the documents where
 * it occurs (on a passage or as a document tag) and the words of those
 * passages — for the code itself and rolled up with the codes inside it,
 * where a passage or document is counted once however many of them it has.
 */
import type { CodeCounts, Frequencies } from '../../../shared/analysis';
import type { AnalysisDataset } from './analysis-dataset';
import { codeRows, documentsInScope, rowsByTag, RowCollector, type WorkerScope } from './analysis-scope';

interface Tally {
  passages: Int32Array;
  documents: Int32Array;
  words: Float64Array;
}

export function frequencies(dataset: AnalysisDataset, scope: WorkerScope): Frequencies {
  const rows = codeRows(dataset.tags, scope.tagId);
  const documents = documentsInScope(dataset, scope);
  const own = tally(rows.length, documents, new RowCollector(rowsByTag(dataset, rows, false), rows.length));
  const rolledCollector = new RowCollector(rowsByTag(dataset, rows, true), rows.length);
  const rolled = tally(rows.length, documents, rolledCollector);
  let coded = 0;
  for (const document of documents) for (const passage of document.passages) if (rolledCollector.collect(passage.codes) > 0) coded += 1;
  const counts = (t: Tally, i: number): CodeCounts => ({ passages: t.passages[i]!, documents: t.documents[i]!, words: t.words[i]! });
  return {
    rows: rows.map((tag, i) => ({ tagId: tag.id, path: tag.path, parentId: tag.parentId, own: counts(own, i), rolled: counts(rolled, i) })),
    documents: documents.length,
    passages: coded,
  };
}

function tally(size: number, documents: ReturnType<typeof documentsInScope>, collector: RowCollector): Tally {
  const result: Tally = { passages: new Int32Array(size), documents: new Int32Array(size), words: new Float64Array(size) };
  // The last document that counted towards each row, so a document counts once per row.
  const lastDocument = new Int32Array(size).fill(-1);
  const { found } = collector;
  for (let index = 0; index < documents.length; index += 1) {
    const document = documents[index]!;
    for (const passage of document.passages) {
      const n = collector.collect(passage.codes);
      for (let k = 0; k < n; k += 1) {
        const row = found[k]!;
        result.passages[row]! += 1;
        result.words[row]! += passage.words;
        if (lastDocument[row] !== index) {
          lastDocument[row] = index;
          result.documents[row]! += 1;
        }
      }
    }
    const n = collector.collect(document.codes);
    for (let k = 0; k < n; k += 1) {
      const row = found[k]!;
      if (lastDocument[row] !== index) {
        lastDocument[row] = index;
        result.documents[row]! += 1;
      }
    }
  }
  return result;
}
