// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderNoteMarkdown } from '../../src/renderer/src/features/passages/markdown';

describe('renderNoteMarkdown', () => {
  it('keeps the formatting a note needs', () => {
    expect(renderNoteMarkdown('Some **bold**, *emphasis* and `code`\n\n- a list\n\n> a quote')).toBe(
      '<p>Some <strong>bold</strong>, <em>emphasis</em> and <code>code</code></p>\n<ul>\n<li>a list</li>\n</ul>\n<blockquote>\n<p>a quote</p>\n</blockquote>\n',
    );
  });

  it.each([
    ['<img src=x onerror="alert(1)">', /<img|onerror/],
    ['<script>alert(1)</script>', /<script|alert/],
    ['[click](javascript:alert(1))', /href|javascript/],
    ['<style>body{display:none}</style>', /<style|display/],
    ['<iframe src="https://example.com"></iframe>', /<iframe/],
    ['<a href="#" onclick="alert(1)">x</a>', /onclick|href/],
    ['[file](file:///etc/passwd)', /href|file:/],
    ['[data](data:text/html,<script>alert(1)</script>)', /href|data:|<script/],
    ['[relative](../../settings)', /href/],
    ['<a href="https://example.com" target="_blank" style="x">x</a>', /target|style/],
    ['![pixel](https://tracker.example/p.png)', /<img|tracker/],
  ])('leaves nothing active of %s', (markdown, forbidden) => {
    expect(renderNoteMarkdown(markdown)).not.toMatch(forbidden);
  });
});

describe('links in notes', () => {
  it.each([
    ['[the statement](https://www.state.gov/remarks)', 'https://www.state.gov/remarks'],
    ['<http://example.org/a?b=c>', 'http://example.org/a?b=c'],
    ['see https://example.org/x', 'https://example.org/x'],
  ])('keeps the web address of %s, and nothing else on the link', (markdown, href) => {
    const html = renderNoteMarkdown(markdown);
    const container = document.createElement('div');
    container.innerHTML = html;
    const links = [...container.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([href]);
    expect(links.flatMap((a) => a.getAttributeNames())).toEqual(['href']);
  });
});
