/**
 * Publication dates as every importer reports them: a bare date stays a bare
 * date ("2016-05-04": turning it into midnight UTC would invent a time and,
 * west of Greenwich, show the day before), and a moment in time becomes UTC
 * in the form the library stores (toISOString), so an import and its stored
 * record say the same thing. Anything that is not plainly a real date of a
 * plausible year is no date at all.
 */

/** Longer text is prose, not a date; it is not handed to Date.parse. */
const MAX_DATE_TEXT = 120;
/** Before this, a "publication date" is a placeholder (0001-01-01, 0000-00-00) rather than a fact. */
const EARLIEST_YEAR = 1000;
/** Time zones and embargoed stories put some dates a little ahead of the clock; more is an error. */
const FUTURE_TOLERANCE_MS = 2 * 24 * 60 * 60 * 1000;

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const YEAR_OR_MONTH = /^(\d{4})(?:-(\d{2}))?$/;
/** Text that says which time zone its time is in; without one, only its date is certain. */
const NAMES_A_ZONE = /(?:\b(?:GMT|UTC|UT|Z)\b|[+-]\d{2}:?\d{2}\s*$|\b[ECMP][SD]T\b)/;
const HAS_A_TIME = /\d{1,2}:\d{2}/;

export interface DateBounds {
  /** The earliest year that can be meant; file formats newer than that (PDF, Word) set a later one. */
  earliestYear?: number;
  now?: Date;
}

/** The ISO 8601 form of a date a file declares, or null when it is no plausible date. */
export function toIsoDate(value: string | null | undefined, bounds: DateBounds = {}): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim().replace(/^(\d{4})\/(\d{2})\/(\d{2})/, '$1-$2-$3');
  if (text === '' || text.length > MAX_DATE_TEXT) return null;
  const iso = fromIsoText(text);
  const result = iso === undefined ? fromOtherText(text) : iso;
  return result !== null && isPlausible(result, bounds) ? result : null;
}

/** "2016-05-04" for a calendar day that exists, else null. */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** undefined when the text is not in ISO form at all; null when it is, but names no real date. */
function fromIsoText(text: string): string | null | undefined {
  const yearOrMonth = YEAR_OR_MONTH.exec(text);
  if (yearOrMonth) {
    const month = yearOrMonth[2] === undefined ? null : Number(yearOrMonth[2]);
    return month === null || (month >= 1 && month <= 12) ? text : null;
  }
  const match = ISO_DATE_TIME.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, , zone] = match;
  const date = calendarDate(Number(year), Number(month), Number(day));
  if (date === null) return null;
  if (hour === undefined || zone === undefined) return date;
  if (Number(hour) > 23 || Number(minute) > 59) return null;
  // "+0000" and "+00" are ISO 8601 too, though Date.parse wants "+00:00".
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(3).replace(':', '') || '00'}`;
  const local = text.slice(0, text.length - zone.length).trim().replace(' ', 'T').replace(',', '.');
  const time = Date.parse(`${local}${offset}`);
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}

/** RFC 2822 and the like ("Fri, 23 Sep 2016 12:05:00 GMT", "May 4, 2016"). */
function fromOtherText(text: string): string | null {
  // Date.parse reads "5" or "Monday" as some date; only text that names a year is a candidate.
  if (!/\d{4}/.test(text)) return null;
  const time = Date.parse(text);
  if (!Number.isFinite(time)) return null;
  const parsed = new Date(time);
  if (HAS_A_TIME.test(text) && NAMES_A_ZONE.test(text)) return parsed.toISOString();
  // No zone: Date.parse read it as local time, so the local calendar fields are the ones written.
  return calendarDate(parsed.getFullYear(), parsed.getMonth() + 1, parsed.getDate());
}

/** Unix time zero: what a system writes when it has no date to give. */
const EPOCH = new Date(0).toISOString();

function isPlausible(iso: string, bounds: DateBounds): boolean {
  if (iso === EPOCH) return false;
  const year = Number(iso.slice(0, 4));
  if (year < (bounds.earliestYear ?? EARLIEST_YEAR)) return false;
  const now = (bounds.now ?? new Date()).getTime();
  // A year or month alone is plausible while it has begun.
  const start = Date.parse(iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso);
  return Number.isFinite(start) && start <= now + FUTURE_TOLERANCE_MS;
}
