// @vitest-environment happy-dom
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { segmentBlocks, type PlacedRange } from '../../src/shared/anchoring/highlight-segments';
import type { BlockKind, DocumentView } from '../../src/shared/model';
import { ArticleBlocks } from '../../src/renderer/src/features/reader/ArticleBlocks';
import { offsetsToRange, rangeToOffsets } from '../../src/renderer/src/features/reader/dom-range';
import { prng as seeded } from '../support/prng';

const BLOCKS: [BlockKind, string][] = [
  ['title', 'Ceasefire talks resume in Geneva'],
  ['standfirst', 'Envoys meet again after a week of strikes, officials say.'],
  ['byline', 'Staff Reporter'],
  ['caption', 'Delegates arrive at the Palais des Nations on Monday'],
  ['paragraph', 'The talks resumed on Monday, officials said. Both sides 😊 agreed to a pause.'],
  ['paragraph', 'Kerry warned Moscow that patience was limited. "We will not wait forever," he said.'],
  ['quote', 'We will not wait forever.'],
  ['list-item', 'Aid convoys must reach besieged towns.'],
  ['paragraph', 'The war began in March 2011.'],
];

function makeDocument(): DocumentView {
  const parts = BLOCKS.map(([, text]) => text);
  let at = 0;
  const blocks = BLOCKS.map(([kind, text]) => {
    const block = { kind, start: at, end: at + text.length };
    at += text.length + 2;
    return block;
  });
  return {
    id: 'doc-1',
    title: BLOCKS[0]![1],
    source: 'Fixture News',
    byline: 'Staff Reporter',
    addedAt: '2026-11-25T12:00:00.000Z',
    publishedAt: null,
    wordCount: 80,
    contentHash: 'fixture',
    tags: [],
    url: null,
    language: null,
    attributes: {},
    versions: [],
    origin: { kind: 'file', fileName: 'fixture.txt', importedAt: '2026-11-25T12:00:00.000Z' },
    text: parts.join('\n\n'),
    blocks,
    position: null,
  };
}

const doc = makeDocument();
const NO_HIGHLIGHTS = {
  colorOf: () => '#ffff00',
  activeIds: new Set<string>(),
  flashId: null,
  pendingId: null,
  paint: () => ({ fill: '#ffff99', strong: '#ffff44', edge: '#888800' }),
  tagPathsOf: () => [],
};
const TEXT = doc.text;

/** The article as the reader renders it, inside a page with something before and after it. */
function render(): HTMLElement {
  document.body.innerHTML = '<nav id="sidebar"><p>Library</p></nav><article id="article"></article><footer><p>Status</p></footer>';
  const root = document.getElementById('article')!;
  root.innerHTML = renderToStaticMarkup(createElement(ArticleBlocks, { document: doc, segments: [], highlight: NO_HIGHLIGHTS }));
  return root;
}

/**
 * Re-renders every block as flat highlight segments, the way the reader draws
 * passages: <mark> runs, with a decoration badge where each passage begins.
 */
function highlight(root: HTMLElement, passages: PlacedRange[]): void {
  const segments = segmentBlocks(doc.blocks, passages);
  for (const element of root.querySelectorAll('[data-block]')) {
    const index = Number(element.getAttribute('data-block'));
    element.replaceChildren(
      ...segments[index]!.map((s) => {
        const text = document.createTextNode(TEXT.slice(s.start, s.end));
        if (s.target === null) return text;
        const mark = document.createElement('mark');
        mark.setAttribute('data-passages', s.passageIds.join(' '));
        if (passages.some((p) => p.start === s.start)) {
          const badge = document.createElement('sup');
          badge.setAttribute('data-decor', '');
          badge.setAttribute('aria-hidden', 'true');
          badge.textContent = '✎';
          mark.append(badge);
        }
        mark.append(text);
        return mark;
      }),
    );
  }
}

type Point = [Node, number];

const offsetsOf = (needle: string, occurrence = 0) => {
  let start = -1;
  for (let i = 0; i <= occurrence; i += 1) start = TEXT.indexOf(needle, start + 1);
  if (start === -1) throw new Error(`fixture lacks ${needle}`);
  return { start, end: start + needle.length };
};

const blockOffsets = (index: number) => ({ start: doc.blocks[index]!.start, end: doc.blocks[index]!.end });

