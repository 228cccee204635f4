/**
 * Runs a parsed query over the segments: finds the items each clause matches,
 * applies lunr's boolean rules (with a required clause, optional clauses only
 * add score; prohibited clauses exclude) and ranks by BM25.
 *
 * Positions are not gathered while scoring: only the items that will be shown
 * need them, and `spansOf` fetches them for one item by binary search.
 */
import { countAt, LARGE_COUNT } from './entry-counts';
import { FIELD_BOOSTS, FIELD_COUNT, fieldNumber } from './fields';
import { unpackLength } from './item-analysis';
import { eachPhraseMatch, phraseSpans, phraseTerms } from './phrase-matcher';
import type { ParsedQuery, PhraseClause, QueryClause, TermClause } from './query-parser';
import { fieldStatistics, inverseDocumentFrequency, termFrequencyWeight, type FieldStatistics } from './scoring';
import { IN, ScoreBoard, UNSEEN } from './score-board';
import { SearchQueryError } from './search-query-error';
import type { Segment } from './segment';
import { expandTerm, type ExpandedTerm } from './term-expansion';
import { TermRanges } from './term-ranges';
import { TopSlots } from './top-slots';

/** Clauses are tracked as bits of one 32-bit mask. */
export const MAX_CLAUSES = 31;

export interface QueryContext {
  segments: readonly Segment[];
  /** Whether an item may appear at all (scopes, tag filters); null accepts every item. */
  accepts: ((key: string) => boolean) | null;
  /** The text of an item's field, by segment and local item number (so it can be cached per segment). */
  fieldText: (segment: Segment, item: number, field: number) => string;
}

/** A stretch of a field's text that the query matched. */
export interface FieldSpan {
  field: number;
  start: number;
  end: number;
}

export interface ItemMatch {
  key: string;
  segment: Segment;
  /** The segment's place in the query's segments. */
  segmentIndex: number;
  item: number;
  score: number;
  /** Spans of phrases checked against the text; null until one matched (most matches have none: no array per match). */
  phraseSpans: FieldSpan[] | null;
  /** Phrases matched on the postings alone, whose spans are found only if the item is shown; null until one is. */
  deferredPhrases: { words: readonly string[]; field: number }[] | null;
}

export interface QueryOutcome {
  /** The best `limit` matching items, best first. */
  matches: ItemMatch[];
  /** How many items match in all. */
  total: number;
  spansOf(match: ItemMatch): FieldSpan[];
}

interface CompiledTerm {
  clause: TermClause;
  fields: number[];
  expansions: ExpandedTerm[];
  /** Filled when the term is matched. */
  ranges: TermRanges | null;
}

const ALL_FIELDS = Array.from({ length: FIELD_COUNT }, (_, field) => field);

export function executeQuery(query: ParsedQuery, context: QueryContext, limit: number): QueryOutcome {
  if (query.clauses.length > MAX_CLAUSES) {
    throw new SearchQueryError(`A search can have at most ${MAX_CLAUSES} words or phrases; this one has ${query.clauses.length}.`);
  }
  if (!query.clauses.some((clause) => clause.presence !== 'prohibited')) return { matches: [], total: 0, spansOf: () => [] };
  const run = new QueryRun(context);
  try {
    return runClauses(query, context, limit, run);
  } finally {
    run.release();
  }
}

function runClauses(query: ParsedQuery, context: QueryContext, limit: number, run: QueryRun): QueryOutcome {
  const terms: CompiledTerm[] = [];
  const compiled = query.clauses.map((clause, index) => {
    const fields = clause.field === null ? ALL_FIELDS : [fieldNumber(clause.field)];
    const bit = 1 << index;
    if (clause.type === 'phrase') return { cost: Number.POSITIVE_INFINITY, run: () => run.matchPhrase(clause, fields, bit) };
    const term: CompiledTerm = { clause, fields, expansions: expandTerm(clause, context.segments), ranges: null };
    if (clause.presence !== 'prohibited') terms.push(term);
    const cost = clause.presence === 'required' ? run.postingCount(term) : 0;
    return { cost, run: () => run.matchTerm(term, bit) };
  });
  // With a required clause, only items it matches can qualify: the rarest required
  // term is matched first, and every later clause only adds to the items it found.
  const required = compiled.filter((_, index) => query.clauses[index]!.presence === 'required').sort((a, b) => a.cost - b.cost);
  for (const clause of required) {
    clause.run();
    run.closeToNewItems();
  }
  for (const clause of compiled) if (!required.includes(clause)) clause.run();
  const { matches, total } = run.best(query.clauses, limit);
  return {
    matches,
    total,
    spansOf: (match) => [
      ...(match.phraseSpans ?? []),
      ...(match.deferredPhrases ?? []).flatMap(({ words, field }) =>
        phraseSpans(words, match.segment, match.item, field, context.fieldText).map((span) => ({ field, ...span })),
      ),
      ...termSpans(match, terms),
    ],
  };
}

