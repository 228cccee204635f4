/**
 * One table as a worksheet, written row by row through ExcelJS's streaming
 * writer (an in-memory workbook of 100,000 passages takes seconds more and
 * over a gigabyte). The header row is bold, frozen and filtered; dates are
 * real dates; every text is a plain string value, never a formula.
 */
import type ExcelJS from 'exceljs';
import type { CellKind, CellValue, Column } from './table-columns';

/** Excel refuses a workbook with a longer cell ("We found a problem with some content"). */
export const MAX_CELL_TEXT = 32_767;

const DATE_FORMAT = 'yyyy-mm-dd';
const TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Rows between two progress reports. */
const PROGRESS_EVERY = 1_000;

/** What ExcelJS is handed for one cell: a string, a number, a Date or nothing. */
export type SheetValue = string | number | Date | null;

/**
 * A table value as a cell: a date column's "YYYY-MM-DD" as a Date at UTC
 * midnight (ExcelJS counts serial days from UTC, so the day never shifts), a
 * time column's ISO string as its instant (shown in UTC), a number as a
 * number, text cut to what Excel holds. A value that does not parse as its
 * column's kind is kept as text rather than lost.
 */
export function sheetValue(kind: CellKind, value: CellValue): SheetValue {
  if (value === null) return null;
  if (typeof value === 'number') return value;
  if (kind === 'date') {
    const day = ISO_DAY.exec(value);
    if (day) return new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  }
  if (kind === 'datetime') {
    const instant = new Date(value);
    if (!Number.isNaN(instant.getTime())) return instant;
  }
  return value.length > MAX_CELL_TEXT ? `${value.slice(0, MAX_CELL_TEXT - 1)}…` : value;
}

/**
 * Adds a sheet holding `rows` under `columns` and commits it. `progress`
 * hears how many rows have been written, every thousand rows and at the end.
 */
export function writeTableSheet<R>(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: readonly Column<R>[],
  rows: readonly R[],
  progress: (written: number) => void = () => {},
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column, at) => ({
    key: String(at),
    width: column.width,
    style: column.kind === 'date' ? { numFmt: DATE_FORMAT } : column.kind === 'datetime' ? { numFmt: TIME_FORMAT } : {},
  }));
  const header = sheet.addRow(columns.map((column) => column.header));
  header.font = { bold: true };
  header.commit();
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, columns.length) } };
  rows.forEach((row, at) => {
    sheet.addRow(columns.map((column) => sheetValue(column.kind, column.value(row)))).commit();
    if ((at + 1) % PROGRESS_EVERY === 0) progress(at + 1);
  });
  progress(rows.length);
  sheet.commit();
}