/** A point `shift` code units into the first non-decoration text node holding `needle`. */
function inText(root: HTMLElement, needle: string, shift = 0): Point {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const data = (node as Text).data;
    if (node.parentElement?.closest('[data-decor]') === null && data.includes(needle)) return [node, data.indexOf(needle) + shift];
  }
  throw new Error(`no text node holds ${needle}`);
}

const el = (root: ParentNode, selector: string) => {
  const found = root.querySelector(selector);
  if (found === null) throw new Error(`fixture lacks ${selector}`);
  return found;
};

const rangeOf = ([startNode, startOffset]: Point, [endNode, endOffset]: Point) => {
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
};

/** The article text a range covers, read from the DOM: block text only, decorations left out, blocks run together. */
function rangeText(range: Range, root: HTMLElement): string {
  let out = '';
  for (const block of root.querySelectorAll('[data-block]')) {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if (node.parentElement?.closest('[data-decor]') !== null || !range.intersectsNode(node)) continue;
      const data = (node as Text).data;
      const from = node === range.startContainer ? range.startOffset : 0;
      const to = node === range.endContainer ? range.endOffset : data.length;
      out += data.slice(from, to);
    }
  }
  return out;
}

/** What a selection of [start, end) should map to, worked out on the text alone: block text only, no outer whitespace. */
function expectedTrim(start: number, end: number): { start: number; end: number } | null {
  const inBlockText = (i: number) => doc.blocks.some((b) => b.start <= i && i < b.end) && !/\s/.test(TEXT.charAt(i));
  let from = Math.max(0, start);
  let to = Math.min(TEXT.length, end);
  while (from < to && !inBlockText(from)) from += 1;
  while (to > from && !inBlockText(to - 1)) to -= 1;
  return from < to ? { start: from, end: to } : null;
}

/** The block text of [start, end) with the separators between blocks left out, as the DOM holds it. */
const visibleText = (start: number, end: number) =>
  doc.blocks.map((b) => TEXT.slice(Math.max(start, b.start), Math.max(Math.max(start, b.start), Math.min(end, b.end)))).join('');

describe('the fixture', () => {
  it('renders each block with exactly its slice of the text, as ArticleBlocks promises', () => {
    const root = render();
    const elements = [...root.querySelectorAll('[data-block]')];
    expect(elements.map((e) => [Number(e.getAttribute('data-start')), e.textContent])).toEqual(
      doc.blocks.map((b) => [b.start, TEXT.slice(b.start, b.end)]),
    );
    expect(root.textContent).toContain('By'); // the byline label: text outside every block
  });
});

