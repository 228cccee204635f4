/**
 * Finds the quotations of a document and who said each: direct quotations
 * between marks (split by their attribution, or running over paragraphs)
 * and speech reported without marks. The text is read once, in order, so a
 * pronoun or a role is resolved against what the reader knows at that point.
 */
import type { Block } from '../../shared/model';
import type { QuoteFinding, TextSpan } from '../../shared/quotes';
import { cueAfter, cueBefore, resolveSpeaker, type Cue } from './attribution';
import { Cast } from './cast';
import { findQuotedStretches, type QuotedStretch } from './quote-marks';
import { reportedSpeech } from './reported-speech';
import { sentenceSpans } from './sentences';
import { tokenize } from './tokens';

/** Fewer quoted words than this, with no attribution, is a scare quote or a term ("'limited'"), not a quotation. */
const MIN_UNATTRIBUTED_WORDS = 4;
/** Quoted fragments this short are never proposed, attributed or not. */
const MIN_WORDS = 3;

export function findQuotes(text: string, blocks: readonly Block[]): QuoteFinding[] {
  const stretches = findQuotedStretches(text, blocks);
  const cast = new Cast();
  for (const block of blocks) cast.learnNames(tokenize(text, block.start, block.end));
  const found: QuoteFinding[] = [];
  let s = 0;
  let previousBlockLast: QuoteFinding | null = null;
  for (const block of blocks) {
    if (block.kind === 'byline' || block.kind === 'caption') continue;
    const inBlock: QuotedStretch[] = [];
    while (s < stretches.length && stretches[s]!.open < block.end) {
      if (stretches[s]!.open >= block.start) inBlock.push(stretches[s]!);
      s += 1;
    }
    const opaque = inBlock.map((q) => ({ start: q.open, end: Math.min(q.close, block.end) }));
    const blockFindings: QuoteFinding[] = [];
    for (const sentence of sentenceSpans(text, block.start, block.end, opaque)) {
      const quotes = inBlock.filter((q) => q.open >= sentence.start && q.open < sentence.end);
      if (quotes.length === 0) {
        const tokens = tokenize(text, sentence.start, sentence.end);
        const reported = reportedSpeech(tokens);
        if (reported) blockFindings.push(finding([reported.content], 'indirect', reported.cue, cast));
        cast.observeSentence(tokens);
        continue;
      }
      for (const group of splitGroups(text, quotes)) {
        const first = group.stretches[0]!;
        const last = group.stretches.at(-1)!;
        const cue = group.cue ?? cueAfter(tokenize(text, last.close, sentence.end)) ?? cueBefore(tokenize(text, sentence.start, first.open));
        const parts = group.stretches.flatMap((q) => q.parts);
        const words = wordCount(text, parts);
        const before = blockFindings.at(-1) ?? (startsBlock(text, block, first) ? previousBlockLast : null);
        const carried = !cue && before?.kind === 'direct' && before.speaker ? before : null;
        // A single-marked stretch with no attribution is a scare quote, unless it goes on what someone was saying.
        if (words < MIN_WORDS || (!cue && (words < MIN_UNATTRIBUTED_WORDS || (first.single && !carried)))) continue;
        const made = finding(parts, 'direct', cue, cast);
        if (carried) Object.assign(made, { speaker: carried.speaker, via: carried.via });
        blockFindings.push(made);
      }
      cast.observeSentence(outsideQuotes(text, sentence, quotes));
    }
    found.push(...blockFindings);
    previousBlockLast = blockFindings.at(-1) ?? null;
  }
  return found;
}

function finding(parts: TextSpan[], kind: QuoteFinding['kind'], cue: Cue | null, cast: Cast): QuoteFinding {
  const { speaker, via } = cue ? resolveSpeaker(cue.phrase, cast) : { speaker: null, via: 'unknown' as const };
  const speakerSpan = cue ? { start: cue.phrase.start, end: cue.phrase.end } : null;
  return { start: parts[0]!.start, end: parts.at(-1)!.end, parts, kind, speaker, via, cue: cue?.span ?? null, speakerSpan };
}

/** Quotations in a sentence, those split by an attribution ("…," he said, "…") joined into one. */
function splitGroups(text: string, quotes: readonly QuotedStretch[]): { stretches: QuotedStretch[]; cue: Cue | null }[] {
  const groups: { stretches: QuotedStretch[]; cue: Cue | null }[] = [];
  for (const quote of quotes) {
    const group = groups.at(-1);
    const previous = group?.stretches.at(-1);
    if (group && previous && !group.cue) {
      const gap = text.slice(previous.close, quote.open);
      if (/,\s*$/u.test(gap) && gap.length < 80) {
        const cue = cueAfter(tokenize(text, previous.close, quote.open));
        if (cue) {
          group.stretches.push(quote);
          group.cue = cue;
          continue;
        }
      }
    }
    groups.push({ stretches: [quote], cue: null });
  }
  return groups;
}

function startsBlock(text: string, block: Block, quote: QuotedStretch): boolean {
  return text.slice(block.start, quote.open).trim() === '';
}

function wordCount(text: string, parts: readonly TextSpan[]): number {
  return parts.reduce((sum, part) => sum + (text.slice(part.start, part.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
}

/** The sentence's own words, without what it quotes: names inside a quotation do not change who is speaking. */
function outsideQuotes(text: string, sentence: TextSpan, quotes: readonly QuotedStretch[]) {
  const tokens = tokenize(text, sentence.start, sentence.end);
  return tokens.filter((t) => !quotes.some((q) => t.start >= q.open && t.start < q.close));
}
