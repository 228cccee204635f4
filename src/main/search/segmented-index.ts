/**
 * The index as a list of segments: sealed segments that are never rebuilt on
 * the way to a search result, and one small "recent" segment holding what
 * changed since. An upsert tombstones the item's old copy and rebuilds only
 * the recent segment from cached analyses, so it stays cheap; a large batch
 * (the first import of a library) goes straight into sealed segments.
 *
 * When the recent segment outgrows RECENT_TOKENS it is sealed as it is; such
 * small sealed segments, and segments mostly made of tombstones, are merged
 * by `maintain()`, which the worker runs when it is idle.
 *
 * Readers take `segments()` and get a consistent list: it is replaced as a
 * whole, never mutated (tombstones aside), so a search sees the old or the new
 * index, never a mix.
 */
import type { AnalyzedItem } from './item-analysis';
import { buildSegment, MAX_SEGMENT_ITEMS, type Segment } from './segment';
import { mergeSegments } from './segment-merge';
import { Vocabulary } from './vocabulary';

/**
 * Roughly four thousand news articles of indexed words (130 segments at
 * 100,000 articles became 34). A query pays per segment for each of its
 * terms, so fewer, larger segments answer faster; a merge step copies at most
 * this much, a few hundred milliseconds, which is what bounds it.
 */
export const SEGMENT_TOKENS = 1_200_000;
/** The recent segment is rebuilt on every upsert; this size keeps that to a few milliseconds. */
export const RECENT_TOKENS = 30_000;
/** Items without words (an empty note) add none to the recent segment's tokens; this bounds them too. */
export const RECENT_ITEMS = 4_096;
/** Small sealed segments are merged once there are this many. */
const SMALL_SEGMENTS_TO_MERGE = 4;
/** A segment whose items are mostly tombstones is worth rewriting. */
const DEAD_SHARE_TO_MERGE = 0.5;

interface Location {
  segment: Segment;
  item: number;
}

export interface SegmentSizes {
  segmentTokens: number;
  recentTokens: number;
  /** At most MAX_SEGMENT_ITEMS. */
  segmentItems: number;
  recentItems: number;
}

export class SegmentedIndex {
  private vocabulary = new Vocabulary();
  private sealed: Segment[] = [];
  private recent: Segment = buildSegment([], this.vocabulary);
  /** Keys in the recent segment, in order. */
  private recentKeys: string[] = [];
  /** Analyses of the recent segment's items, kept so rebuilding it does not re-analyze. */
  private readonly analyses = new Map<string, AnalyzedItem>();
  /**
   * Where each live item is; null after a restore until an upsert or removal
   * needs it, since filling it for 400,000 items cost a tenth of the start-up.
   */
  private locationMap: Map<string, Location> | null = new Map();
  private list: readonly Segment[] = [];
  private readonly reanalyze: (key: string) => AnalyzedItem | null;
  private readonly sizes: SegmentSizes;

  /** `reanalyze` rebuilds an item's analysis from its source when the cache has none (after a load). */
  constructor(reanalyze: (key: string) => AnalyzedItem | null, sizes: Partial<SegmentSizes> = {}) {
    this.reanalyze = reanalyze;
    this.sizes = { segmentTokens: SEGMENT_TOKENS, recentTokens: RECENT_TOKENS, segmentItems: MAX_SEGMENT_ITEMS, recentItems: RECENT_ITEMS, ...sizes };
    this.sizes.segmentItems = Math.min(this.sizes.segmentItems, MAX_SEGMENT_ITEMS);
    this.publish([this.recent]);
  }

  /** The vocabulary the segments number their terms by. */
  terms(): Vocabulary {
    return this.vocabulary;
  }

  /** The current segments; the last is the recent one. */
  segments(): readonly Segment[] {
    return this.list;
  }

  /** Adds or replaces items; the new segment list is in place when this returns. */
  upsert(items: readonly AnalyzedItem[]): void {
    if (items.length === 0) return;
    const recentSet = new Set(this.recentKeys);
    for (const analyzed of items) {
      this.hideSealedCopy(analyzed.key);
      this.analyses.set(analyzed.key, analyzed);
      if (recentSet.has(analyzed.key)) continue;
      recentSet.add(analyzed.key);
      this.recentKeys.push(analyzed.key);
    }
    this.rebuildRecent();
  }

  remove(keys: readonly string[]): void {
    const gone = new Set<string>();
    for (const key of keys) {
      const location = this.locations().get(key);
      if (!location) continue;
      if (location.segment === this.recent) gone.add(key);
      else location.segment.tombstone(location.item);
      this.locations().delete(key);
      this.analyses.delete(key);
    }
    if (gone.size > 0) {
      this.recentKeys = this.recentKeys.filter((key) => !gone.has(key));
      this.rebuildRecent();
    }
  }

  /** Restores segments as saved, over the vocabulary saved with them (its counts included): the last one is the recent segment. */
  restore(segments: readonly Segment[], vocabulary: Vocabulary): void {
    this.analyses.clear();
    this.locationMap = null;
    this.vocabulary = vocabulary;
    this.list = [];
    const last = segments.at(-1) ?? buildSegment([], vocabulary);
    this.sealed = segments.slice(0, -1);
    this.recent = last;
    this.recentKeys = [];
    last.data.keys.forEach((key, item) => {
      if (!last.isDeleted(item)) this.recentKeys.push(key);
    });
    // The vocabulary's counts were saved over these very segments.
    this.list = [...this.sealed, this.recent];
  }

  /** Whether `maintain()` has merging to do. */
  needsMaintenance(): boolean {
    return this.mergeCandidates().length > 0;
  }

