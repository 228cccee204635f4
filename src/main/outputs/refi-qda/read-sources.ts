/**
 * Sources as documents. A TextSource is a document, and so is the text
 * version (Representation) of a PDFSource; pictures, audio and video are
 * left out and counted. Each PlainTextSelection becomes a passage: its
 * positions, in code points, are checked against the text and converted to
 * UTF-16 (see text-positions.ts), its quote and context are taken from the
 * text, its Codings are its tags, its Description and the Notes it points to
 * its note. A Coding on the source itself is a document tag.
 */
import { describeRange } from '../../../shared/anchoring/selectors';
import type { Memo } from '../../../shared/model';
import { hashText } from '../../library/library';
import { clipText } from '../../importers/metadata-limits';
import type { ProjectDocument, ProjectPassage } from '../project-data';
import { derivedGuid } from './guid';
import type { Annotate, NoteLink } from './note-links';
import { clipped, dangling, isoTime, targetOf, type ReadContext } from './read-context';
import type { VariableBook } from './read-variables';
import { countsLineBreakAsOne } from './refi-format';
import { MAX_DOCUMENT_TAGS, MAX_NOTE_LENGTH, MAX_SELECTIONS, MAX_SOURCES, MAX_TAGS_PER_PASSAGE, MAX_TITLE_LENGTH } from './refi-limits';
import { RefiQdaError } from './refi-qda-error';
import { loadText, type SourceFiles } from './source-texts';
import { textBlocks } from './text-blocks';
import { sourceText, type SourceText } from './text-positions';
import { childNamed, childrenNamed, type XmlElement } from './xml-tree';

/** The documents and passages of a project's sources, and what points from them to notes. */
export interface SourcesRead {
  documents: ProjectDocument[];
  passages: ProjectPassage[];
  noteLinks: NoteLink[];
  /** Passages by the id of the selection they came from, for Links. */
  selections: Map<string, ProjectPassage>;
  /** Sources' Descriptions, as memos about their documents. */
  memos: Memo[];
  annotate: Annotate;
}

const SKIPPED_SOURCES = { PictureSource: 'picture-source', AudioSource: 'audio-source', VideoSource: 'video-source' } as const;
const TEXT_SOURCE_PARTS = new Set(['Description', 'PlainTextContent', 'PlainTextSelection', 'Coding', 'NoteRef', 'VariableValue']);
const PDF_SOURCE_PARTS = new Set(['Description', 'PDFSelection', 'Representation', 'Coding', 'NoteRef', 'VariableValue']);
const SELECTION_PARTS = new Set(['Description', 'Coding', 'NoteRef']);

function position(selection: XmlElement, attribute: string, what: string): number {
  const raw = selection.attributes[attribute]?.trim() ?? '';
  if (!/^[+-]?\d{1,15}$/.test(raw)) throw new RefiQdaError(`${what} has a selection whose ${attribute} is not a whole number (${JSON.stringify(raw.slice(0, 30))}).`);
  return Number(raw);
}

class SourceReader {
  readonly read: SourcesRead;
  private readonly texts = new Map<string, { document: ProjectDocument; positions: SourceText }>();
  private selectionCount = 0;

  constructor(
    private readonly context: ReadContext,
    private readonly files: SourceFiles,
    private readonly variables: VariableBook,
    private readonly tagIds: ReadonlySet<string>,
  ) {
    this.read = { documents: [], passages: [], noteLinks: [], selections: new Map(), memos: [], annotate: (id, selections, note) => this.annotate(id, selections, note) };
  }

  /** The tag a Coding applies; a Coding to no code, or to one the codebook lacks, refuses the file. */
  private tagOf(coding: XmlElement): string {
    const codeRef = childNamed(coding, 'CodeRef');
    if (!codeRef) throw new RefiQdaError(`${this.context.what} has a Coding without a CodeRef; the file is damaged.`);
    const id = targetOf(codeRef, this.context.what);
    if (!this.tagIds.has(id)) dangling(codeRef, this.context.what);
    return id;
  }

  /** A selection as a passage, or null when it selects nothing Scholia can mark. */
  passageOf(selection: XmlElement, document: ProjectDocument, positions: SourceText): ProjectPassage | null {
    const { what } = this.context;
    const id = this.context.guids.claim(selection);
    if ((this.selectionCount += 1) > MAX_SELECTIONS) throw new RefiQdaError(`${what} has more than ${MAX_SELECTIONS.toLocaleString('en')} selections; Scholia does not read a project that large.`);
    const start = position(selection, 'startPosition', what);
    const end = position(selection, 'endPosition', what);
    if (end < start) throw new RefiQdaError(`${what} has a selection in “${document.title}” that ends (${end}) before it starts (${start}); the file is damaged.`);
    if (start < 0 || end > positions.length) {
      throw new RefiQdaError(`${what} has a selection at ${start}–${end} in “${document.title}”, which has only ${positions.length} characters; the file does not match its sources.`);
    }
    const tagIds = new Set<string>();
    const noteRefs: XmlElement[] = [];
    for (const part of selection.children) {
      if (!SELECTION_PARTS.has(part.name)) this.context.skipped.unknownElement(part.name);
      else if (part.name === 'Coding') {
        tagIds.add(this.tagOf(part));
        noteRefs.push(...childrenNamed(part, 'NoteRef'));
      } else if (part.name === 'NoteRef') noteRefs.push(part);
    }
    if (start === end) {
      this.context.skipped.skip('empty-selection');
      return null;
    }
    const described = describeRange(document.text, positions.toUtf16(start), positions.toUtf16(end));
    if (!described.ok) {
      this.context.skipped.skip('blank-selection');
      return null;
    }
    if (tagIds.size > MAX_TAGS_PER_PASSAGE) this.context.skipped.skip('extra-coding', tagIds.size - MAX_TAGS_PER_PASSAGE);
    const createdAt = isoTime(selection.attributes['creationDateTime'] ?? selection.attributes['modifiedDateTime'], this.context.now);
    const passage: ProjectPassage = {
      id,
      documentId: document.id,
      ...described.value,
      tagIds: [...tagIds].slice(0, MAX_TAGS_PER_PASSAGE),
      note: clipped(childNamed(selection, 'Description')?.text.trim() ?? '', MAX_NOTE_LENGTH, this.context.skipped, 'shortened-note'),
      createdAt,
      updatedAt: isoTime(selection.attributes['modifiedDateTime'], createdAt),
      anchor: { start: described.value.position.start, end: described.value.position.end },
    };
    for (const ref of noteRefs) this.read.noteLinks.push({ ref, target: { kind: 'passage', passage } });
    this.read.selections.set(id, passage);
    return passage;
  }

