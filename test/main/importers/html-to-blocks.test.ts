import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { htmlToBlocks, takeText } from '../../../src/main/importers/html-to-blocks';

/** The body of an unsanitized document: the walker must hold up on its own. */
const body = (html: string) => new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window.document.body;
const walk = (html: string) => htmlToBlocks(body(html)).map((draft) => [draft.kind, draft.text]);

describe('htmlToBlocks', () => {
  it.each([
    ['headings of every level', '<h1>One</h1><h3>Three</h3><h6>Six</h6>', [['heading', 'One'], ['heading', 'Three'], ['heading', 'Six']]],
    ['paragraphs with inline markup', '<p>A <em>b</em><strong>c</strong> <a href="#">d</a></p><p>e</p>', [['paragraph', 'A bc d'], ['paragraph', 'e']]],
    ['every paragraph of a block quote', '<blockquote><p>One.</p><p>Two.</p></blockquote>', [['quote', 'One.'], ['quote', 'Two.']]],
    ['nested list items, parent before children', '<ul><li>Parent<ol><li>Child</li></ol></li><li><p>Para in item</p></li></ul>', [['list-item', 'Parent'], ['list-item', 'Child'], ['list-item', 'Para in item']]],
    ['figure and table captions', '<figure><img src="a.png"><figcaption>Fig. 1</figcaption></figure><table><caption>Table 1</caption><tr><td>a</td><td>b</td></tr></table>', [['caption', 'Fig. 1'], ['caption', 'Table 1'], ['paragraph', 'a b']]],
    ['loose text between blocks', '<div>Loose <p>Inside</p> tail</div>', [['paragraph', 'Loose'], ['paragraph', 'Inside'], ['paragraph', 'tail']]],
    ['single and double line breaks', '<p>line one<br>line two<br><br>  <br>next paragraph</p>', [['paragraph', 'line one line two'], ['paragraph', 'next paragraph']]],
    ['whitespace and invisible characters', '<p>  a\u00a0\u00a0b\u200b c\n\td </p>', [['paragraph', 'a b c d']]],
    ['a heading inside a quote (innermost wins)', '<blockquote><h2>Head</h2><p>Body</p></blockquote>', [['heading', 'Head'], ['quote', 'Body']]],
    ['hidden elements', '<p hidden>secret</p><p>shown</p>', [['paragraph', 'shown']]],
  ])('reads %s', (_name, html, expected) => {
    expect(walk(html)).toEqual(expected);
  });

  it('never takes text from scripts, styles, forms, frames or embedded documents, even unsanitized', () => {
    const html = `<p>kept</p><script>alert(1)</script><style>p{}</style><noscript>alert(2)</noscript>
      <template><p>alert(3)</p></template><form><label>Name</label><input value="v"><button>alert(4)</button>
      <select><option>alert(5)</option></select><textarea>alert(6)</textarea></form><iframe>alert(7)</iframe>
      <svg><text>alert(8)</text></svg><math><mi>alert(9)</mi></math><object>alert(10)</object><nav>Menu</nav>`;
    expect(walk(html)).toEqual([['paragraph', 'kept']]);
  });

  it('survives nesting deep enough to overflow a recursive walker', () => {
    // jsdom itself slows quadratically with depth, so the tree is a minimal stand-in
    // with just the DOM members the walker reads.
    const text = { nodeType: 3, nodeValue: 'deep text', childNodes: [] };
    let node: object = text;
    for (let level = 0; level < 200_000; level += 1) {
      node = { nodeType: 1, localName: 'span', hasAttribute: () => false, childNodes: [node] };
    }
    expect(htmlToBlocks(node as Node)).toEqual([{ kind: 'paragraph', text: 'deep text' }]);
  });
});

describe('takeText', () => {
  it('removes the first match in document order and returns its text', () => {
    const root = body('<div><p>intro</p><h1>The <em>Title</em></h1></div><h1>Second</h1>');
    const isH1 = (element: Element) => element.localName === 'h1';
    expect(takeText(root, isH1)).toBe('The Title');
    expect(htmlToBlocks(root).map((d) => d.text)).toEqual(['intro', 'Second']);
    expect(takeText(root, (element) => element.localName === 'h4')).toBeNull();
  });
});