  /**
   * One step of merging small sealed segments and mostly-dead ones into
   * full-size segments; true when it did something (the worker repeats it
   * while idle). Never needed for correctness; keeps the segment count (and
   * so query cost) low.
   */
  maintain(): boolean {
    const candidates = this.mergeCandidates();
    if (candidates.length === 0) return false;
    const merging = new Set(candidates);
    const merged = mergeSegments(candidates, this.vocabulary);
    this.locate(merged);
    this.sealed = [...this.sealed.filter((segment) => !merging.has(segment)), ...(merged.size > 0 ? [merged] : [])];
    this.publish([...this.sealed, this.recent]);
    return true;
  }

  /**
   * What one `maintain()` step merges: one mostly-dead segment, or small
   * segments, smallest first, up to about a full segment's worth (of words,
   * and never more items than a segment holds). A step's
   * time and memory are those of making one segment, however many wait: a
   * first build sends its documents a hundred at a time, each sealed as a
   * small segment, and merging all of them at once held every analysis of the
   * library and kept the worker from answering for as long.
   */
  private mergeCandidates(): Segment[] {
    const dead = this.sealed.find((segment) => segment.size > 0 && segment.liveCount / segment.size < 1 - DEAD_SHARE_TO_MERGE);
    if (dead) return [dead];
    const { segmentTokens, segmentItems } = this.sizes;
    // Half-full at most on both counts, so that any two of them fit in one segment.
    const small = this.sealed.filter((segment) => segment.tokenCount < segmentTokens / 2 && segment.liveCount <= segmentItems / 2);
    if (small.length < SMALL_SEGMENTS_TO_MERGE) return [];
    small.sort((a, b) => a.tokenCount - b.tokenCount);
    const step: Segment[] = [];
    let tokens = 0;
    let items = 0;
    for (const segment of small) {
      if (items + segment.liveCount > segmentItems || (step.length >= 2 && tokens + segment.tokenCount > segmentTokens)) break;
      step.push(segment);
      tokens += segment.tokenCount;
      items += segment.liveCount;
    }
    return step;
  }

  private hideSealedCopy(key: string): void {
    const location = this.locations().get(key);
    if (location && location.segment !== this.recent) {
      location.segment.tombstone(location.item);
      this.locations().delete(key);
    }
  }

  private analysisOf(key: string): AnalyzedItem | null {
    const cached = this.analyses.get(key);
    if (cached) return cached;
    const analyzed = this.reanalyze(key);
    if (analyzed) this.analyses.set(key, analyzed);
    return analyzed;
  }

  private rebuildRecent(): void {
    const pending = this.recentKeys
      .map((key) => this.analysisOf(key))
      .filter((analyzed): analyzed is AnalyzedItem => analyzed !== null);
    const tokens = pending.reduce((sum, analyzed) => sum + analyzed.tokenCount, 0);
    let sealed = this.sealed;
    let recentItems = pending;
    if (tokens >= this.sizes.recentTokens || pending.length >= this.sizes.recentItems) {
      // Too big to rebuild on every upsert: seal it all, in full-size segments where it is large.
      sealed = [...this.sealed, ...this.cut(pending)];
      for (const analyzed of pending) this.analyses.delete(analyzed.key);
      recentItems = [];
    }
    const recent = buildSegment(recentItems, this.vocabulary);
    this.locate(recent);
    this.sealed = sealed;
    this.recent = recent;
    this.recentKeys = recentItems.map((analyzed) => analyzed.key);
    this.publish([...sealed, recent]);
  }

  /** Replaces the segment list, moving the vocabulary's counts from the segments that left to those that joined. */
  private publish(list: readonly Segment[]): void {
    const before = new Set(this.list);
    const after = new Set(list);
    for (const segment of this.list) if (!after.has(segment)) this.account(segment, -1);
    for (const segment of list) if (!before.has(segment)) this.account(segment, 1);
    this.list = list;
  }

  private account(segment: Segment, sign: 1 | -1): void {
    this.vocabulary.account(
      segment.data.termIds,
      (local) => segment.entryCount(local),
      (local) => segment.isHeadlineTerm(local),
      sign,
    );
  }

  /** Builds sealed segments of about segmentTokens each (and at most segmentItems) from `items`, and records where each item now is. */
  private cut(items: readonly AnalyzedItem[]): Segment[] {
    const total = items.reduce((sum, analyzed) => sum + analyzed.tokenCount, 0);
    const count = Math.max(1, Math.ceil(total / this.sizes.segmentTokens));
    const target = total / count;
    const { segmentItems } = this.sizes;
    const segments: Segment[] = [];
    let batch: AnalyzedItem[] = [];
    let batchTokens = 0;
    const flush = () => {
      if (batch.length === 0) return;
      const segment = buildSegment(batch, this.vocabulary);
      this.locate(segment);
      segments.push(segment);
      batch = [];
      batchTokens = 0;
    };
    for (const analyzed of items) {
      batch.push(analyzed);
      batchTokens += analyzed.tokenCount;
      if ((batchTokens >= target && segments.length < count - 1) || batch.length === segmentItems) flush();
    }
    flush();
    return segments;
  }

  private locations(): Map<string, Location> {
    if (this.locationMap === null) {
      this.locationMap = new Map();
      for (const segment of this.list) this.locate(segment);
    }
    return this.locationMap;
  }

  /** Records where the segment's items are; nothing to do while the map waits to be built from the segment list. */
  private locate(segment: Segment): void {
    const locations = this.locationMap;
    if (locations === null) return;
    segment.data.keys.forEach((key, item) => {
      if (!segment.isDeleted(item)) locations.set(key, { segment, item });
    });
  }
}
