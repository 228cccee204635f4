import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/shared/model';
import type { Occurrence } from '../../../src/shared/concordance';
import { bodyRows, defaultTagPath } from '../../../src/renderer/src/features/search/hit-ranges';

const row = (blockKind: Block['kind'], match: string): Occurrence => ({
  documentId: 'd1',
  headline: 'Talks resume',
  outlet: 'Reuters',
  published: null,
  blockIndex: 0,
  blockKind,
  start: 0,
  end: match.length,
  left: '',
  match,
  right: '',
});

describe('bodyRows', () => {
  it('proposes matches in the body and counts those in headlines and bylines as left out', () => {
    const rows = [row('title', 'Talks'), row('paragraph', 'cessation'), row('byline', 'Smith'), row('quote', 'hostilities'), row('list-item', 'aid')];
    const found = bodyRows(rows);
    expect(found.passages.map((p) => p.match)).toEqual(['cessation', 'hostilities', 'aid']);
    expect(found.leftOut).toBe(2);
  });
});

describe('defaultTagPath', () => {
  it('files the query words under search/', () => {
    expect(defaultTagPath('"cessation of hostilities"')).toBe('search/cessation of hostilities');
    expect(defaultTagPath('"" *')).toBe('search/hits');
  });
});
