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
    ['[site](https://example.com)', /href/],
    ['<style>body{display:none}</style>', /<style|display/],
    ['<iframe src="https://example.com"></iframe>', /<iframe/],
    ['<a href="#" onclick="alert(1)">x</a>', /onclick|href/],
    ['![pixel](https://tracker.example/p.png)', /<img|tracker/],
  ])('leaves nothing active of %s', (markdown, forbidden) => {
    expect(renderNoteMarkdown(markdown)).not.toMatch(forbidden);
  });
});
