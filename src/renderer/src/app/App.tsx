import { useState } from 'react';
import { LibrarySidebar } from '../features/library/LibrarySidebar';
import { NoticeBar } from '../features/notices/NoticeBar';
import { Reader } from '../features/reader/Reader';
import { useNotebook } from './use-notebook';

export function App() {
  const { state, reload, dismissNotice } = useNotebook();
  const [chosenId, setChosenId] = useState<string | null>(null);
  // Until the user picks one, open where they left off, else the newest document.
  const selectedId = chosenId ?? state.lastDocumentId ?? state.documents[0]?.id ?? null;

  if (state.status === 'failed') {
    return (
      <div className="app-failure" role="alert">
        <h1>Scholia could not open the notebook</h1>
        <p>{state.error}</p>
        <button type="button" onClick={() => void reload()}>
          Try again
        </button>
      </div>
    );
  }

  return (
    <div className="app">
      <LibrarySidebar
        documents={state.documents}
        loading={state.status === 'loading'}
        selectedId={selectedId}
        onSelect={setChosenId}
      />
      <div className="app-main">
        <NoticeBar notices={state.notices} onDismiss={(id) => void dismissNotice(id)} />
        {selectedId ? (
          <Reader key={selectedId} documentId={selectedId} />
        ) : (
          state.status === 'ready' && (
            <div className="empty-state">
              <h2>Your notebook is empty</h2>
              <p>Articles you import appear in the library on the left.</p>
            </div>
          )
        )}
      </div>
    </div>
  );
}
