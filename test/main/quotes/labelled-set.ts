/**
 * The labelled articles of test/fixtures/quotes, imported the way the app
 * imports a .txt file so that offsets are a real document's, with each
 * label's parts located in that text by their words.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePlainText } from '../../../src/main/importers/plain-text';
import type { Block } from '../../../src/shared/model';
import type { QuoteKind, TextSpan } from '../../../src/shared/quotes';

export interface Label {
  kind: QuoteKind;
  speaker: string | null;
  parts: TextSpan[];
}

export interface LabelledArticle {
  name: string;
  text: string;
  blocks: Block[];
  labels: Label[];
}

const DIR = fileURLToPath(new URL('../../fixtures/quotes/', import.meta.url));

export function labelledArticles(): LabelledArticle[] {
  return readdirSync(DIR)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const { text, blocks } = parsePlainText(readFileSync(DIR + file, 'utf8'), file);
      const raw = JSON.parse(readFileSync(DIR + file.replace(/\.txt$/, '.labels.json'), 'utf8')) as {
        quotes: { kind: QuoteKind; speaker: string | null; parts: { text: string }[] }[];
      };
      const labels = raw.quotes.map((quote) => ({ kind: quote.kind, speaker: quote.speaker, parts: quote.parts.map((part) => locate(text, part.text, file)) }));
      return { name: file.replace(/\.txt$/, ''), text, blocks, labels };
    });
}

function locate(text: string, words: string, file: string): TextSpan {
  const start = text.indexOf(words);
  if (start === -1) throw new Error(`${file}: label text not found: ${words}`);
  return { start, end: start + words.length };
}
