/**
 * One vocabulary for the whole index: every indexed term gets a number once,
 * and segments keep their postings by that number. Each segment of a news
 * library holds nearly the whole vocabulary, so expanding a prefix or a fuzzy
 * word per segment repeated the same work once per thousand articles; here it
 * is done once per query, whatever the library's size.
 *
 * Numbers are handed out in order of first sight and never reused, so a new
 * term appends and no segment is renumbered. Lookups in term order (prefixes,
 * edit distance) use a sorted permutation of the numbers; terms added since it
 * was sorted wait in a short unsorted tail that is scanned, and resorted into
 * the permutation once it grows.
 *
 * Per term the vocabulary also counts, over the live segments, the entries
 * and the segments where it is a headline term: what capping an expansion
 * ranks by, without visiting a segment.
 *
 * It also numbers, in one byte, the words that are not indexed (stop words),
 * so each occurrence can say which of them stands right before and after it
 * (see SegmentData.occurrenceBytes): what lets the postings decide a phrase
 * with stop words, without reading the text.
 */
import { withinEdits } from './edit-distance';

/** Terms added since the last sort before the order is rebuilt; a scan of this many is well under a millisecond. */
const UNSORTED_TAIL = 4096;

/** Neighbour numbers: 0 for an indexed word or none, 1 to 254 for a numbered unindexed word, UNNUMBERED past those. */
export const UNNUMBERED = 255;
const NUMBERED_LIMIT = UNNUMBERED - 1;

/** Per term: entries in live segments, and live segments where it is a headline term. */
export interface VocabularyCounts {
  entries: Uint32Array;
  headlines: Uint32Array;
}

