/**
 * The indexed items themselves (documents with their bodies, passages,
 * notes), their hashes and the tag map. The index only holds postings; field
 * texts for analysis, phrase checks and snippets are read from here.
 */
import { combineHashes, itemHash } from './fingerprint';
import { analyzeFields, type AnalyzedItem } from './item-analysis';
import { itemKey, parseItemKey } from './item-keys';
import { documentFieldTexts, noteFieldTexts, passageFieldTexts, type FieldTexts } from './item-texts';
import { LayeredMap } from './layered-map';
import type { RestoredItems } from './snapshot-items';
import { TagIndex } from './tag-index';
import type { IndexableDocument, IndexableItem, IndexableNote, IndexablePassage, ItemRef, SearchField } from './types';

export interface StoredItems {
  documents: IndexableDocument[];
  passages: IndexablePassage[];
  notes: IndexableNote[];
  hashes: Map<string, string>;
}


/** What is worked out from the passages: kept up to date once built, built on first use after a load. */
interface PassageLookups {
  tags: TagIndex;
  byDocument: Map<string, Set<string>>;
}

/** Restored items made per idle step: a few milliseconds' work. */
const ITEMS_MADE_AHEAD = 5000;

export class ItemStore {
  private readonly documents = new LayeredMap<IndexableDocument>();
  private readonly passages = new LayeredMap<IndexablePassage>();
  private readonly notes = new LayeredMap<IndexableNote>();
  private hashMap: Map<string, string> | (() => Map<string, string>) = new Map();
  /**
   * null after a load: a hundred thousand passages' tags took a tenth of the
   * start-up, and neither a plain search nor the first answer needs them.
   */
  private lookups: PassageLookups | null = { tags: new TagIndex(), byDocument: new Map() };

  get tags(): TagIndex {
    return this.passageLookups().tags;
  }

  /** Stores items; returns the keys to re-index, including passages whose document text changed. */
  put(items: readonly IndexableItem[]): string[] {
    const changed = new Set<string>();
    // Documents first: a passage's quote is read from its document's text.
    for (const entry of items) {
      if (entry.kind !== 'document') continue;
      const previous = this.documents.get(entry.item.id);
      this.documents.set(entry.item.id, entry.item);
      changed.add(itemKey('document', entry.item.id));
      if (previous?.contentHash !== entry.item.contentHash) {
        for (const passageId of this.passageLookups().byDocument.get(entry.item.id) ?? []) changed.add(itemKey('passage', passageId));
      }
    }
    for (const entry of items) {
      if (entry.kind === 'passage') {
        this.forgetPassage(entry.item.id);
        this.passages.set(entry.item.id, entry.item);
        this.rememberPassage(entry.item);
      } else if (entry.kind === 'note') {
        this.notes.set(entry.item.id, entry.item);
      } else continue;
      changed.add(itemKey(entry.kind, entry.item.id));
    }
    const hashes = this.hashes();
    for (const key of changed) hashes.set(key, this.hashOf(key));
    return [...changed];
  }

  /** Forgets items; returns their keys. A removed document's passages keep their indexed quotes. */
  delete(refs: readonly ItemRef[]): string[] {
    return refs.map(({ kind, id }) => {
      if (kind === 'document') this.documents.delete(id);
      else if (kind === 'passage') {
        this.forgetPassage(id);
        this.passages.delete(id);
      } else this.notes.delete(id);
      const key = itemKey(kind, id);
      this.hashes().delete(key);
      return key;
    });
  }

  document(id: string): IndexableDocument | undefined {
    return this.documents.get(id);
  }

  passage(id: string): IndexablePassage | undefined {
    return this.passages.get(id);
  }

  note(id: string): IndexableNote | undefined {
    return this.notes.get(id);
  }

  /** The text a passage quotes; '' while its document is not stored. */
  quoteOf(passage: IndexablePassage): string {
    return (this.documents.get(passage.documentId)?.text ?? '').slice(passage.start, passage.end);
  }

  /** The document a note belongs to, directly or through its passage. */
  documentOfNote(note: IndexableNote): string | null {
    return note.documentId ?? (note.passageId ? this.passages.get(note.passageId)?.documentId : null) ?? null;
  }

  /** Every stored item's key with the hash of what was indexed for it. */
  hashesByKey(): ReadonlyMap<string, string> {
    return this.hashes();
  }

  fingerprint(): string {
    return combineHashes(this.hashes());
  }

