/**
 * Reads a REFI-QDA file into Scholia's project data: a project exchange file
 * (.qdpx, or a bare project.qde) or a codebook (.qdc). Everything Scholia can
 * hold is taken (documents, passages with their tags and notes, the tag
 * tree, memos, attributes, document tags) and the summary says, in
 * sentences, what was left out. A file that is damaged, hostile or beyond
 * the limits is refused whole with a RefiQdaError saying why: nothing of it
 * is returned.
 */
import type { ProjectData, ProjectUser } from '../project-data';
import { derivedGuid } from './guid';
import { SkipTally } from './import-summary';
import { attachNotes, type NoteLink } from './note-links';
import { readCases } from './read-cases';
import { readCodes } from './read-codes';
import { GuidRegistry, idOfGuid, isoTime, type ReadContext } from './read-context';
import { readLinks, readNotes } from './read-notes';
import { readSets } from './read-sets';
import { readSources } from './read-sources';
import { VariableBook } from './read-variables';
import { MAX_PROJECT_XML_BYTES } from './refi-limits';
import { RefiQdaError } from './refi-qda-error';
import { openQdpx } from './refi-zip';
import type { SourceFiles } from './source-texts';
import { childNamed, childrenNamed, parseXml, type XmlElement } from './xml-tree';

/** How much was imported, and what was not, for the user. */
export interface RefiImportSummary {
  imported: { documents: number; passages: number; tags: number; memos: number; attributes: number };
  /** What was left out or shortened, one sentence each ("2 picture sources (Scholia holds text only)"). */
  skipped: string[];
}

/** A REFI-QDA file read: its data as an export would hold it, whether it was a project or a codebook, and the summary to show. */
export interface RefiImport {
  project: ProjectData;
  kind: 'project' | 'codebook';
  summary: RefiImportSummary;
}

export interface ReadOptions {
  /** The clock, for the dates a file does not give. */
  now?: () => Date;
}

const PROJECT_NAMESPACE = /^urn:QDA-XML:project:\d+[.:]\d+$/;
// NVivo for Mac writes "urn:QDA-XML:codebook:1:0", with a colon for the dot.
const CODEBOOK_NAMESPACE = /^urn:QDA-XML:(codebook|project):\d+[.:]\d+$/;
const PROJECT_PARTS = new Set(['Users', 'CodeBook', 'Variables', 'Cases', 'Sources', 'Notes', 'Links', 'Sets', 'Graphs', 'Description', 'NoteRef']);

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

/** XML bytes as text: UTF-8, or UTF-16 with a byte-order mark. */
function decodeXml(bytes: Uint8Array, what: string): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new RefiQdaError(`${what} is not UTF-8 text, as REFI-QDA files are.`);
  }
}

function userOf(root: XmlElement): ProjectUser {
  const users = childrenNamed(childNamed(root, 'Users'), 'User');
  const creator = users.find((user) => user.attributes['guid'] === root.attributes['creatingUserGUID']) ?? users[0];
  if (!creator) return { id: derivedGuid('user:unknown'), name: '' };
  return { id: idOfGuid(creator.attributes['guid'] ?? ''), name: creator.attributes['name'] ?? creator.attributes['id'] ?? '' };
}

const baseName = (fileName: string) => fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');

function summaryOf(project: ProjectData, skipped: SkipTally): RefiImportSummary {
  const { documents, passages, tags, memos, attributes } = project;
  return { imported: { documents: documents.length, passages: passages.length, tags: tags.length, memos: memos.length, attributes: attributes.length }, skipped: skipped.sentences() };
}

