/**
 * The indexed items (documents, passages, notes) and their hashes as columns
 * of the saved index: see snapshot-sections. Document bodies are not here:
 * they follow every other section, so start-up can stop reading before them.
 */
import type { LateBytes } from './late-bytes';
import { flatBlocks, SavedDocument, type SavedDocumentFields } from './saved-bodies';
import type { SortedItems } from './layered-map';
import type { SectionReader, SectionWriter, TextColumn } from './snapshot-sections';
import { damaged, DamagedSnapshot } from './snapshot-validation';
import { itemKey } from './item-keys';
import type { IndexableDocument, IndexableNote, IndexablePassage } from './types';

export interface ItemCounts {
  documents: number;
  passages: number;
  notes: number;
  /** Tags over all passages. */
  tags: number;
  /** Block numbers over all documents (three per block). */
  blockNumbers: number;
}

export interface SavedItems {
  documents: IndexableDocument[];
  passages: IndexablePassage[];
  notes: IndexableNote[];
  hashes: ReadonlyMap<string, string>;
}

/** How long each document's body is in UTF-8, in document order: the bodies section is laid out from it. */
export function bodyLengths(documents: readonly IndexableDocument[]): number[] {
  return documents.map((document) => (document instanceof SavedDocument ? document.bodyLength : Buffer.byteLength(document.text, 'utf8')));
}

/** Adds the items' columns to `writer`; returns their counts, which the header carries. */
export function writeItems(writer: SectionWriter, items: SavedItems, lengths: readonly number[]): ItemCounts {
  const { documents, passages, notes, hashes } = items;
  writer.addStrings('documents.id', documents.map((document) => document.id));
  writer.addStrings('documents.title', documents.map((document) => document.title));
  writer.addNullableStrings('documents.byline', documents.map((document) => document.byline));
  writer.addStrings('documents.contentHash', documents.map((document) => document.contentHash));
  const blocks = documents.map(flatBlocks);
  const blockEnds = new Uint32Array(documents.length);
  let blockNumbers = 0;
  blocks.forEach((flat, index) => (blockEnds[index] = blockNumbers += flat.length));
  const allBlocks = new Uint32Array(blockNumbers);
  blocks.forEach((flat, index) => allBlocks.set(flat, blockEnds[index]! - flat.length));
  writer.add('documents.blocks', allBlocks);
  writer.add('documents.blockEnds', blockEnds);
  const bodyEnds = new Float64Array(documents.length);
  let bodyBytes = 0;
  lengths.forEach((length, index) => (bodyEnds[index] = bodyBytes += length));
  writer.add('documents.bodyEnds', bodyEnds);

  writer.addStrings('passages.id', passages.map((passage) => passage.id));
  writer.addStrings('passages.documentId', passages.map((passage) => passage.documentId));
  writer.add('passages.range', Uint32Array.from(passages.flatMap((passage) => [passage.start, passage.end])));
  writer.addStrings('passages.note', passages.map((passage) => passage.note));
  const tags = passages.flatMap((passage) => passage.tags);
  writer.addStrings('passages.tags', tags);
  let tagCount = 0;
  writer.add('passages.tagEnds', Uint32Array.from(passages, (passage) => (tagCount += passage.tags.length)));

  writer.addStrings('notes.id', notes.map((note) => note.id));
  writer.addNullableStrings('notes.documentId', notes.map((note) => note.documentId));
  writer.addNullableStrings('notes.passageId', notes.map((note) => note.passageId));
  writer.addStrings('notes.text', notes.map((note) => note.text));

  const hashOf = (key: string) => hashes.get(key) ?? '';
  writer.addStrings('hashes', [
    ...documents.map((item) => hashOf(itemKey('document', item.id))),
    ...passages.map((item) => hashOf(itemKey('passage', item.id))),
    ...notes.map((item) => hashOf(itemKey('note', item.id))),
  ]);
  return { documents: documents.length, passages: passages.length, notes: notes.length, tags: tags.length, blockNumbers };
}

/** Saved items of each kind, in id order, made on demand (see layered-map). */
export interface RestoredItems {
  documents: SortedItems<IndexableDocument>;
  passages: SortedItems<IndexablePassage>;
  notes: SortedItems<IndexableNote>;
  /**
   * The hashes are paired with their keys only when first asked for: neither
   * the first answer nor an unchanged library's start needs them before the
   * check against the notebook.
   */
  hashes: () => Map<string, string>;
}

/**
 * The items back from their columns, documents reading their bodies from
 * `late`, where they lie in [bodiesAt, fileLength). Every range is checked
 * here, so that making an item later cannot fail.
 */
