import { describe, expect, it } from 'vitest';
import type { Occurrence } from '../../src/shared/concordance';
import { contextWords, sortKey, sortOccurrences } from '../../src/shared/concordance-sort';

let next = 0;
const row = (left: string, match: string, right: string, extra: Partial<Occurrence> = {}): Occurrence => ({
  documentId: 'd1',
  headline: 'Talks',
  outlet: 'Reuters',
  published: '2016-05-04T00:00:00.000Z',
  blockIndex: 1,
  blockKind: 'paragraph',
  start: (next += 10),
  end: next + match.length,
  left,
  match,
  right,
  ...extra,
});

const matches = (rows: Occurrence[]) => rows.map((r) => `${r.left}|${r.match}|${r.right}`);

describe('concordance sort keys', () => {
  it('reads the words before a match nearest first, the words after in reading order', () => {
    const r = row('Kerry said the', 'ceasefire', 'must hold, he added.');
    expect(sortKey(r, 'left')).toEqual(['the', 'said', 'kerry']);
    expect(sortKey(r, 'right')).toEqual(['must', 'hold', 'he', 'added']);
    expect(sortKey(r, 'match')).toEqual(['ceasefire']);
    expect(contextWords('“Syria’s war,” U.N. envoy')).toEqual(['syria’s', 'war', 'u', 'n', 'envoy']);
  });

  it('sorts by the word just before, then the one before it', () => {
    const rows = [row('agreed a nationwide', 'cessation', ''), row('the', 'cessation', ''), row('called for a', 'cessation', ''), row('into a nationwide', 'cessation', '')];
    expect(sortOccurrences(rows, 'left').map((r) => r.left)).toEqual(['called for a', 'agreed a nationwide', 'into a nationwide', 'the']);
  });

  it('sorts by the words after, a context that runs out first before a longer one', () => {
    const rows = [row('', 'truce', 'holds in Aleppo'), row('', 'truce', ''), row('', 'truce', 'Holds'), row('', 'truce', 'broke down')];
    expect(sortOccurrences(rows, 'right').map((r) => r.right)).toEqual(['', 'broke down', 'Holds', 'holds in Aleppo']);
    expect(sortOccurrences(rows, 'right', true).map((r) => r.right)).toEqual(['holds in Aleppo', 'Holds', 'broke down', '']);
  });

  it('sorts by document: date, then headline, undated last, position within one', () => {
    const a = row('', 'x', '', { documentId: 'a', headline: 'Beta', published: '2016-05-05T00:00:00.000Z', start: 50 });
    const b = row('', 'x', '', { documentId: 'b', headline: 'Alpha', published: '2016-05-05T00:00:00.000Z', start: 5 });
    const c = row('', 'x', '', { documentId: 'c', headline: 'Aardvark', published: null, start: 1 });
    const d = row('', 'x', '', { documentId: 'd', headline: 'Zulu', published: '2016-05-01T00:00:00.000Z', start: 9 });
    const a2 = { ...a, start: 20, end: 21 };
    expect(sortOccurrences([a, b, c, d, a2], 'document').map((r) => `${r.documentId}${r.start}`)).toEqual(['d9', 'b5', 'a20', 'a50', 'c1']);
  });

  it('keeps ties in document order, and leaves the input alone', () => {
    const rows = [row('b', 'Ceasefire', ''), row('a', 'ceasefire', ''), row('c', 'armistice', '')];
    const before = matches(rows);
    expect(sortOccurrences(rows, 'match').map((r) => r.left)).toEqual(['c', 'b', 'a']);
    expect(matches(rows)).toEqual(before);
  });
});
