import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../../src/main/importers/published-date';

describe('toIsoDate', () => {
  it.each([
    ['2016-09-23', '2016-09-23'],
    ['2016/09/23', '2016-09-23'],
    ['2016-02-30', null],
    ['2016', '2016'],
    ['2016-09', '2016-09'],
    ['2016-13', null],
    // A moment becomes UTC, as the library stores it.
    ['2016-09-23T14:05:00+02:00', '2016-09-23T12:05:00.000Z'],
    ['2016-09-23T14:05:00Z', '2016-09-23T14:05:00.000Z'],
    ['2016-05-04T18:42:00+0000', '2016-05-04T18:42:00.000Z'],
    ['2016-05-04T18:42:00.123-04', '2016-05-04T22:42:00.123Z'],
    ['2016-05-04 18:42:00 +05:30', '2016-05-04T13:12:00.000Z'],
    ['Fri, 23 Sep 2016 12:05:00 GMT', '2016-09-23T12:05:00.000Z'],
    // A time without its zone names no moment: the day is what is certain.
    ['2023-10-12T19:05', '2023-10-12'],
    ['May 4, 2016', '2016-05-04'],
    ['Wednesday, 4 May 2016 18:42', '2016-05-04'],
    ['2016-05-04T25:00:00Z', null],
    ['yesterday', null],
    ['5', null],
    ['', null],
    [null, null],
    // Placeholders and impossible years.
    ['0001-01-01T00:00:00Z', null],
    ['0000-00-00', null],
    ['1970-01-01T00:00:00Z', null],
    ['9999-12-31', null],
    [`2016-05-04${' '.repeat(500)}x`, null],
  ])('reads %j as %j', (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });

  it('accepts a date a day ahead of the clock, not a year ahead', () => {
    const now = new Date('2024-01-21T12:00:00Z');
    expect(toIsoDate('2024-01-22', { now })).toBe('2024-01-22');
    expect(toIsoDate('2025-01-22', { now })).toBeNull();
  });

  it('refuses dates before the earliest year a format allows', () => {
    expect(toIsoDate('1985-06-01', { earliestYear: 1993 })).toBeNull();
    expect(toIsoDate('1985-06-01')).toBe('1985-06-01');
  });
});
