/**
 * Finds quotations in a document's text and who said them. This first cut
 * knows straight and curly double quotes and a name right before or after
 * "said"; the attribution rules grow in the modules beside it.
 */
import type { Block } from '../../shared/model';
import type { QuoteFinding } from '../../shared/quotes';

const QUOTED = /["“]([^"“”]{2,}?)["”]/g;
const SAID_AFTER = /^,?\s*([A-Z][\w'-]+(?: [A-Z][\w'-]+)*) (?:said|says|added)\b/;
const SAID_BEFORE = /([A-Z][\w'-]+(?: [A-Z][\w'-]+)*) (?:said|says|added):?\s*$/;

export function findQuotes(text: string, blocks: readonly Block[]): QuoteFinding[] {
  const found: QuoteFinding[] = [];
  for (const block of blocks) {
    const body = text.slice(block.start, block.end);
    for (const match of body.matchAll(QUOTED)) {
      const start = block.start + match.index;
      const end = start + match[0].length;
      const after = SAID_AFTER.exec(text.slice(end, block.end));
      const before = SAID_BEFORE.exec(text.slice(block.start, start));
      const named = after ?? before;
      const cue = after ? { start: end + after.index, end: end + after.index + after[0].length } : before ? { start: block.start + before.index, end: start } : null;
      found.push({
        start,
        end,
        parts: [{ start: start + 1, end: end - 1 }],
        kind: 'direct',
        speaker: named?.[1] ?? null,
        via: named ? 'name' : 'unknown',
        cue,
      });
    }
  }
  return found;
}
