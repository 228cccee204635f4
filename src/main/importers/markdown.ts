/**
 * Markdown import: rendered to HTML by marked, then sanitized and walked like
 * any other HTML, so raw HTML inside the Markdown contributes its text and
 * nothing else. The first level-1 heading is the title unless front matter
 * names one; the front matter itself is metadata, never text.
 */
import { Marked } from 'marked';
import { normalizeLineEndings } from '../text/normalize';
import { buildArticle } from './article-builder';
import { readFrontMatter } from './front-matter';
import { sanitizeHtml } from './html-sanitizer';
import { htmlToBlocks, takeText } from './html-to-blocks';
import type { ParsedArticle } from './plain-text';

const markdown = new Marked({ gfm: true, breaks: false, async: false });

export function parseMarkdown(source: string, fileName: string): ParsedArticle {
  const { metadata, body } = readFrontMatter(normalizeLineEndings(source));
  const content = sanitizeHtml(markdown.parse(body, { async: false }));
  const heading = metadata.title === null ? takeText(content, (element) => element.localName === 'h1') : null;
  return buildArticle({
    fileName,
    title: metadata.title ?? heading,
    titleIsBodyText: heading !== null,
    byline: metadata.byline,
    siteName: metadata.siteName,
    publishedAt: metadata.publishedAt,
    url: metadata.url,
    language: metadata.language,
    body: htmlToBlocks(content),
  });
}
