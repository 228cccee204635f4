import { describe, expect, it } from 'vitest';
import { stepOffset, type StepDirection, type StepUnit } from '../../src/renderer/src/features/reader/text-steps';

// Two blocks joined by a separator the caret never stops in: "Kerry spoke. He left." and "Talks resume."
const TEXT = 'Kerry spoke. He left.\n\nTalks resume.';
const BLOCKS = [
  { start: 0, end: 21 },
  { start: 23, end: 36 },
];

/** Draws the caret as "|" in the text, to read the table below at a glance. */
const show = (offset: number) => `${TEXT.slice(0, offset)}|${TEXT.slice(offset)}`.replace('\n\n', '¶');

describe('stepOffset', () => {
  it.each<[string, number, StepUnit, StepDirection, string]>([
    ['a character forward', 0, 'character', 1, 'K|erry spoke. He left.¶Talks resume.'],
    ['a character back at the start stays', 0, 'character', -1, '|Kerry spoke. He left.¶Talks resume.'],
    ['a character across the block edge', 21, 'character', 1, 'Kerry spoke. He left.¶|Talks resume.'],
    ['a character back across the block edge', 23, 'character', -1, 'Kerry spoke. He left.|¶Talks resume.'],
    ['a word forward, to its end', 0, 'word', 1, 'Kerry| spoke. He left.¶Talks resume.'],
    ['a word forward from inside one', 2, 'word', 1, 'Kerry| spoke. He left.¶Talks resume.'],
    ['the next word, past punctuation', 5, 'word', 1, 'Kerry spoke|. He left.¶Talks resume.'],
    ['a word back, to its start', 11, 'word', -1, 'Kerry |spoke. He left.¶Talks resume.'],
    ['after the last word, to the block end', 20, 'word', 1, 'Kerry spoke. He left.|¶Talks resume.'],
    ['from the block end, the next block’s first word', 21, 'word', 1, 'Kerry spoke. He left.¶Talks| resume.'],
    ['a word back from the next block’s start', 23, 'word', -1, 'Kerry spoke. He |left.¶Talks resume.'],
    ['a sentence forward ends at its stop, not the space', 0, 'sentence', 1, 'Kerry spoke.| He left.¶Talks resume.'],
    ['the next sentence', 12, 'sentence', 1, 'Kerry spoke. He left.|¶Talks resume.'],
    ['a sentence back, to its start', 18, 'sentence', -1, 'Kerry spoke. |He left.¶Talks resume.'],
    ['a paragraph forward, to the next one’s start', 3, 'paragraph', 1, 'Kerry spoke. He left.¶|Talks resume.'],
    ['the last paragraph forward, to its end', 25, 'paragraph', 1, 'Kerry spoke. He left.¶Talks resume.|'],
    ['a paragraph back, to its start', 27, 'paragraph', -1, 'Kerry spoke. He left.¶|Talks resume.'],
    ['from a paragraph start, the previous one', 23, 'paragraph', -1, '|Kerry spoke. He left.¶Talks resume.'],
    ['the end stays the end', 36, 'word', 1, 'Kerry spoke. He left.¶Talks resume.|'],
  ])('%s', (_name, from, unit, direction, expected) => {
    expect(show(stepOffset(TEXT, BLOCKS, from, unit, direction, 'en'))).toBe(expected);
  });

  it('steps over an emoji and a combining accent as one character each', () => {
    const text = 'a👍e\u0301b';
    const blocks = [{ start: 0, end: text.length }];
    const steps = [0];
    for (let i = 0; i < 4; i += 1) steps.push(stepOffset(text, blocks, steps.at(-1)!, 'character', 1));
    expect(steps).toEqual([0, 1, 3, 5, 6]);
  });

  it('puts a caret between blocks onto the next block', () => {
    expect(stepOffset(TEXT, BLOCKS, 22, 'character', 1)).toBe(23);
  });
});
