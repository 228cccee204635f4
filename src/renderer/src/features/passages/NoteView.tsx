import { useMemo, type MouseEvent } from 'react';
import { scholia } from '../../bridge';
import { showToast } from '../toasts/toasts';
import { renderNoteMarkdown } from './markdown';

/** A passage's note, rendered from Markdown; its web links open in the user's browser, never in Scholia's window. */
export function NoteView({ markdown }: { markdown: string }) {
  const html = useMemo(() => renderNoteMarkdown(markdown), [markdown]);
  // Sanitized by renderNoteMarkdown: only formatting tags, and href only for http(s) addresses.
  return <div className="note-view" onClick={openLink} onAuxClick={openLink} dangerouslySetInnerHTML={{ __html: html }} />;
}

function openLink(event: MouseEvent<HTMLDivElement>): void {
  const link = (event.target as Element).closest('a');
  if (!link) return;
  event.preventDefault();
  event.stopPropagation();
  const url = link.getAttribute('href');
  // Only a click the user made opens anything; main checks the address again.
  if (!url || !event.isTrusted) return;
  void scholia()
    .links.open({ url })
    .then((result) => {
      if (!result.ok) showToast(result.error.message, { tone: 'error' });
    });
}