class QueryRun {
  private readonly board: ScoreBoard;
  /** Spans of phrases checked against the text, by slot: few items have any. */
  private readonly phraseSpans = new Map<number, FieldSpan[]>();
  /** Phrase clauses matched on the postings alone, with the bit an item's mask has if it matched. */
  private readonly deferredPhrases: { words: readonly string[]; fields: readonly number[]; bit: number }[] = [];
  private readonly statistics: FieldStatistics;

  constructor(private readonly context: QueryContext) {
    this.statistics = fieldStatistics(context.segments);
    this.board = new ScoreBoard(context.segments, context.accepts);
  }

  /** Set once a required clause has run: no item it did not match can qualify any more. */
  closeToNewItems(): void {
    this.board.close();
  }

  release(): void {
    this.board.release();
  }

  /** How many entries the term's expansions have in its fields: the cost of matching it. */
  postingCount({ fields, expansions }: CompiledTerm): number {
    let count = 0;
    for (const { term } of expansions) for (const field of fields) count += this.itemsWithTerm(term, field);
    return count;
  }

  matchTerm(term: CompiledTerm, bit: number): void {
    const { clause, fields, expansions } = term;
    const scoring = clause.presence !== 'prohibited';
    const { segments } = this.context;
    const found = expansions.filter(({ id }) => id !== -1);
    const bounds = new Uint32Array(FIELD_COUNT + 1);
    // By expansion and field (expansion * FIELD_COUNT + field): how many items have it, then its weight.
    const itemsWithTerm = new Float64Array(found.length * FIELD_COUNT);
    // Ranges run segment by segment, so one segment's slots stay in the cache while every expansion
    // is scored on them; expansion by expansion, a type-ahead prefix swept the whole board dozens of times.
    const ranges = new TermRanges(segments.length);
    term.ranges = ranges;
    for (let segmentIndex = 0; segmentIndex < segments.length; segmentIndex += 1) {
      const segment = segments[segmentIndex]!;
      for (let expansion = 0; expansion < found.length; expansion += 1) {
        const id = segment.localTerm(found[expansion]!.id);
        if (id === -1) continue;
        segment.fieldBounds(id, bounds);
        for (const field of fields) {
          const from = bounds[field]!;
          const to = bounds[field + 1]!;
          if (to === from) continue;
          ranges.add(segmentIndex, expansion, field, from, to);
          itemsWithTerm[expansion * FIELD_COUNT + field]! += to - from;
        }
      }
    }
    const weights = itemsWithTerm.map((items, weightIndex) => {
      const field = weightIndex % FIELD_COUNT;
      const expansion = found[(weightIndex - field) / FIELD_COUNT]!;
      return clause.boost * expansion.weight * FIELD_BOOSTS[field]! * inverseDocumentFrequency(this.statistics.items[field]!, items);
    });
    const { scores, masks, states, bases } = this.board;
    const { averageLength } = this.statistics;
    const { flat, length } = ranges;
    for (let range = 0; range < length; range += 4) {
      const segmentIndex = flat[range]!;
      const weightIndex = flat[range + 1]!;
      const from = flat[range + 2]!;
      const to = flat[range + 3]!;
      const segment = segments[segmentIndex]!;
      const { entryItem, entryOccurrences, largeOccurrences } = segment.data;
      const field = weightIndex % FIELD_COUNT;
      const lengths = segment.lengthsByField();
      const lengthsAt = field * segment.size;
      const weight = weights[weightIndex]!;
      const fieldAverage = averageLength[field]!;
      const base = bases[segmentIndex]!;
      for (let entry = from; entry < to; entry += 1) {
        const item = entryItem[entry]!;
        const slot = base + item;
        let state = states[slot]!;
        if (state === UNSEEN) state = this.board.admit(slot, segment, item);
        if (state !== IN) continue;
        masks[slot]! |= bit;
        if (!scoring) continue;
        const small = entryOccurrences[entry]!;
        const frequency = small < LARGE_COUNT ? small : countAt(entryOccurrences, largeOccurrences, entry);
        scores[slot]! += weight * termFrequencyWeight(frequency, lengths[lengthsAt + item]!, fieldAverage);
      }
    }
  }

