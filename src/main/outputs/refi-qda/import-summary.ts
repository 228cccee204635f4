/**
 * What an import left out, in sentences for the user: each kind of thing
 * Scholia cannot hold, or had to shorten, counted as the file is read.
 */

/** Singular and plural of each sentence; the count goes in front. */
const SENTENCES = {
  'picture-source': ['picture source (Scholia holds text only)', 'picture sources (Scholia holds text only)'],
  'audio-source': ['audio source (Scholia holds text only)', 'audio sources (Scholia holds text only)'],
  'video-source': ['video source (Scholia holds text only)', 'video sources (Scholia holds text only)'],
  'pdf-without-text': ['PDF source without a text version', 'PDF sources without a text version'],
  'pdf-selection': ['area selection on PDF pages (only text selections carry over)', 'area selections on PDF pages (only text selections carry over)'],
  'external-source': [
    'source kept outside the project file (Scholia does not follow absolute:// or relative:// paths)',
    'sources kept outside the project file (Scholia does not follow absolute:// or relative:// paths)',
  ],
  'empty-source': ['source with no text', 'sources with no text'],
  'rich-text-only': ['source with only a rich-text file and no plain text', 'sources with only a rich-text file and no plain text'],
  'rich-text': ['rich-text copy of a source (its plain text is kept)', 'rich-text copies of sources (their plain text is kept)'],
  'code-set': ['code set', 'code sets'],
  'note-set': ['set of notes', 'sets of notes'],
  case: ['case', 'cases'],
  'case-variable': ['variable of cases only', 'variables of cases only'],
  graph: ['graph', 'graphs'],
  link: ['link', 'links'],
  'empty-selection': ['empty selection', 'empty selections'],
  'blank-selection': ['selection of nothing but spaces and line breaks', 'selections of nothing but spaces and line breaks'],
  'mismatched-value': ['variable value that does not fit its variable’s type', 'variable values that do not fit their variable’s type'],
  'time-of-day': ['time of day of a date-and-time variable (Scholia keeps the date)', 'times of day of date-and-time variables (Scholia keeps the dates)'],
  'extra-variable': ['variable beyond the attributes a notebook can have', 'variables beyond the attributes a notebook can have'],
  'deep-code': ['code nested too deep, moved up to the deepest level Scholia has', 'codes nested too deep, moved up to the deepest level Scholia has'],
  'extra-coding': ['coding beyond the tags a passage can carry', 'codings beyond the tags a passage can carry'],
  'extra-document-tag': ['document tag beyond what a document can carry', 'document tags beyond what a document can carry'],
  'shortened-note': ['note shortened to Scholia’s length limit', 'notes shortened to Scholia’s length limit'],
  'shortened-memo': ['memo shortened to Scholia’s length limit', 'memos shortened to Scholia’s length limit'],
  'shortened-value': ['text value shortened to Scholia’s length limit', 'text values shortened to Scholia’s length limit'],
  'shortened-name': ['name shortened to Scholia’s length limit', 'names shortened to Scholia’s length limit'],
} as const satisfies Record<string, readonly [string, string]>;

/** A kind of thing an import leaves out or shortens. */
export type SkipKind = keyof typeof SENTENCES;

/** How many unknown element names a sentence lists before it stops. */
const NAMES_LISTED = 6;

/** Counts what an import leaves out, as it reads, and says it in sentences at the end. */
export class SkipTally {
  private readonly counts = new Map<SkipKind, number>();
  private readonly unknown = new Map<string, number>();

  skip(kind: SkipKind, count = 1): void {
    if (count > 0) this.counts.set(kind, (this.counts.get(kind) ?? 0) + count);
  }

  /** An element Scholia does not know, by its name without any namespace. */
  unknownElement(name: string): void {
    const local = name.replace(/^\{[^}]*\}/, '');
    this.unknown.set(local, (this.unknown.get(local) ?? 0) + 1);
  }

  sentences(): string[] {
    // In the table's order, whatever order the file had: the same file always reads the same way.
    const kinds = (Object.keys(SENTENCES) as SkipKind[]).filter((kind) => this.counts.has(kind));
    const sentences = kinds.map((kind) => {
      const count = this.counts.get(kind)!;
      return `${count.toLocaleString('en')} ${SENTENCES[kind][count === 1 ? 0 : 1]}`;
    });
    if (this.unknown.size > 0) {
      const total = [...this.unknown.values()].reduce((sum, count) => sum + count, 0);
      const names = [...this.unknown.keys()];
      const listed = names.slice(0, NAMES_LISTED).join(', ') + (names.length > NAMES_LISTED ? ', …' : '');
      sentences.push(`${total.toLocaleString('en')} unknown element${total === 1 ? '' : 's'}: ${listed}`);
    }
    return sentences;
  }
}
