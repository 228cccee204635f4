import { describe, expect, it } from 'vitest';
import { buildLibrary, formatFigures, runSearchBenchmark } from '../../bench/search-bench';

describe('search benchmark', () => {
  it('generates the same library from the same seed, and a different one from another', () => {
    const texts = (seed: number) => buildLibrary(5, seed).documents.map((document) => document.text);
    expect(texts(1)).toEqual(texts(1));
    expect(texts(1)).not.toEqual(texts(2));
  });

  it('runs end to end on a tiny library and reports every figure', async () => {
    const lines: string[] = [];
    const [figures] = await runSearchBenchmark({ docs: [40], queries: 5, log: (line) => lines.push(line) });
    expect(figures!.documents).toBe(40);
    expect(figures!.passages).toBe(120);
    expect(figures!.lunr).not.toBeNull();
    for (const latency of Object.values(figures!.latency)) expect(latency.p95).toBeGreaterThanOrEqual(latency.p50);
    expect(figures!.workerColdStartMs).toBeGreaterThan(0);
    expect(lines.join('\n')).toContain(formatFigures(figures!));
  }, 60_000);
});
