import { describe, expect, it } from 'vitest';
import { passageColumns, passageRows } from '../../../src/main/outputs/passage-rows';
import { PASSAGE_TABLE_ORDER, projectFixture } from './project-fixture';

const project = projectFixture();
const rows = passageRows(project);
const columns = passageColumns(project);
const cell = (passageId: string, header: string, tagPath?: string) => {
  const row = rows.find((r) => r.passage.id === passageId && (tagPath === undefined || r.tagPath === tagPath));
  const column = columns.find((c) => c.header === header);
  if (!row || !column) throw new Error(`no ${header} for ${passageId}`);
  return column.value(row);
};

describe('passage rows', () => {
  it('gives one row per passage and tag, tags in codebook order, one row for an untagged passage', () => {
    expect(rows.map((row) => [row.passage.id, row.tagPath])).toEqual(PASSAGE_TABLE_ORDER);
  });

  it('heads its columns in English, attributes by name between the document and the passage', () => {
    expect(columns.map((column) => column.header)).toEqual([
      'Document title', 'Outlet', 'Byline', 'Published', 'Web address',
      'Region', 'Tone', 'Event date', 'Front page', 'Genre',
      'Tag', 'Quote', 'Note', 'Paragraph', 'Start', 'End', 'Created', 'Updated', 'Passage ID', 'Document ID',
    ]);
  });

  it('quotes the current text and numbers the paragraph as the reader does', () => {
    const truce = project.documents[0]!;
    for (const row of rows.filter((r) => r.passage.anchor !== null)) {
      expect(row.quote).toBe(row.document.text.slice(row.passage.anchor!.start, row.passage.anchor!.end));
    }
    expect(cell('p-runs-late', 'Paragraph')).toBe(1); // the standfirst, after headline and byline
    expect(cell('p-kerry-hold', 'Paragraph', 'actors/Kerry')).toBe(2);
    expect(cell('p-lavrov', 'Paragraph')).toBe(3);
    expect(cell('p-aid', 'Paragraph')).toBe(3); // after a paragraph and a heading, no byline
    expect(cell('p-lavrov', 'Start')).toBe(truce.text.indexOf('Sergei Lavrov'));
  });

  it('keeps an orphaned passage with its stored quote and no paragraph or offsets', () => {
    const orphan = project.passages.find((p) => p.id === 'p-orphan')!;
    expect(cell('p-orphan', 'Quote')).toBe(orphan.quote.exact);
    expect([cell('p-orphan', 'Paragraph'), cell('p-orphan', 'Start'), cell('p-orphan', 'End')]).toEqual([null, null, null]);
  });

  it('writes document details and attributes as entered, booleans as yes/no, nothing for what is unknown', () => {
    expect(cell('p-lavrov', 'Published')).toBe('2016-05-04');
    expect(cell('p-lavrov', 'Tone')).toBe(-3);
    expect(cell('p-lavrov', 'Event date')).toBe('2016-05-03');
    expect(cell('p-lavrov', 'Front page')).toBe('yes');
    expect(cell('p-aid', 'Front page')).toBe('no');
    expect([cell('p-aid', 'Outlet'), cell('p-aid', 'Byline'), cell('p-aid', 'Published'), cell('p-aid', 'Web address')]).toEqual(['', null, null, null]);
    expect(cell('p-aid', 'Tone')).toBeNull();
  });

  it('leaves out tags the project does not hold and passages whose document it does not hold', () => {
    const partial = projectFixture();
    partial.passages[2]!.tagIds = ['t-gone'];
    partial.documents = partial.documents.filter((d) => d.id !== 'doc-border');
    const partialRows = passageRows(partial);
    expect(partialRows.find((r) => r.passage.id === 'p-lavrov')?.tagPath).toBe('');
    expect(partialRows.some((r) => r.document.id === 'doc-border')).toBe(false);
  });
});
