import { scholia } from '../../bridge';
import type { Codebook } from '../../data/tags';
import type { NoteLink } from '../passages/markdown';
import { showToast } from '../toasts/toasts';

/** Where the app can go: what following a link inside the notebook ends in. */
export interface LinkDestinations {
  codebook: Codebook;
  openDocument: (documentId: string) => void;
  openPassage: (documentId: string, passageId: string) => void;
  showTag: (tagId: string) => void;
}

/**
 * Follows a link written in a memo or note. What it points to may have been
 * deleted since the link was written: then the user is told so, and stays put.
 */
export async function followNoteLink(link: NoteLink, to: LinkDestinations): Promise<void> {
  if (link.kind === 'tag') {
    if (to.codebook.byId.has(link.id)) to.showTag(link.id);
    else showToast('The tag this link points to is no longer in the codebook.', { tone: 'error' });
    return;
  }
  const documentId = link.kind === 'document' ? link.id : link.documentId;
  const found = await scholia().library.get({ ids: [documentId] });
  if (!found.ok) {
    showToast(found.error.message, { tone: 'error' });
    return;
  }
  if (found.value.length === 0) {
    showToast(`The ${link.kind === 'document' ? 'document' : 'passage'} this link points to is no longer in this notebook.`, { tone: 'error' });
    return;
  }
  if (link.kind === 'document') {
    to.openDocument(documentId);
    return;
  }
  const passages = await scholia().passages.list({ documentId });
  if (!passages.ok) showToast(passages.error.message, { tone: 'error' });
  else if (passages.value.some((passage) => passage.id === link.passageId)) to.openPassage(documentId, link.passageId);
  else showToast('The passage this link points to has been deleted from its document.', { tone: 'error' });
}
