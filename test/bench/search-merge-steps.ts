/**
 * A first build as the app makes it: documents sent a hundred at a time (as
 * index-sync rebuilds), each batch sealed as a small segment, then merged by
 * the idle worker a step at a time. The longest step is the longest a search
 * typed meanwhile waits.
 */
import { performance } from 'node:perf_hooks';
import { SearchEngine, type SearchEngineOptions } from '../../src/main/search/search-engine';
import type { IndexableItem } from '../../src/main/search/types';

/** As index-sync sends documents while rebuilding. */
const DOCUMENTS_PER_UPSERT = 100;

export interface MergeStepFigures {
  /** All the upserts, as main sends them one after another. */
  buildMs: number;
  segmentsBuilt: number;
  steps: number;
  mergeMs: number;
  longestStepMs: number;
  segmentsMerged: number;
}

/** `sizes` only for tests, which need many segments from a small library. */
export function measureMergeSteps(items: readonly IndexableItem[], sizes: SearchEngineOptions = {}): MergeStepFigures {
  const engine = new SearchEngine(sizes);
  const documents = items.filter((item) => item.kind === 'document');
  const start = performance.now();
  for (let index = 0; index < documents.length; index += DOCUMENTS_PER_UPSERT) engine.upsert(documents.slice(index, index + DOCUMENTS_PER_UPSERT));
  engine.upsert(items.filter((item) => item.kind !== 'document'));
  const buildMs = performance.now() - start;
  const segmentsBuilt = engine.stats().segments;
  let steps = 0;
  let longestStepMs = 0;
  const mergeStart = performance.now();
  for (;;) {
    const stepStart = performance.now();
    if (!engine.maintain()) break;
    steps += 1;
    longestStepMs = Math.max(longestStepMs, performance.now() - stepStart);
  }
  return { buildMs, segmentsBuilt, steps, mergeMs: performance.now() - mergeStart, longestStepMs, segmentsMerged: engine.stats().segments };
}
