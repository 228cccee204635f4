/**
 * Coding many ranges at once: the accepted quotes of an article, the hits
 * of a search, an entity's mentions, every copy of a wire paragraph. The
 * whole batch, the tag it may create included, is one change for the user:
 * one undo takes it back, and a step that fails takes back the steps before.
 */
import type { CodeManyReport } from '../../shared/api';
import { describeRange } from '../../shared/anchoring/selectors';
import { ScholiaFailure } from '../../shared/result';
import type { ChangeFeed } from '../changes/change-feed';
import type { Passages } from './passages';
import { parseTagPath } from './tag-names';
import type { TagService } from './tag-service';

export interface CodeManyInput {
  /** What the undo is called ("code 12 quotes"). */
  label: string;
  /** The tag's path in the codebook; missing tags on it are created. */
  tagPath: string;
  items: readonly { documentId: string; start: number; end: number; note?: string }[];
}

interface Collaborators {
  feed: ChangeFeed;
  passages: Passages;
  tags: TagService;
  textOf: (documentId: string) => Promise<string>;
}

export class PassageBatch {
  constructor(private readonly deps: Collaborators) {}

  async codeMany(input: CodeManyInput): Promise<CodeManyReport> {
    parseTagPath(input.tagPath);
    const byDocument = await this.checked(input.items);
    const documentIds = [...byDocument.keys()];
    return this.deps.feed.batch(input.label, documentIds.length === 1 ? documentIds[0]! : null, async () => {
      const tag = await this.deps.tags.create({ name: input.tagPath });
      let created = 0;
      let alreadyCoded = 0;
      for (const [documentId, ranges] of byDocument) {
        const fresh = await this.notYetCoded(documentId, ranges, tag.id);
        alreadyCoded += ranges.length - fresh.length;
        if (fresh.length > 0) created += (await this.deps.passages.createMany(documentId, fresh, [tag.id], input.label)).length;
      }
      return { tagId: tag.id, created, alreadyCoded };
    });
  }

  /** Every range checked against its document's text before anything is written; repeats within the batch folded. */
  private async checked(items: CodeManyInput['items']): Promise<Map<string, { start: number; end: number; note?: string }[]>> {
    const byDocument = new Map<string, Map<string, { start: number; end: number; note?: string }>>();
    for (const item of items) {
      let ranges = byDocument.get(item.documentId);
      if (!ranges) {
        ranges = new Map();
        byDocument.set(item.documentId, ranges);
      }
      ranges.set(`${item.start}:${item.end}`, { start: item.start, end: item.end, ...(item.note ? { note: item.note } : {}) });
    }
    for (const [documentId, ranges] of byDocument) {
      const text = await this.deps.textOf(documentId);
      for (const range of ranges.values()) {
        const described = describeRange(text, range.start, range.end);
        if (!described.ok) throw new ScholiaFailure(described.error.code, `Nothing was coded: ${described.error.message}`);
      }
    }
    return new Map([...byDocument].map(([id, ranges]) => [id, [...ranges.values()]]));
  }

  private async notYetCoded(documentId: string, ranges: { start: number; end: number }[], tagId: string) {
    const coded = new Set(
      (await this.deps.passages.list(documentId)).filter((p) => p.anchor && p.tagIds.includes(tagId)).map((p) => `${p.anchor!.start}:${p.anchor!.end}`),
    );
    return ranges.filter((range) => !coded.has(`${range.start}:${range.end}`));
  }
}
