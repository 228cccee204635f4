import { createContext, useContext, useMemo, type MouseEvent } from 'react';
import { scholia } from '../../bridge';
import { showToast } from '../toasts/toasts';
import { parseNoteLink, renderNoteMarkdown, type NoteLink } from './markdown';

/**
 * Where a link inside the notebook leads when a note does not say: the app
 * provides it once, so every note (a passage's, a memo's) can follow links
 * without each view passing it down.
 */
export const NoteLinkFollower = createContext<((link: NoteLink) => void) | null>(null);

interface Props {
  markdown: string;
  /** Follows a link inside the notebook (scholia://…); without it, the app's NoteLinkFollower does. */
  onFollow?: (link: NoteLink) => void;
}

/**
 * A note or memo, rendered from Markdown. Its web links open in the user's
 * browser, never in Scholia's window; its links to documents, passages and
 * tags are followed inside Scholia.
 */
export function NoteView({ markdown, onFollow }: Props) {
  const html = useMemo(() => renderNoteMarkdown(markdown), [markdown]);
  const fromApp = useContext(NoteLinkFollower);
  const follow = onFollow ?? fromApp;
  const onClick = (event: MouseEvent<HTMLDivElement>) => openLink(event, follow);
  // Sanitized by renderNoteMarkdown: only formatting tags, and href only for http(s) addresses and links inside the notebook.
  return <div className="note-view" onClick={onClick} onAuxClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />;
}

function openLink(event: MouseEvent<HTMLDivElement>, follow: ((link: NoteLink) => void) | null): void {
  const link = (event.target as Element).closest('a');
  if (!link) return;
  event.preventDefault();
  event.stopPropagation();
  const url = link.getAttribute('href');
  if (!url) return;
  const inside = parseNoteLink(url);
  if (inside) {
    // Moving within the notebook is harmless, so it needs no proof that the user clicked (keyboard activation counts too).
    follow?.(inside);
    return;
  }
  // Only a click the user made opens anything outside; main checks the address again.
  if (!event.isTrusted) return;
  void scholia()
    .links.open({ url })
    .then((result) => {
      if (!result.ok) showToast(result.error.message, { tone: 'error' });
    });
}
