/**
 * The Analysis view's questions to main, for the query cache: each keyed by
 * what it asks, and asked again when documents, passages, tags or attribute
 * values change — every one of those can move a count.
 */
import type { AnalysisCell, AnalysisMatrix, AnalysisScope, CellPassages, Cooccurrence, CooccurrenceUnit, Frequencies, MatrixColumns, MatrixSplit } from '../../../../shared/analysis';
import type { NotebookChange } from '../../../../shared/changes';
import { scholia } from '../../bridge';
import type { Question } from '../../data/queries';

/** Changes that can move a count. */
export const changesAnalysis = (change: NotebookChange) => change.scope === 'documents' || change.scope === 'passages' || change.scope === 'tags' || change.scope === 'attributes';

const question = <T>(name: string, input: object, fetch: () => Question<T>['spec']['fetch'] extends () => infer R ? R : never): Question<T> => ({
  key: `analysis:${name}:${JSON.stringify(input)}`,
  spec: { fetch, affectedBy: changesAnalysis },
});

export const frequenciesQuestion = (scope: AnalysisScope) => question<Frequencies>('frequencies', scope, () => scholia().analysis.frequencies({ scope }));

export const matrixQuestion = (scope: AnalysisScope, columns: MatrixColumns, rolled: boolean, split: MatrixSplit | null) =>
  question<AnalysisMatrix>('matrix', { scope, columns, rolled, split }, () => scholia().analysis.matrix({ scope, columns, rolled, ...(split ? { split } : {}) }));

export const cooccurrenceQuestion = (scope: AnalysisScope, unit: CooccurrenceUnit, rolled: boolean) =>
  question<Cooccurrence>('cooccurrence', { scope, unit, rolled }, () => scholia().analysis.cooccurrence({ scope, unit, rolled }));

export const cellQuestion = (scope: AnalysisScope, cell: AnalysisCell) => question<CellPassages>('passages', { scope, cell }, () => scholia().analysis.passages({ scope, cell }));
