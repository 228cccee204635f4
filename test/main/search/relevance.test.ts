/**
 * Ranking quality on a fixed corpus with known best answers. The thresholds
 * sit just under what the ranking achieved when this test was written, so a
 * change that ranks worse fails here.
 */
import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../src/main/search/search-engine';
import { RELEVANCE_ARTICLES, RELEVANCE_QUERIES } from './relevance-corpus';
import { asDocument, makeDocument } from './search-fixtures';

/** Mean reciprocal rank of each query's best answer, over the first ten documents. */
const MRR_FLOOR = 0.96;
/** Share of the expected top-three answers found in the top three. */
const RECALL_AT_3_FLOOR = 0.99;

function rankedDocuments(engine: SearchEngine, query: string): string[] {
  return engine.search(query, { limit: 10 }).groups.flatMap((group) => (group.documentId === null ? [] : [group.documentId]));
}

function relevanceFigures(engine: SearchEngine): { mrr: number; recallAt3: number; misses: string[] } {
  let reciprocal = 0;
  let expected = 0;
  let found = 0;
  const misses: string[] = [];
  for (const [query, best, others] of RELEVANCE_QUERIES) {
    const ranked = rankedDocuments(engine, query);
    const rank = ranked.indexOf(best);
    reciprocal += rank === -1 ? 0 : 1 / (rank + 1);
    if (rank !== 0) misses.push(`${query} → ${ranked.slice(0, 3).join(', ')}`);
    const top3 = new Set(ranked.slice(0, 3));
    for (const id of [best, ...others]) {
      expected += 1;
      if (top3.has(id)) found += 1;
    }
  }
  return { mrr: reciprocal / RELEVANCE_QUERIES.length, recallAt3: found / expected, misses };
}

describe('search relevance', () => {
  const engine = new SearchEngine();
  engine.upsert(RELEVANCE_ARTICLES.map(([id, title, paragraphs]) => asDocument(makeDocument(id, title, paragraphs))));

  it('puts the best answer first', () => {
    const figures = relevanceFigures(engine);
    expect(figures.mrr, figures.misses.join('\n')).toBeGreaterThanOrEqual(MRR_FLOOR);
  });

  it('finds the expected answers in the top three', () => {
    expect(relevanceFigures(engine).recallAt3).toBeGreaterThanOrEqual(RECALL_AT_3_FLOOR);
  });

  it('scores a ranking that misses the best answers below the floor', () => {
    // Without the articles that best answer each query, the same metric must fail.
    const bestAnswers = new Set(RELEVANCE_QUERIES.map(([, best]) => best));
    const degraded = new SearchEngine();
    degraded.upsert(
      RELEVANCE_ARTICLES.filter(([id]) => !bestAnswers.has(id)).map(([id, title, paragraphs]) => asDocument(makeDocument(id, title, paragraphs))),
    );
    expect(relevanceFigures(degraded).mrr).toBeLessThan(MRR_FLOOR);
  });
});
