// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { noteLinkHref, parseNoteLink, renderNoteMarkdown } from '../../src/renderer/src/features/passages/markdown';

const hrefsOf = (markdown: string) => {
  const container = document.createElement('div');
  container.innerHTML = renderNoteMarkdown(markdown);
  return [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
};

describe('links inside the notebook', () => {
  it.each([
    ['[the story](scholia://document/doc-1)', 'scholia://document/doc-1'],
    ['[a tag](scholia://tag/tag_2)', 'scholia://tag/tag_2'],
    ['[a quote](scholia://passage/doc-1/passage-9)', 'scholia://passage/doc-1/passage-9'],
    ['<a href="scholia://tag/t1">raw</a>', 'scholia://tag/t1'],
  ])('keeps the target of %s', (markdown, href) => {
    expect(hrefsOf(markdown)).toEqual([href]);
  });

  it.each([
    ['[x](javascript:alert(1))'],
    ['<a href="javascript:alert(1)">x</a>'],
    ['[x](scholia://passage/only-one-id)'],
    ['[x](scholia://passage/a/b/c)'],
    ['[x](scholia://settings/open)'],
    ['[x](scholia://tag/)'],
    ['[x](scholia://tag/a/b)'],
    ['[x](scholia://tag/a?b=c)'],
    ['[x](scholia://tag/a#b)'],
    ['[x](scholia://tag/../../etc)'],
    ['[x](scholia:tag/a)'],
    ['[x](SCHOLIA://tag/a)'],
    ['[x](Scholia://document/a)'],
    [`[x](scholia://document/${'a'.repeat(65)})`],
    // DOMPurify checks an address with its white space taken out; these must not pass as scholia://tag/ab.
    ['<a href="scholia://tag/a b">x</a>'],
    ['<a href="scholia://tag/a&#10;b">x</a>'],
  ])('drops the target of %s but keeps its text', (markdown) => {
    const container = document.createElement('div');
    container.innerHTML = renderNoteMarkdown(markdown);
    expect(container.querySelector('[href]')).toBeNull();
    expect(container.textContent).toContain('x');
  });

  it('still keeps web addresses beside them', () => {
    expect(hrefsOf('[web](https://example.org/a) and [doc](scholia://document/d1)')).toEqual(['https://example.org/a', 'scholia://document/d1']);
  });
});

describe('parseNoteLink', () => {
  it.each([
    ['scholia://document/d1', { kind: 'document', id: 'd1' }],
    ['scholia://tag/t-1', { kind: 'tag', id: 't-1' }],
    ['scholia://passage/d1/p_1', { kind: 'passage', documentId: 'd1', passageId: 'p_1' }],
  ] as const)('reads %s and writes it back the same', (href, link) => {
    expect(parseNoteLink(href)).toEqual(link);
    expect(noteLinkHref(link)).toBe(href);
  });

  it.each(['https://example.org', 'scholia://passage/p1', 'scholia://document/d1/', 'scholia://document/d 1', ' scholia://document/d1', 'javascript:scholia://tag/t'])(
    'is null for %s',
    (href) => {
      expect(parseNoteLink(href)).toBeNull();
    },
  );
});