export function readItems(reader: SectionReader, counts: ItemCounts, late: LateBytes, bodiesAt: number, fileLength: number): RestoredItems {
  const documents = readDocuments(reader, counts, late, bodiesAt, fileLength - bodiesAt);
  const passages = readPassages(reader, counts);
  const notes = readNotes(reader, counts);
  const hashCount = counts.documents + counts.passages + counts.notes;
  // Placed now, decoded when first asked for; hashes found damaged then are read as none, so every item is indexed again.
  reader.checkColumn('hashes', hashCount);
  const hashes = () => {
    let hashList: TextColumn | null = null;
    try {
      hashList = reader.column('hashes', hashCount);
    } catch (error) {
      if (!(error instanceof DamagedSnapshot)) throw error;
    }
    const map = new Map<string, string>();
    let at = 0;
    for (const [kind, items] of [['document', documents], ['passage', passages], ['note', notes]] as const) {
      for (let index = 0; index < items.count; index += 1) map.set(itemKey(kind, items.idAt(index)), hashList?.at(at++) ?? '');
    }
    return map;
  };
  return { documents, passages, notes, hashes };
}

function ascendingEnds(ends: Uint32Array, limit: number, step: number): boolean {
  let previous = 0;
  for (let index = 0; index < ends.length; index += 1) {
    const end = ends[index]!;
    if (end < previous || end > limit || (end - previous) % step !== 0) return false;
    previous = end;
  }
  return true;
}

function readDocuments(reader: SectionReader, counts: ItemCounts, late: LateBytes, bodiesAt: number, bodiesLength: number): SortedItems<IndexableDocument> {
  const count = counts.documents;
  const ids = reader.column('documents.id', count);
  const titles = reader.column('documents.title', count);
  const bylines = reader.nullableColumn('documents.byline', count);
  const contentHashes = reader.column('documents.contentHash', count);
  const blocks = reader.uint32s('documents.blocks', counts.blockNumbers);
  const blockEnds = reader.uint32s('documents.blockEnds', count);
  const bodyEnds = reader.float64s('documents.bodyEnds', count);
  if (!ascendingEnds(blockEnds, blocks.length, 3)) damaged("a document's blocks are out of range");
  for (let index = 0; index < count; index += 1) {
    const end = bodyEnds[index]!;
    if (!Number.isInteger(end) || end < (index === 0 ? 0 : bodyEnds[index - 1]!) || end > bodiesLength) damaged('a body is out of range');
  }
  const startOf = (ends: ArrayLike<number>, index: number) => (index === 0 ? 0 : ends[index - 1]!);
  // A phrase check makes thousands of documents for their text alone: their other fields are cut out when read.
  const fieldsAt = (index: number): SavedDocumentFields => ({
    get id() {
      return ids.at(index);
    },
    get title() {
      return titles.at(index);
    },
    get byline() {
      return bylines.at(index);
    },
    get contentHash() {
      return contentHashes.at(index);
    },
    get blocks() {
      return blocks.subarray(startOf(blockEnds, index), blockEnds[index]);
    },
  });
  return {
    count,
    idAt: (index) => ids.at(index),
    compareAt: (index, id) => ids.compare(index, id),
    itemAt: (index) => new SavedDocument(fieldsAt(index), late, bodiesAt + startOf(bodyEnds, index), bodiesAt + bodyEnds[index]!),
  };
}

function readPassages(reader: SectionReader, counts: ItemCounts): SortedItems<IndexablePassage> {
  const count = counts.passages;
  const ids = reader.column('passages.id', count);
  const documentIds = reader.column('passages.documentId', count);
  const ranges = reader.uint32s('passages.range', count * 2);
  const notes = reader.column('passages.note', count);
  const tags = reader.column('passages.tags', counts.tags);
  const tagEnds = reader.uint32s('passages.tagEnds', count);
  if (!ascendingEnds(tagEnds, tags.count, 1)) damaged("a passage's tags are out of range");
  return {
    count,
    idAt: (index) => ids.at(index),
    compareAt: (index, id) => ids.compare(index, id),
    itemAt: (index) => {
      const tagStart = index === 0 ? 0 : tagEnds[index - 1]!;
      return {
        id: ids.at(index),
        documentId: documentIds.at(index),
        start: ranges[index * 2]!,
        end: ranges[index * 2 + 1]!,
        note: notes.at(index),
        tags: Array.from({ length: tagEnds[index]! - tagStart }, (_, tag) => tags.at(tagStart + tag)),
      };
    },
  };
}

function readNotes(reader: SectionReader, counts: ItemCounts): SortedItems<IndexableNote> {
  const count = counts.notes;
  const ids = reader.column('notes.id', count);
  const documentIds = reader.nullableColumn('notes.documentId', count);
  const passageIds = reader.nullableColumn('notes.passageId', count);
  const texts = reader.column('notes.text', count);
  return {
    count,
    idAt: (index) => ids.at(index),
    compareAt: (index, id) => ids.compare(index, id),
    itemAt: (index) => ({ id: ids.at(index), documentId: documentIds.at(index), passageId: passageIds.at(index), text: texts.at(index) }),
  };
}
