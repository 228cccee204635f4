import { useMemo } from 'react';
import { renderNoteMarkdown } from './markdown';

/** A passage's note, rendered from Markdown. */
export function NoteView({ markdown }: { markdown: string }) {
  const html = useMemo(() => renderNoteMarkdown(markdown), [markdown]);
  // Sanitized by renderNoteMarkdown: only formatting tags, no attributes.
  return <div className="note-view" dangerouslySetInnerHTML={{ __html: html }} />;
}
