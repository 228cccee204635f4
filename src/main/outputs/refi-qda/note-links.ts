/**
 * Where a REFI-QDA Note belongs in Scholia. The same Note element serves
 * many purposes there: a NoteRef from a selection (or its coding, or a Link
 * from the note to the selection, as NVivo writes) makes it part of the
 * passage's note; a NoteRef from a source, a code or the project makes it a
 * memo about that; a note a source points to that holds selections of its
 * own (QualCoder's annotations) becomes passages with that note; a note
 * nothing points to is a memo of the project (a journal entry).
 */
import type { Memo } from '../../../shared/model';
import type { ProjectPassage } from '../project-data';
import { pushTo } from './grouping';
import { derivedGuid } from './guid';
import { clipped, dangling, targetOf, type ReadContext } from './read-context';
import { MAX_MEMO_CHARS, MAX_MEMO_TITLE, MAX_MEMOS, MAX_NOTE_LENGTH } from './refi-limits';
import { RefiQdaError } from './refi-qda-error';
import type { XmlElement } from './xml-tree';

/** What a note can belong to. */
export type NoteTarget = { kind: 'project' } | { kind: 'document'; id: string } | { kind: 'tag'; id: string } | { kind: 'passage'; passage: ProjectPassage };

/** A reference to a Note (its element, for the NoteRef's target and for messages) and what it is attached to. */
export interface NoteLink {
  ref: XmlElement;
  target: NoteTarget;
  /** The note's id when the link is not a NoteRef (a Link's originGUID). */
  noteId?: string;
}

/** A Note as read, before it is known where it belongs. */
export interface NoteRead {
  id: string;
  title: string;
  body: string;
  createdAt: string;
  updatedAt: string;
  /** Selections the note itself holds: the place it annotates in the source that points to it. */
  selections: XmlElement[];
}

/** Makes passages on a document from a note's own selections, with the note's text as their note. */
export type Annotate = (documentId: string, selections: readonly XmlElement[], note: string) => ProjectPassage[];

const noteText = (note: NoteRead, context: ReadContext) => clipped(note.body, MAX_NOTE_LENGTH, context.skipped, 'shortened-note');

function memoOf(note: NoteRead, about: Memo['about'], index: number, context: ReadContext): Memo {
  return {
    // A note attached to two things is two memos; the first keeps the note's GUID as its id.
    id: index === 0 ? note.id : derivedGuid(`memo:${note.id}:${index}`),
    title: clipped(note.title, MAX_MEMO_TITLE, context.skipped, 'shortened-name'),
    body: clipped(note.body, MAX_MEMO_CHARS, context.skipped, 'shortened-memo'),
    about,
    createdAt: note.createdAt,
    updatedAt: note.updatedAt,
  };
}

/**
 * Attaches every note to what points to it, in the file's order of notes.
 * Returns the memos; passage notes are written into the passages; passages
 * made from annotations are added to `passages`.
 */
export function attachNotes(notes: readonly NoteRead[], links: readonly NoteLink[], passages: ProjectPassage[], annotate: Annotate, context: ReadContext): Memo[] {
  const byId = new Map(notes.map((note) => [note.id, note]));
  const linksOf = new Map<string, NoteLink[]>();
  for (const link of links) {
    const id = link.noteId ?? targetOf(link.ref, context.what);
    if (!byId.has(id)) dangling(link.ref, context.what);
    pushTo(linksOf, id, link);
  }
  const memos: Memo[] = [];
  const annotated = new Set<ProjectPassage>();
  for (const note of notes) {
    const attached = linksOf.get(note.id) ?? [];
    const onPassages = attached.flatMap((link) => (link.target.kind === 'passage' ? [link.target.passage] : []));
    for (const passage of new Set(onPassages)) {
      passage.note = passage.note === '' ? note.body : `${passage.note}\n\n${note.body}`;
      annotated.add(passage);
    }
    if (onPassages.length > 0) continue;
    const others = attached.map((link) => link.target).filter((target): target is Exclude<NoteTarget, { kind: 'passage' }> => target.kind !== 'passage');
    const annotates = note.selections.length > 0 ? others.filter((target) => target.kind === 'document') : [];
    for (const target of annotates) passages.push(...annotate(target.id, note.selections, noteText(note, context)));
    if (annotates.length > 0) continue;
    const abouts: Memo['about'][] = others.length === 0 ? [{ kind: 'project' }] : others;
    abouts.forEach((about, index) => memos.push(memoOf(note, about, index, context)));
  }
  for (const passage of annotated) passage.note = clipped(passage.note, MAX_NOTE_LENGTH, context.skipped, 'shortened-note');
  if (memos.length > MAX_MEMOS) throw new RefiQdaError(`${context.what} has more than ${MAX_MEMOS.toLocaleString('en')} notes, more than a notebook can hold as memos.`);
  return memos;
}
