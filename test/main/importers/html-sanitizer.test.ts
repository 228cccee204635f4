import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../../src/main/importers/html-sanitizer';

const serialize = (element: Element) => element.innerHTML;

describe('sanitizeHtml', () => {
  it('keeps text structure and drops every attribute but class and hidden', () => {
    expect(serialize(sanitizeHtml('<h2 id="x" class="c" style="color:red" onclick="f()">T</h2><p hidden data-x="1">P</p>'))).toBe(
      '<h2 class="c">T</h2><p hidden="">P</p>',
    );
  });

  it.each([
    ['<script>alert(1)</script>ok', 'ok'],
    ['<img src=x onerror=alert(1)>ok', 'ok'],
    ['<svg onload=alert(1)><text>alert(2)</text></svg>ok', 'ok'],
    ['<a href="javascript:alert(1)">ok</a>', '<a>ok</a>'],
    ['<iframe src="https://evil.example"></iframe>ok', 'ok'],
    ['<form action="https://evil.example"><button>alert(1)</button></form>ok', 'ok'],
    ['<style>*{background:url(https://evil.example)}</style>ok', 'ok'],
    ['<link rel=stylesheet href="https://evil.example/a.css">ok', 'ok'],
    ['<video src="https://evil.example/v.mp4" poster="https://evil.example/p.png"></video>ok', 'ok'],
    ['<p style="background:url(https://evil.example)">ok</p>', '<p>ok</p>'],
  ])('refuses %s', (html, expected) => {
    expect(serialize(sanitizeHtml(html))).toBe(expected);
  });
});

describe('sanitizeHtml on an element of a parsed page', () => {
  it('cleans a copy-free subtree, whatever its root element', () => {
    const form = new JSDOM('<form action="https://evil.example"><p onclick="x()">kept</p><script>alert(1)</script></form>').window.document
      .body.firstElementChild!;
    const clean = sanitizeHtml(form);
    expect(clean.localName).toBe('div');
    expect(serialize(clean)).toBe('<p>kept</p>');
  });
});
