/**
 * The copy check on crafted pairs: what a reprint changes (a word, a clause,
 * quote marks, dashes, spacing, a wire dateline, sentence order) still
 * matches; paragraphs that only share the phrases of news writing do not;
 * boilerplate and overlong paragraphs are never compared.
 */
import { describe, expect, it } from 'vitest';
import { paragraphShingles, paragraphWords } from '../../../src/main/shared-text/paragraph-shingles';
import { copySimilarity } from '../../../src/main/shared-text/similarity';

const ORIGINAL =
  'The foreign ministers met for six hours in Geneva on Tuesday and agreed that a ceasefire should take effect at sunset on Friday, with monitors from both sides reporting any violation to a joint committee.';

const match = (a: string, b: string) => copySimilarity(paragraphShingles(a), paragraphShingles(b));

describe('copies', () => {
  it.each([
    ['identical', ORIGINAL, 1],
    ['one word changed', ORIGINAL.replace('six hours', 'seven hours'), 0.85],
    ['a clause dropped', ORIGINAL.replace(', with monitors from both sides reporting any violation to a joint committee', ''), 0.9],
    ['a wire dateline', `BEIRUT (Reuters) - ${ORIGINAL}`, 1],
    ['a dateline with a day', `GENEVA, May 4 (AP) — ${ORIGINAL}`, 1],
    ['quote marks, dashes and spacing', ORIGINAL.replace('agreed that', 'agreed — “that').replace('Friday,', 'Friday,”  ').replace(/ /g, '  '), 1],
    ['letter case', ORIGINAL.toUpperCase(), 1],
    [
      'sentences in another order (a reprint that moved them is still the same text)',
      'Monitors will report any violation to a joint committee. The ministers met in Geneva for six hours on Tuesday. They agreed a ceasefire would begin at sunset on Friday.',
      0,
    ],
  ])('%s matches', (_name, copy, atLeast) => {
    const original =
      _name.startsWith('sentences') ? 'The ministers met in Geneva for six hours on Tuesday. They agreed a ceasefire would begin at sunset on Friday. Monitors will report any violation to a joint committee.' : ORIGINAL;
    const similarity = match(original, copy);
    expect(similarity).not.toBeNull();
    expect(similarity!).toBeGreaterThanOrEqual(Math.max(atLeast, 0.7));
  });

  it('the same text in Chinese, without spaces, matches by characters; another Chinese sentence does not', () => {
    const text = '外交部长们星期二在日内瓦举行了六个小时的会谈，同意停火将于星期五日落时生效，双方监察员将向联合委员会报告任何违规行为。';
    expect(match(text, text.replace('六个小时', '七个小时'))).not.toBeNull();
    expect(match(text, '今天上午，市政府宣布将在明年春天之前修建一座新的图书馆和两个公园，预计耗资五亿元。')).toBeNull();
  });
});

describe('not copies', () => {
  it.each([
    [
      'two stories sharing the stock phrases of news writing',
      'The prime minister said on Tuesday that the government would not comment on the report, according to a statement released by his office late on Monday evening.',
      'The central bank said on Tuesday that the government would raise interest rates next month, according to a statement released by the finance ministry in the capital.',
    ],
    [
      'one sentence of a paragraph quoted inside a long, different one',
      'The foreign ministers met for six hours in Geneva on Tuesday.',
      'Analysts were sceptical. The foreign ministers met for six hours in Geneva on Tuesday, but the talks produced no timetable, no list of monitors, and no agreement on who would pay for the aid convoys that have waited at the border for three weeks.',
    ],
    ['unrelated', ORIGINAL, 'Shares in the carmaker fell by nine percent after it warned that a shortage of chips would cut its production for the rest of the year.'],
  ])('%s', (_name, a, b) => {
    expect(match(a, b)).toBeNull();
  });

  it.each(['Read more', 'Share this article', 'By Jane Smith, Reuters', 'Reporting by Tom Perry; Editing by Alison Williams', 'Copyright 2024 The Associated Press. All rights reserved. This material may not be published.'])(
    'boilerplate (under eight words, credit lines, copyright) is never compared: %s',
    (text) => expect(paragraphShingles(text)).toHaveLength(0),
  );

  it('an empty paragraph and one of five megabytes give nothing to compare, quickly', () => {
    expect(paragraphShingles('')).toHaveLength(0);
    const huge = 'word '.repeat(1_000_000);
    const began = performance.now();
    expect(paragraphShingles(huge)).toHaveLength(0);
    expect(performance.now() - began).toBeLessThan(1_000);
  });

  it('keeps the words of mixed scripts apart', () => {
    expect(paragraphWords('iPhone手机 sales')).toEqual(['iphone', '手', '机', 'sales']);
  });
});
