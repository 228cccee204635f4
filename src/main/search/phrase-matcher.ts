/**
 * True phrase matching, which lunr lacks: the phrase's indexed words must sit
 * at consecutive word positions, checked on the stored word ordinals of the
 * items holding every word (their item lists intersected rarest first, their
 * ordinals merged). Stop words are not in the index, but each occurrence
 * records which unindexed words stand right before and after it, and two
 * before and two after when both are unindexed, so "siege of", "cessation of
 * hostilities" and "out of the" are decided on the postings too, and "the
 * cessation" must not match "a cessation". Only a phrase with a stop word
 * three or more words from any indexed one ("for most of country") is
 * checked against the text, and only for the candidates the recorded
 * neighbours let through. The spans of a match are worked out only if the
 * item is shown.
 */
import { analyzeWord, phraseForm } from './analyzer';
import { seekItem } from './entry-items';
import { MAX_RECORDED_LENGTH, unpackLength } from './item-analysis';
import { NEIGHBOUR_BYTES } from './occurrence-bytes';
import { checksTerm, eachStopWordRecorded, expectedNeighbours, neighbourAgrees, neighboursAgree, type Expected, type NeighbourChecks } from './phrase-neighbours';
import { verify, type PhraseForms } from './phrase-verify';
import type { Segment } from './segment';
import { UNNUMBERED, type Vocabulary } from './vocabulary';

export interface PhraseOccurrences {
  segmentIndex: number;
  item: number;
  field: number;
  /** How many times the phrase occurs in the field. */
  count: number;
  /**
   * Each occurrence, first word start to last word end, in the field's text;
   * null when the postings alone decided the match, so that only the items
   * shown pay for their spans (see phraseSpans).
   */
  spans: { start: number; end: number }[] | null;
}

export interface PhraseSearch {
  words: readonly string[];
  fields: readonly number[];
  segments: readonly Segment[];
  /** By the segment's place in `segments`: asked of every item holding all the words, so no lookup by segment. */
  isWanted: (segmentIndex: number, item: number) => boolean;
  /** The text of an item's field, by segment and local item number (so it can be cached per segment). */
  fieldText: (segment: Segment, item: number, field: number) => string;
}

interface PhraseTerm {
  term: string;
  /** Word offset within the phrase. */
  offset: number;
}

/** The phrase's indexed words with their offsets; empty when the phrase is only stop words. */
export function phraseTerms(words: readonly string[]): PhraseTerm[] {
  const terms: PhraseTerm[] = [];
  words.forEach((word, offset) => {
    const term = analyzeWord(word);
    if (term !== null) terms.push({ term, offset });
  });
  return terms;
}

export function findPhrase(search: PhraseSearch): PhraseOccurrences[] {
  const found: PhraseOccurrences[] = [];
  eachPhraseMatch(search, (segmentIndex, item, field, count, spans) => found.push({ segmentIndex, item, field, count, spans }));
  return found;
}

