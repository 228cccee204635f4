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
    const [report] = await this.codeGroups(input.label, [input]);
    return report!;
  }

  /** Several tags' ranges at once (accepted quotes of several speakers), still one change to undo. */
  async codeGroups(label: string, groups: readonly Omit<CodeManyInput, 'label'>[]): Promise<CodeManyReport[]> {
    for (const group of groups) parseTagPath(group.tagPath);
    const checked: Map<string, { start: number; end: number; note?: string }[]>[] = [];
    for (const group of groups) checked.push(await this.checked(group.items));
    const documentIds = new Set(checked.flatMap((byDocument) => [...byDocument.keys()]));
    return this.deps.feed.batch(label, documentIds.size === 1 ? [...documentIds][0]! : null, async () => {
      const reports: CodeManyReport[] = [];
      for (const [index, group] of groups.entries()) reports.push(await this.code(group.tagPath, checked[index]!, label));
      return reports;
    });
  }

  private async code(tagPath: string, byDocument: Map<string, { start: number; end: number; note?: string }[]>, label: string): Promise<CodeManyReport> {
    const tag = await this.deps.tags.create({ name: tagPath });
    let created = 0;
    let alreadyCoded = 0;
    for (const [documentId, ranges] of byDocument) {
      const fresh = await this.notYetCoded(documentId, ranges, tag.id);
      alreadyCoded += ranges.length - fresh.length;
      if (fresh.length > 0) created += (await this.deps.passages.createMany(documentId, fresh, [tag.id], label)).length;
    }
    return { tagId: tag.id, created, alreadyCoded };
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
