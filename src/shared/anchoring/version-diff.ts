/**
 * A word-level diff of two versions of a document's text, bounded in time:
 * what the UI shows when a document is replaced by a corrected version, and
 * the evidence re-anchoring uses to carry passages across (see offset-map).
 *
 * A plain Myers diff over a whole article costs O(length · edits): a change
 * made throughout the text (straight quotes to curly ones) touches every
 * paragraph and takes a tenth of a second on a 34,000-character article,
 * and two unrelated texts take minutes. So the texts are first cut at
 * stretches both versions share exactly once (patience-diff style: runs of
 * SHINGLE_TOKENS tokens unique in each version, kept in an order both agree
 * on), and Myers runs only between those cuts, each run capped in edits and
 * all of them in time. A stretch the cap gives up on is reported whole, as
 * removed then added, and the diff as `truncated`: coarser, never wrong.
 */

import { diffArrays } from 'diff';

/** What became of a stretch of text: kept as it was, only in the new version, or only in the old one. */
export type DiffSegmentKind = 'same' | 'added' | 'removed';

/** One stretch of a version diff; 'same' and 'removed' stretches read in order give the old text, 'same' and 'added' the new. */
export interface DiffSegment {
  kind: DiffSegmentKind;
  text: string;
}

/** Two versions compared: the stretches in order, how much of the text both share, and whether the bound cut the diff short. */
export interface VersionDiff {
  segments: DiffSegment[];
  /** Twice the kept text over both lengths: 1 for identical texts, near 0 for unrelated ones. */
  similarity: number;
  /** True when some stretch was too different (or time ran out) to align word by word and is reported whole. */
  truncated: boolean;
}

/** Bounds for `diffVersions`; tests lower them to reach the fallback. */
export interface DiffBounds {
  /** Wall-clock budget for all the word alignment of one diff; past it, what is left is reported whole. */
  budgetMs?: number;
  /** Most token edits one stretch between shared cuts may need before it is reported whole. */
  maxGapEdits?: number;
}

/** A revision's diff should never hold the main process long; a fifth of a second is the worst a user will wait here. */
export const DIFF_BUDGET_MS = 200;

/**
 * Between two cuts, Myers costs about edits² when the stretches differ: 400
 * token edits (about 200 words rewritten with no 4-word run in common) stay
 * within a few milliseconds; a stretch needing more is rewritten anyway.
 */
export const MAX_GAP_EDITS = 400;

// Four words with their spaces: long enough that a run shared once by both
// versions is the same text, not a common phrase; short enough that every
// sentence of an edited paragraph still has one.
const SHINGLE_TOKENS = 8;

// Words (any script), runs of spaces, single line breaks, single other characters (whole code points).
// Chinese and Japanese write without spaces: each character is a token, so
// one corrected character does not mark its whole clause as changed.
const TOKEN = /\r?\n|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]\p{M}*|[\p{L}\p{M}\p{N}_]+|[^\S\r\n]+|[\s\S]/gu;
const WORD_UNIT = /[\p{L}\p{M}\p{N}_]/u;

/** Compares two versions word by word, within DIFF_BUDGET_MS. */
export function diffVersions(oldText: string, newText: string, bounds: DiffBounds = {}): VersionDiff {
  const limits = { deadline: Date.now() + (bounds.budgetMs ?? DIFF_BUDGET_MS), maxEdits: bounds.maxGapEdits ?? MAX_GAP_EDITS };
  // The shared head and tail are found in one pass; only the middle is tokenized.
  const head = commonHead(oldText, newText);
  const tail = commonTail(oldText, newText, head);
  const out = segmentWriter();
  out.add('same', oldText.slice(0, head));
  const truncated = diffMiddle(oldText.slice(head, oldText.length - tail), newText.slice(head, newText.length - tail), limits, out);
  out.add('same', oldText.slice(oldText.length - tail));
  const segments = out.finish();
  const kept = segments.reduce((sum, s) => sum + (s.kind === 'same' ? s.text.length : 0), 0);
  const total = oldText.length + newText.length;
  return { segments, similarity: total === 0 ? 1 : (2 * kept) / total, truncated };
}

