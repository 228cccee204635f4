import { lazy, Suspense, useRef, useState } from 'react';
import type { MemoAbout, SearchGroupView, SearchHitView } from '../../../shared/model';
import { useCommandPart } from '../commands/command-context';
import { runCommand } from '../commands/run-command';
import { useShortcuts } from '../commands/shortcuts';
import { redoLastChange, undoLastChange } from '../data/actions';
import { useCodebook } from '../data/tags';
import { DEFAULT_LIBRARY_QUERY } from '../../../shared/library-query';
import { libraryPageQuestion } from '../data/queries';
import { useQuery } from '../data/use-query';
import { AttributesView } from '../features/attributes/AttributesView';
import { EntitiesView } from '../features/entities/EntitiesView';
import { mentionInReader } from '../features/entities/entity-labels';
import { BackupsView } from '../features/backups/BackupsView';
import { CodebookView } from '../features/codebook/CodebookView';
import { ConcordanceView } from '../features/concordance/ConcordanceView';
import { foundAt } from '../features/concordance/found-at';
import { ExportDialog } from '../features/exports/ExportDialog';
import { ImportProjectDialog } from '../features/exports/ImportProjectDialog';
import { IMPORTABLE } from '../features/import/import-batch';
import { ImportDialog } from '../features/import/ImportDialog';
import { PasteDialog } from '../features/import/PasteDialog';
import { useImport } from '../features/import/use-import';
import { LibrarySidebar } from '../features/library/LibrarySidebar';
import { followNoteLink } from '../features/memos/follow-link';
import { MemoOpener, openMemoFor } from '../features/memos/memo-navigation';
import { aboutKey } from '../features/memos/memo-text';
import { MemosView } from '../features/memos/MemosView';
import { useNativeMenu } from '../features/menu/use-native-menu';
import { NoticeBar } from '../features/notices/NoticeBar';
import { CommandPalette } from '../features/palette/CommandPalette';
import type { NoteLink } from '../features/passages/markdown';
import { NoteLinkFollower } from '../features/passages/NoteView';
import { BlockOpener, requestBlock } from '../features/shared-text/block-jump';
import { CodeCopiesDialog } from '../features/shared-text/CodeCopiesDialog';
import { CopiesCoder, type CopiesAsked } from '../features/shared-text/copies-coder';
import { SharedOverviewView } from '../features/shared-text/SharedOverviewView';
import type { PassageFocus, SearchInDocument } from '../features/reader/Reader';
import { SearchPanel } from '../features/search/SearchPanel';
import { ReadingView } from '../features/reader/ReadingView';
import { TagView } from '../features/tags/TagView';
import { ToastStack } from '../features/toasts/ToastStack';
import { PaneSeparator } from '../features/layout/PaneSeparator';
import { PaneLayoutContext, usePaneLayout } from '../features/layout/use-pane-layout';
import { LIBRARY_PANE_ID, WorkspaceBar } from '../features/layout/WorkspaceBar';
import { useNotebook } from './use-notebook';
import { useRemovedDocuments } from './use-removed-documents';
import type { View } from './view';

// Loaded when first opened: its charts stay out of the start-up bundle.
const AnalysisView = lazy(() => import('../features/analysis/AnalysisView').then((module) => ({ default: module.AnalysisView })));