/** Calls `visit` for each item and field where the phrase occurs: a common phrase matches tens of thousands of items, so no object each. */
export function eachPhraseMatch(search: PhraseSearch, visit: (segmentIndex: number, item: number, field: number, count: number, spans: PhraseOccurrences['spans']) => void): void {
  const vocabulary = search.segments[0]?.vocabulary;
  const matcher = vocabulary && PhraseMatcher.of(search.words, search.fieldText, vocabulary);
  if (!matcher || matcher.impossible) return;
  const terms = matcher.termCount;
  const cursors = new Uint32Array(terms);
  const ends = new Uint32Array(terms);
  search.segments.forEach((segment, segmentIndex) => {
    const ids = matcher.terms.map((term) => segment.termId(term.term));
    if (ids.includes(-1)) return;
    const { entryItem } = segment.data;
    for (const field of search.fields) {
      let anchor = 0;
      let empty = false;
      for (let t = 0; t < terms; t += 1) {
        const [from, to] = segment.fieldEntries(ids[t]!, field);
        cursors[t] = from;
        ends[t] = to;
        if (from === to) empty = true;
        if (to - from < ends[anchor]! - cursors[anchor]!) anchor = t;
      }
      if (empty) continue;
      // Walk the rarest word's items. A field's entries are sorted by item, so the
      // other words' cursors only move forward: each list is read once, with gallops.
      items: for (let entry = cursors[anchor]!; entry < ends[anchor]!; entry += 1) {
        const item = entryItem[entry]!;
        for (let t = 0; t < terms; t += 1) {
          if (t === anchor) continue;
          const cursor = seekItem(entryItem, cursors[t]!, ends[t]!, item);
          cursors[t] = cursor;
          if (cursor === ends[t]) break items;
          if (entryItem[cursor] !== item) continue items;
        }
        if (!search.isWanted(segmentIndex, item)) continue;
        cursors[anchor] = entry;
        const spans = matcher.decidedWithoutText ? null : [];
        const count = matcher.match(segment, item, field, cursors, anchor, spans);
        if (count > 0) visit(segmentIndex, item, field, count, spans);
      }
    }
  });
}

/** The phrase's spans in one item's field; [] when it does not occur there. */
export function phraseSpans(
  words: readonly string[],
  segment: Segment,
  item: number,
  field: number,
  fieldText: (segment: Segment, item: number, field: number) => string,
): { start: number; end: number }[] {
  const matcher = PhraseMatcher.of(words, fieldText, segment.vocabulary);
  if (!matcher || matcher.impossible) return [];
  const entries = new Uint32Array(matcher.termCount);
  let anchor = 0;
  for (let t = 0; t < matcher.termCount; t += 1) {
    const id = segment.termId(matcher.terms[t]!.term);
    if (id === -1) return [];
    const [from, to] = segment.fieldEntries(id, field);
    const entry = segment.findEntry(from, to, item);
    if (entry === -1) return [];
    entries[t] = entry;
    if (segment.occurrenceCount(entry) < segment.occurrenceCount(entries[anchor]!)) anchor = t;
  }
  const spans: { start: number; end: number }[] = [];
  matcher.match(segment, item, field, entries, anchor, spans);
  return spans;
}

/** One phrase, ready to be checked item by item; its buffers are reused across items. */
class PhraseMatcher {
  readonly termCount: number;
  /**
   * Without stop words every phrase word is an indexed term, so words at
   * consecutive ordinals carrying the phrase's terms read as the phrase: the
   * postings decide alone and no text is read.
   */
  readonly postingsDecide: boolean;
  /**
   * Whether matches can be counted without reading any text: no stop word,
   * or each stop word within two words of an indexed word whose occurrences
   * record it.
   */
  readonly decidedWithoutText: boolean;
  /** A stop word the phrase puts beside an indexed word is beside none in the index: nothing matches. */
  readonly impossible: boolean;
  private readonly forms: PhraseForms;
  private readonly offsets: Int32Array;
  /** Per term: the numbers its occurrences must record beside it (see NeighbourChecks). */
  private readonly expected: Expected;
  private readonly checksNeighbours: boolean;
  private readonly wordNumbers: Uint32Array[];
  /** Per term checked: the bytes its neighbours are in, and where they start. */
  private readonly neighbours: Uint8Array[];
  private readonly neighboursAt: Uint32Array;
  private readonly wordCounts: Uint32Array;
  private readonly pointers: Uint32Array;
  private readonly candidates: Candidates = { starts: new Uint32Array(16), first: new Uint32Array(16), last: new Uint32Array(16), anchor: new Uint32Array(16) };

  static of(words: readonly string[], fieldText: PhraseSearch['fieldText'], vocabulary: Vocabulary): PhraseMatcher | null {
    const terms = phraseTerms(words);
    return terms.length === 0 ? null : new PhraseMatcher(words, terms, fieldText, vocabulary);
  }

