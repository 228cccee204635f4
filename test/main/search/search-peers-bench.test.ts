import { describe, expect, it } from 'vitest';
import { QUERY_KINDS } from '../../bench/search-corpus';
import { formatPeerFigures, runSearchPeersBenchmark } from '../../bench/search-peers-bench';

describe('search peers benchmark', () => {
  it('measures Scholia and every peer on the same tiny library and prints them side by side', async () => {
    const lines: string[] = [];
    const figures = await runSearchPeersBenchmark({ docs: 30, queries: 5, log: (line) => lines.push(line) });
    expect(figures.map((engine) => engine.name)).toEqual(['Scholia', 'FlexSearch', 'MiniSearch', 'lunr']);
    // Scholia answers every kind; FlexSearch has no phrases, fuzzy or tags.
    expect(Object.keys(figures[0]!.p95).sort()).toEqual([...QUERY_KINDS].sort());
    expect(figures[1]!.p95.phrase).toBeUndefined();
    expect(figures[1]!.p95['one word']).toBeGreaterThan(0);
    // Ranking alone is measured for Scholia only, for every kind, and printed beside the peers' ids.
    expect(Object.keys(figures[0]!.rankedP95 ?? {}).sort()).toEqual([...QUERY_KINDS].sort());
    expect(figures[1]!.rankedP95).toBeUndefined();
    expect(lines.join('\n')).toMatch(/one word p95, ids only/);
    for (const engine of figures) expect(engine.indexBytes).toBeGreaterThan(0);
    expect(lines.join('\n')).toContain(formatPeerFigures(30, figures));
  }, 60_000);
});
