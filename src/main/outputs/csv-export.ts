/**
 * CSV as RFC 4180 writes it (comma-separated, CRLF between records, a field
 * quoted when it holds a quote, comma, CR or LF, quotes doubled), in UTF-8
 * with a byte-order mark so Excel reads accents and emoji right instead of
 * guessing a legacy code page.
 *
 * Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula, so
 * such a cell gets a leading `'`, which spreadsheets show as text and which a
 * reader can strip. One exception: a plain negative number ("-3", "-0.5") is
 * left as it is. It cannot run anything, it must stay a number for a number
 * attribute to be summed, and a spreadsheet reads it just as it reads "3".
 */
import type { FormatWriter } from './format-writer';
import { passageColumns, passageRows } from './passage-rows';
import type { CellValue } from './table-columns';

const BOM = '\uFEFF';
const RECORD_END = '\r\n';
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NEGATIVE_NUMBER = /^-\d+(?:\.\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]/;
/** Rows encoded at a time: big enough to keep encoding cheap, small enough to report progress and never hold one huge string. */
const ROWS_PER_CHUNK = 2_000;

/** The cell with a leading `'` when a spreadsheet would run it as a formula; plain negative numbers are left alone. */
export function neutralised(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NEGATIVE_NUMBER.test(value) ? `'${value}` : value;
}

/** One field: neutralised, then quoted with its quotes doubled when RFC 4180 requires it. */
export function csvField(value: string): string {
  const safe = neutralised(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One record with its CRLF. */
export function csvRecord(fields: readonly string[]): string {
  return fields.map(csvField).join(',') + RECORD_END;
}

/** A whole table as CSV text, byte-order mark first: encode it as UTF-8 and it opens right in Excel. */
export function csvOf(header: string[], rows: string[][]): string {
  const parts = [BOM, csvRecord(header)];
  for (const row of rows) parts.push(csvRecord(row));
  return parts.join('');
}

/** A table value as CSV text: numbers in JavaScript's shortest exact form, dates and times as ISO 8601, nothing as empty. */
export function csvCell(value: CellValue): string {
  return value === null ? '' : String(value);
}

/** The passage table as CSV (see passage-rows for its columns). */
export const writeCsv: FormatWriter = async (project, _options, progress) => {
  progress(0);
  const columns = passageColumns(project);
  const rows = passageRows(project);
  const encoder = new TextEncoder();
  const chunks = [encoder.encode(BOM + csvRecord(columns.map((column) => column.header)))];
  for (let at = 0; at < rows.length; at += ROWS_PER_CHUNK) {
    let text = '';
    for (const row of rows.slice(at, at + ROWS_PER_CHUNK)) text += csvRecord(columns.map((column) => csvCell(column.value(row))));
    chunks.push(encoder.encode(text));
    progress(Math.min(at + ROWS_PER_CHUNK, rows.length) / rows.length);
  }
  progress(1);
  return joinBytes(chunks);
};

function joinBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
