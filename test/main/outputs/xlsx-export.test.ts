import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { passageColumns } from '../../../src/main/outputs/passage-rows';
import { MAX_CELL_TEXT, sheetValue } from '../../../src/main/outputs/xlsx-sheet';
import { writeXlsx } from '../../../src/main/outputs/xlsx-export';
import { PASSAGE_TABLE_ORDER, projectFixture, TRICKY_NOTES } from './project-fixture';

const OPTIONS = { reportOrder: 'tag' } as const;
const project = projectFixture();
/** Opens a written workbook as Excel would be given it. */
async function loadWorkbook(written: Uint8Array): Promise<ExcelJS.Workbook> {
  const opened = new ExcelJS.Workbook();
  // ExcelJS types its input as an ArrayBuffer of its own; JSZip inside reads one.
  await opened.xlsx.load(written.buffer.slice(written.byteOffset, written.byteOffset + written.byteLength) as ArrayBuffer);
  return opened;
}
const bytes = await writeXlsx(project, OPTIONS, () => {});
const workbook = await loadWorkbook(bytes);

const sheet = (name: string) => {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};
const rowValues = (ws: ExcelJS.Worksheet, row: number) => (ws.getRow(row).values as unknown[]).slice(1);
/** The cell under `header` in the data row `row` (2 = first data row). */
const cellAt = (ws: ExcelJS.Worksheet, row: number, header: string) => {
  const column = rowValues(ws, 1).indexOf(header) + 1;
  if (column === 0) throw new Error(`${ws.name} has no column ${header}`);
  return ws.getRow(row).getCell(column);
};

