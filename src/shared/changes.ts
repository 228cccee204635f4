/**
 * What a committed change touched, as main announces it: scopes, kinds and
 * ids, never contents. Each view asks again only for what a change covers;
 * the revision says which changes an answer it already holds includes.
 */

/** What happened to the items of a scope. `text` means a document's text was replaced by a new version. */
export type ChangeKind = 'added' | 'updated' | 'removed';

export type NotebookChange =
  | { scope: 'documents'; kind: ChangeKind | 'text'; ids: string[] }
  | { scope: 'passages'; kind: ChangeKind; documentId: string; ids: string[] }
  | { scope: 'tags'; kind: ChangeKind; ids: string[] }
  | { scope: 'attributes'; ids: string[] }
  | { scope: 'memos'; kind: ChangeKind; ids: string[] }
  | { scope: 'session'; documentIds: string[] }
  | { scope: 'notices'; kind: 'added' | 'removed'; ids: string[] }
  | { scope: 'backups' };

export type ChangeScope = NotebookChange['scope'];

/** One commit, as the renderer hears of it. Revisions only grow; a bridge answer carries the revision it reflects. */
export interface ChangeEvent {
  revision: number;
  changes: NotebookChange[];
}
