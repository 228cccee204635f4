/**
 * The text of each indexed field of an item. Analysis, phrase verification
 * and snippets all read fields through here, so offsets stored in the index
 * always refer to exactly the string the snippet is cut from.
 */
import type { IndexableDocument, IndexableNote, IndexablePassage, SearchField } from './types';

export type FieldTexts = Partial<Record<SearchField, string>>;

export function documentFieldTexts(document: IndexableDocument): FieldTexts {
  return { title: document.title, byline: document.byline ?? '', body: document.text };
}

/** `quote` is the passage's text in its document; '' when that document is not indexed (yet). */
export function passageFieldTexts(passage: IndexablePassage, quote: string): FieldTexts {
  return { quote, note: passage.note, tags: tagText(passage.tags) };
}

export function noteFieldTexts(note: IndexableNote): FieldTexts {
  return { note: note.text };
}

/** Tags as indexed words: "actors/Zarif" is found by "zarif" and by "actors". */
export function tagText(tags: readonly string[]): string {
  return tags.join(', ');
}
