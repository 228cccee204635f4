import { useState } from 'react';
import { useCommands, type Command } from '../commands/commands';
import { undoLastChange } from '../data/actions';
import { useCodebook } from '../data/tags';
import { CodebookView } from '../features/codebook/CodebookView';
import { LibrarySidebar } from '../features/library/LibrarySidebar';
import { NoticeBar } from '../features/notices/NoticeBar';
import type { PassageFocus } from '../features/reader/Reader';
import { ReadingView } from '../features/reader/ReadingView';
import { TagView } from '../features/tags/TagView';
import { ToastStack } from '../features/toasts/ToastStack';
import { useNotebook } from './use-notebook';

export type View = { kind: 'read' } | { kind: 'codebook' } | { kind: 'tag'; tagId: string | null };

export function App() {
  const notebook = useNotebook();
  const codebook = useCodebook();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [view, setView] = useState<View>({ kind: 'read' });
  const [focus, setFocus] = useState<PassageFocus | null>(null);
  // Until the user picks one, open where they left off, else the newest document.
  const selectedId = chosenId ?? notebook.lastDocumentId ?? notebook.documents[0]?.id ?? null;

  const openDocument = (id: string) => {
    setChosenId(id);
    setFocus(null);
    setView({ kind: 'read' });
  };
  const openPassage = (documentId: string, passageId: string) => {
    setChosenId(documentId);
    setView({ kind: 'read' });
    setFocus({ passageId, nonce: Date.now() });
  };

  const commands: Command[] = [
    { id: 'history.undo', title: 'Undo the last change', keys: ['Mod+Z'], run: () => void undoLastChange() },
    { id: 'view.codebook', title: 'Open the codebook', keys: ['Mod+Shift+C'], run: () => setView({ kind: 'codebook' }) },
    { id: 'view.tags', title: 'Open passages by tag', keys: ['Mod+Shift+T'], run: () => setView({ kind: 'tag', tagId: null }) },
  ];
  useCommands(commands);

  if (notebook.status === 'failed') {
    return (
      <div className="app-failure" role="alert">
        <h1>Scholia could not open the notebook</h1>
        <p>{notebook.error}</p>
        <button type="button" onClick={() => void notebook.reload()}>
          Try again
        </button>
      </div>
    );
  }

  return (
    <div className={`app view-${view.kind}`}>
      <LibrarySidebar
        documents={notebook.documents}
        codebook={codebook}
        loading={notebook.status === 'loading'}
        selectedId={view.kind === 'read' ? selectedId : null}
        onSelect={openDocument}
        view={view}
        onView={setView}
      />
      <div className="app-main">
        <NoticeBar notices={notebook.notices} onDismiss={(id) => void notebook.dismissNotice(id)} />
        {view.kind === 'codebook' && <CodebookView codebook={codebook} onShowPassages={(tagId) => setView({ kind: 'tag', tagId })} />}
        {view.kind === 'tag' && <TagView key={view.tagId} codebook={codebook} initialTagId={view.tagId} onOpenPassage={openPassage} />}
        {view.kind === 'read' &&
          (selectedId ? (
            <ReadingView
              key={selectedId}
              documentId={selectedId}
              summary={notebook.documents.find((d) => d.id === selectedId)}
              codebook={codebook}
              focus={focus}
              onFocus={(passageId) => setFocus({ passageId, nonce: Date.now() })}
            />
          ) : (
            notebook.status === 'ready' && (
              <div className="empty-state">
                <h2>Your notebook is empty</h2>
                <p>Articles you import appear in the library on the left.</p>
              </div>
            )
          ))}
      </div>
      <ToastStack />
    </div>
  );
}