  counts(): { documents: number; passages: number; notes: number } {
    return { documents: this.documents.size, passages: this.passages.size, notes: this.notes.size };
  }

  /** Everything stored, each kind in id order: the order a restore finds items in by bisection. */
  contents(): StoredItems {
    return {
      documents: byId([...this.documents.values()]),
      passages: byId([...this.passages.values()]),
      notes: byId([...this.notes.values()]),
      hashes: this.hashes(),
    };
  }

  /** Replaces everything with saved items (hashes included, so nothing is re-hashed). */
  restore(items: RestoredItems): void {
    this.documents.restore(items.documents);
    this.passages.restore(items.passages);
    this.notes.restore(items.notes);
    this.lookups = null;
    // Pairing 400,000 hashes with their keys took a tenth of the start-up, before anything asked for one.
    this.hashMap = items.hashes;
  }

  /**
   * Makes the next few thousand restored items ahead of need, then the tag
   * map; returns whether anything is left. Run while the worker is idle, so
   * that the first queries after a start are not the ones to do it.
   */
  makeAhead(): boolean {
    if (this.documents.makeAhead(ITEMS_MADE_AHEAD) || this.passages.makeAhead(ITEMS_MADE_AHEAD) || this.notes.makeAhead(ITEMS_MADE_AHEAD)) return true;
    this.passageLookups();
    return false;
  }

  /** After a save, the same document reading its body from the new file instead of holding it. */
  replaceDocument(document: IndexableDocument): void {
    if (this.documents.has(document.id)) this.documents.set(document.id, document);
  }

  private hashes(): Map<string, string> {
    if (typeof this.hashMap === 'function') this.hashMap = this.hashMap();
    return this.hashMap;
  }

  /** One field's text; phrase checks read one field of many items, so this avoids building the others. */
  fieldText(key: string, field: SearchField): string {
    const { kind, id } = parseItemKey(key);
    if (kind === 'document' && field === 'body') return this.documents.get(id)?.text ?? '';
    if (kind === 'passage' && field === 'quote') {
      const passage = this.passages.get(id);
      return passage ? this.quoteOf(passage) : '';
    }
    return this.fieldTexts(key)[field] ?? '';
  }

  /** The item analyzed for indexing; null when it is not stored. */
  analyze(key: string): AnalyzedItem | null {
    const { kind, id } = parseItemKey(key);
    const exists = kind === 'document' ? this.documents.has(id) : kind === 'passage' ? this.passages.has(id) : this.notes.has(id);
    return exists ? analyzeFields(key, this.fieldTexts(key)) : null;
  }

  private fieldTexts(key: string): FieldTexts {
    const { kind, id } = parseItemKey(key);
    if (kind === 'document') {
      const document = this.documents.get(id);
      return document ? documentFieldTexts(document) : {};
    }
    if (kind === 'passage') {
      const passage = this.passages.get(id);
      return passage ? passageFieldTexts(passage, this.quoteOf(passage)) : {};
    }
    const note = this.notes.get(id);
    return note ? noteFieldTexts(note) : {};
  }

  private hashOf(key: string): string {
    const { kind, id } = parseItemKey(key);
    if (kind === 'document') return itemHash({ kind, item: this.documents.get(id)! });
    if (kind === 'passage') return itemHash({ kind, item: this.passages.get(id)! });
    return itemHash({ kind, item: this.notes.get(id)! });
  }

  private passageLookups(): PassageLookups {
    if (!this.lookups) {
      const lookups: PassageLookups = { tags: new TagIndex(), byDocument: new Map() };
      this.lookups = lookups;
      for (const passage of this.passages.values()) this.rememberPassage(passage);
    }
    return this.lookups;
  }

  /** Only while the lookups are built: otherwise they are built from the passages when first needed. */
  private rememberPassage(passage: IndexablePassage): void {
    if (!this.lookups) return;
    this.lookups.tags.set(passage.id, passage.tags);
    let ids = this.lookups.byDocument.get(passage.documentId);
    if (!ids) this.lookups.byDocument.set(passage.documentId, (ids = new Set()));
    ids.add(passage.id);
  }

  private forgetPassage(id: string): void {
    const previous = this.passages.get(id);
    if (!previous || !this.lookups) return;
    this.lookups.tags.delete(id);
    this.lookups.byDocument.get(previous.documentId)?.delete(id);
  }
}

function byId<T extends { id: string }>(items: T[]): T[] {
  return items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
