import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Occurrence, OccurrenceList } from '../../../src/shared/concordance';
import { CONCORDANCE_HEADER, concordanceFileName, concordanceRows, saveConcordance } from '../../../src/main/outputs/concordance-csv';
import type { SearchService } from '../../../src/main/search/notebook-search';
import { ScholiaFailure } from '../../../src/shared/result';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();

const occurrence = (overrides: Partial<Occurrence>): Occurrence => ({
  documentId: 'd1',
  headline: 'Kerry presses for truce',
  outlet: 'Reuters',
  published: '2016-05-04T00:00:00.000Z',
  blockIndex: 3,
  blockKind: 'paragraph',
  start: 100,
  end: 109,
  left: 'agreed a',
  match: 'ceasefire',
  right: 'in Aleppo',
  ...overrides,
});

const list: OccurrenceList = {
  occurrences: [
    occurrence({ left: 'He said, "the', right: 'holds", in Aleppo', start: 10, end: 19 }),
    occurrence({ left: 'line one\r\nline two', right: '=SUM(A1)', headline: 'Truce, at last', start: 40, end: 49 }),
  ],
  total: 2,
  truncated: false,
};

function searchAnswering(answer: OccurrenceList | Error): SearchService & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    search: () => Promise.reject(new Error('not used')),
    occurrences: async (query) => {
      asked.push(query);
      if (answer instanceof Error) throw answer;
      return answer;
    },
    ready: async () => 'loading',
    coversNotebook: async () => true,
    close: async () => undefined,
  };
}

describe('the concordance as CSV', () => {
  it('has a header row, then one row per match in the order asked for', () => {
    const rows = concordanceRows(list, 'right');
    expect(rows[0]).toEqual(CONCORDANCE_HEADER);
    // By the words after: "holds" before "sum" (the formula's word).
    expect(rows.slice(1).map((r) => r[2])).toEqual(['holds", in Aleppo', '=SUM(A1)']);
    expect(rows[2]!.slice(3)).toEqual(['Truce, at last', 'Reuters', '2016-05-04', 'd1', 40, 49]);
    expect(concordanceRows(list, 'right', true).slice(1).map((r) => r[2])).toEqual(['=SUM(A1)', 'holds", in Aleppo']);
  });

  it('writes UTF-8 with a BOM, quotes fields per RFC 4180 and neutralises formulas', async () => {
    const dir = await tempDir();
    const target = join(dir, 'out.csv');
    const search = searchAnswering(list);
    const asked: string[] = [];
    const report = await saveConcordance(search, async (name) => (asked.push(name), target), { query: '"ceasefire"', sort: 'document' });
    expect(asked).toEqual(['concordance ceasefire.csv']);
    expect(search.asked).toEqual(['"ceasefire"']);
    const bytes = await readFile(target);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(report).toEqual({ fileName: 'out.csv', bytes: bytes.byteLength });
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(CONCORDANCE_HEADER.join(','));
    expect(lines[1]).toBe('"He said, ""the",ceasefire,"holds"", in Aleppo",Kerry presses for truce,Reuters,2016-05-04,d1,10,19');
    // A line break inside a field is kept inside its quotes.
    expect(text).toContain('"line one\r\nline two",ceasefire,\'=SUM(A1),"Truce, at last"');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('writes nothing when the dialog is cancelled, and fails before asking when the query is bad', async () => {
    expect(await saveConcordance(searchAnswering(list), async () => null, { query: 'x', sort: 'left' })).toBeNull();
    let askedWhere = false;
    const bad = saveConcordance(searchAnswering(new ScholiaFailure('invalid-query', 'Unclosed quote')), async () => ((askedWhere = true), null), { query: '"x', sort: 'left' });
    await expect(bad).rejects.toThrow('Unclosed quote');
    expect(askedWhere).toBe(false);
  });

  it('names the file after the query words', () => {
    expect(concordanceFileName('"cessation of hostilities" -title:x')).toBe('concordance cessation of hostilities -title x.csv');
    expect(concordanceFileName('*')).toBe('concordance search.csv');
  });
});
