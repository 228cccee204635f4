import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findPageChrome } from '../../../src/main/importers/page-chrome';

const ARTICLE_TEXT = '<p>The ledger is bound in green cloth gone grey at the corners, and it weighs a little more than a kilogram.</p>'.repeat(3);

/** The ids of the elements found as furniture in `body`, with the headline (#headline) kept. */
function furniture(body: string): string[] {
  const document = new JSDOM(`<!DOCTYPE html><body>${body}</body>`).window.document;
  const headline = document.getElementById('headline');
  return findPageChrome(document.body, headline ? [headline] : []).regions.map((region) => region.element.id || region.element.localName);
}

describe('findPageChrome', () => {
  it.each([
    ['a comment thread', '<div id="x" class="comments-wrapper"><p>First!</p></div>'],
    ['a comment list item', '<li id="x" class="comment even depth-1">Nice</li>'],
    ['a cookie notice in camel case', '<div id="x" class="CookieNotice_container">We use cookies</div>'],
    ['a consent banner by its id', '<div id="onetrust-consent-sdk">Accept</div>'],
    ['an ad slot', '<div id="x" class="ad-slot ad-slot--rail">Advertisement</div>'],
    ['a "most read" rail', '<div id="x" class="most-read">Most read</div>'],
    ['a related-coverage box', '<div id="x" class="RelatedCoverage_related-coverage-module">Related</div>'],
    ['a share bar', '<div id="x" class="feature__share"><a href="#">Share</a></div>'],
    ['a section labelled as comments', '<section id="x" aria-label="Reader comments">Readers respond</section>'],
    ['schema.org comments with hashed classes', '<div id="x" class="css-9ee3xa" itemprop="comment" itemscope>Good news</div>'],
    ['a bar of links', '<p id="x"><a href="#">Print this story</a> | <a href="#">E-mail this story</a></p>'],
    ['a navigation element', '<nav id="x"><a href="/">Home</a></nav>'],
  ])('finds %s', (_what, markup) => {
    expect(furniture(`<article><h1 id="headline">Ledger</h1>${ARTICLE_TEXT}</article>${markup}`)).toEqual([markup.match(/id="([^"]+)"/)?.[1] ?? 'nav']);
  });

  it.each([
    ['a class that merely contains a word', '<div id="x" class="commented uncommented commentary adventure loaded header shared">'],
    ['a sentence of links and words', '<p id="x">Read <a href="/a">the report</a> and <a href="/b">the reply</a> today.</p>'],
    ['a single link', '<p id="x"><a href="/a">The full report</a></p>'],
  ])('leaves %s alone', (_what, markup) => {
    expect(furniture(`<article><h1 id="headline">Ledger</h1>${ARTICLE_TEXT}${markup}${markup.startsWith('<div') ? 'Text.</div>' : ''}</article>`)).toEqual([]);
  });

  it('never removes what holds the headline, the marked article body or the main text, whatever its class says', () => {
    expect(furniture(`<div id="page" class="showing-comments"><h1 id="headline">Ledger</h1>${ARTICLE_TEXT}</div>`)).toEqual([]);
    expect(furniture(`<div id="wrap" class="related-wrap"><div itemprop="articleBody">${ARTICLE_TEXT}</div></div>`)).toEqual([]);
    expect(furniture(`<div id="wrap" class="content sidebar-layout"><div>${ARTICLE_TEXT}</div></div><aside id="rail"><p>Most read</p></aside>`)).toEqual(['rail']);
  });

  it('reports only the outermost of nested furniture', () => {
    expect(furniture(`<article><h1 id="headline">Ledger</h1>${ARTICLE_TEXT}</article><div id="comments"><div id="c1" class="comment">A</div></div>`)).toEqual(['comments']);
  });
});
