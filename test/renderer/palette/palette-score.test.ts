import { describe, expect, it } from 'vitest';
import { paletteScore, rankByQuery } from '../../../src/renderer/src/features/palette/palette-score';

const TITLES = [
  'Undo the last change',
  'Search',
  'Import files',
  'Export passages, a report or the project',
  'Open the codebook',
  'Open passages by tag',
  'Open memos',
  'Open the analysis of the coding',
  'Tag the selected text',
  'Next search match',
];

const rank = (query: string) => rankByQuery(TITLES, query, (title) => title);

describe('paletteScore', () => {
  it('matches everything for an empty query, in the order given', () => {
    expect(rank('  ')).toEqual(TITLES);
  });

  it('refuses a title without the letters in order', () => {
    expect(paletteScore('zq', 'Open the codebook')).toBeNull();
    expect(paletteScore('koodebo', 'Open the codebook')).toBeNull();
  });

  it('ranks a prefix of the title first, the shorter title ahead', () => {
    expect(rank('open')).toEqual(['Open memos', 'Open the codebook', 'Open passages by tag', 'Open the analysis of the coding']);
    expect(rank('se')[0]).toBe('Search');
  });

  it('ranks word starts ahead of letters found inside words', () => {
    expect(rank('op co')[0]).toBe('Open the codebook');
    // "cod" starts a word of both titles: the shorter one first.
    expect(rank('cod').slice(0, 2)).toEqual(['Open the codebook', 'Open the analysis of the coding']);
    expect(paletteScore('tag', 'Tag the selected text')!).toBeGreaterThan(paletteScore('tag', 'Open passages by tag')!);
    expect(paletteScore('pass', 'Open passages by tag')!).toBeGreaterThan(paletteScore('ass', 'Open passages by tag')!);
  });

  it('finds letters spread over the title, closer runs first', () => {
    expect(rank('cdbk')).toEqual(['Open the codebook']);
    expect(paletteScore('nsm', 'Next search match')!).toBeGreaterThan(paletteScore('nsm', 'Import files, then search matches')!);
    expect(rank('xprt')).toEqual(['Export passages, a report or the project']);
  });

  it('ignores case and extra spaces', () => {
    expect(paletteScore('  OPEN   the ', 'Open the codebook')).toBe(paletteScore('open the', 'Open the codebook'));
  });
});
