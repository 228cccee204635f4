/**
 * Turns the finder's quotations into the rows of the Quotes list: a stable
 * id for each, its words, the user's decision laid over it. Pure, so the
 * rules are tested with tables.
 */
import { createHash } from 'node:crypto';
import type { DocumentQuotes, QuoteSuggestion } from '../../shared/quote-review';
import type { QuoteFinding } from '../../shared/quotes';
import type { DocumentDecisions } from './decisions-file';

/** A quotation's text in the list: enough to recognise it, not the whole of a long one. */
const SHOWN_CHARS = 280;

/** The same quotation of the same document gets the same id in every session, so a decision finds it again. */
export function quoteId(documentId: string, finding: Pick<QuoteFinding, 'start' | 'end' | 'kind'>): string {
  const digest = createHash('sha256').update(`${documentId}\n${finding.start}\n${finding.end}\n${finding.kind}`).digest('base64url');
  return `q${digest.slice(0, 22)}`;
}

/** Quotations whose span lies inside the text, each once; a finder's slip never reaches the list or the passages. */
export function soundFindings(findings: readonly QuoteFinding[], textLength: number): QuoteFinding[] {
  const seen = new Set<string>();
  return findings
    .filter((f) => Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end > f.start && f.end <= textLength)
    .filter((f) => {
      const key = `${f.start}:${f.end}:${f.kind}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The list for one document: rejected quotations left out, corrections shown, coded ones marked. */
export function documentQuotes(
  documentId: string,
  text: string,
  findings: readonly QuoteFinding[],
  decisions: DocumentDecisions,
  codedRanges: ReadonlySet<string>,
): DocumentQuotes {
  const quotes: QuoteSuggestion[] = [];
  let rejected = 0;
  for (const finding of findings) {
    const id = quoteId(documentId, finding);
    const decision = decisions[id];
    if (decision?.rejected) {
      rejected += 1;
      continue;
    }
    quotes.push({
      id,
      start: finding.start,
      end: finding.end,
      parts: finding.parts.map(({ start, end }) => ({ start, end })),
      text: quotedWords(text, finding),
      kind: finding.kind,
      via: finding.via,
      foundSpeaker: finding.speaker,
      correctedSpeaker: decision?.speaker ?? null,
      accepted: codedRanges.has(rangeKey(finding)),
    });
  }
  return { documentId, quotes, rejected };
}

export const rangeKey = (range: { start: number; end: number }) => `${range.start}:${range.end}`;

/** The quoted words without their marks or the attribution between halves, spaces folded. */
function quotedWords(text: string, finding: QuoteFinding): string {
  const parts = finding.parts.length > 0 ? finding.parts : [finding];
  const words = parts
    .map((part) => text.slice(part.start, part.end).replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '')
    .join(' … ');
  return words.length > SHOWN_CHARS ? `${words.slice(0, SHOWN_CHARS).replace(/\s+\S*$/, '')}…` : words;
}
