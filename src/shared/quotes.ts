/** Quotations found in a document and who said them, as the Quotes list shows them. */

/** A quotation in the speaker's own words, or speech reported without them ("The UN says nearly …"). */
export type QuoteKind = 'direct' | 'indirect';

/** How the speaker was found: by name ("Kerry said"), a pronoun ("he added"), a role ("the minister said"), or not at all. */
export type SpeakerVia = 'name' | 'pronoun' | 'role' | 'unknown';

/** A span of the document's text, in UTF-16 offsets. */
export interface TextSpan {
  start: number;
  end: number;
}

/** One quotation the finder proposes. */
export interface QuoteFinding {
  /** From the first quoted word to the last (a quotation split by its attribution spans both halves). */
  start: number;
  end: number;
  /** The quoted words themselves, without the marks and without the attribution between halves. */
  parts: TextSpan[];
  kind: QuoteKind;
  /** The speaker's fullest name in the document ("John Kerry"), or null when no one can be named. */
  speaker: string | null;
  via: SpeakerVia;
  /** The attribution ("Kerry said", "he added"), when there is one. */
  cue: TextSpan | null;
  /** The words in the cue that name the speaker ("Kerry", "he", "the Secretary of State"), to show or correct them. */
  speakerSpan?: TextSpan | null;
}
