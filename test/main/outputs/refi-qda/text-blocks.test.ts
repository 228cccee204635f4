import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../../../src/main/outputs/refi-qda/text-blocks';

const kindsAndTexts = (text: string) => textBlocks(text, 'source.txt').blocks.map((block) => [block.kind, text.slice(block.start, block.end)]);

describe('blocks of a text that arrives whole', () => {
  it('are paragraphs between blank lines, typed by the plain-text rules, over the text as it is', () => {
    const text = 'Port reopens\n\nBy Sam Okafor\n\nCranes moved again on Monday, and\nthe backlog began to clear.\n';
    expect(kindsAndTexts(text)).toEqual([
      ['title', 'Port reopens'],
      ['byline', 'By Sam Okafor'],
      ['paragraph', 'Cranes moved again on Monday, and\nthe backlog began to clear.'],
    ]);
  });

  it('are lines when the text has no blank line, as QualCoder and NVivo write interviews', () => {
    expect(kindsAndTexts('Q: How was it?\nA: Cold, but we stayed.\n  A: And now?  ').map(([, text]) => text)).toEqual(['Q: How was it?', 'A: Cold, but we stayed.', 'A: And now?']);
  });

  it('count the words of the body, as the plain-text importer does', () => {
    expect(textBlocks('Port reopens\n\nBy Sam Okafor\n\nCranes moved again.', 'x.txt').wordCount).toBe(3);
  });

  it('are none for a text of nothing but spaces', () => {
    expect(textBlocks(' \n\n \n', 'x.txt')).toEqual({ blocks: [], wordCount: 0 });
  });
});
