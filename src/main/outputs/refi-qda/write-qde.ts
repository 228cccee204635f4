/**
 * A project as the project.qde of a REFI-QDA project exchange file, in the
 * element order the schema fixes: Users, CodeBook, Variables, Sources, Notes,
 * Sets, then the NoteRefs of the project's own memos.
 *
 * Memos and passage notes are Notes. A memo about a document is pointed to
 * from its TextSource, one about a tag from its Code (the schema gives Code a
 * NoteRef), a project memo from the Project itself; a memo about something
 * the export leaves out stays an unattached Note. Orphaned passages are not
 * written: with no place in the text there is nothing to select
 * (`unplacedPassages` counts them for the message).
 */
import type { Memo } from '../../../shared/model';
import type { ProjectData, ProjectPassage } from '../project-data';
import { pushTo } from './grouping';
import { guidOf } from './guid';
import { codesXml } from './qde-codebook';
import { sourceFileName, textSourceXml, type SourceContext } from './qde-sources';
import { planVariables } from './qde-variables';
import { documentTagSetGuid, ORIGIN, passageNoteGuid, PROJECT_NAMESPACE } from './refi-format';
import { element, textElement, XML_DECLARATION } from './xml-writing';

/** What a .qdpx packs: the project.qde and the texts it refers to. */
export interface QdeOutput {
  xml: string;
  /** The text files the project.qde refers to, by their name in the Sources folder. */
  sources: { name: string; text: string }[];
}

/** Passages the export cannot place, so leaves out. */
export const unplacedPassages = (project: ProjectData): number => project.passages.filter((passage) => passage.anchor === null).length;

interface NoteContent {
  guid: string;
  name: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

function noteXml(note: NoteContent, userGuid: string): string {
  const attributes = { guid: note.guid, name: note.name, creatingUser: userGuid, creationDateTime: note.createdAt, modifyingUser: userGuid, modifiedDateTime: note.updatedAt };
  return element('Note', attributes, textElement('PlainTextContent', {}, note.body));
}

/** Memo GUIDs grouped by what they are about, by the id of that thing. */
function memoRefs(memos: readonly Memo[], kind: 'document' | 'tag'): Map<string, string[]> {
  const refs = new Map<string, string[]>();
  for (const memo of memos) if (memo.about.kind === kind) pushTo(refs, memo.about.id, guidOf('memo', memo.id));
  return refs;
}

function setsXml(project: ProjectData, tagGuid: (id: string) => string | null, documentGuid: (id: string) => string): string {
  const members = new Map<string, string[]>();
  for (const document of project.documents) {
    for (const tagId of new Set(document.tags)) pushTo(members, tagId, documentGuid(document.id));
  }
  const sets: string[] = [];
  for (const tag of project.tags) {
    const codeGuid = tagGuid(tag.id);
    const sources = members.get(tag.id);
    if (codeGuid === null || !sources) continue;
    const parts = [textElement('Description', {}, `The documents tagged “${tag.path}” as a whole.`), ...sources.map((guid) => element('MemberSource', { targetGUID: guid }))];
    sets.push(element('Set', { guid: documentTagSetGuid(codeGuid), name: tag.path }, parts));
  }
  return sets.length === 0 ? '' : element('Sets', {}, sets);
}

/** Builds project.qde and the source files; `progress` hears the fraction of documents done. */
export function buildQde(project: ProjectData, progress: (fraction: number) => void = () => undefined): QdeOutput {
  const userGuid = guidOf('user', project.user.id);
  const exportedTags = new Set(project.tags.map((tag) => tag.id));
  const exportedDocuments = new Set(project.documents.map((document) => document.id));
  const tagGuid = (id: string) => (exportedTags.has(id) ? guidOf('tag', id) : null);
  const documentGuid = (id: string) => guidOf('document', id);
  const documentMemos = memoRefs(project.memos, 'document');
  const tagMemos = memoRefs(project.memos, 'tag');
  const variables = planVariables(project);
  const context: SourceContext = {
    userGuid,
    documentGuid,
    passageGuid: (id) => guidOf('passage', id),
    tagGuid,
    memoRefsOf: (id) => documentMemos.get(id) ?? [],
    variableValuesOf: variables.valuesOf,
  };

  const passagesOf = new Map<string, ProjectPassage[]>();
  for (const passage of project.passages) pushTo(passagesOf, passage.documentId, passage);
  const sourceElements: string[] = [];
  const sources: QdeOutput['sources'] = [];
  project.documents.forEach((document, index) => {
    sourceElements.push(textSourceXml(document, passagesOf.get(document.id) ?? [], context));
    sources.push({ name: sourceFileName(documentGuid(document.id)), text: document.text });
    progress((index + 1) / project.documents.length);
  });

  const notes: string[] = project.memos.map((memo) =>
    noteXml({ guid: guidOf('memo', memo.id), name: memo.title, body: memo.body, createdAt: memo.createdAt, updatedAt: memo.updatedAt }, userGuid),
  );
  for (const passage of project.passages) {
    if (passage.anchor === null || passage.note === '' || !exportedDocuments.has(passage.documentId)) continue;
    const guid = passageNoteGuid(guidOf('passage', passage.id));
    notes.push(noteXml({ guid, name: 'Passage note', body: passage.note, createdAt: passage.createdAt, updatedAt: passage.updatedAt }, userGuid));
  }

  const codes = codesXml(project.tags, { guidOf: (id) => guidOf('tag', id), noteRefsOf: (id) => tagMemos.get(id) ?? [] });
  const projectMemos = project.memos.filter((memo) => memo.about.kind === 'project').map((memo) => element('NoteRef', { targetGUID: guidOf('memo', memo.id) }));
  const body = [
    element('Users', {}, element('User', { guid: userGuid, name: project.user.name })),
    codes === '' ? '' : element('CodeBook', {}, codes),
    variables.definitions,
    sourceElements.length === 0 ? '' : element('Sources', {}, sourceElements),
    notes.length === 0 ? '' : element('Notes', {}, notes),
    setsXml(project, tagGuid, documentGuid),
    ...projectMemos,
  ];
  const attributes = { xmlns: PROJECT_NAMESPACE, name: project.title, origin: ORIGIN, creatingUserGUID: userGuid, creationDateTime: project.exportedAt };
  return { xml: XML_DECLARATION + element('Project', attributes, body), sources };
}
