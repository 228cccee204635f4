import { useState } from 'react';
import type { Codebook } from '../../data/tags';
import { useQuery } from '../../data/use-query';
import { frequenciesQuestion } from './analysis-questions';
import { CellPassageList, type ChosenCell } from './CellPassageList';
import { CooccurrencePanel } from './CooccurrencePanel';
import { FrequenciesPanel } from './FrequenciesPanel';
import { MatrixPanel } from './MatrixPanel';
import { NO_SCOPE, ScopeBar, useAnalysisScope, type ScopeChoice } from './ScopeBar';

type Tab = 'frequencies' | 'matrix' | 'cooccurrence';
const TABS: { tab: Tab; label: string }[] = [
  { tab: 'frequencies', label: 'Frequencies' },
  { tab: 'matrix', label: 'Matrix' },
  { tab: 'cooccurrence', label: 'Co-occurrence' },
];

interface Props {
  codebook: Codebook;
  onOpenPassage: (documentId: string, passageId: string) => void;
}

/** The Analysis view: the coding summarised — frequencies, matrices, co-occurrence — with the passages behind every count. */
export function AnalysisView({ codebook, onOpenPassage }: Props) {
  const [choice, setChoice] = useState<ScopeChoice>(NO_SCOPE);
  const [tab, setTab] = useState<Tab>('frequencies');
  const [chosen, setChosen] = useState<ChosenCell | null>(null);
  const { scope, filtered } = useAnalysisScope(choice);
  // Asked by the Frequencies tab too: the cache answers both from one call.
  const counted = useQuery(frequenciesQuestion(scope)).data;
  const panel = { scope, chosen: chosen?.key ?? null, onChoose: setChosen };
  const changeScope = (next: ScopeChoice) => {
    setChoice(next);
    setChosen(null);
  };

  return (
    <section className="analysis-view" aria-label="Analysis">
      <header className="view-header">
        <h1>Analysis</h1>
        <p className="hint">Every count, bar and cell lists the passages behind it.</p>
      </header>
      <ScopeBar choice={choice} onChange={changeScope} codebook={codebook} filtered={filtered} documents={counted?.documents} />
      <div className="analysis-body">
        <div className="analysis-main">
          <div className="analysis-tabs" role="tablist" aria-label="Analyses">
            {TABS.map(({ tab: id, label }) => (
              <button
                key={id}
                id={`analysis-tab-${id}`}
                type="button"
                role="tab"
                aria-selected={tab === id}
                aria-controls="analysis-panel"
                className={tab === id ? 'view-tab analysis-tab active' : 'view-tab analysis-tab'}
                onClick={() => {
                  setTab(id);
                  setChosen(null);
                }}
              >
                {label}
              </button>
            ))}
          </div>
          <div id="analysis-panel" role="tabpanel" aria-labelledby={`analysis-tab-${tab}`}>
            {tab === 'frequencies' && <FrequenciesPanel {...panel} />}
            {tab === 'matrix' && <MatrixPanel {...panel} codebook={codebook} />}
            {tab === 'cooccurrence' && <CooccurrencePanel {...panel} />}
          </div>
        </div>
        <CellPassageList scope={scope} chosen={chosen} codebook={codebook} onOpenPassage={onOpenPassage} />
      </div>
    </section>
  );
}