  matchPhrase(clause: PhraseClause, fields: number[], bit: number): void {
    const terms = phraseTerms(clause.words);
    // The phrase's weight in a field is the same for every item: summed once per field.
    const idfByField = new Float64Array(FIELD_COUNT).fill(-1);
    const { scores, masks, bases } = this.board;
    const scoring = clause.presence !== 'prohibited';
    let deferred = false;
    eachPhraseMatch(
      {
        words: clause.words,
        fields,
        segments: this.context.segments,
        isWanted: (segmentIndex, item) => this.board.stateOf(segmentIndex, item) === IN,
        fieldText: this.context.fieldText,
      },
      (segmentIndex, item, field, count, spans) => {
        const slot = bases[segmentIndex]! + item;
        masks[slot]! |= bit;
        if (!scoring) return;
        if (idfByField[field]! < 0) {
          idfByField[field] = terms.reduce(
            (sum, { term }) => sum + inverseDocumentFrequency(this.statistics.items[field]!, this.itemsWithTerm(term, field)),
            0,
          );
        }
        const segment = this.context.segments[segmentIndex]!;
        scores[slot]! +=
          clause.boost *
          FIELD_BOOSTS[field]! *
          idfByField[field]! *
          termFrequencyWeight(count, segment.fieldLength(item, field), this.statistics.averageLength[field]!);
        // Matched on the postings alone: the spans are found only for the items shown (see best).
        if (spans === null) {
          deferred = true;
          return;
        }
        let marks = this.phraseSpans.get(slot);
        if (!marks) this.phraseSpans.set(slot, (marks = []));
        for (const span of spans) marks.push({ field, start: span.start, end: span.end });
      },
    );
    if (deferred) this.deferredPhrases.push({ words: clause.words, fields, bit });
  }

  /** The best `limit` items satisfying the boolean rules, and how many satisfy them. */
  best(clauses: readonly QueryClause[], limit: number): { matches: ItemMatch[]; total: number } {
    let required = 0;
    let prohibited = 0;
    clauses.forEach((clause, index) => {
      if (clause.presence === 'required') required |= 1 << index;
      if (clause.presence === 'prohibited') prohibited |= 1 << index;
    });
    const { board } = this;
    const { scores, masks, states } = board;
    const keyOf = (slot: number) => {
      const segmentIndex = board.segmentOf(slot);
      return this.context.segments[segmentIndex]!.data.keys[slot - board.bases[segmentIndex]!]!;
    };
    // Offered as they are found: no array of every qualifying slot, and a key is read only to break a tie.
    const top = new TopSlots(limit, scores, (a, b) => keyOf(a) < keyOf(b));
    const seen = board.seenSlots();
    let total = 0;
    for (let index = 0; index < seen.length; index += 1) {
      const slot = seen[index]!;
      if (states[slot] !== IN) continue;
      const mask = masks[slot]!;
      if ((mask & required) !== required || (mask & prohibited) !== 0 || (mask & ~prohibited) === 0) continue;
      total += 1;
      top.offer(slot);
    }
    const slots = top.best();
    const matches = slots.map((slot): ItemMatch => {
      const segmentIndex = board.segmentOf(slot);
      const segment = this.context.segments[segmentIndex]!;
      const item = slot - board.bases[segmentIndex]!;
      const deferred = this.deferredPhrases.filter(({ bit }) => (masks[slot]! & bit) !== 0);
      return {
        key: segment.data.keys[item]!,
        segment,
        segmentIndex,
        item,
        score: scores[slot]!,
        phraseSpans: this.phraseSpans.get(slot) ?? null,
        // In each of the clause's fields: where the phrase is not, its spans come out empty.
        deferredPhrases: deferred.length === 0 ? null : deferred.flatMap(({ words, fields }) => fields.map((field) => ({ words, field }))),
      };
    });
    return { matches, total };
  }

  private readonly itemsWithTermCache = new Map<string, number>();

  /** Items with `term` in `field` across all segments; asked once per phrase match, so remembered. */
  private itemsWithTerm(term: string, field: number): number {
    const cacheKey = `${field}:${term}`;
    const cached = this.itemsWithTermCache.get(cacheKey);
    if (cached !== undefined) return cached;
    let count = 0;
    const global = this.context.segments[0]?.vocabulary.idOf(term) ?? -1;
    if (global === -1) return 0;
    for (const segment of this.context.segments) {
      const id = segment.localTerm(global);
      if (id === -1) continue;
      const [from, to] = segment.fieldEntries(id, field);
      count += to - from;
    }
    this.itemsWithTermCache.set(cacheKey, count);
    return count;
  }
}

/** The spans of the terms' occurrences in the match's item, found among the entries each term was scored on. */
function termSpans(match: ItemMatch, terms: readonly CompiledTerm[]): FieldSpan[] {
  const { segment, segmentIndex, item } = match;
  const spans: FieldSpan[] = [];
  for (const { ranges } of terms) {
    if (!ranges) continue;
    const { flat } = ranges;
    const [start, end] = ranges.ofSegment(segmentIndex);
    for (let range = start; range < end; range += 4) {
      const entry = segment.findEntry(flat[range + 2]!, flat[range + 3]!, item);
      if (entry === -1) continue;
      const field = flat[range + 1]! % FIELD_COUNT;
      const occurrences = segment.occurrences(entry);
      for (let at = 0; at < occurrences.length; at += 2) {
        const occurrenceStart = occurrences[at]!;
        spans.push({ field, start: occurrenceStart, end: occurrenceStart + unpackLength(occurrences[at + 1]!) });
      }
    }
  }
  return spans;
}
