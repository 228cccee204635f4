/**
 * A table as CSV (RFC 4180): fields quoted where needed, CRLF line ends, a
 * UTF-8 byte-order mark so spreadsheet programs read accents right, and
 * cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR)
 * prefixed with an apostrophe, so an exported quote can never execute.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: string | number): string {
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  // Numbers are the table's own counts; only text can smuggle a formula in.
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function tableCsv(rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
