/**
 * The Quotes list as the renderer sees it: each quotation the finder proposes
 * with what the user decided about it, and how an accepted quote's tag is
 * named. Pure and free of zod, so the renderer can preview the tags.
 */
import type { QuoteKind, SpeakerVia, TextSpan } from './quotes';

export const DEFAULT_QUOTE_PATTERN = 'quotes/<Speaker>';
export const UNKNOWN_SPEAKER = 'Unknown speaker';
export const MAX_QUOTE_PATTERN_LENGTH = 200;
export const MAX_SPEAKER_LENGTH = 80;
/** Ids one call may name: more quotes than any article holds, few enough to check at once. */
export const MAX_QUOTE_IDS = 5_000;
/** A speaker's name inside a tag: room is left for the pattern's own words in the same level. */
const SPEAKER_IN_TAG = 60;

/** One quotation of the list. */
export interface QuoteSuggestion {
  /** Stable across restarts: made from the document, the span and the kind. */
  id: string;
  start: number;
  end: number;
  parts: TextSpan[];
  /** The quoted words, spaces folded; a long quotation is cut with "…". */
  text: string;
  kind: QuoteKind;
  via: SpeakerVia;
  /** Who the finder says spoke. */
  foundSpeaker: string | null;
  /** The user's correction, which wins over the finding. */
  correctedSpeaker: string | null;
  /** Whether a passage already covers exactly this quotation. */
  accepted: boolean;
}

export interface DocumentQuotes {
  documentId: string;
  /** In reading order; rejected ones are left out. */
  quotes: QuoteSuggestion[];
  rejected: number;
}

export interface QuoteAcceptReport {
  created: number;
  alreadyCoded: number;
  /** Every tag the accepted quotes went under, in the order first met. */
  tagPaths: string[];
}

/** Main tells the window that a document's quotes or the decisions about them changed. */
export interface QuotesChanged {
  documentId: string;
}

/** The name a quote is shown and tagged under: the correction, else the finding, else null (unknown). */
export const speakerOf = (quote: Pick<QuoteSuggestion, 'foundSpeaker' | 'correctedSpeaker'>): string | null => quote.correctedSpeaker ?? quote.foundSpeaker;

/**
 * The tag path a pattern gives a quote: `<Speaker>` and `<Kind>` (any case)
 * replaced. A speaker's name becomes one level of the path, so a "/" in it
 * is turned into "-" rather than nesting the tag.
 */
export function quoteTagPath(pattern: string, speaker: string | null, kind: QuoteKind): string {
  return pattern.replace(/<speaker>/gi, () => speakerSegment(speaker)).replace(/<kind>/gi, kind);
}

function speakerSegment(speaker: string | null): string {
  // eslint-disable-next-line no-control-regex
  const clean = (speaker ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\//g, '-').replace(/\s+/g, ' ').trim();
  if (clean === '') return UNKNOWN_SPEAKER;
  return clean.length > SPEAKER_IN_TAG ? clean.slice(0, SPEAKER_IN_TAG).trim() : clean;
}
