// @vitest-environment happy-dom
import { highlightPaint } from '../../src/shared/colors/highlight-paint';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlacedPassage, TagView } from '../../src/shared/model';
import type { Codebook } from '../../src/renderer/src/data/tags';
import { Reader } from '../../src/renderer/src/features/reader/Reader';
import { rangeToOffsets } from '../../src/renderer/src/features/reader/dom-range';
import { installFakeBridge, summary, viewOf } from './fake-bridge';

afterEach(cleanup);

const view = viewOf([
  { kind: 'title', text: 'Storm hits coast' },
  { kind: 'standfirst', text: 'Thousands without power.' },
  { kind: 'byline', text: 'The Paper Staff' },
  { kind: 'caption', text: 'Waves over the pier' },
  { kind: 'paragraph', text: 'The storm arrived at dawn.' },
  { kind: 'paragraph', text: 'Power was cut to thousands of homes.' },
]);

const tag: TagView = {
  id: 'tag-1',
  name: 'weather',
  parentId: null,
  path: 'weather',
  color: '#9ad0f5',
  description: '',
  createdAt: '2026-03-01T09:00:00.000Z',
  passageCount: 1,
  documentCount: 0,
  passageTotal: 1,
  documentTotal: 0,
};
const codebook: Codebook = { tags: [tag], byId: new Map([[tag.id, tag]]), loading: false };

function passage(id: string, quote: string, tagIds: string[] = []): PlacedPassage {
  const start = view.text.indexOf(quote);
  const end = start + quote.length;
  return {
    id,
    documentId: 'doc-1',
    position: { type: 'TextPositionSelector', start, end },
    quote: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
    tagIds,
    note: '',
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    anchor: { start, end },
  };
}

function renderReader(passages: PlacedPassage[] = []) {
  return render(
    <Reader
      documentId="doc-1"
      passages={passages}
      codebook={codebook}
      activePassageId={null}
      onActivatePassage={() => {}}
      focus={null}
      search={null}
      onSearchStep={() => {}}
      onSearchClose={() => {}}
    />,
  );
}

describe('Reader', () => {
  it('sets the headline, standfirst, byline and caption apart from the body', async () => {
    installFakeBridge([summary()], view);
    renderReader();
    expect(await screen.findByRole('heading', { level: 1, name: 'Storm hits coast' })).toBeTruthy();
    expect(document.querySelector('.block-standfirst')?.textContent).toBe('Thousands without power.');
    expect(document.querySelector('.byline-line')?.textContent).toBe('ByThe Paper Staff');
    expect(document.querySelector('figure.caption figcaption')?.textContent).toBe('Waves over the pier');
    expect(document.querySelector('p.block-paragraph')?.textContent).toBe('The storm arrived at dawn.');
  });

  it('renders each block with exactly its slice of the text, for anchoring', async () => {
    installFakeBridge([summary()], view);
    renderReader();
    await screen.findByRole('heading', { level: 1 });
    const blocks = [...document.querySelectorAll<HTMLElement>('[data-block]')];
    expect(blocks).toHaveLength(view.blocks.length);
    blocks.forEach((element, index) => {
      const block = view.blocks[index]!;
      expect(element.dataset['start']).toBe(String(block.start));
      expect(element.textContent).toBe(view.text.slice(block.start, block.end));
    });
  });

  it('draws overlapping passages as flat marks that still map back to the right offsets', async () => {
    installFakeBridge([summary()], view);
    const outer = passage('outer', 'storm arrived at dawn.\n\nPower was cut', [tag.id]);
    const inner = passage('inner', 'arrived');
    renderReader([outer, inner]);
    await screen.findByRole('heading', { level: 1 });
    const marks = [...document.querySelectorAll<HTMLElement>('mark.hl')];
    expect(marks.map((m) => m.textContent)).toEqual(['storm ', 'arrived', ' at dawn.', 'Power was cut']);
    expect(marks.map((m) => m.dataset['target'])).toEqual(['outer', 'inner', 'outer', 'outer']);
    expect(marks[1]!.dataset['passageIds']).toBe('outer inner');
    expect(marks[1]!.classList.contains('hl-nested')).toBe(true);
    // Drawn in the tag's colour as painted for the theme (no stylesheet here: on white, in black ink).
    expect(marks[0]!.style.getPropertyValue('--hl')).toBe(highlightPaint(tag.color, { paper: '#ffffff', ink: '#000000' }).fill);
    // Each mark tells a screen reader whose highlight it is, outside the text the selection maps to.
    expect(marks.map((m) => m.dataset['label'])).toEqual(['highlight: weather', 'highlight: weather', 'highlight: weather', 'highlight: weather']);
    // The text of each block is unchanged by the marks, so selections still map to offsets.
    const range = document.createRange();
    range.setStart(marks[1]!.firstChild!, 0);
    range.setEnd(marks[3]!.firstChild!, 5);
    const article = document.querySelector<HTMLElement>('article')!;
    expect(rangeToOffsets(range, article)).toEqual({ start: inner.anchor!.start, end: view.text.indexOf('Power') + 5 });
  });

  it('makes the opened document the one to reopen', async () => {
    const bridge = installFakeBridge([summary()], view);
    renderReader();
    await screen.findByRole('heading', { level: 1 });
    // happy-dom has no layout, so only the document is checked here; the e2e suite checks real positions.
    expect(bridge.session.savePosition).toHaveBeenCalledWith(expect.objectContaining({ documentId: 'doc-1' }));
  });

  it('shows an error instead of the article when the document cannot be read', async () => {
    const bridge = installFakeBridge([summary()], view);
    bridge.documents.get.mockResolvedValue({ ok: false, error: { code: 'not-found', message: 'That document is not in this notebook.' } } as never);
    renderReader();
    expect((await screen.findByRole('alert')).textContent).toBe('That document is not in this notebook.');
  });
});

