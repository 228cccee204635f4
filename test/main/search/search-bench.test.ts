import { describe, expect, it } from 'vitest';
import { buildLibrary, formatFigures, runSearchBenchmark } from '../../bench/search-bench';
import { itemsOf } from '../../bench/search-corpus';
import { measureMergeSteps } from '../../bench/search-merge-steps';

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
    // Every kind is also asked through a worker of its own, as the app asks it.
    expect(Object.keys(figures!.workerLatency).sort()).toEqual(Object.keys(figures!.latency).sort());
    for (const latency of Object.values(figures!.workerLatency)) {
      expect(latency.p50).toBeGreaterThan(0);
      expect(latency.p95).toBeGreaterThanOrEqual(latency.p50);
    }
    expect(figures!.workerColdStartMs).toBeGreaterThan(0);
    expect(lines.join('\n')).toContain(formatFigures(figures!));
    expect(figures!.asSent.segmentsBuilt).toBeGreaterThan(0);
  }, 60_000);

  it('counts the merge steps after a build sent a hundred documents at a time', () => {
    const figures = measureMergeSteps(itemsOf(buildLibrary(500, 3)), { segmentTokens: 2_000_000 });
    // Five batches of a hundred, each sealed small, and the passages' segment.
    expect(figures.segmentsBuilt).toBeGreaterThanOrEqual(5);
    expect(figures.steps).toBeGreaterThan(0);
    expect(figures.segmentsMerged).toBeLessThan(figures.segmentsBuilt);
    expect(figures.longestStepMs).toBeGreaterThan(0);
    expect(figures.longestStepMs).toBeLessThanOrEqual(figures.mergeMs);
  });
});
