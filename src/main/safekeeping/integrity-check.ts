/**
 * The start-up check: passages of documents that are gone are set aside,
 * references to tags that are gone are removed, documents whose text file is
 * missing are named. What it repairs is published like any change; what it
 * found is told in one notice.
 */
import { passageChanges, type ChangeFeed } from '../changes/change-feed';
import type { Codebook } from '../coding/codebook';
import type { Passages } from '../coding/passages';
import type { Library } from '../library/library';
import type { Notices } from '../notices/notices';
import type { BodyStore } from '../store/body-store';
import type { PassageStore } from '../store/passage-store';

interface Parts {
  library: Library;
  passages: Passages;
  passageStore: PassageStore;
  codebook: Codebook;
  bodies: BodyStore;
  notices: Notices;
  feed: ChangeFeed;
}

export async function checkIntegrity({ library, passages, passageStore, codebook, bodies, notices, feed }: Parts): Promise<void> {
  await passages.ready();
  const documents = new Set(library.all().map((d) => d.id));
  const findings: string[] = [];
  for (const documentId of await passageStore.documentIds()) {
    if (documents.has(documentId)) continue;
    const keptAs = await passages.setAside(documentId);
    findings.push(`the passages of a document that is no longer in the library were set aside as ${keptAs}`);
  }
  const tagExists = (id: string) => codebook.has(id);
  const stripped = await passages.stripTags(tagExists);
  if (stripped.before.length > 0) {
    findings.push(`${count(stripped.before.length, 'passage', 'passages')} named tags missing from the codebook; those tags were taken off`);
  }
  const retagged = await library.stripMissingTags();
  if (retagged.length > 0) {
    findings.push(`${count(retagged.length, 'document', 'documents')} named tags missing from the codebook; those tags were taken off`);
  }
  feed.publish([
    ...passageChanges('updated', stripped.after),
    ...(retagged.length > 0 ? [{ scope: 'documents' as const, kind: 'updated' as const, documents: retagged, fields: ['tags' as const] }] : []),
  ]);
  const stored = await bodies.ids();
  const textless = library.all().filter((d) => !stored.has(d.id));
  if (textless.length > 0) {
    findings.push(`the text of ${textless.map((d) => `“${d.title}”`).join(', ')} is missing from the notebook folder`);
  }
  if (findings.length > 0) notices.notify('warning', `The start-up check found problems: ${findings.join('; ')}.`);
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
