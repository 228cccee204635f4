/**
 * What a PDF's document information dictionary says about the work: title,
 * author, creation date and language. Writers fill these in as often as
 * people do ("Microsoft Word - draft3.docx", "Windows User"); placeholders
 * are ignored. The creation date stands for the publication date when it is
 * plausible: a PDF cannot have been made before PDF existed.
 */
import { toLanguageTag } from './language-tag';
import { isPlaceholderName, isPlaceholderTitle } from './placeholder-names';
import { toIsoDate } from './published-date';

export interface PdfInfo {
  title: string | null;
  author: string | null;
  publishedAt: string | null;
  language: string | null;
}

/** PDF 1.0 appeared in 1993; an earlier creation date is a writer's placeholder or a broken clock. */
const FIRST_PDF_YEAR = 1993;

/** PDF dates: D:YYYYMMDDHHmmSSOHH'mm', every part after the year optional (ISO 32000-1, 7.9.4). */
const PDF_DATE = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:(Z)|([+-])(\d{2})'?(\d{2})?'?)?/;

export function readPdfInfo(info: Record<string, unknown>): PdfInfo {
  const title = stringInfo(info, 'Title');
  const author = stringInfo(info, 'Author');
  return {
    title: title !== null && !isPlaceholderTitle(title) ? title : null,
    author: author !== null && !isPlaceholderName(author) ? author : null,
    publishedAt: toIsoDate(isoFromPdfDate(stringInfo(info, 'CreationDate')), { earliestYear: FIRST_PDF_YEAR }),
    language: toLanguageTag(stringInfo(info, 'Language')),
  };
}

/**
 * The date in ISO 8601, to as much precision as the PDF gives: a date alone
 * stays a date, and a time without its zone is a date too (which zone it was
 * is not known, so neither is the moment).
 */
export function isoFromPdfDate(value: string | null): string | null {
  if (value === null) return null;
  const match = PDF_DATE.exec(value.trim());
  // Some writers put a plain date string here instead.
  if (!match) return value;
  const [, year, month, day, hour, minute, second, utc, sign, offsetHours, offsetMinutes] = match;
  if (month === undefined || day === undefined) return month === undefined ? year! : `${year}-${month}`;
  const date = `${year}-${month}-${day}`;
  if (hour === undefined || (utc === undefined && sign === undefined)) return date;
  const zone = utc !== undefined ? 'Z' : `${sign}${offsetHours}:${offsetMinutes ?? '00'}`;
  return `${date}T${hour}:${minute ?? '00'}:${second ?? '00'}${zone}`;
}

function stringInfo(info: Record<string, unknown>, key: string): string | null {
  const value = info[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
