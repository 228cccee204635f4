import { describe, expect, it } from 'vitest';
import { joinLines, linesToBlocks, runsToLines, type TextLine, type TextRun } from '../../../src/main/importers/pdf-text-layout';

const run = (text: string, x: number, y: number, endsLine = false, fontSize = 10): TextRun => ({
  text,
  x,
  y,
  width: text.length * fontSize * 0.5,
  fontSize,
  endsLine,
});
const line = (text: string, y: number, x = 50, fontSize = 10): TextLine => ({ text, x, y, right: x + 400, fontSize });

describe('joinLines', () => {
  it.each([
    [['recon-', 'struction'], 'reconstruction'],
    [['Bashar al-', 'Assad'], 'Bashar al-Assad'],
    [['a post-war claim'], 'a post-war claim'],
    [['the year 1990 -', 'a turning point'], 'the year 1990 - a turning point'],
    [['soft\u00ad', 'hyphen'], 'softhyphen'],
    [['pre\u00adwar inside'], 'prewar inside'],
    [['  spaced  ', '', ' lines '], 'spaced lines'],
    [['Unicode hyphen co\u2010', 'operation'], 'Unicode hyphen cooperation'],
    [['1990-', '1995'], '1990-1995'],
  ])('joins %j', (lines, expected) => {
    expect(joinLines(lines)).toBe(expected);
  });
});

describe('runsToLines', () => {
  it('splits on end-of-line marks and on vertical moves, and spaces apart separate runs', () => {
    const lines = runsToLines([
      run('Hello', 50, 700),
      run('world', 80, 700, true),
      run('', 50, 686, true),
      run('Next', 50, 686),
      run('line', 50, 672),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['Hello world', 'Next', 'line']);
  });

  it('takes the size most characters are set in, so a large initial does not make a heading', () => {
    const [first] = runsToLines([run('T', 50, 700, false, 30), run('his paragraph opens with a drop cap.', 70, 700, true, 10)]);
    expect(first?.fontSize).toBe(10);
  });
});

describe('linesToBlocks', () => {
  it('starts a new block where a line moves up the page (a new column)', () => {
    const blocks = linesToBlocks([[line('End of the left column', 100), line('Start of the right column', 700, 320)]]);
    expect(blocks.map((b) => b.text)).toEqual(['End of the left column', 'Start of the right column']);
  });

  it('drops page numbers at the top or bottom of a page but keeps numbers in the text', () => {
    const blocks = linesToBlocks([[line('12', 800), line('In 1990 the archive moved', 700), line('1990', 686), line('Page 3 of 9', 40)]]);
    expect(blocks).toEqual([{ kind: 'paragraph', text: 'In 1990 the archive moved 1990' }]);
  });

  it('reads double-spaced manuscripts as paragraphs, and far-apart lines as separate blocks', () => {
    const doubleSpaced = [line('A manuscript line that runs', 700), line('on at double spacing.', 678), line('Title page note', 500)];
    expect(linesToBlocks([doubleSpaced]).map((b) => b.text)).toEqual(['A manuscript line that runs on at double spacing.', 'Title page note']);
  });

  it('keeps a paragraph that ends a page apart from a new one that starts the next', () => {
    const blocks = linesToBlocks([[line('The first page ends here.', 100)], [line('The next one starts afresh.', 780)]]);
    expect(blocks.map((b) => b.text)).toEqual(['The first page ends here.', 'The next one starts afresh.']);
  });
});

describe('linesToBlocks on running heads', () => {
  it('drops a head repeated on most pages, keeping its first-page occurrence', () => {
    const page = (number: number, body: string) => [
      line('Journal of Archives', 800),
      line(body, 700),
      line(`Journal of Archives ${number}`, 40),
    ];
    const blocks = linesToBlocks([page(1, 'First page text.'), page(2, 'Second page text.'), page(3, 'Third page text.')]);
    expect(blocks.map((b) => b.text)).toEqual([
      'Journal of Archives',
      'First page text.',
      'Journal of Archives 1',
      'Second page text.',
      'Third page text.',
    ]);
  });

  it('keeps repeated lines in documents too short to tell', () => {
    const blocks = linesToBlocks([[line('Note', 800), line('A.', 700)], [line('Note', 800), line('B.', 700)]]);
    expect(blocks.map((b) => b.text)).toEqual(['Note', 'A.', 'Note', 'B.']);
  });
});