async function readProject(root: XmlElement, context: ReadContext, files: SourceFiles, fileName: string): Promise<ProjectData> {
  const createdAt = isoTime(root.attributes['creationDateTime'], context.now);
  for (const part of root.children) if (!PROJECT_PARTS.has(part.name)) context.skipped.unknownElement(part.name);
  const codeBook = childNamed(root, 'CodeBook');
  for (const part of codeBook?.children ?? []) if (part.name !== 'Codes') context.skipped.unknownElement(part.name);
  const codes = readCodes(childNamed(codeBook, 'Codes'), context, createdAt);
  const variables = new VariableBook(childNamed(root, 'Variables'), context, createdAt);
  const notes = await readNotes(childNamed(root, 'Notes'), context, files);
  const sources = await readSources(childNamed(root, 'Sources'), context, files, variables, new Set(codes.tags.map((tag) => tag.id)));
  readCases(childNamed(root, 'Cases'), sources.documents, variables, context);
  readSets(childNamed(root, 'Sets'), codes.tags, sources.documents, context, createdAt);
  context.skipped.skip('graph', childrenNamed(childNamed(root, 'Graphs'), 'Graph').length);
  const links: NoteLink[] = [
    ...codes.noteLinks,
    ...sources.noteLinks,
    ...readLinks(childNamed(root, 'Links'), new Set(notes.map((note) => note.id)), sources.selections, context),
    ...childrenNamed(root, 'NoteRef').map((ref): NoteLink => ({ ref, target: { kind: 'project' } })),
  ];
  const memos = attachNotes(notes, links, sources.passages, sources.annotate, context);
  const description = childNamed(root, 'Description')?.text ?? '';
  if (description.trim() !== '') {
    memos.push({ id: derivedGuid(`project-description:${createdAt}`), title: 'Project description', body: description, about: { kind: 'project' }, createdAt, updatedAt: createdAt });
  }
  return {
    title: root.attributes['name']?.trim() || baseName(fileName),
    exportedAt: createdAt,
    user: userOf(root),
    documents: sources.documents,
    passages: sources.passages,
    tags: codes.tags,
    attributes: variables.attributes(sources.documents),
    memos: [...memos, ...sources.memos],
  };
}

function readCodebook(root: XmlElement, context: ReadContext, fileName: string): ProjectData {
  for (const part of root.children) {
    if (part.name === 'Sets') context.skipped.skip('code-set', childrenNamed(part, 'Set').length);
    else if (part.name !== 'Codes') context.skipped.unknownElement(part.name);
  }
  const codes = readCodes(childNamed(root, 'Codes'), context, context.now);
  return { title: baseName(fileName), exportedAt: context.now, user: userOf(root), documents: [], passages: [], tags: codes.tags, attributes: [], memos: [] };
}

/** Reads a .qdpx, .qde or .qdc file; `fileName` is how the user knows it, for messages and the documents' origin. */
export async function readRefiQda(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<RefiImport> {
  const now = (options.now ?? (() => new Date()))().toISOString();
  let files: SourceFiles = async () => null;
  let xmlBytes = bytes;
  let what = `“${fileName}”`;
  if (isZip(bytes) || /\.qdpx$/i.test(fileName)) {
    const archive = await openQdpx(bytes, fileName);
    files = archive.readSource;
    xmlBytes = archive.projectXml;
    what = archive.projectName;
  } else if (bytes.byteLength > MAX_PROJECT_XML_BYTES) {
    throw new RefiQdaError(`${what} is larger than ${MAX_PROJECT_XML_BYTES / 1024 ** 2} MB; Scholia does not read a REFI-QDA file that large.`);
  }
  const { root, namespace } = parseXml(decodeXml(xmlBytes, what), what);
  const kind = root.name === 'Project' ? 'project' : root.name === 'CodeBook' ? 'codebook' : null;
  if (kind === null) throw new RefiQdaError(`${what} is not a REFI-QDA file: its XML is a ${root.name.slice(0, 60)}, not a Project or a CodeBook.`);
  if (!(kind === 'project' ? PROJECT_NAMESPACE : CODEBOOK_NAMESPACE).test(namespace ?? '')) {
    throw new RefiQdaError(`${what} is not a REFI-QDA file: its ${root.name} is not in the REFI-QDA namespace (it says ${JSON.stringify((namespace ?? 'none').slice(0, 80))}).`);
  }
  const skipped = new SkipTally();
  const context: ReadContext = { fileName, what, origin: root.attributes['origin'] ?? '', now, skipped, guids: new GuidRegistry(what) };
  const project = kind === 'project' ? await readProject(root, context, files, fileName) : readCodebook(root, context, fileName);
  return { project, kind, summary: summaryOf(project, skipped) };
}