export function App() {
  const notebook = useNotebook();
  const codebook = useCodebook();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [view, setView] = useState<View>({ kind: 'read' });
  const [focus, setFocus] = useState<PassageFocus | null>(null);
  const [searchOpen, setSearchOpen] = useState(false);
  // Counts asks to code all hits of the search, so asking again while search is open still opens the dialog.
  const [codeAllAsked, setCodeAllAsked] = useState(0);
  const [searchQuery, setSearchQuery] = useState('');
  const [found, setFound] = useState<(SearchInDocument & { documentId: string }) | null>(null);
  const [pasting, setPasting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [importingProject, setImportingProject] = useState(false);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [copiesAsked, setCopiesAsked] = useState<CopiesAsked | null>(null);
  const importer = useImport();
  const filePicker = useRef<HTMLInputElement>(null);
  const appRef = useRef<HTMLDivElement>(null);
  const measureProbe = useRef<HTMLSpanElement>(null);
  const layout = usePaneLayout(appRef, measureProbe, view.kind === 'read');
  // Until the user picks one, open where they left off, else the newest document; a deleted one gives way to the newest.
  const newest = useQuery(libraryPageQuestion(DEFAULT_LIBRARY_QUERY, 0));
  const gone = useRemovedDocuments();
  const present = (id: string | null) => (id !== null && !gone.has(id) ? id : null);
  const selectedId = present(chosenId) ?? present(notebook.lastDocumentId) ?? newest.data?.documents[0]?.id ?? null;
  const empty = newest.data?.libraryTotal === 0;

  const openDocument = (id: string) => {
    setChosenId(id);
    setFocus(null);
    setFound(null);
    setView({ kind: 'read' });
  };
  const openSearchHit = (group: SearchGroupView, hit: SearchHitView) => {
    setSearchOpen(false);
    // A memo is read in the Memos view, even one about a document.
    if (hit.kind === 'note') {
      setView({ kind: 'memos', memoId: hit.itemId });
      return;
    }
    if (!group.documentId) return;
    const hits = group.hits.filter((h) => h.kind !== 'note');
    setChosenId(group.documentId);
    setView({ kind: 'read' });
    setFocus(hit.kind === 'passage' && hit.ranges.length === 0 ? { passageId: hit.itemId, nonce: Date.now() } : null);
    setFound({
      documentId: group.documentId,
      query: searchQuery.trim(),
      matches: hits.map((h) => ({ ranges: h.ranges, blockIndex: h.blockIndex, passageId: h.kind === 'passage' ? h.itemId : null })),
      current: Math.max(0, hits.indexOf(hit)),
    });
  };
  const showFound = (at: SearchInDocument & { documentId: string }) => {
    openDocument(at.documentId);
    setFound(at);
  };
  const stepSearch = (step: 1 | -1) =>
    setFound((current) => current && { ...current, current: (current.current + step + current.matches.length) % current.matches.length });
  const openPassage = (documentId: string, passageId: string) => {
    setChosenId(documentId);
    setView({ kind: 'read' });
    setFocus({ passageId, nonce: Date.now() });
  };
  const followLink = (link: NoteLink) =>
    void followNoteLink(link, { codebook, openDocument, openPassage, showTag: (tagId) => setView({ kind: 'tag', tagId }) });
  const openMemo = (about: MemoAbout) => setView(openMemoFor(about));
  const openAtBlock = (documentId: string, blockIndex: number) => {
    requestBlock(documentId, blockIndex);
    openDocument(documentId);
  };

  useCommandPart('app', {
    view,
    showView: setView,
    openSearch: () => setSearchOpen(true),
    codeAllHits: () => {
      setSearchOpen(true);
      setCodeAllAsked((n) => n + 1);
    },
    importFiles: () => filePicker.current?.click(),
    pasteText: () => setPasting(true),
    openExport: () => setExporting(true),
    importProject: () => setImportingProject(true),
    openPalette: () => setPaletteOpen(true),
    codeCopies: setCopiesAsked,
    undo: () => void undoLastChange(),
    redo: () => void redoLastChange(),
  });
  useShortcuts();
  useNativeMenu();

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
    <NoteLinkFollower.Provider value={followLink}>
      <MemoOpener.Provider value={openMemo}>
        <PaneLayoutContext.Provider value={layout}>
        <BlockOpener.Provider value={openAtBlock}>
        <CopiesCoder.Provider value={setCopiesAsked}>
        <div className={`app view-${view.kind}`} ref={appRef}>
          <span className="measure-probe" ref={measureProbe} aria-hidden="true" />
          <div id={LIBRARY_PANE_ID} className="library-pane" hidden={layout.widths.library === 0}>
          <LibrarySidebar
            codebook={codebook}
            openId={view.kind === 'read' ? selectedId : null}
            onOpen={openDocument}
            view={view}
            onView={setView}
            onSearch={() => setSearchOpen(true)}
            onImport={() => filePicker.current?.click()}
            onPaste={() => setPasting(true)}
            onExport={() => setExporting(true)}
            onImportProject={() => setImportingProject(true)}
          />
          </div>
          {layout.widths.library > 0 && <PaneSeparator pane="library" side="start" controls={LIBRARY_PANE_ID} label="Library width" layout={layout} />}
          <input
            ref={filePicker}
            type="file"
            multiple
            hidden
            accept={IMPORTABLE.join(',')}
            aria-label="Choose files to import"
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              event.target.value = '';
              void importer.start(files);
            }}
          />
          <main className="app-main">
            <WorkspaceBar layout={layout} reading={view.kind === 'read'} />
            <NoticeBar notices={notebook.notices} onDismiss={(id) => void notebook.dismissNotice(id)} />
            {view.kind === 'codebook' && <CodebookView codebook={codebook} onShowPassages={(tagId) => setView({ kind: 'tag', tagId })} />}
            {view.kind === 'backups' && <BackupsView />}
            {view.kind === 'attributes' && <AttributesView />}
            {view.kind === 'shared' && <SharedOverviewView />}
            {view.kind === 'entities' && <EntitiesView onOpenMention={(mention) => (openDocument(mention.documentId), setFound(mentionInReader(mention)))} />}
            {view.kind === 'analysis' && (
              <Suspense fallback={<p className="panel-empty">Loading the analysis…</p>}>
                <AnalysisView codebook={codebook} onOpenPassage={openPassage} />
              </Suspense>
            )}
            {view.kind === 'concordance' && (
              <ConcordanceView key={view.query} initialQuery={view.query ?? searchQuery} onOpen={(rows, row, query) => showFound(foundAt(rows, row, query))} />
            )}
            {view.kind === 'memos' && <MemosView key={memosKey(view)} codebook={codebook} memoId={view.memoId} draft={view.draft} onFollow={followLink} />}
            {view.kind === 'tag' && <TagView key={view.tagId} codebook={codebook} initialTagId={view.tagId} onOpenPassage={openPassage} />}
            {view.kind === 'read' &&
              (selectedId ? (
                <ReadingView
                  key={selectedId}
                  documentId={selectedId}
                  codebook={codebook}
                  focus={focus}
                  onFocus={(passageId) => setFocus({ passageId, nonce: Date.now() })}
                  search={found?.documentId === selectedId ? found : null}
                  onSearchStep={stepSearch}
                  onSearchClose={() => setFound(null)}
                />
              ) : (
                empty && (
                  <div className="empty-state">
                    <h2>Your notebook is empty</h2>
                    <p>Articles you import appear in the library on the left.</p>
                  </div>
                )
              ))}
          </main>
          {searchOpen && (
            <SearchPanel
              codebook={codebook}
              initialQuery={searchQuery}
              onQueryChange={setSearchQuery}
              onOpen={openSearchHit}
              onConcordance={(query) => {
                setSearchOpen(false);
                setView({ kind: 'concordance', query });
              }}
              codeAllAsked={codeAllAsked}
              onClose={() => {
                setSearchOpen(false);
                setCodeAllAsked(0);
              }}
            />
          )}
          {importer.dragging && (
            <div className="drop-overlay" aria-hidden="true">
              <p>Drop files or folders to import them</p>
            </div>
          )}
          {importer.job && (
            <ImportDialog
              progress={importer.job.progress}
              summary={importer.job.summary}
              onCancel={importer.cancel}
              onClose={importer.close}
              onOpen={(id) => {
                importer.close();
                openDocument(id);
              }}
            />
          )}
          {exporting && <ExportDialog codebook={codebook} openDocumentId={view.kind === 'read' ? selectedId : null} onClose={() => setExporting(false)} />}
          {importingProject && <ImportProjectDialog onClose={() => setImportingProject(false)} />}
          {pasting && <PasteDialog onClose={() => setPasting(false)} onOpen={openDocument} />}
          {copiesAsked && <CodeCopiesDialog asked={copiesAsked} codebook={codebook} onClose={() => setCopiesAsked(null)} />}
          {paletteOpen && <CommandPalette onClose={() => setPaletteOpen(false)} onRun={runCommand} />}
          <ToastStack />
        </div>
        </CopiesCoder.Provider>
        </BlockOpener.Provider>
        </PaneLayoutContext.Provider>
      </MemoOpener.Provider>
    </NoteLinkFollower.Provider>
  );
}

/** Opening the Memos view at another memo starts it afresh; unsaved edits are kept apart from it (see memo-edits). */
function memosKey(view: Extract<View, { kind: 'memos' }>): string {
  if (view.memoId) return `memo:${view.memoId}`;
  return view.draft ? `draft:${aboutKey(view.draft)}` : 'memos';
}
