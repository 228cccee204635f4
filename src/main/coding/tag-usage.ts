/**
 * How much each tag is used, as the codebook shows it: passages and
 * documents carrying the tag itself, and — rolled up — carrying it or any
 * tag inside it, where a passage or document is counted once however many
 * of those tags it has (never a sum of the children's counts). A document
 * counts when one of its passages has the tag or it carries it as a
 * document tag.
 */
import type { DocumentSummary, Passage, Tag, TagView } from '../../shared/model';

type Usage = Pick<TagView, 'passageCount' | 'documentCount' | 'passageTotal' | 'documentTotal'>;

export function tagUsage(tags: readonly Tag[], passages: readonly Passage[], documents: readonly DocumentSummary[]): (tagId: string) => Usage {
  const parentOf = new Map(tags.map((tag) => [tag.id, tag.parentId]));
  /** The tag and every tag above it, each once (bounded, in case a damaged codebook has a cycle). */
  const withAncestors = (ids: readonly string[]) => {
    const found = new Set<string>();
    for (const start of ids) {
      let id: string | null | undefined = start;
      for (let depth = 0; id != null && depth < 64 && parentOf.has(id) && !found.has(id); depth += 1) {
        found.add(id);
        id = parentOf.get(id);
      }
    }
    return found;
  };
  const count = () => new Map<string, number>();
  const own = { passages: count(), documents: count() };
  const total = { passages: count(), documents: count() };
  const add = (map: Map<string, number>, ids: Iterable<string>) => {
    for (const id of ids) map.set(id, (map.get(id) ?? 0) + 1);
  };
  const byDocument = new Map<string, string[]>();
  for (const passage of passages) {
    add(own.passages, new Set(passage.tagIds));
    add(total.passages, withAncestors(passage.tagIds));
    let ofDocument = byDocument.get(passage.documentId);
    if (!ofDocument) byDocument.set(passage.documentId, (ofDocument = []));
    ofDocument.push(...passage.tagIds);
  }
  for (const document of documents) {
    const ids = [...document.tags, ...(byDocument.get(document.id) ?? [])];
    add(own.documents, new Set(ids.filter((id) => parentOf.has(id))));
    add(total.documents, withAncestors(ids));
  }
  return (tagId) => ({
    passageCount: own.passages.get(tagId) ?? 0,
    documentCount: own.documents.get(tagId) ?? 0,
    passageTotal: total.passages.get(tagId) ?? 0,
    documentTotal: total.documents.get(tagId) ?? 0,
  });
}