describe('rangeToOffsets', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = render();
  });

  it.each<[string, (root: HTMLElement) => [Point, Point], { start: number; end: number }]>([
    ['a word in a paragraph', (r) => [inText(r, 'resumed'), inText(r, 'resumed', 7)], offsetsOf('resumed')],
    ['words after an emoji (two code units)', (r) => [inText(r, 'agreed'), inText(r, 'pause', 5)], offsetsOf('agreed to a pause')],
    ['across a paragraph break', (r) => [inText(r, 'Both sides'), inText(r, 'patience', 8)], { start: offsetsOf('Both sides').start, end: offsetsOf('patience').end }],
    ['a caption', (r) => [inText(r, 'Palais'), inText(r, 'Nations', 7)], offsetsOf('Palais des Nations')],
    ['from the "By" label into the byline', (r) => [[el(r, '.byline-label').firstChild!, 0], inText(r, 'Staff', 5)], offsetsOf('Staff')],
    ['from the article meta line into the caption', (r) => [[el(r, '[data-decor] span').firstChild!, 3], inText(r, 'Delegates', 9)], offsetsOf('Delegates')],
    ['from the caption icon into the caption', (r) => [[el(r, 'figure'), 0], inText(r, 'arrive', 6)], offsetsOf('Delegates arrive')],
    ['from the standfirst to the caption icon', (r) => [inText(r, 'officials say'), [el(r, 'svg'), 0]], { start: offsetsOf('officials say').start, end: blockOffsets(2).end }],
    ['whole elements, by child index', (r) => [[el(r, '[data-block="5"]'), 0], [el(r, '[data-block="5"]'), 1]], blockOffsets(5)],
    ['the whole article, from around it', (r) => [[r, 0], [r, r.childNodes.length]], { start: 0, end: TEXT.length }],
    ['from the page before the article', (r) => [[el(document, '#sidebar p').firstChild!, 1], inText(r, 'Ceasefire', 9)], offsetsOf('Ceasefire')],
    ['to the page after the article', (r) => [inText(r, 'March'), [el(document, 'footer p').firstChild!, 2]], offsetsOf('March 2011.')],
    ['with spaces around it, trimmed', (r) => [inText(r, ' resumed'), inText(r, 'resumed ', 8)], offsetsOf('resumed')],
    ['ending at the start of the next paragraph, trimmed', (r) => [inText(r, 'agreed'), inText(r, 'Kerry')], offsetsOf('agreed to a pause.')],
    ['in a blockquote', (r) => [inText(r, 'wait forever.'), inText(r, 'wait forever.', 13)], offsetsOf('wait forever.')],
  ])('maps %s', (_, points, expected) => {
    const [start, end] = points(root);
    expect(rangeToOffsets(rangeOf(start, end), root)).toEqual(expected);
  });

  it.each<[string, (root: HTMLElement) => [Point, Point]]>([
    ['a collapsed selection', (r) => [inText(r, 'resumed'), inText(r, 'resumed')]],
    ['only spaces', (r) => [inText(r, ' on Monday,'), inText(r, ' on Monday,', 1)]],
    ['only the break between paragraphs', (r) => [inText(r, 'pause.', 6), inText(r, 'Kerry')]],
    ['only the meta line and the caption icon', (r) => [[el(r, '[data-decor]'), 0], [el(r, 'svg'), 0]]],
    ['only the page outside the article', () => [[el(document, '#sidebar p').firstChild!, 0], [el(document, '#sidebar p').firstChild!, 4]]],
  ])('refuses %s with a message', (_, points) => {
    const [start, end] = points(root);
    const result = rangeToOffsets(rangeOf(start, end), root);
    expect(result).toEqual({ error: expect.stringMatching(/no article text/) });
  });

  it('refuses when the article has no blocks', () => {
    const empty = document.createElement('div');
    document.body.append(empty);
    const range = document.createRange();
    range.selectNodeContents(document.body);
    expect(rangeToOffsets(range, empty)).toEqual({ error: expect.stringMatching(/no article text/) });
  });

  describe('inside highlights', () => {
    const passages: PlacedRange[] = [
      { id: 'outer', ...offsetsOf('The talks resumed on Monday, officials said.') },
      { id: 'inner', ...offsetsOf('resumed on Monday') },
      { id: 'across', ...{ start: offsetsOf('Both sides').start, end: offsetsOf('Kerry warned').end } },
      { id: 'cap', ...offsetsOf('Palais des') },
    ];
    beforeEach(() => highlight(root, passages));

    it('renders the fixture as several marks per block', () => {
      expect(el(root, '[data-block="4"]').querySelectorAll('mark').length).toBeGreaterThanOrEqual(3);
      expect(el(root, '[data-block="4"]').textContent).not.toBe(TEXT.slice(doc.blocks[4]!.start, doc.blocks[4]!.end));
    });

    it.each<[string, (root: HTMLElement) => [Point, Point], { start: number; end: number }]>([
      ['from inside one mark to inside another', (r) => [inText(r, 'talks', 2), inText(r, 'on Monday', 5)], { start: offsetsOf('talks').start + 2, end: offsetsOf('on Monday').start + 5 }],
      ['from plain text into a mark', (r) => [inText(r, ' agreed', 1), inText(r, 'Kerry', 3)], { start: offsetsOf('agreed').start, end: offsetsOf('Kerry').start + 3 }],
      ['a mark as a whole element', (r) => [[el(r, 'mark[data-passages="outer inner"]'), 0], [el(r, 'mark[data-passages="outer inner"]'), 2]], offsetsOf('resumed on Monday')],
      ['from inside a passage badge', (r) => [[el(r, 'mark[data-passages="cap"] sup').firstChild!, 1], inText(r, 'Nations', 7)], offsetsOf('Palais des Nations')],
      ['by child index around marks', (r) => [[el(r, '[data-block="3"]'), 1], [el(r, '[data-block="3"]'), 2]], offsetsOf('Palais des')],
      ['across a passage that spans two paragraphs', (r) => [inText(r, 'sides', 1), inText(r, 'warned', 3)], { start: offsetsOf('sides').start + 1, end: offsetsOf('warned').start + 3 }],
    ])('maps a selection %s', (_, points, expected) => {
      const [start, end] = points(root);
      expect(rangeToOffsets(rangeOf(start, end), root)).toEqual(expected);
    });

    it('maps nested marks too', () => {
      const block = el(root, '[data-block="8"]');
      const outer = document.createElement('mark');
      const inner = document.createElement('mark');
      inner.append('began in');
      outer.append('war ', inner, ' March');
      block.replaceChildren('The ', outer, ' 2011.');
      expect(block.textContent).toBe(BLOCKS[8]![1]);
      expect(rangeToOffsets(rangeOf([inner.firstChild!, 2], [outer.lastChild!, 3]), root)).toEqual({
        start: offsetsOf('began').start + 2,
        end: offsetsOf('March').start + 2,
      });
      expect(rangeToOffsets(rangeOf([outer, 1], [outer, 2]), root)).toEqual(offsetsOf('began in'));
    });
  });
});

