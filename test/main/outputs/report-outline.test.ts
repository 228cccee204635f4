import { describe, expect, it } from 'vitest';
import { reportDate } from '../../../src/shared/citation';
import { reportOutline, type ReportBlock } from '../../../src/main/outputs/report-outline';
import { projectFixture } from './project-fixture';

const project = projectFixture();
const headings = (blocks: ReportBlock[]) => blocks.flatMap((b) => (b.kind === 'heading' ? [[b.level, b.text]] : []));
/** The blocks under the heading `text`, up to the next heading of its level or above. */
function section(blocks: ReportBlock[], text: string): ReportBlock[] {
  const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === text);
  if (at === -1) throw new Error(`no heading ${text}`);
  const level = (blocks[at] as { level: number }).level;
  const end = blocks.findIndex((b, i) => i > at && b.kind === 'heading' && b.level <= level);
  return blocks.slice(at + 1, end === -1 ? undefined : end);
}
const quotes = (blocks: ReportBlock[]) => blocks.flatMap((b) => (b.kind === 'quote' ? [b.text] : []));

describe('the report outline by tag', () => {
  const { blocks } = reportOutline(project, 'tag');

  it('has the project title, then every tag in codebook order nested by depth, the untagged passages and the journal', () => {
    expect(headings(blocks)).toEqual([
      [1, 'Syria truce coverage'],
      [2, 'actors'],
      [3, 'actors/Kerry'],
      [3, 'actors/Lavrov'],
      [2, 'themes'],
      [3, 'themes/ceasefire'],
      [3, 'themes/humanitarian'],
      [2, 'method notes'],
      [2, 'Passages with no tag'],
      [2, 'Journal'],
      [3, 'Second pass'],
      [3, 'First reading'],
    ]);
    expect(blocks[1]).toEqual({ kind: 'text', text: 'Exported 10 June 2016, passages by tag.' });
  });

  it('quotes a passage under each of its tags, with a citation and its note', () => {
    const kerry = section(blocks, 'actors/Kerry');
    expect(quotes(kerry)).toEqual(['Kerry said the ceasefire would hold', 'Kerry can deliver']);
    expect(quotes(section(blocks, 'themes/ceasefire'))).toEqual(['Kerry said the ceasefire would hold', 'a phrase that was edited away']);
    const at = kerry.findIndex((b) => b.kind === 'quote');
    expect(kerry.slice(at, at + 3)).toEqual([
      { kind: 'quote', text: 'Kerry said the ceasefire would hold' },
      { kind: 'citation', text: 'Kerry and Lavrov agree on a Syria truce, Reuters, 4 May 2016, paragraph 2', url: 'https://example.com/world/syria-truce' },
      { kind: 'markdown', label: 'Note', markdown: project.passages[1]!.note },
    ]);
  });

  it('gives the tag’s description and memo before its passages', () => {
    expect(section(blocks, 'actors/Kerry').slice(0, 2)).toEqual([
      { kind: 'text', text: 'John Kerry, US Secretary of State.' },
      { kind: 'markdown', label: 'Memo: Kerry', markdown: project.memos[3]!.body },
    ]);
  });

  it('keeps a tag with no passages, saying so, and cites what is known of a document without outlet or date', () => {
    expect(section(blocks, 'method notes')).toEqual([
      { kind: 'text', text: 'Reminders about the coding itself.' },
      { kind: 'text', text: 'No passages.' },
    ]);
    expect(section(blocks, 'themes/humanitarian')).toContainEqual({ kind: 'citation', text: 'Notes from the border [draft] *unverified*, paragraph 3', url: null });
  });

  it('cites an orphaned passage by its stored words, as no longer found', () => {
    expect(section(blocks, 'themes/ceasefire')).toContainEqual({
      kind: 'citation',
      text: 'Kerry and Lavrov agree on a Syria truce, Reuters, 4 May 2016, no longer found in the current text',
      url: 'https://example.com/world/syria-truce',
    });
  });

  it('ends with the journal, newest first, each entry dated', () => {
    expect(section(blocks, 'Second pass')).toEqual([
      { kind: 'text', text: '5 June 2016' },
      { kind: 'markdown', label: '', markdown: project.memos[1]!.body },
    ]);
  });
});

describe('the report outline by document', () => {
  const { blocks } = reportOutline(project, 'document');

  it('has each document in order, then the journal', () => {
    expect(headings(blocks).map(([, text]) => text)).toEqual([
      'Syria truce coverage', ...project.documents.map((d) => d.title), 'Journal', 'Second pass', 'First reading',
    ]);
  });

  it('gives a document’s details, its passages in reading order with their tags, then its memo', () => {
    const truce = section(blocks, project.documents[0]!.title);
    expect(truce[0]).toEqual({
      kind: 'details',
      items: [
        { label: 'Outlet', value: 'Reuters' },
        { label: 'Byline', value: 'Arshad Mohammed' },
        { label: 'Published', value: '4 May 2016' },
        { label: 'Web address', value: 'https://example.com/world/syria-truce', address: true },
        { label: 'Language', value: 'en' },
        { label: 'Tags', value: 'themes' },
        { label: 'Region', value: 'Middle East' },
        { label: 'Tone', value: '-3' },
        { label: 'Event date', value: '2016-05-03' },
        { label: 'Front page', value: 'yes' },
        { label: 'Genre', value: 'news' },
      ],
    });
    expect(quotes(truce)).toEqual(['ran late into the night', 'Kerry said the ceasefire would hold', 'Sergei Lavrov', 'a phrase that was edited away']);
    expect(truce).toContainEqual({ kind: 'citation', text: 'paragraph 2; tagged actors/Kerry, themes/ceasefire', url: null });
    expect(truce).toContainEqual({ kind: 'citation', text: 'paragraph 1; no tag', url: null });
    expect(truce.at(-1)).toEqual({ kind: 'markdown', label: 'Memo: On the truce article', markdown: project.memos[2]!.body });
  });

  it('lists only the details a document has', () => {
    expect(section(blocks, project.documents[1]!.title)[0]).toEqual({
      kind: 'details',
      items: [
        { label: 'Region', value: 'Europe' },
        { label: 'Front page', value: 'no' },
      ],
    });
  });
});

describe('report dates', () => {
  it.each([
    ['2016-05-04', '4 May 2016'],
    ['2016-12-31T23:59:59.000Z', '31 December 2016'],
    ['not a date', 'not a date'],
  ])('%s reads %s', (iso, expected) => {
    expect(reportDate(iso)).toBe(expected);
  });
});
