/**
 * One TextSource per document: its text in a file of the .qdpx, each placed
 * passage as a PlainTextSelection (positions in code points, see
 * text-positions.ts) coded with its tags, its note as a Note the selection
 * points to, and the document's memos and variable values.
 */
import type { ProjectDocument, ProjectPassage } from '../project-data';
import { codingGuid, INTERNAL_SCHEME, passageNoteGuid } from './refi-format';
import { codePointPositions } from './text-positions';
import { element } from './xml-writing';

/** What a TextSource needs from the rest of the export: GUIDs, memo references, variable values. */
export interface SourceContext {
  userGuid: string;
  /** The GUID of a document, a passage or a tag; null for a tag the export leaves out. */
  documentGuid(documentId: string): string;
  passageGuid(passageId: string): string;
  tagGuid(tagId: string): string | null;
  /** GUIDs of the Notes about a document. */
  memoRefsOf(documentId: string): readonly string[];
  variableValuesOf(document: ProjectDocument): string;
}

/** The name of a document's text file inside the Sources folder. */
export const sourceFileName = (documentGuid: string) => `${documentGuid}.txt`;

function selectionXml(passage: ProjectPassage, start: number, end: number, context: SourceContext): string {
  const guid = context.passageGuid(passage.id);
  const parts: string[] = [];
  for (const tagId of new Set(passage.tagIds)) {
    const codeGuid = context.tagGuid(tagId);
    if (codeGuid === null) continue;
    const codeRef = element('CodeRef', { targetGUID: codeGuid });
    parts.push(element('Coding', { guid: codingGuid(guid, codeGuid), creatingUser: context.userGuid, creationDateTime: passage.createdAt }, codeRef));
  }
  if (passage.note !== '') parts.push(element('NoteRef', { targetGUID: passageNoteGuid(guid) }));
  const attributes = {
    guid,
    startPosition: start,
    endPosition: end,
    creatingUser: context.userGuid,
    creationDateTime: passage.createdAt,
    modifyingUser: context.userGuid,
    modifiedDateTime: passage.updatedAt,
  };
  return element('PlainTextSelection', attributes, parts);
}

/** The document's TextSource; `passages` are its placed ones (orphaned passages have no place to select). */
export function textSourceXml(document: ProjectDocument, passages: readonly ProjectPassage[], context: SourceContext): string {
  const guid = context.documentGuid(document.id);
  const toPosition = codePointPositions(document.text);
  const parts: string[] = [];
  for (const passage of passages) {
    if (passage.anchor === null) continue;
    parts.push(selectionXml(passage, toPosition(passage.anchor.start), toPosition(passage.anchor.end), context));
  }
  for (const note of context.memoRefsOf(document.id)) parts.push(element('NoteRef', { targetGUID: note }));
  parts.push(context.variableValuesOf(document));
  const attributes = {
    guid,
    name: document.title,
    plainTextPath: `${INTERNAL_SCHEME}${sourceFileName(guid)}`,
    creatingUser: context.userGuid,
    creationDateTime: document.addedAt,
  };
  return element('TextSource', attributes, parts);
}
