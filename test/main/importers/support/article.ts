import { expect } from 'vitest';
import type { BlockKind } from '../../../../src/shared/model';
import { ImportError } from '../../../../src/main/importers/import-error';
import type { ParsedArticle } from '../../../../src/main/importers/plain-text';

/** Each block as [kind, text]: the shape most importer assertions compare against. */
export const blocksOf = (article: ParsedArticle): [BlockKind, string][] =>
  article.blocks.map((block) => [block.kind, article.text.slice(block.start, block.end)]);

export const textsOf = (article: ParsedArticle, kind: BlockKind): string[] =>
  blocksOf(article)
    .filter(([blockKind]) => blockKind === kind)
    .map(([, text]) => text);

/** "problem: message" of the ImportError a call rejects with; anything else fails the test. */
export async function importProblem(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ImportError) {
      expect(error.code).toBe('import-failed');
      return `${error.problem}: ${error.message}`;
    }
    throw error;
  }
  return 'accepted';
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
