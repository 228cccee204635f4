/**
 * One article of a news database's export, as Nexis Uni lays it out: the
 * headline, the publication, the date line ("May 4, 2016 Wednesday 3:52 PM
 * GMT"), labelled lines ("Byline: …", "Length: 512 words", "Section: …"),
 * then "Body" and the text, then perhaps "Load-Date: …" and a
 * "Classification" block. The first article of a download also carries the
 * download's cover page above its headline, which is why the headline and
 * the publication are found from the date line upwards rather than from the
 * top down.
 */
import { toIsoDate } from './published-date';

export interface ExportedArticle {
  headline: string | null;
  outlet: string | null;
  /** ISO 8601, as toIsoDate gives it. */
  publishedAt: string | null;
  byline: string | null;
  /** Nexis's "Highlight:", the article's standfirst. */
  highlight: string | null;
  /** A BCP 47 tag from the classification's "Language: ENGLISH". */
  language: string | null;
  /** The body's paragraphs, in order. */
  paragraphs: string[];
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** "May 4, 2016 …" or "4 May 2016 …": what a date line starts with; the rest is a weekday, a time, an edition. */
const DATE_LINE = new RegExp(`^(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4})`, 'i');
const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b,?/gi;
/** "Byline: …": a label, a colon, a value. Labels are a word or two, never a sentence. */
const LABELLED = /^([A-Za-z][A-Za-z/ -]{0,30}?):\s*(.*)$/;
/** The labels of an export's header and classification; a headline may hold a colon too ("Syria: talks resume"). */
const LABELS = new Set([
  'byline', 'length', 'section', 'dateline', 'highlight', 'edition', 'type', 'correction', 'load-date', 'language',
  'publication-type', 'subject', 'geographic', 'industry', 'person', 'organization', 'company', 'document-type',
  'journal-code', 'series', 'url', 'column', 'distribution', 'graphic', 'notes', 'correction-date',
]);
const COPYRIGHT = /^(?:copyright\b|©)/i;
/** Where the body ends: what follows it in an export is about the article, not part of it. */
const BODY_END = /^(?:load-date:|classification$|graphic$|notes$|correction-date:)/i;
const BODY_START = /^body$/i;

/** The languages news databases name in words, as tags; others are left unset rather than guessed. */
const LANGUAGES: Readonly<Record<string, string>> = {
  arabic: 'ar', chinese: 'zh', dutch: 'nl', english: 'en', french: 'fr', german: 'de', hebrew: 'he', italian: 'it',
  japanese: 'ja', persian: 'fa', polish: 'pl', portuguese: 'pt', russian: 'ru', spanish: 'es', swedish: 'sv', turkish: 'tr',
  ukrainian: 'uk',
};

/** Reads one article's lines (trimmed; blank lines separate paragraphs), from after the last "End of Document" to before the next. */
export function readExportedArticle(lines: readonly string[]): ExportedArticle {
  const bodyAt = lines.findIndex((line) => BODY_START.test(line));
  const header = bodyAt === -1 ? leadingHeader(lines) : lines.slice(0, bodyAt);
  const rest = lines.slice(bodyAt === -1 ? header.length : bodyAt + 1);
  const endAt = rest.findIndex((line) => BODY_END.test(line));
  const body = endAt === -1 ? rest : rest.slice(0, endAt);
  const trailer = endAt === -1 ? [] : rest.slice(endAt);
  const labels = labelsOf([...header, ...trailer]);
  const plain = header.filter((line) => line !== '' && labelOf(line) === null && !COPYRIGHT.test(line));
  const dateAt = plain.findIndex((line) => DATE_LINE.test(line));
  const { headline, outlet } = headlineAndOutlet(plain, dateAt);
  return {
    headline,
    outlet,
    publishedAt: dateAt === -1 ? null : dateOf(plain[dateAt]!),
    byline: labels.get('byline') ?? null,
    highlight: labels.get('highlight') ?? null,
    language: LANGUAGES[(labels.get('language') ?? '').toLowerCase()] ?? null,
    paragraphs: paragraphsOf(body),
  };
}

/** Without a "Body" line, the header is what runs up to its last labelled line, or else the headline alone. */
function leadingHeader(lines: readonly string[]): readonly string[] {
  const firstText = lines.findIndex((line) => line !== '');
  let end = firstText + 1;
  for (let index = end; index < lines.length; index += 1) {
    const label = labelOf(lines[index]!)?.name;
    if (label === 'byline' || label === 'length' || label === 'section' || label === 'dateline') end = index + 1;
  }
  return lines.slice(0, Math.max(end, 0));
}

function headlineAndOutlet(plain: readonly string[], dateAt: number): { headline: string | null; outlet: string | null } {
  if (dateAt === -1) return { headline: plain[0] ?? null, outlet: plain[1] ?? null };
  if (dateAt === 1) return { headline: plain[0]!, outlet: null };
  return { headline: plain[dateAt - 2] ?? null, outlet: plain[dateAt - 1] ?? null };
}

function labelOf(line: string): { name: string; value: string } | null {
  const match = LABELLED.exec(line);
  const name = match?.[1]?.toLowerCase() ?? '';
  return LABELS.has(name) ? { name, value: match![2]!.trim() } : null;
}

/** The first value of each label, by its lower-case name. */
function labelsOf(lines: readonly string[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const line of lines) {
    const label = labelOf(line);
    if (label !== null && label.value !== '' && !labels.has(label.name)) labels.set(label.name, label.value);
  }
  return labels;
}

/** "May 4, 2016 Wednesday 3:52 PM GMT": with its time when that reads as one moment, else the day alone. */
function dateOf(line: string): string | null {
  const withoutWeekday = line.replace(WEEKDAY, ' ').replace(/\s+/g, ' ').trim();
  const day = DATE_LINE.exec(withoutWeekday)?.[0] ?? withoutWeekday;
  return toIsoDate(withoutWeekday) ?? toIsoDate(day);
}

/** Consecutive lines make one paragraph (a text export wraps them); a blank line ends it. */
function paragraphsOf(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of [...lines, '']) {
    if (line !== '') current.push(line);
    else if (current.length > 0) {
      paragraphs.push(current.join(' '));
      current = [];
    }
  }
  return paragraphs;
}
