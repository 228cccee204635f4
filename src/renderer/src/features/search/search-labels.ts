import type { SearchGroupView, SearchHitView } from '../../../../shared/model';

const BLOCK_NAMES: Record<string, string> = {
  title: 'Headline',
  standfirst: 'Standfirst',
  byline: 'Byline',
  caption: 'Caption',
  heading: 'Heading',
  paragraph: 'Paragraph',
  quote: 'Quote',
  'list-item': 'List item',
};

/** Where a hit sits, as the results list says it: "Paragraph 7", "Passage", a passage's "Note", "Memo". */
export function hitLabel(hit: SearchHitView): string {
  if (hit.kind === 'passage') return matchedInNote(hit) ? 'Note' : 'Passage';
  if (hit.kind === 'note') return 'Memo';
  if (!hit.blockKind) return 'Document details';
  const name = BLOCK_NAMES[hit.blockKind] ?? hit.blockKind;
  return ['title', 'standfirst', 'byline'].includes(hit.blockKind) ? name : `${name} ${hit.blockOrdinal}`;
}

/** Splits a snippet into plain and highlighted runs. */
export function snippetRuns(snippet: SearchHitView['snippet']): { text: string; marked: boolean }[] {
  const runs: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const range of [...snippet.highlights].sort((a, b) => a.start - b.start)) {
    if (range.start < at) continue;
    if (range.start > at) runs.push({ text: snippet.text.slice(at, range.start), marked: false });
    runs.push({ text: snippet.text.slice(range.start, range.end), marked: true });
    at = range.end;
  }
  if (at < snippet.text.length) runs.push({ text: snippet.text.slice(at), marked: false });
  return runs;
}

/**
 * Whether a passage was found by the words of its note: then none of its
 * matches lie in the document's text, and its snippet is cut from the note
 * (from its tags' paths when only a tag matched).
 */
function matchedInNote(hit: SearchHitView): boolean {
  return hit.ranges.length === 0 && hit.snippet.highlights.length > 0 && hit.snippet.text !== hit.tags.join(', ');
}

/** A group's heading: its document's title, or "Memos" for the memos on the project and on tags, which belong to no document. */
export const groupTitle = (group: SearchGroupView) => (group.documentId === null ? 'Memos' : group.documentTitle);
