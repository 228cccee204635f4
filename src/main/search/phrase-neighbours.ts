/**
 * What a phrase asks of the unindexed words recorded beside each occurrence
 * of its indexed words (see SegmentData.occurrenceBytes): per term, the
 * numbers the bytes right before and after it must hold, then two before and
 * two after. A phrase whose every stop word is within two words of an
 * indexed one is decided by these checks without reading any text.
 */
import { NEIGHBOUR_BYTES } from './occurrence-bytes';
import type { PhraseForms } from './phrase-verify';
import type { Vocabulary } from './vocabulary';

/** Per term, the numbers its occurrence's neighbour bytes must hold (0: not checked; -1: a word the index never saw), in the order they are stored. */
export interface Expected {
  before: Int16Array;
  after: Int16Array;
  beforeFar: Int16Array;
  afterFar: Int16Array;
}

/** The neighbour bytes of each term's occurrences (from `at`), and what they must be. */
export interface NeighbourChecks {
  bytes: Uint8Array[];
  at: Uint32Array;
  expected: Expected;
}

/** What each term (at its word offset in the phrase) expects beside it. */
export function expectedNeighbours(offsets: Int32Array, { forms, stopWords }: PhraseForms, vocabulary: Vocabulary): Expected {
  const expected = (at: number) => (stopWords[at] ? vocabulary.neighbourNumberOf(forms[at]!) : 0);
  // Two words away only through a stop word: past an indexed word an occurrence records nothing there.
  const expectedFar = (at: number, between: number) => (stopWords[between] ? expected(at) : 0);
  return {
    before: Int16Array.from(offsets, (offset) => expected(offset - 1)),
    after: Int16Array.from(offsets, (offset) => expected(offset + 1)),
    beforeFar: Int16Array.from(offsets, (offset) => expectedFar(offset - 2, offset - 1)),
    afterFar: Int16Array.from(offsets, (offset) => expectedFar(offset + 2, offset + 1)),
  };
}

/** Whether every stop word of the phrase is within two words of an indexed word, so that some occurrence records it. */
export function eachStopWordRecorded(stopWords: readonly boolean[]): boolean {
  const isTerm = (at: number) => at >= 0 && at < stopWords.length && !stopWords[at];
  return stopWords.every((stop, at) => !stop || isTerm(at - 1) || isTerm(at + 1) || isTerm(at - 2) || isTerm(at + 2));
}

export function checksTerm({ before, after, beforeFar, afterFar }: Expected, term: number): boolean {
  return before[term] !== 0 || after[term] !== 0 || beforeFar[term] !== 0 || afterFar[term] !== 0;
}

/** Whether each term's occurrence at `pointers` records the stop words the phrase puts beside it. */
export function neighboursAgree({ bytes, at: starts, expected }: NeighbourChecks, pointers: Uint32Array, terms: number): boolean {
  for (let t = 0; t < terms; t += 1) if (!neighbourAgrees(bytes[t]!, starts[t]! + pointers[t]! * NEIGHBOUR_BYTES, expected, t)) return false;
  return true;
}

/** Whether the neighbour bytes at `at` hold what term `term` expects. Written out: it runs for every occurrence of a common word. */
export function neighbourAgrees(bytes: Uint8Array, at: number, { before, after, beforeFar, afterFar }: Expected, term: number): boolean {
  const nearBefore = before[term]!;
  const nearAfter = after[term]!;
  const farBefore = beforeFar[term]!;
  const farAfter = afterFar[term]!;
  return (
    (nearBefore === 0 || bytes[at] === nearBefore) &&
    (nearAfter === 0 || bytes[at + 1] === nearAfter) &&
    (farBefore === 0 || bytes[at + 2] === farBefore) &&
    (farAfter === 0 || bytes[at + 3] === farAfter)
  );
}
