/**
 * The compact picture of a notebook's coding that the analysis worker keeps:
 * per document its outlet, published date, attribute values and document
 * tags, and per passage its tags, range, the blocks it reaches and its word
 * count. Main sends documents (each with all its passages) in chunks and
 * replaces a document whole when it changes, so the worker never needs the
 * texts themselves.
 */
import type { AttributeValue } from '../../../shared/model';

/** A passage as main sends it. `blockStart`/`blockEnd`: the first and last block its range reaches. */
export interface AnalysisPassage {
  id: string;
  tagIds: string[];
  start: number;
  end: number;
  blockStart: number;
  blockEnd: number;
  quote: string;
}

/** A document as main sends it, with every passage it has. */
export interface AnalysisDocument {
  id: string;
  title: string;
  outlet: string;
  /** ISO date-time, or null when unknown. */
  published: string | null;
  attributes: Record<string, AttributeValue>;
  tagIds: string[];
  passages: AnalysisPassage[];
}

export interface AnalysisTag {
  id: string;
  parentId: string | null;
  path: string;
}

/** A passage as the worker keeps it: with its word count, counted once when it arrives, and its tags as codes. */
export interface StoredPassage extends AnalysisPassage {
  words: number;
  /** Its tags as small numbers (see AnalysisDataset.codeOf), so counting looks them up in arrays, not maps. */
  codes: Int32Array;
}

/** A document as the worker keeps it. */
export interface StoredDocument extends Omit<AnalysisDocument, 'passages'> {
  /** In text order. */
  passages: StoredPassage[];
  /** Its document tags as codes. */
  codes: Int32Array;
}

// Letters and digits, with inner apostrophes and hyphens ("Kerry's", "cease-fire"), as a reader counts words.
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Words of a passage's text; Chinese and Japanese, written without spaces, count a word per character. */
export function countWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(WORD)?.length ?? 0;
  return words + cjk;
}

export class AnalysisDataset {
  readonly documents = new Map<string, StoredDocument>();
  private tagList: AnalysisTag[] = [];
  /** A number for every tag id ever seen; a removed tag's number simply counts towards no row. */
  private readonly codes = new Map<string, number>();

  /** The tag's number, given one the first time it is seen. */
  codeOf(tagId: string): number {
    let code = this.codes.get(tagId);
    if (code === undefined) this.codes.set(tagId, (code = this.codes.size));
    return code;
  }

  /** How many numbers have been given out: the size of an array indexed by code. */
  get codeCount(): number {
    return this.codes.size;
  }

  /**
   * Puts documents in, each replacing what was known of it (its passages
   * too). Records are built field by field: objects made by spreading the
   * structured-cloned ones were many times slower to read in the counting loops.
   */
  put(documents: readonly AnalysisDocument[]): void {
    const encode = (ids: readonly string[]) => Int32Array.from(ids, (id) => this.codeOf(id));
    for (const document of documents) {
      const passages = document.passages
        .map((passage): StoredPassage => ({
          id: passage.id,
          tagIds: passage.tagIds,
          start: passage.start,
          end: passage.end,
          blockStart: passage.blockStart,
          blockEnd: passage.blockEnd,
          quote: passage.quote,
          words: countWords(passage.quote),
          codes: encode(passage.tagIds),
        }))
        .sort((a, b) => a.start - b.start || a.end - b.end);
      this.documents.set(document.id, {
        id: document.id,
        title: document.title,
        outlet: document.outlet,
        published: document.published,
        attributes: document.attributes,
        tagIds: document.tagIds,
        passages,
        codes: encode(document.tagIds),
      });
    }
  }

  remove(ids: readonly string[]): void {
    for (const id of ids) this.documents.delete(id);
  }

  clear(): void {
    this.documents.clear();
  }

  setTags(tags: readonly AnalysisTag[]): void {
    this.tagList = [...tags];
    for (const tag of tags) this.codeOf(tag.id);
  }

  get tags(): readonly AnalysisTag[] {
    return this.tagList;
  }

  get passageCount(): number {
    let count = 0;
    for (const document of this.documents.values()) count += document.passages.length;
    return count;
  }
}
