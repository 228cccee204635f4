/**
 * What the analysis worker can be asked, over the worker channel: keep the
 * dataset in step (documents put whole, removed, the codebook replaced) and
 * answer the analyses from it.
 */
import type { AnalysisCell, AnalysisMatrix, CellPassages, Cooccurrence, Frequencies } from '../../../shared/analysis';
import { AnalysisDataset, type AnalysisDocument, type AnalysisTag } from './analysis-dataset';
import type { WorkerScope } from './analysis-scope';
import { cellPassages } from './cell-passages';
import { cooccurrence, type CooccurrenceRequest } from './cooccurrence';
import { frequencies } from './frequencies';
import { matrix, type MatrixRequest } from './matrix';

export interface AnalysisApi {
  /** Puts documents in (replacing what was known of them); answers how many the dataset holds. */
  put(documents: AnalysisDocument[]): number;
  remove(ids: string[]): number;
  setTags(tags: AnalysisTag[]): void;
  clear(): void;
  frequencies(scope: WorkerScope): Frequencies;
  matrix(request: MatrixRequest): AnalysisMatrix;
  cooccurrence(request: CooccurrenceRequest): Cooccurrence;
  passages(scope: WorkerScope, cell: AnalysisCell): CellPassages;
}

/** The worker's methods, the list its channel is derived from. */
export const ANALYSIS_METHODS: readonly (keyof AnalysisApi)[] = ['put', 'remove', 'setTags', 'clear', 'frequencies', 'matrix', 'cooccurrence', 'passages'];

/** How messages name the worker. */
export const ANALYSIS_WORKER = 'analysis worker';

/** The worker's side: one dataset and the analyses over it. */
export function createAnalysisApi(dataset = new AnalysisDataset()): AnalysisApi {
  return {
    put: (documents) => (dataset.put(documents), dataset.documents.size),
    remove: (ids) => (dataset.remove(ids), dataset.documents.size),
    setTags: (tags) => dataset.setTags(tags),
    clear: () => dataset.clear(),
    frequencies: (scope) => frequencies(dataset, scope),
    matrix: (request) => matrix(dataset, request),
    cooccurrence: (request) => cooccurrence(dataset, request),
    passages: (scope, cell) => cellPassages(dataset, scope, cell),
  };
}