describe('Reader in every script', () => {
  const arabic = viewOf([
    { kind: 'title', text: 'الحكومة تعلن خطة جديدة' },
    { kind: 'paragraph', text: 'قال المتحدث باسم الحكومة إن الخطة ستبدأ الشهر المقبل.' },
    { kind: 'quote', text: '"We will start in March," the spokesman said.' },
  ]);

  it('gives every block its own direction and the language of the document', async () => {
    installFakeBridge([summary()], { ...arabic, language: 'ar' });
    renderReader();
    await screen.findByRole('heading', { level: 1 });
    const blocks = [...document.querySelectorAll<HTMLElement>('[data-block]')];
    expect(blocks).toHaveLength(3);
    for (const block of blocks) {
      expect(block.getAttribute('dir')).toBe('auto');
      expect(block.getAttribute('lang')).toBe('ar');
    }
    const article = document.querySelector('article')!;
    expect([article.getAttribute('lang'), article.getAttribute('dir')]).toEqual(['ar', 'rtl']);
  });

  it('reads an article of unknown language right to left when most of its letters are', async () => {
    installFakeBridge([summary()], arabic);
    renderReader();
    await screen.findByRole('heading', { level: 1 });
    const article = document.querySelector('article')!;
    expect(article.getAttribute('dir')).toBe('rtl');
    expect(article.hasAttribute('lang')).toBe(false);
    expect(document.querySelector('[data-block]')!.hasAttribute('lang')).toBe(false);
  });

  it('reads an English article left to right', async () => {
    installFakeBridge([summary()], view);
    renderReader();
    await screen.findByRole('heading', { level: 1 });
    expect(document.querySelector('article')!.getAttribute('dir')).toBe('ltr');
  });

  it("keeps the interface's words about the article in the interface's language and direction", async () => {
    document.documentElement.lang = 'en';
    try {
      installFakeBridge([summary()], { ...arabic, language: 'ar' });
      renderReader();
      await screen.findByRole('heading', { level: 1 });
      const meta = document.querySelector('.article-meta')!;
      expect([meta.getAttribute('lang'), meta.getAttribute('dir')]).toEqual(['en', 'ltr']);
    } finally {
      document.documentElement.removeAttribute('lang');
    }
  });
});
