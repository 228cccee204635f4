import type { SearchHitView } from '../../../../shared/model';

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

/** Where a hit sits, as the results list says it: "Paragraph 7", "Passage", "Note". */
export function hitLabel(hit: SearchHitView): string {
  if (hit.kind === 'passage') return 'Passage';
  if (hit.kind === 'note') return 'Note';
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
