import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { DocumentView } from '../../../../shared/model';
import { messageOf, scholia, unwrap } from '../../bridge';
import { ArticleBlocks } from './ArticleBlocks';
import { positionAt, scrollTopFor, type BlockBox } from './reading-position';

/** How long scrolling must pause before the position is saved. */
const SAVE_DELAY_MS = 250;

/** The reader: one document, typeset for reading, reopening where it was left. */
export function Reader({ documentId }: { documentId: string }) {
  const [document, setDocument] = useState<DocumentView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const saveTimer = useRef<number | undefined>(undefined);

  useEffect(() => {
    let current = true;
    unwrap(scholia().documents.get({ id: documentId })).then(
      (view) => current && setDocument(view),
      (failure: unknown) => current && setError(messageOf(failure)),
    );
    return () => {
      current = false;
    };
  }, [documentId]);

  useLayoutEffect(() => {
    const container = scrollRef.current;
    if (!document || !container) return;
    if (document.position) {
      const top = scrollTopFor(measureBlocks(container), document.position);
      if (top !== null) container.scrollTop = top;
    }
    // Opening a document makes it the one to reopen next time.
    savePosition(container, document.id);
    window.document.title = `${document.title} — Scholia`;
  }, [document]);

  useEffect(() => () => window.clearTimeout(saveTimer.current), []);

  const onScroll = () => {
    window.clearTimeout(saveTimer.current);
    saveTimer.current = window.setTimeout(() => {
      if (scrollRef.current && document) savePosition(scrollRef.current, document.id);
    }, SAVE_DELAY_MS);
  };

  return (
    <div className="reader" ref={scrollRef} onScroll={onScroll} data-testid="reader">
      {error && (
        <p className="reader-error" role="alert">
          {error}
        </p>
      )}
      {document && (
        <article className="article" lang="en" aria-label={document.title}>
          <ArticleBlocks document={document} />
        </article>
      )}
    </div>
  );
}

function savePosition(container: HTMLElement, documentId: string): void {
  const position = positionAt(measureBlocks(container), container.scrollTop);
  if (position) void scholia().session.savePosition({ documentId, ...position });
}

function measureBlocks(container: HTMLElement): BlockBox[] {
  const origin = container.getBoundingClientRect().top - container.scrollTop;
  return Array.from(container.querySelectorAll<HTMLElement>('[data-block]'), (element) => {
    const rect = element.getBoundingClientRect();
    return { index: Number(element.dataset['block']), top: rect.top - origin, height: rect.height };
  });
}
