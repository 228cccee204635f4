import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/main/text/normalize';

describe('countWords', () => {
  it.each([
    ['Kerry tells Russia US patience on Syria is limited.', 9],
    // Abbreviations split where their stops are, as they always have.
    ["Kerry's warning, Zarif's reply — and the U.N.'s silence", 10],
    ['Ärger in Zürich: 12 Straßen gesperrt', 6],
    ['', 0],
  ])('counts %j as %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });

  // Where only a dictionary knows the words, the count lies between one per word of two characters and one per character.
  it.each([
    ['克里说美国对叙利亚的耐心有限。', 5, 14],
    ['東京で会談が行われた。', 4, 10],
    ['ประเทศไทยมีฝนตก', 3, 8],
    ['Kerry met 扎里夫 in Oslo', 5, 7],
  ])('counts the words of %j, written without spaces, one by one', (text, least, most) => {
    const count = countWords(text);
    expect(count).toBeGreaterThanOrEqual(least);
    expect(count).toBeLessThanOrEqual(most);
  });
});