  private constructor(
    words: readonly string[],
    readonly terms: PhraseTerm[],
    private readonly fieldText: PhraseSearch['fieldText'],
    vocabulary: Vocabulary,
  ) {
    this.termCount = terms.length;
    this.postingsDecide = terms.length === words.length;
    const stopWords = words.map((word) => analyzeWord(word) === null);
    this.forms = { forms: words.map(phraseForm), stopWords };
    this.offsets = Int32Array.from(terms, (term) => term.offset);
    this.expected = expectedNeighbours(this.offsets, this.forms, vocabulary);
    const expectations = [...this.expected.before, ...this.expected.after, ...this.expected.beforeFar, ...this.expected.afterFar];
    this.checksNeighbours = expectations.some((number) => number !== 0);
    this.impossible = expectations.includes(-1);
    this.decidedWithoutText = eachStopWordRecorded(stopWords) && !expectations.includes(UNNUMBERED);
    this.wordNumbers = terms.map(() => NO_OCCURRENCES);
    this.neighbours = terms.map(() => NO_NEIGHBOURS);
    this.neighboursAt = new Uint32Array(terms.length);
    this.wordCounts = new Uint32Array(terms.length);
    this.pointers = new Uint32Array(terms.length);
  }

  /**
   * How many times the phrase occurs in the item's field, given each term's
   * entry there (`entries[anchor]` being the one to walk). Pushes the spans
   * onto `spans` unless it is null. No closures or allocations on this path:
   * it runs for every item holding all the words.
   */
  match(segment: Segment, item: number, field: number, entries: Uint32Array, anchor: number, spans: { start: number; end: number }[] | null): number {
    const terms = this.termCount;
    // One indexed word with its stop words beside it ("of country"): the neighbours alone decide.
    if (terms === 1 && spans === null && this.decidedWithoutText) return this.countByNeighbours(segment, entries[0]!);
    for (let t = 0; t < terms; t += 1) {
      const buffer = scratch(t, segment.occurrenceCount(entries[t]!));
      this.wordNumbers[t] = buffer;
      this.wordCounts[t] = segment.wordNumbers(entries[t]!, buffer);
      if (checksTerm(this.expected, t)) {
        const { bytes, at } = segment.neighbours(entries[t]!);
        this.neighbours[t] = bytes;
        this.neighboursAt[t] = at;
      }
    }
    const neighbours = this.checksNeighbours ? { bytes: this.neighbours, at: this.neighboursAt, expected: this.expected } : null;
    const count = candidateStarts(this.offsets, this.wordNumbers, this.wordCounts, anchor, this.pointers, this.candidates, neighbours);
    if (count === 0 || (spans === null && this.decidedWithoutText)) return count;
    const candidates = this.candidates;
    const last = terms - 1;
    // Offsets are decoded only now, for the few items where the words line up.
    const firstOccurrences = this.postingsDecide ? segment.occurrences(entries[0]!, scratch(terms, segment.occurrenceCount(entries[0]!) * 2)) : null;
    const lastOccurrences = this.postingsDecide ? segment.occurrences(entries[last]!, scratch(terms + 1, segment.occurrenceCount(entries[last]!) * 2)) : null;
    let anchorOccurrences: Uint32Array | null = null;
    let text: string | null = null;
    let verified = 0;
    for (let c = 0; c < count; c += 1) {
      if (firstOccurrences && lastOccurrences) {
        const lastAt = candidates.last[c]! * 2;
        const lastLength = unpackLength(lastOccurrences[lastAt + 1]!);
        if (lastLength < MAX_RECORDED_LENGTH) {
          spans?.push({ start: firstOccurrences[candidates.first[c]! * 2]!, end: lastOccurrences[lastAt]! + lastLength });
          verified += 1;
          continue;
        }
      }
      anchorOccurrences ??= segment.occurrences(entries[anchor]!, scratch(terms + 2, segment.occurrenceCount(entries[anchor]!) * 2));
      text ??= this.fieldText(segment, item, field);
      const anchorAt = candidates.anchor[c]! * 2;
      const span = verify(
        text,
        { start: candidates.starts[c]!, anchorAt: anchorOccurrences[anchorAt]!, anchorLength: unpackLength(anchorOccurrences[anchorAt + 1]!) },
        this.forms,
        this.offsets[anchor]!,
      );
      if (span) {
        spans?.push(span);
        verified += 1;
      }
    }
    return verified;
  }