export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private sorted: Uint32Array;
  /** Numbers from sorted.length on are not in `sorted` yet. */
  private entries = new Uint32Array(1024);
  private headlines = new Uint32Array(1024);
  private readonly unindexed: string[] = [];
  private readonly unindexedIds = new Map<string, number>();

  /**
   * `terms` in number order; `sorted`, when given, their numbers in term order
   * (as `sortedOrder()` returns); `counts`, when given, the per-term counts
   * over the segments it will serve (as `counts()` returns), which then need
   * not be accounted again; `unindexed`, the unindexed words in number order
   * (as `unindexedWords()` returns).
   */
  constructor(terms: readonly string[] = [], sorted?: Uint32Array, counts?: VocabularyCounts, unindexed: readonly string[] = []) {
    for (const term of terms) this.intern(term);
    for (const word of unindexed.slice(0, NUMBERED_LIMIT)) this.neighbourNumber(word);
    this.sorted = sorted && sorted.length === terms.length ? sorted : sortOrder(this.terms, terms.length);
    if (counts && counts.entries.length === terms.length && counts.headlines.length === terms.length) {
      this.entries.set(counts.entries);
      this.headlines.set(counts.headlines);
    }
  }

  /** The per-term counts, for saving with the segments they were accounted over. */
  counts(): VocabularyCounts {
    return { entries: this.entries.subarray(0, this.terms.length), headlines: this.headlines.subarray(0, this.terms.length) };
  }

  get size(): number {
    return this.terms.length;
  }

  /** The term's number, or -1 when no segment ever held it. */
  idOf(term: string): number {
    return this.ids.get(term) ?? -1;
  }

  term(id: number): string {
    return this.terms[id]!;
  }

  /** The term's number, given one if it is new. */
  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      if (id >= this.entries.length) this.grow();
    }
    return id;
  }

  /** The one-byte number of an unindexed word as it reads in a phrase (see phraseForm), given one if it is new. */
  neighbourNumber(word: string): number {
    let id = this.unindexedIds.get(word);
    if (id === undefined) {
      if (this.unindexed.length === NUMBERED_LIMIT) return UNNUMBERED;
      this.unindexed.push(word);
      id = this.unindexed.length;
      this.unindexedIds.set(word, id);
    }
    return id;
  }

  /**
   * The number occurrences carry for an unindexed word beside them: UNNUMBERED
   * when the numbers ran out before it (any such word carries it), -1 when no
   * occurrence can have it beside them.
   */
  neighbourNumberOf(word: string): number {
    return this.unindexedIds.get(word) ?? (this.unindexed.length === NUMBERED_LIMIT ? UNNUMBERED : -1);
  }

  /** The numbered unindexed words, in number order, for saving. */
  unindexedWords(): readonly string[] {
    return this.unindexed;
  }

  /** Every term in number order, for saving. */
  allTerms(): readonly string[] {
    return this.terms;
  }

  /** Numbers of every term in term order, for saving (so loading need not sort). */
  sortedOrder(): Uint32Array {
    this.resortIfLong(0);
    if (this.sorted.length < this.terms.length) this.sorted = sortOrder(this.terms, this.terms.length);
    return this.sorted;
  }

  /** Entries of the term in live segments (an item's field counts once). */
  entryCount(id: number): number {
    return this.entries[id] ?? 0;
  }

  /** Whether any live segment has the term in a title, byline or tag. */
  isHeadline(id: number): boolean {
    return (this.headlines[id] ?? 0) > 0;
  }

  /** Adds (sign 1) or withdraws (sign -1) one segment's counts: called as segments join and leave the index. */
  account(termIds: Uint32Array, entryCounts: (local: number) => number, headline: (local: number) => boolean, sign: 1 | -1): void {
    for (let local = 0; local < termIds.length; local += 1) {
      const id = termIds[local]!;
      this.entries[id]! += sign * entryCounts(local);
      if (headline(local)) this.headlines[id]! += sign;
    }
  }

  /** Numbers of the live terms starting with `prefix`. */
  withPrefix(prefix: string): number[] {
    this.resortIfLong(UNSORTED_TAIL);
    const { sorted, terms } = this;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (terms[sorted[middle]!]! < prefix) low = middle + 1;
      else high = middle;
    }
    const found: number[] = [];
    for (let at = low; at < sorted.length && terms[sorted[at]!]!.startsWith(prefix); at += 1) found.push(sorted[at]!);
    for (let id = sorted.length; id < terms.length; id += 1) if (terms[id]!.startsWith(prefix)) found.push(id);
    return found.filter((id) => this.entries[id]! > 0);
  }

  /** Numbers of the live terms `pattern` matches (a wildcard not at the end). */
  matching(pattern: RegExp): number[] {
    const found: number[] = [];
    this.terms.forEach((term, id) => {
      if (this.entries[id]! > 0 && pattern.test(term)) found.push(id);
    });
    return found;
  }

  /** Numbers of the live terms within `edits` insertions, deletions, substitutions or swaps of `word`. */
  within(word: string, edits: number): number[] {
    this.resortIfLong(UNSORTED_TAIL);
    const found = withinEdits(word, edits, this.sorted.length, (at) => this.terms[this.sorted[at]!]!).map((at) => this.sorted[at]!);
    // The unsorted tail is sorted for the walk: one walk, not one per term.
    const tail = Array.from({ length: this.terms.length - this.sorted.length }, (_, at) => this.sorted.length + at);
    tail.sort((a, b) => (this.terms[a]! < this.terms[b]! ? -1 : 1));
    for (const at of withinEdits(word, edits, tail.length, (index) => this.terms[tail[index]!]!)) found.push(tail[at]!);
    return found.filter((id) => this.entries[id]! > 0);
  }

  private resortIfLong(tail: number): void {
    if (this.terms.length - this.sorted.length > tail) this.sorted = sortOrder(this.terms, this.terms.length);
  }

  private grow(): void {
    const size = this.entries.length * 2;
    const entries = new Uint32Array(size);
    entries.set(this.entries);
    const headlines = new Uint32Array(size);
    headlines.set(this.headlines);
    this.entries = entries;
    this.headlines = headlines;
  }
}

/** The first `count` terms' numbers in code-unit order of the terms. */
function sortOrder(terms: readonly string[], count: number): Uint32Array {
  const order = Array.from({ length: count }, (_, id) => id);
  order.sort((a, b) => (terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0));
  return Uint32Array.from(order);
}
