/**
 * The dateline a news text opens with: "Jerusalem, May 4, 2016", "Wednesday,
 * 4 May 2016", "Posted: May 4, 2016", or the wire style "LONDON, May 4, 2016
 * (Reuters) - ...". It gives the publication date as a calendar day (the
 * text never says in which time zone, so no time is invented), and a wire
 * dateline names the agency. Only lines near the top count, and a date that
 * is not a real day ("February 30", "Tuesday, 4 May 2016" when that was a
 * Wednesday) is no date. English month names only.
 */
import { calendarDate, toIsoDate } from './published-date';

export interface Dateline {
  /** YYYY-MM-DD, or null when no dateline gives a full date. */
  publishedAt: string | null;
  /** The agency a wire dateline names ("JERUSALEM (Reuters) - "). */
  agency: string | null;
}

/** How many blocks from the top may hold the dateline. */
const DATELINE_WINDOW = 6;
/** A dateline is short; only this much of a block is looked at. */
const MAX_LOOK = 300;
/** A line that is a date and a little more (a time, "8 years ago") is a dateline; a longer one is a sentence. */
const MAX_DATE_LINE = 120;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEKDAY = '(?:(sun|mon|tue|wed|thu|fri|sat)(?:day|sday|nesday|rsday|urday|s|rs|r)?\\.?,?\\s+)?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const DATE = new RegExp(
  [
    `${WEEKDAY}${MONTH}\\s+${DAY},?\\s+(\\d{4})\\b`,
    `${WEEKDAY}${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`,
    `\\b(\\d{4})-(\\d{2})-(\\d{2})\\b`,
  ].join('|'),
  'i',
);
/** What may stand before the date: nothing, a label, or the place the story was filed from ("Rio de Janeiro, "). */
const LABEL = String.raw`(?:Published|Posted|Filed|Dated?)(?:\s+on)?\s*:?\s*`;
const PLACE_WORD = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*`;
const PLACE = String.raw`${PLACE_WORD}(?:\s+(?:${PLACE_WORD}|de|da|del|la|le|el|al|am|upon|on|sur))*,\s*`;
const BEFORE_DATE = new RegExp(`^(?:${LABEL}|${PLACE})?$`, 'u');
/** What may follow it in the first block of a wire story: the agency, then a dash and the story. */
const WIRE_TAIL = /^\s*(?:\(([^()]{1,40})\)\s*)?[-–—]\s/u;
/** A wire dateline without a date: "JERUSALEM (Reuters) - ". */
const WIRE_PLACE = /^\p{Lu}[\p{Lu}\p{M} .'’-]{0,60}?(?:,\s*[^()]{1,30}?)?\s*\(([\p{L}][\p{L}\p{M} .&'’-]{0,30})\)\s*[-–—]\s/u;

export function findDateline(blocks: readonly string[]): Dateline {
  let agency: string | null = null;
  let publishedAt: string | null = null;
  for (const block of blocks.slice(0, DATELINE_WINDOW)) {
    const start = block.slice(0, MAX_LOOK).trim();
    agency ??= WIRE_PLACE.exec(start)?.[1]?.trim() ?? null;
    publishedAt ??= datelineDate(start);
    if (publishedAt !== null) break;
  }
  return { publishedAt, agency };
}

/** The date a line opens with, when the line is a dateline. */
export function datelineDate(line: string): string | null {
  const match = DATE.exec(line);
  if (!match || !BEFORE_DATE.test(line.slice(0, match.index))) return null;
  const after = line.slice(match.index + match[0].length);
  // After the date: nothing, or (on a short line) a time, an agency, or a bar before more page furniture.
  const isDateLine = after.trim() === '' || (line.length <= MAX_DATE_LINE && /^\s*(?:[/|·•(]|,?\s*\d{1,2}[:.]\d{2}\b)/.test(after));
  if (!isDateLine && !WIRE_TAIL.test(after)) return null;
  const [, weekdayA, monthA, dayA, yearA, weekdayB, dayB, monthB, yearB, isoYear, isoMonth, isoDay] = match;
  let date: string | null;
  let weekday: string | undefined;
  if (yearA !== undefined) {
    date = calendarDate(Number(yearA), monthNumber(monthA!), Number(dayA));
    weekday = weekdayA;
  } else if (yearB !== undefined) {
    date = calendarDate(Number(yearB), monthNumber(monthB!), Number(dayB));
    weekday = weekdayB;
  } else {
    date = calendarDate(Number(isoYear), Number(isoMonth), Number(isoDay));
  }
  if (date === null) return null;
  if (weekday !== undefined && WEEKDAYS.indexOf(weekday.toLowerCase()) !== new Date(`${date}T00:00:00Z`).getUTCDay()) return null;
  return toIsoDate(date);
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}