describe('the workbook', () => {
  it('has the four sheets in order', () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Passages', 'Documents', 'Codebook', 'Memos']);
  });

  it('heads each sheet with a bold, frozen, filtered header row', () => {
    for (const ws of workbook.worksheets) {
      expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
    }
    expect(rowValues(sheet('Passages'), 1)).toEqual(passageColumns(project).map((column) => column.header));
    expect(rowValues(sheet('Codebook'), 1)).toEqual(['Path', 'Description', 'Colour', 'Passages', 'Documents tagged']);
    expect(rowValues(sheet('Memos'), 1)).toEqual(['Title', 'About', 'Updated', 'Text']);
  });

  it('sizes the columns for what they hold', () => {
    const passages = sheet('Passages');
    const widthOf = (header: string) => passages.getColumn(rowValues(passages, 1).indexOf(header) + 1).width;
    expect(widthOf('Quote')).toBeGreaterThan(widthOf('Start')!);
  });

  it('writes one passage row per passage and tag, published and created as real dates', () => {
    const passages = sheet('Passages');
    expect(passages.actualRowCount).toBe(PASSAGE_TABLE_ORDER.length + 1);
    expect(PASSAGE_TABLE_ORDER.map((_, at) => [cellAt(passages, at + 2, 'Passage ID').value, cellAt(passages, at + 2, 'Tag').value ?? ''])).toEqual(
      PASSAGE_TABLE_ORDER,
    );
    const lavrov = 2 + PASSAGE_TABLE_ORDER.findIndex(([id]) => id === 'p-lavrov');
    const published = cellAt(passages, lavrov, 'Published');
    expect(published.type).toBe(ExcelJS.ValueType.Date);
    expect(published.value).toEqual(new Date(Date.UTC(2016, 4, 4)));
    const created = cellAt(passages, lavrov, 'Created');
    expect(created.type).toBe(ExcelJS.ValueType.Date);
    expect(created.value).toEqual(new Date(project.passages.find((p) => p.id === 'p-lavrov')!.createdAt));
    expect(cellAt(passages, lavrov, 'Tone').value).toBe(-3);
    expect(cellAt(passages, lavrov, 'Event date').type).toBe(ExcelJS.ValueType.Date);
    expect(cellAt(passages, lavrov, 'Front page').value).toBe('yes');
  });

  it('writes every text as a string, never as a formula', async () => {
    const passages = sheet('Passages');
    const lavrov = 2 + PASSAGE_TABLE_ORDER.findIndex(([id]) => id === 'p-lavrov');
    const note = cellAt(passages, lavrov, 'Note');
    expect(note.type).toBe(ExcelJS.ValueType.String);
    expect(note.value).toBe(TRICKY_NOTES.formula);
    for (const ws of workbook.worksheets) {
      ws.eachRow((row) => row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        expect(cell.formula).toBeUndefined();
      }));
    }
    const zip = await JSZip.loadAsync(bytes);
    const sheets = Object.keys(zip.files).filter((path) => path.startsWith('xl/worksheets/sheet'));
    expect(sheets).toHaveLength(4);
    for (const path of sheets) expect(await zip.file(path)!.async('string')).not.toMatch(/<f[\s>]/);
  });

  it('lists each document with its details, tags, attributes and passage count', () => {
    const documents = sheet('Documents');
    expect(rowValues(documents, 1)).toEqual([
      'Document title', 'Outlet', 'Byline', 'Published', 'Web address', 'Language', 'Word count', 'Document tags',
      'Region', 'Tone', 'Event date', 'Front page', 'Genre', 'Passages',
    ]);
    project.documents.forEach((document, at) => {
      const row = at + 2;
      expect(cellAt(documents, row, 'Document title').value).toBe(document.title);
      expect(cellAt(documents, row, 'Word count').value).toBe(document.wordCount);
      expect(cellAt(documents, row, 'Passages').value).toBe(project.passages.filter((p) => p.documentId === document.id).length);
    });
    expect(cellAt(documents, 4, 'Document tags').value).toBe('actors/Kerry; themes');
    expect(cellAt(documents, 3, 'Published').value).toBeNull();
  });

  it('lists the codebook with its counts and the memos with what they are about', () => {
    const codebook = sheet('Codebook');
    expect(project.tags.map((_, at) => cellAt(codebook, at + 2, 'Path').value)).toEqual(project.tags.map((tag) => tag.path));
    const kerry = 2 + project.tags.findIndex((tag) => tag.id === 't-kerry');
    expect([cellAt(codebook, kerry, 'Passages').value, cellAt(codebook, kerry, 'Documents tagged').value]).toEqual([2, 1]);
    const memos = sheet('Memos');
    expect(project.memos.map((_, at) => cellAt(memos, at + 2, 'About').value)).toEqual([
      'Project (journal)', 'Project (journal)', 'Document: Kerry and Lavrov agree on a Syria truce', 'Tag: actors/Kerry',
    ]);
    expect(cellAt(memos, 5, 'Text').value).toBe(project.memos[3]!.body);
    expect(cellAt(memos, 5, 'Updated').type).toBe(ExcelJS.ValueType.Date);
  });

  it('opens even when a note holds a control character XML forbids (ExcelJS leaves it out)', async () => {
    const odd = projectFixture();
    odd.passages = [{ ...project.passages[2]!, note: 'bell\u0007 ring' }];
    const reread = await loadWorkbook(await writeXlsx(odd, OPTIONS, () => {}));
    expect(cellAt(reread.getWorksheet('Passages')!, 2, 'Note').value).toBe('bell ring');
  });

  it('reports progress from 0 to 1', async () => {
    const seen: number[] = [];
    const large = projectFixture();
    large.passages = Array.from({ length: 3_000 }, (_, i) => ({ ...project.passages[i % project.passages.length]!, id: `p-${i}` }));
    await writeXlsx(large, OPTIONS, (fraction) => seen.push(fraction));
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect([seen[0], seen.at(-1)]).toEqual([0, 1]);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});

describe('sheet values', () => {
  it('keeps a value that does not parse as its column kind as text, and cuts text to what Excel holds', () => {
    expect(sheetValue('date', 'sometime in May')).toBe('sometime in May');
    expect(sheetValue('datetime', 'not a time')).toBe('not a time');
    const long = sheetValue('text', 'x'.repeat(MAX_CELL_TEXT + 10));
    expect(typeof long === 'string' && long.length).toBe(MAX_CELL_TEXT);
    expect(sheetValue('number', null)).toBeNull();
  });
});