describe('offsetsToRange', () => {
  it('returns null for empty, reversed, non-finite or separator-only offsets', () => {
    const root = render();
    const gap = doc.blocks[4]!.end;
    expect(offsetsToRange(root, 5, 5)).toBeNull();
    expect(offsetsToRange(root, 9, 3)).toBeNull();
    expect(offsetsToRange(root, Number.NaN, 3)).toBeNull();
    expect(offsetsToRange(root, gap, gap + 2)).toBeNull();
    expect(offsetsToRange(root, TEXT.length + 5, TEXT.length + 9)).toBeNull();
  });

  it('selects a highlighted passage from inside its marks, skipping badges', () => {
    const root = render();
    const passage = offsetsOf('resumed on Monday');
    highlight(root, [{ id: 'p', ...passage }]);
    const range = offsetsToRange(root, passage.start, passage.end)!;
    expect(range.startContainer.nodeType).toBe(Node.TEXT_NODE);
    expect(range.startContainer.parentElement?.tagName).toBe('MARK');
    expect(range.endContainer.parentElement?.tagName).toBe('MARK');
    expect(rangeText(range, root)).toBe('resumed on Monday');
  });

  it('moves ends that fall between blocks onto block text', () => {
    const root = render();
    const range = offsetsToRange(root, doc.blocks[4]!.end + 1, doc.blocks[5]!.start + 5)!;
    expect(rangeToOffsets(range, root)).toEqual({ start: doc.blocks[5]!.start, end: doc.blocks[5]!.start + 5 });
  });

  describe.each([
    ['plain blocks', [] as PlacedRange[]],
    [
      'blocks split into marks',
      [
        { id: 'a', start: 3, end: 40 },
        { id: 'b', start: 20, end: 30 },
        { id: 'c', start: doc.blocks[4]!.start + 10, end: doc.blocks[6]!.start + 4 },
        { id: 'd', start: doc.blocks[5]!.start, end: doc.blocks[5]!.end },
        { id: 'e', ...offsetsOf('😊') },
      ],
    ],
  ])('round trip on %s', (_, passages) => {
    it('maps every random range there and back to its trimmed offsets', () => {
      const root = render();
      highlight(root, passages);
      const random = seeded(7);
      for (let i = 0; i < 400; i += 1) {
        const a = Math.floor(random() * (TEXT.length + 1));
        const b = Math.floor(random() * (TEXT.length + 1));
        const [start, end] = a <= b ? [a, b] : [b, a];
        if (splitsPair(start) || splitsPair(end)) continue;
        const range = offsetsToRange(root, start, end);
        const visible = visibleText(start, end);
        expect(range === null ? '' : rangeText(range, root), `text of ${start}–${end}`).toBe(visible);
        const expected = expectedTrim(start, end);
        const back = range === null ? null : rangeToOffsets(range, root);
        if (expected === null) expect(back === null || 'error' in back, `refuses ${start}–${end}`).toBe(true);
        else expect(back, `maps ${start}–${end}`).toEqual(expected);
      }
    });
  });
});

const splitsPair = (offset: number) => offset > 0 && /[\uD800-\uDBFF]/.test(TEXT.charAt(offset - 1));

