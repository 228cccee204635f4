import { useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { PlacedPassage, TextRange } from '../../../../shared/model';
import { segmentBlocks, type PlacedRange } from '../../../../shared/anchoring/highlight-segments';
import { useCommandPart } from '../../commands/command-context';
import { shortcutOf } from '../../commands/shortcuts';
import { documentQuestion } from '../../data/queries';
import type { Codebook } from '../../data/tags';
import { useQuery } from '../../data/use-query';
import { passageColor } from '../passages/passage-actions';
import { SelectionPopover } from '../passages/SelectionPopover';
import { PassagePopover } from '../passages/PassagePopover';
import { DocumentActions } from '../documents/DocumentActions';
import { DocumentTags } from '../tags/DocumentTags';
import { clearSearchMatches, paintSearchMatches, type SearchMatch } from '../search/search-highlights';
import { showToast } from '../toasts/toasts';
import { ArticleBlocks, type HighlightStyle } from './ArticleBlocks';
import { offsetsToRange, rangeToOffsets } from './dom-range';
import { documentDirection } from './text-direction';
import { useReaderContextMenu } from './use-reader-context-menu';
import { useReadingPosition } from './use-reading-position';
import { useKeyboardSelection } from './use-keyboard-selection';
import { rangeAnchor, type FloatAnchor } from '../../components/floating';
import { useHighlightPaint } from '../settings/use-highlight-paint';
import { passageTagPaths } from './highlight-label';
import { useSharedMarkers } from '../shared-text/use-shared-markers';

/** A jump request: scroll to a passage and flash it, or to a range (a quotation) and select it. The nonce repeats a jump to the same place. */
export interface PassageFocus {
  passageId: string;
  nonce: number;
  range?: { start: number; end: number };
}

/** Search hits to light up in this document, and which one to show. */
export interface SearchInDocument {
  query: string;
  matches: SearchMatch[];
  current: number;
}

interface Props {
  documentId: string;
  passages: readonly PlacedPassage[];
  codebook: Codebook;
  activePassageId: string | null;
  onActivatePassage: (id: string | null) => void;
  focus: PassageFocus | null;
  search: SearchInDocument | null;
  onSearchStep: (step: 1 | -1) => void;
  onSearchClose: () => void;
}

const PENDING_ID = 'pending-selection';
const SELECTION_COLOR = '#cfe3f7';
export const HIGHLIGHTS_START = 'scholia:highlights-start';
export const HIGHLIGHTS_MEASURE = 'scholia:highlights';
const FLASH_MS = 1600;

/** The reader: one document, typeset for reading, with its passages highlighted and a popover to mark new ones. */
export function Reader({ documentId, passages, codebook, activePassageId, onActivatePassage, focus, search, onSearchStep, onSearchClose }: Props) {
  const { data: document = null, error } = useQuery(documentQuestion(documentId));
  /** The selection the popover is for; `color` once a tag is chosen, so it is drawn as the passage it is becoming. */
  const [selection, setSelection] = useState<{ range: TextRange; anchor: FloatAnchor; color?: string | undefined } | null>(null);
  const [clicked, setClicked] = useState<{ ids: string[]; anchor: FloatAnchor; editing?: 'tags' | 'note' } | null>(null);
  const [flashId, setFlashId] = useState<string | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const articleRef = useRef<HTMLElement>(null);
  const onScroll = useReadingPosition(scrollRef, document, focus !== null);
  const latestPassages = useRef(passages);
  useEffect(() => {
    latestPassages.current = passages;
  });
  const direction = document ? documentDirection(document) : null;
  const caretRef = useRef<HTMLDivElement>(null);
  const keyboard = useKeyboardSelection({
    articleRef,
    scrollRef,
    caretRef,
    text: document?.text ?? null,
    language: document?.language ?? undefined,
    rtl: direction === 'rtl',
    onTag: () => tagSelection(false),
  });

  const segments = useMemo(() => {
    if (!document) return [];
    performance.mark(HIGHLIGHTS_START);
    const ranges: PlacedRange[] = passages.flatMap((p) => (p.anchor ? [{ id: p.id, ...p.anchor }] : []));
    if (selection) ranges.push({ id: PENDING_ID, ...selection.range });
    return segmentBlocks(document.blocks, ranges);
  }, [document, passages, selection]);

  // How long highlights take to reach the screen, as a User Timing entry (DevTools, benchmarks).
  useLayoutEffect(() => {
    if (segments.length === 0) return;
    const frame = requestAnimationFrame(() => performance.measure(HIGHLIGHTS_MEASURE, HIGHLIGHTS_START));
    return () => cancelAnimationFrame(frame);
  }, [segments]);

  const shared = useSharedMarkers(documentId, document !== null, articleRef, scrollRef);
  const paint = useHighlightPaint();
  const highlight = useMemo<HighlightStyle>(() => {
    const byId = new Map(passages.map((p) => [p.id, p]));
    return {
      paint,
      tagPathsOf: (id) => passageTagPaths(byId.get(id), codebook.byId),
      colorOf: (id) => (id === PENDING_ID ? (selection?.color ?? SELECTION_COLOR) : passageColor(byId.get(id) ?? { tagIds: [] }, codebook.byId)),
      activeIds: new Set(activePassageId ? [activePassageId] : []),
      flashId,
      // A selection with its tag chosen is drawn like a passage at once, before the passage is stored.
      pendingId: selection?.color ? null : PENDING_ID,
    };
  }, [passages, codebook.byId, activePassageId, flashId, selection, paint]);

  // Jump to a passage chosen elsewhere (sidebar, tag view) once it is on the page, once per request.
  const handledFocus = useRef<number | null>(null);
  useEffect(() => {
    if (!focus || handledFocus.current === focus.nonce || !document || !scrollRef.current || !articleRef.current) return;
    if (focus.range) {
      // A quotation is selected, not flashed: it is no passage yet, and the selection can be tagged at once.
      const range = offsetsToRange(articleRef.current, focus.range.start, focus.range.end);
      if (!range) return;
      handledFocus.current = focus.nonce;
      bringIntoView(scrollRef.current, range);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      return;
    }
    const passage = passages.find((p) => p.id === focus.passageId);
    if (!passage?.anchor) return;
    const range = offsetsToRange(articleRef.current, passage.anchor.start, passage.anchor.end);
    if (!range) return;
    handledFocus.current = focus.nonce;
    bringIntoView(scrollRef.current, range);
    setFlashId(passage.id);
  }, [focus, document, passages]);

  useEffect(() => {
    if (flashId === null) return;
    const timer = window.setTimeout(() => setFlashId(null), FLASH_MS);
    return () => window.clearTimeout(timer);
  }, [flashId]);

  // Light up search matches (again after every re-render of the marks) and bring the current one into view once.
  const shownMatch = useRef<SearchInDocument | null>(null);
  useEffect(() => {
    const article = articleRef.current;
    const container = scrollRef.current;
    if (!search || !document || !article || !container) return;
    const match = search.matches[search.current];
    const target =
      paintSearchMatches(article, search.matches, search.current) ??
      (match?.passageId ? passageRange(article, passages, match.passageId) : null) ??
      (match?.blockIndex != null ? article.querySelector(`[data-block="${match.blockIndex}"]`) : null);
    if (target && shownMatch.current !== search) {
      shownMatch.current = search;
      bringIntoView(container, target);
    }
    return clearSearchMatches;
  }, [search, document, passages]);

  /** Opens the tag popover for what is selected in the article, or says why it cannot. */
  const tagSelection = (quietWhenEmpty: boolean) => {
    const current = window.getSelection();
    if (!current || current.rangeCount === 0 || current.isCollapsed || !articleRef.current || !scrollRef.current) {
      if (!quietWhenEmpty) showToast('Select some text in the article first.');
      return;
    }
    const range = current.getRangeAt(0);
    if (!articleRef.current.contains(range.commonAncestorContainer)) return;
    const offsets = rangeToOffsets(range, articleRef.current);
    if ('error' in offsets) {
      if (!quietWhenEmpty) showToast(offsets.error, { tone: 'error' });
      return;
    }
    setClicked(null);
    const article = articleRef.current;
    setSelection({ range: offsets, anchor: rangeAnchor(() => offsetsToRange(article, offsets.start, offsets.end), scrollRef.current) });
  };

  useCommandPart('reader', {
    tagSelection: () => tagSelection(false),
    toggleKeyboardSelection: keyboard.toggle,
    hasSearchMatches: search !== null,
    stepSearch: onSearchStep,
    sharedParagraph: shared.sharedHere,
  });

  const contextMenu = useReaderContextMenu({
    document,
    passages,
    articleRef,
    pendingRange: selection?.range ?? null,
    openSelection: (range) => {
      setClicked(null);
      const article = articleRef.current;
      if (article && scrollRef.current) setSelection({ range, anchor: rangeAnchor(() => offsetsToRange(article, range.start, range.end), scrollRef.current) });
    },
    openPassage: (passageId, _anchor, editing) => {
      setSelection(null);
      onActivatePassage(passageId);
      const article = articleRef.current;
      if (article && scrollRef.current) setClicked({ ids: [passageId], anchor: rangeAnchor(() => passageRange(article, latestPassages.current, passageId), scrollRef.current), editing });
    },
    onCreated: onActivatePassage,
  });

  const onMouseUp = (event: MouseEvent) => {
    // A right press opens the context menu, not the tag popover.
    if (event.button !== 0) return;
    if (keyboard.active) keyboard.syncFromSelection();
    const current = window.getSelection();
    if (current && !current.isCollapsed) {
      tagSelection(true);
      return;
    }
    const mark = (event.target as HTMLElement).closest<HTMLElement>('mark[data-passage-ids]');
    const article = articleRef.current;
    if (mark && article && scrollRef.current && !mark.classList.contains('hl-pending')) {
      const ids = (mark.dataset['passageIds'] ?? '').split(' ').filter((id) => id !== PENDING_ID).reverse();
      onActivatePassage(mark.dataset['target'] ?? null);
      setSelection(null);
      // The mark is replaced when highlights re-render; the innermost passage's text is then measured instead.
      const measure = () => (mark.isConnected ? mark : passageRange(article, latestPassages.current, ids[0] ?? ''));
      setClicked({ ids, anchor: rangeAnchor(measure, scrollRef.current) });
    }
  };

  const closeSelection = () => {
    setSelection(null);
    if (keyboard.active) keyboard.collapse();
    else window.getSelection()?.removeAllRanges();
  };

  return (
    <div className="reader" ref={scrollRef} onScroll={onScroll} data-testid="reader">
      {search && search.matches.length > 0 && (
        <div className="search-in-document" role="status" aria-label="Search matches in this document">
          <span>
            “{search.query}”: match {search.current + 1} of {search.matches.length}
          </span>
          <button type="button" className="button-quiet small" onClick={() => onSearchStep(-1)} title={shortcutOf('search.previous')}>
            Previous
          </button>
          <button type="button" className="button-quiet small" onClick={() => onSearchStep(1)} title={shortcutOf('search.next')}>
            Next
          </button>
          <button type="button" className="button-quiet small" onClick={onSearchClose} aria-label="Close search">
            ×
          </button>
        </div>
      )}
      {keyboard.active && (
        <p className="keyboard-selection-hint" role="status">
          Selecting with the keyboard: arrows move the caret and Shift+arrows select; {isMacLike() ? 'Option' : 'Ctrl'}+arrows go by word or paragraph, Home
          and End by sentence. Enter tags the selection; Esc or {shortcutOf('reader.keyboard-selection')} stops.
        </p>
      )}
      {error && (
        <p className="reader-error" role="alert">
          {error}
        </p>
      )}
      {document && (
        <article
          lang={document.language ?? undefined}
          dir={direction ?? undefined}
          aria-label={document.title}
          ref={articleRef}
          onMouseUp={onMouseUp}
          onContextMenu={contextMenu.onContextMenu}
          tabIndex={keyboard.active ? 0 : undefined}
          className={keyboard.active ? 'article keyboard-selecting' : 'article'}
          onKeyDown={keyboard.onKeyDown}
        >
          <ArticleBlocks
            document={document}
            segments={segments}
            highlight={highlight}
            blockExtra={shared.markerFor}
            metaExtra={
              <div className="document-tags-slot">
                <DocumentTags document={document} codebook={codebook} />
                <DocumentActions document={document} />
              </div>
            }
          />
        </article>
      )}
      {selection && document && (
        <SelectionPopover
          documentId={document.id}
          range={selection.range}
          anchor={selection.anchor}
          codebook={codebook}
          passages={passages}
          onClose={closeSelection}
          onProvisional={(color) => setSelection((current) => current && { ...current, color: color ?? undefined })}
          onCreated={(id) => onActivatePassage(id)}
        />
      )}
      <div ref={caretRef} className="reader-caret" hidden={!keyboard.active} aria-hidden="true" />
      {clicked && (
        <PassagePopover
          passages={clicked.ids.map((id) => passages.find((p) => p.id === id)).filter((p): p is PlacedPassage => p !== undefined)}
          anchor={clicked.anchor}
          codebook={codebook}
          onClose={() => setClicked(null)}
          editing={clicked.editing}
        />
      )}
      {contextMenu.menu}
    </div>
  );
}

const isMacLike = () => /Mac|iPhone|iPad/.test(navigator.platform);

function passageRange(article: HTMLElement, passages: readonly PlacedPassage[], passageId: string): Range | null {
  const anchor = passages.find((p) => p.id === passageId)?.anchor;
  return anchor ? offsetsToRange(article, anchor.start, anchor.end) : null;
}

/** Scrolls so the target sits a third of the way down the reader, where the eye expects it. */
function bringIntoView(container: HTMLElement, target: Range | Element): void {
  const rect = target.getBoundingClientRect();
  container.scrollBy({ top: rect.top - container.getBoundingClientRect().top - container.clientHeight / 3 });
}