interface Limits {
  deadline: number;
  maxEdits: number;
}

type Writer = ReturnType<typeof segmentWriter>;

function diffMiddle(oldMid: string, newMid: string, limits: Limits, out: Writer): boolean {
  if (oldMid === '' || newMid === '') {
    out.add('removed', oldMid);
    out.add('added', newMid);
    return false;
  }
  const vocabulary = new Map<string, number>();
  const oldTokens = oldMid.match(TOKEN) ?? [];
  const newTokens = newMid.match(TOKEN) ?? [];
  const oldIds = intern(oldTokens, vocabulary);
  const newIds = intern(newTokens, vocabulary);
  let truncated = false;
  let oldAt = 0;
  let newAt = 0;
  // Each cut is one token both versions share; a final cut past the ends flushes the last stretch.
  for (const [i, j] of [...sharedCuts(oldIds, newIds), [oldIds.length, newIds.length] as const]) {
    truncated = diffStretch({ oldTokens, newTokens, oldIds, newIds }, [oldAt, i], [newAt, j], limits, out) || truncated;
    if (i < oldTokens.length) out.add('same', oldTokens[i]!);
    oldAt = i + 1;
    newAt = j + 1;
  }
  return truncated;
}

interface Tokens {
  oldTokens: string[];
  newTokens: string[];
  oldIds: number[];
  newIds: number[];
}

/** Diffs old tokens [from, to) against new tokens [from, to); true when the bound made it report the stretch whole. */
function diffStretch(t: Tokens, [oldFrom, oldTo]: readonly [number, number], [newFrom, newTo]: readonly [number, number], limits: Limits, out: Writer): boolean {
  const text = (tokens: string[], from: number, to: number) => tokens.slice(from, to).join('');
  let head = 0;
  while (oldFrom + head < oldTo && newFrom + head < newTo && t.oldIds[oldFrom + head] === t.newIds[newFrom + head]) head += 1;
  let tail = 0;
  while (oldTo - tail > oldFrom + head && newTo - tail > newFrom + head && t.oldIds[oldTo - 1 - tail] === t.newIds[newTo - 1 - tail]) tail += 1;
  out.add('same', text(t.oldTokens, oldFrom, oldFrom + head));
  const [a, b, c, d] = [oldFrom + head, oldTo - tail, newFrom + head, newTo - tail];
  let truncated = false;
  const remaining = limits.deadline - Date.now();
  const changes =
    a === b || c === d || remaining <= 0
      ? undefined
      : diffArrays(t.oldIds.slice(a, b), t.newIds.slice(c, d), { maxEditLength: limits.maxEdits, timeout: remaining });
  if (changes === undefined) {
    truncated = a !== b && c !== d;
    out.add('removed', text(t.oldTokens, a, b));
    out.add('added', text(t.newTokens, c, d));
  } else {
    let oldAt = a;
    let newAt = c;
    for (const change of changes) {
      if (change.added) {
        out.add('added', text(t.newTokens, newAt, (newAt += change.count)));
      } else if (change.removed) {
        out.add('removed', text(t.oldTokens, oldAt, (oldAt += change.count)));
      } else {
        out.add('same', text(t.oldTokens, oldAt, (oldAt += change.count)));
        newAt += change.count;
      }
    }
  }
  out.add('same', text(t.oldTokens, b, oldTo));
  return truncated;
}

/**
 * Token pairs (old index, new index) that start a run of SHINGLE_TOKENS
 * tokens occurring exactly once in each version, reduced to the longest
 * chain increasing in both (so a moved paragraph cannot cross others).
 */
function sharedCuts(oldIds: number[], newIds: number[]): [number, number][] {
  const oldRuns = uniqueRuns(oldIds);
  const newRuns = uniqueRuns(newIds);
  const pairs: [number, number][] = [];
  for (const [hash, i] of oldRuns) {
    const j = newRuns.get(hash);
    if (i >= 0 && j !== undefined && j >= 0 && sameRun(oldIds, i, newIds, j)) pairs.push([i, j]);
  }
  pairs.sort((x, y) => x[0] - y[0]);
  return longestIncreasing(pairs);
}

