import { useEffect, useRef, useState, type MouseEvent, type ReactNode, type RefObject } from 'react';
import { quoteWithCitation } from '../../../../shared/citation';
import type { DocumentView, PlacedPassage, TextRange } from '../../../../shared/model';
import { shortcutOf } from '../../commands/shortcuts';
import { ContextMenu, type ContextMenuItem } from '../context-menu/ContextMenu';
import { createPassage, deletePassage } from '../passages/passage-actions';
import { showToast } from '../toasts/toasts';
import { offsetsToRange, rangeToOffsets } from './dom-range';

/** What the reader does for the menu's items: open its popovers on a range or a passage. */
export interface ReaderMenuActions {
  /** Opens the selection popover on `range`, to tag it. */
  openSelection(range: TextRange, anchor: DOMRect): void;
  /** Opens the passage's popover with its tags or its note being edited. */
  openPassage(passageId: string, anchor: DOMRect, editing: 'tags' | 'note'): void;
  onCreated(passageId: string): void;
}

interface Options extends ReaderMenuActions {
  document: DocumentView | null;
  passages: readonly PlacedPassage[];
  articleRef: RefObject<HTMLElement | null>;
  /** The range the selection popover is open on, if it is: the DOM selection may have moved into its field. */
  pendingRange: TextRange | null;
}

type Target = { kind: 'selection'; range: TextRange; anchor: DOMRect } | { kind: 'passage'; passage: PlacedPassage; anchor: DOMRect };

/**
 * The reader's context menu: on a selection (Tag…, Highlight, Add note, Copy
 * with citation) and on a passage (its tags, its note, delete, copy with
 * citation). Opened by a right-click, the ContextMenu key or Shift+F10.
 */
export function useReaderContextMenu(options: Options): { onContextMenu: (event: MouseEvent) => void; menu: ReactNode } {
  const [open, setOpen] = useState<{ target: Target; at: { x: number; y: number } } | null>(null);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  // A right press closes the selection popover (and clears the selection) before the menu opens: what it was on is kept here first.
  const pressed = useRef<TextRange | null>(null);

  /** The selection in the article, as offsets, or the one the selection popover is open on. */
  const selected = (): { range: TextRange; anchor: DOMRect } | null => {
    const { articleRef, pendingRange } = latest.current;
    const article = articleRef.current;
    if (!article) return null;
    const current = window.getSelection();
    const live = current && current.rangeCount > 0 && !current.isCollapsed ? current.getRangeAt(0) : null;
    if (live && article.contains(live.commonAncestorContainer)) {
      const offsets = rangeToOffsets(live, article);
      if (!('error' in offsets)) return { range: offsets, anchor: live.getBoundingClientRect() };
    }
    const range = pendingRange ?? pressed.current;
    const dom = range && offsetsToRange(article, range.start, range.end);
    return range && dom ? { range, anchor: dom.getBoundingClientRect() } : null;
  };

  const passageAt = (element: Element | null): Target | null => {
    const mark = element?.closest<HTMLElement>('mark[data-passage-ids]');
    const id = mark?.dataset['target'] ?? mark?.dataset['passageIds']?.split(' ').at(-1);
    const passage = latest.current.passages.find((p) => p.id === id);
    return mark && passage ? { kind: 'passage', passage, anchor: mark.getBoundingClientRect() } : null;
  };

  const targetFor = (element: Element | null): Target | null => {
    const selection = selected();
    return selection ? { kind: 'selection', ...selection } : passageAt(element);
  };

  useEffect(() => {
    const article = () => latest.current.articleRef.current;
    const onPointerDown = (event: PointerEvent) => {
      pressed.current = null;
      if (event.button !== 2 || !article()?.contains(event.target as Node)) return;
      pressed.current = selected()?.range ?? null;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey))) return;
      const target = targetFor(document.activeElement);
      if (!target) return;
      event.preventDefault();
      setOpen({ target, at: { x: target.anchor.left, y: target.anchor.bottom + 4 } });
    };
    window.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('keydown', onKeyDown);
    };
  });

  const onContextMenu = (event: MouseEvent) => {
    const target = targetFor(event.target as Element);
    if (!target) return;
    event.preventDefault();
    if (target.kind === 'selection') keepSelected(latest.current.articleRef.current, target.range);
    pressed.current = null;
    setOpen({ target, at: { x: event.clientX, y: event.clientY } });
  };

  const close = () => setOpen(null);
  const menu = open && options.document && (
    <ContextMenu
      label={open.target.kind === 'selection' ? 'Selection' : 'Passage'}
      items={itemsFor(open.target, options.document, options)}
      at={open.at}
      onClose={close}
    />
  );
  return { onContextMenu, menu };
}

function itemsFor(target: Target, document: DocumentView, actions: ReaderMenuActions): ContextMenuItem[] {
  if (target.kind === 'selection') {
    const { range, anchor } = target;
    const highlight = async () => {
      const created = await createPassage({ documentId: document.id, start: range.start, end: range.end, tagIds: [] });
      window.getSelection()?.removeAllRanges();
      if (created) actions.onCreated(created.id);
      return created;
    };
    return [
      { label: 'Tag…', shortcut: shortcutOf('passage.tag-selection'), onSelect: () => actions.openSelection(range, anchor) },
      { label: 'Highlight', onSelect: () => void highlight() },
      {
        label: 'Add note…',
        // The note is the passage's: the words are marked first, then the note opened as a click on the passage would.
        onSelect: async () => {
          const created = await highlight();
          if (created) actions.openPassage(created.id, anchor, 'note');
        },
      },
      { label: 'Copy with citation', onSelect: () => void copyCitation(document, range) },
    ];
  }
  const { passage, anchor } = target;
  return [
    { label: 'Edit tags…', onSelect: () => actions.openPassage(passage.id, anchor, 'tags') },
    { label: passage.note === '' ? 'Add note…' : 'Edit note…', onSelect: () => actions.openPassage(passage.id, anchor, 'note') },
    ...(passage.anchor ? [{ label: 'Copy with citation', onSelect: () => void copyCitation(document, passage.anchor!) }] : []),
    { label: 'Delete passage', danger: true, onSelect: () => void deletePassage(passage) },
  ];
}

async function copyCitation(document: DocumentView, range: TextRange): Promise<void> {
  try {
    await navigator.clipboard.writeText(quoteWithCitation(document, range));
    showToast('Copied the quotation with its citation.');
  } catch {
    showToast('The clipboard could not be written to.', { tone: 'error' });
  }
}

/** Puts the selection back on `range` when the right press that opened the menu took it away. */
function keepSelected(article: HTMLElement | null, range: TextRange): void {
  const current = window.getSelection();
  if (!article || !current || !current.isCollapsed) return;
  const dom = offsetsToRange(article, range.start, range.end);
  if (!dom) return;
  current.removeAllRanges();
  current.addRange(dom);
}
