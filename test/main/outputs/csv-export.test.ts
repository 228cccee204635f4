import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvOf, neutralised, writeCsv } from '../../../src/main/outputs/csv-export';
import type { ProjectData } from '../../../src/main/outputs/project-data';
import { PASSAGE_TABLE_ORDER, projectFixture, TRICKY_NOTES } from './project-fixture';

const OPTIONS = { reportOrder: 'tag' } as const;
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
/** Parses strictly as RFC 4180: only CRLF ends a record, so a bare LF outside quotes would break the column count. */
const records = (text: string): string[][] => parse(text, { bom: true, record_delimiter: '\r\n' });

async function written(project: ProjectData = projectFixture()) {
  const bytes = await writeCsv(project, OPTIONS, () => {});
  return { bytes, text: decode(bytes), rows: records(decode(bytes)) };
}

/** A row as the fixture's data says it should read, written out here field by field from the project itself. */
function expectedRow(project: ProjectData, passageId: string, tagPath: string): string[] {
  const passage = project.passages.find((p) => p.id === passageId)!;
  const document = project.documents.find((d) => d.id === passage.documentId)!;
  const value = (id: string) => {
    const v = document.attributes[id];
    return v === undefined ? '' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v);
  };
  const anchor = passage.anchor;
  return [
    document.title,
    document.source,
    document.byline ?? '',
    document.publishedAt?.slice(0, 10) ?? '',
    document.url ?? '',
    ...['a-region', 'a-tone', 'a-event', 'a-front', 'a-genre'].map(value),
    tagPath,
    anchor ? document.text.slice(anchor.start, anchor.end) : passage.quote.exact,
    passage.note,
    anchor ? String(document.blocks.filter((b) => b.kind !== 'title' && b.kind !== 'byline' && b.start <= anchor.start).length) : '',
    anchor ? String(anchor.start) : '',
    anchor ? String(anchor.end) : '',
    passage.createdAt,
    passage.updatedAt,
    passage.id,
    document.id,
  ];
}

describe('CSV of the passages', () => {
  it('starts with a UTF-8 byte-order mark and ends every record with CRLF', async () => {
    const { bytes, text } = await written();
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.endsWith('\r\n')).toBe(true);
    // The one line feed not preceded by CR is the one inside the quoted note.
    expect(text.match(/(?<!\r)\n/g)).toHaveLength(2); // the note is on two rows (two tags)
  });

  it('reads back, field by field, as the project says', async () => {
    const project = projectFixture();
    const { rows } = await written(project);
    const [header, ...body] = rows;
    expect(header).toEqual([
      'Document title', 'Outlet', 'Byline', 'Published', 'Web address', 'Region', 'Tone', 'Event date', 'Front page', 'Genre',
      'Tag', 'Quote', 'Note', 'Paragraph', 'Start', 'End', 'Created', 'Updated', 'Passage ID', 'Document ID',
    ]);
    const neutralisedNotes = new Map<string, string>([
      [TRICKY_NOTES.formula, `'${TRICKY_NOTES.formula}`],
      [TRICKY_NOTES.sum, `'${TRICKY_NOTES.sum}`],
      [TRICKY_NOTES.at, `'${TRICKY_NOTES.at}`],
      [TRICKY_NOTES.tab, `'${TRICKY_NOTES.tab}`],
      [TRICKY_NOTES.plus, `'${TRICKY_NOTES.plus}`],
    ]);
    const expected = PASSAGE_TABLE_ORDER.map(([id, tag]) => {
      const row = expectedRow(project, id, tag);
      row[12] = neutralisedNotes.get(row[12]!) ?? row[12]!;
      return row;
    });
    expect(body).toEqual(expected);
  });

  it('keeps commas, quotes and line breaks inside a note, and leaves a plain negative number a number', async () => {
    const { rows } = await written();
    const notes = rows.slice(1).map((row) => row[12]);
    expect(notes).toContain(TRICKY_NOTES.punctuated);
    expect(notes).toContain('-3');
    expect(rows.find((row) => row[18] === 'p-lavrov')?.[6]).toBe('-3'); // the Tone attribute
  });

  it('quotes a field only when it must, doubling its quotes', async () => {
    const { text } = await written();
    expect(text).toContain('"Hedged, as usual: ""for now"".\nSee also Lavrov."');
    expect(text).toContain(`,'@SUM(1+1),`);
  });

  it('reports progress from 0 to 1 for a large project', async () => {
    const project = projectFixture();
    const base = project.passages;
    project.passages = Array.from({ length: 10_000 }, (_, i) => ({ ...base[i % base.length]!, id: `p-${i}` }));
    const seen: number[] = [];
    const bytes = await writeCsv(project, OPTIONS, (fraction) => seen.push(fraction));
    expect(records(decode(bytes)).length).toBeGreaterThan(10_000);
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});

describe('neutralised cells', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1+2', "'-1+2"],
    ['@A1', "'@A1"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['-3', '-3'],
    ['-0.25', '-0.25'],
    ['-', "'-"],
    ['- 3', "'- 3"],
    ['a=1', 'a=1'],
    ['', ''],
  ])('%j is written as %j', (cell, expected) => {
    expect(neutralised(cell)).toBe(expected);
  });
});

describe('csvOf', () => {
  it('writes any table that reads back the same', () => {
    const text = csvOf(['Word', 'Count'], [['truce, "holding"', '3'], ['=cmd', '-1']]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(records(text)).toEqual([['Word', 'Count'], ['truce, "holding"', '3'], ["'=cmd", '-1']]);
  });

  it('survives any text in a note or a title (apart from the documented neutralisation)', async () => {
    const formulaLike = (s: string) => /^[=+\-@\t\r]/.test(s) && !/^-\d+(?:\.\d+)?$/.test(s);
    const expectedCell = (s: string) => (formulaLike(s) ? `'${s}` : s);
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), async (note, title) => {
        const project = projectFixture();
        project.passages = [{ ...project.passages[1]!, note, tagIds: [] }];
        project.documents[0]!.title = title;
        const { rows } = await written(project);
        expect(rows[1]![12]).toBe(expectedCell(note));
        expect(rows[1]![0]).toBe(expectedCell(title));
      }),
      { numRuns: 300 },
    );
  });
});