  private annotate(documentId: string, selections: readonly XmlElement[], note: string): ProjectPassage[] {
    const source = this.texts.get(documentId);
    if (!source) return [];
    return selections.flatMap((selection) => {
      const passage = this.passageOf(selection, source.document, source.positions);
      if (passage) passage.note = passage.note === '' ? note : `${passage.note}\n\n${note}`;
      return passage ? [passage] : [];
    });
  }

  /** Reads `text` (a TextSource, or a PDF's Representation) as a document; `outer` is the source element that names and dates it. */
  async document(text: XmlElement, outer: XmlElement, parts: ReadonlySet<string>): Promise<void> {
    const { context } = this;
    const id = context.guids.claim(outer);
    if (this.read.documents.length >= MAX_SOURCES) throw new RefiQdaError(`${context.what} has more than ${MAX_SOURCES.toLocaleString('en')} sources; Scholia does not read a project that large.`);
    const loaded = await loadText(text, context, this.files);
    if (!loaded.ok) {
      context.skipped.skip(loaded.reason);
      return;
    }
    if (loaded.richText) context.skipped.skip('rich-text');
    const positions = sourceText(loaded.raw, countsLineBreakAsOne(context.origin));
    const title = clipText(outer.attributes['name'] ?? '', MAX_TITLE_LENGTH) || 'Untitled source';
    const { blocks, wordCount } = textBlocks(positions.text, title);
    const document: ProjectDocument = {
      id,
      title,
      source: '',
      byline: null,
      addedAt: isoTime(outer.attributes['creationDateTime'] ?? outer.attributes['modifiedDateTime'], context.now),
      publishedAt: null,
      wordCount,
      contentHash: hashText(positions.text),
      tags: [],
      origin: { kind: 'file', fileName: context.fileName, importedAt: context.now },
      url: null,
      language: null,
      attributes: {},
      versions: [],
      text: positions.text,
      blocks,
    };
    this.texts.set(id, { document, positions });
    this.read.documents.push(document);
    const tags = new Set<string>();
    for (const selection of childrenNamed(text, 'PlainTextSelection')) {
      const passage = this.passageOf(selection, document, positions);
      if (passage) this.read.passages.push(passage);
    }
    for (const element of text === outer ? [outer] : [text, outer]) {
      for (const part of element.children) {
        if (!(element === outer ? parts : TEXT_SOURCE_PARTS).has(part.name)) context.skipped.unknownElement(part.name);
        else if (part.name === 'Coding') tags.add(this.tagOf(part));
        else if (part.name === 'NoteRef') this.read.noteLinks.push({ ref: part, target: { kind: 'document', id } });
        else if (part.name === 'VariableValue') this.variables.apply(part, document);
        else if (part.name === 'PDFSelection') context.skipped.skip('pdf-selection');
        else if (part.name === 'Description' && part.text.trim() !== '') this.read.memos.push(this.descriptionMemo(document, part.text));
      }
    }
    if (tags.size > MAX_DOCUMENT_TAGS) context.skipped.skip('extra-document-tag', tags.size - MAX_DOCUMENT_TAGS);
    document.tags = [...tags].slice(0, MAX_DOCUMENT_TAGS);
  }

  private descriptionMemo(document: ProjectDocument, body: string): Memo {
    return { id: derivedGuid(`description:${document.id}`), title: 'Description', body, about: { kind: 'document', id: document.id }, createdAt: document.addedAt, updatedAt: document.addedAt };
  }
}

/** Reads the Sources element; `tagIds` are the tags the codebook defined. */
export async function readSources(sources: XmlElement | undefined, context: ReadContext, files: SourceFiles, variables: VariableBook, tagIds: ReadonlySet<string>): Promise<SourcesRead> {
  const reader = new SourceReader(context, files, variables, tagIds);
  for (const source of sources?.children ?? []) {
    if (source.name === 'TextSource') await reader.document(source, source, TEXT_SOURCE_PARTS);
    else if (source.name === 'PDFSource') {
      const representation = childNamed(source, 'Representation');
      if (!representation) context.skipped.skip('pdf-without-text');
      else {
        context.guids.claim(representation);
        await reader.document(representation, source, PDF_SOURCE_PARTS);
      }
    } else if (source.name in SKIPPED_SOURCES) context.skipped.skip(SKIPPED_SOURCES[source.name as keyof typeof SKIPPED_SOURCES]);
    else context.skipped.unknownElement(source.name);
  }
  return reader.read;
}
