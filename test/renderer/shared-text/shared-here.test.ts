// @vitest-environment happy-dom
/** The paragraph the palette's Code all copies acts on: where the selection or focus is, the marker counting as its paragraph. */
import { afterEach, describe, expect, it } from 'vitest';
import { sharedParagraphHere } from '../../../src/renderer/src/features/shared-text/shared-here';

function article() {
  const root = document.createElement('article');
  root.innerHTML = ['<p data-block="1">Not shared.</p>', '<p data-block="2">Wire copy.</p>', '<div class="shared-marker"><button>Also in 2 documents</button></div>', '<p data-block="3">Own words.</p>'].join('');
  document.body.append(root);
  return root;
}

afterEach(() => {
  window.getSelection()?.removeAllRanges();
  document.body.innerHTML = '';
});

describe('sharedParagraphHere', () => {
  it('is the shared paragraph holding the selection, and none when the selection is in a paragraph of its own', () => {
    const root = article();
    const select = (block: number) => {
      const range = document.createRange();
      range.selectNodeContents(root.querySelector(`[data-block="${block}"]`)!.firstChild!);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    };
    select(2);
    expect(sharedParagraphHere(root, null, new Set([2]))).toBe(2);
    select(3);
    expect(sharedParagraphHere(root, null, new Set([2]))).toBeNull();
  });

  it('counts the focused marker as the paragraph before it, and knows nothing outside the article', () => {
    const root = article();
    root.querySelector('button')!.focus();
    expect(sharedParagraphHere(root, null, new Set([2]))).toBe(2);
    expect(sharedParagraphHere(root, null, new Set())).toBeNull();
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    expect(sharedParagraphHere(root, null, new Set([2]))).toBeNull();
  });
});