/** Run hash → start index for runs seen once, -1 for runs seen more than once (or sharing a hash). */
function uniqueRuns(ids: number[]): Map<number, number> {
  const runs = new Map<number, number>();
  for (let i = 0; i + SHINGLE_TOKENS <= ids.length; i += 1) {
    let hash = 0x811c9dc5;
    for (let k = 0; k < SHINGLE_TOKENS; k += 1) hash = Math.imul(hash ^ ids[i + k]!, 0x01000193);
    runs.set(hash, runs.has(hash) ? -1 : i);
  }
  return runs;
}

// Hashes only propose a pair; the tokens decide.
function sameRun(oldIds: number[], i: number, newIds: number[], j: number): boolean {
  for (let k = 0; k < SHINGLE_TOKENS; k += 1) if (oldIds[i + k] !== newIds[j + k]) return false;
  return true;
}

/** The longest subsequence of pairs (sorted by old index) whose new indices increase: patience sorting, O(n log n). */
function longestIncreasing(pairs: [number, number][]): [number, number][] {
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  for (let p = 0; p < pairs.length; p += 1) {
    const j = pairs[p]![1];
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (pairs[tails[mid]!]![1] < j) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[p] = tails[low - 1]!;
    tails[low] = p;
  }
  const chain: [number, number][] = [];
  for (let p = tails.at(-1) ?? -1; p !== -1; p = previous[p]!) chain.push(pairs[p]!);
  return chain.reverse();
}

function intern(tokens: string[], vocabulary: Map<string, number>): number[] {
  return tokens.map((token) => {
    let id = vocabulary.get(token);
    if (id === undefined) vocabulary.set(token, (id = vocabulary.size));
    return id;
  });
}

/**
 * Collects segments so that each change reads as removed-then-added between
 * two kept stretches, and neighbours of one kind merge: long kept stretches
 * come out whole, for the UI to elide. Whitespace kept between two changes
 * joins them: a reworded sentence reads as one change, not as every word
 * swapped around kept spaces (and kept spaces prove nothing about origin).
 */
function segmentWriter() {
  const segments: DiffSegment[] = [];
  let removed = '';
  let added = '';
  let space = '';
  const push = (kind: DiffSegmentKind, text: string) => {
    const last = segments.at(-1);
    if (last !== undefined && last.kind === kind) last.text += text;
    else segments.push({ kind, text });
  };
  const flush = () => {
    if (removed !== '') push('removed', removed);
    if (added !== '') push('added', added);
    if (space !== '') push('same', space);
    removed = added = space = '';
  };
  const change = () => {
    removed += space;
    added += space;
    space = '';
  };
  return {
    add(kind: DiffSegmentKind, text: string) {
      if (text === '') return;
      if (kind === 'removed') {
        change();
        removed += text;
      } else if (kind === 'added') {
        change();
        added += text;
      } else if ((removed !== '' || added !== '') && text.trim() === '') {
        space += text;
      } else {
        flush();
        push('same', text);
      }
    },
    finish(): DiffSegment[] {
      flush();
      return segments;
    },
  };
}

// The shared head and tail stop at a word boundary, so the middle is compared in whole words.
const isWordUnit = (code: number) => !Number.isNaN(code) && ((code >= 0xd800 && code <= 0xdfff) || WORD_UNIT.test(String.fromCharCode(code)));

function commonHead(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  let head = 0;
  while (head < shorter && a.charCodeAt(head) === b.charCodeAt(head)) head += 1;
  if (head === a.length && head === b.length) return head;
  while (head > 0 && isWordUnit(a.charCodeAt(head - 1)) && (isWordUnit(a.charCodeAt(head)) || isWordUnit(b.charCodeAt(head)))) head -= 1;
  return head;
}

function commonTail(a: string, b: string, head: number): number {
  const limit = Math.min(a.length, b.length) - head;
  let tail = 0;
  while (tail < limit && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail += 1;
  const before = (text: string) => text.charCodeAt(text.length - tail - 1);
  while (tail > 0 && isWordUnit(a.charCodeAt(a.length - tail)) && (isWordUnit(before(a)) || isWordUnit(before(b)))) tail -= 1;
  return tail;
}