  /** How many of the entry's occurrences have the stop words the phrase puts beside its one indexed word. */
  private countByNeighbours(segment: Segment, entry: number): number {
    const occurrences = segment.occurrenceCount(entry);
    const { bytes, at } = segment.neighbours(entry);
    let count = 0;
    for (let occurrence = 0; occurrence < occurrences; occurrence += 1) if (neighbourAgrees(bytes, at + occurrence * NEIGHBOUR_BYTES, this.expected, 0)) count += 1;
    return count;
  }
}

const NO_OCCURRENCES = new Uint32Array(0);
const NO_NEIGHBOURS = new Uint8Array(0);

/** Where the indexed words line up in one item: the phrase's start ordinal, and which occurrence of the first, last and anchor word sits there. */
interface Candidates {
  starts: Uint32Array;
  first: Uint32Array;
  last: Uint32Array;
  anchor: Uint32Array;
}


/**
 * Fills `candidates` with the starts where every indexed word of the phrase
 * sits at its offset (with the stop words `neighbours` expects beside it),
 * and returns how many there are. Word numbers are in text order, so one
 * forward pointer per word suffices: a merge, not a search per occurrence.
 */
function candidateStarts(
  offsets: Int32Array,
  wordNumbers: Uint32Array[],
  wordCounts: Uint32Array,
  anchor: number,
  pointers: Uint32Array,
  candidates: Candidates,
  neighbours: NeighbourChecks | null,
): number {
  const anchorNumbers = wordNumbers[anchor]!;
  const anchorCount = wordCounts[anchor]!;
  const anchorOffset = offsets[anchor]!;
  const terms = offsets.length;
  const last = terms - 1;
  let count = 0;
  for (let t = 0; t < terms; t += 1) pointers[t] = 0;
  occurrences: for (let at = 0; at < anchorCount; at += 1) {
    const start = anchorNumbers[at]! - anchorOffset;
    if (start < 0) continue;
    for (let t = 0; t < terms; t += 1) {
      if (t === anchor) {
        pointers[t] = at;
        continue;
      }
      const list = wordNumbers[t]!;
      const length = wordCounts[t]!;
      const wanted = start + offsets[t]!;
      let pointer = pointers[t]!;
      while (pointer < length && list[pointer]! < wanted) pointer += 1;
      pointers[t] = pointer;
      // A word with no occurrence left rules out every later start too.
      if (pointer === length) break occurrences;
      if (list[pointer] !== wanted) continue occurrences;
    }
    if (neighbours && !neighboursAgree(neighbours, pointers, terms)) continue;
    if (count === candidates.starts.length) growCandidates(candidates);
    candidates.starts[count] = start;
    candidates.first[count] = pointers[0]!;
    candidates.last[count] = pointers[last]!;
    candidates.anchor[count] = at;
    count += 1;
  }
  return count;
}


function growCandidates(candidates: Candidates): void {
  for (const name of ['starts', 'first', 'last', 'anchor'] as const) {
    const grown = new Uint32Array(candidates[name].length * 2);
    grown.set(candidates[name]);
    candidates[name] = grown;
  }
}

// Reused decode buffers: one per phrase word, then three for offsets.
const scratchBuffers: Uint32Array[] = [];
function scratch(slot: number, size: number): Uint32Array {
  let buffer = scratchBuffers[slot];
  if (!buffer || buffer.length < size) scratchBuffers[slot] = buffer = new Uint32Array(Math.max(256, size * 2));
  return buffer;
}
