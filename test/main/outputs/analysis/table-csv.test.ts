import { describe, expect, it } from 'vitest';
import { tableCsv } from '../../../../src/main/outputs/analysis/table-csv';

describe('table CSV', () => {
  it.each([
    ['plain cells', [['code', 'passages'], ['actors/Kerry', 3]], 'code,passages\r\nactors/Kerry,3\r\n'],
    ['quotes, commas and line breaks quoted, quotes doubled', [['He said "no", twice', 'a\nb']], '"He said ""no"", twice","a\nb"\r\n'],
    ['formulas neutralised', [['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\tx', '\rx']], `"'=HYPERLINK(""x"")",'+1,'-2,'@SUM(A1),'\tx,"'\rx"\r\n`],
    ['negative numbers stay numbers', [[-3, 1.5]], '-3,1.5\r\n'],
    ['leading spaces kept by quoting', [[' padded']], '" padded"\r\n'],
  ] as const)('%s', (_case, rows, expected) => {
    const csv = tableCsv(rows as unknown as (string | number)[][]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1)).toBe(expected);
  });
});
