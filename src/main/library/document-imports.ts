/**
 * Bringing articles in: files (parsed by the injected importer, in a worker
 * in the app), pasted text, the sample, and a new version of a document's
 * text with its passages carried over.
 */
import type { DocumentOrigin, ImportOutcome } from '../../shared/model';
import { passageChanges, type ChangeFeed } from '../changes/change-feed';
import type { Passages } from '../coding/passages';
import { decodeTextFile } from '../importers/decode-text';
import { parsePlainText, type ParsedArticle } from '../importers/plain-text';
import type { Library } from './library';

/** Parses one imported file into an article; throws an ImportError it cannot read. */
export type Importer = (bytes: Uint8Array, fileName: string) => Promise<ParsedArticle>;

interface Collaborators {
  library: Library;
  passages: Passages;
  feed: ChangeFeed;
  importer: Importer;
}

export class DocumentImports {
  constructor(private readonly deps: Collaborators) {}

  /** Imports a plain-text file (the sample, for one). */
  text(bytes: Uint8Array, fileName: string, kind: DocumentOrigin['kind'] = 'file'): Promise<ImportOutcome> {
    return this.deps.library.add(parsePlainText(decodeTextFile(bytes, fileName), fileName), { kind, fileName });
  }

  /** Imports any supported file, parsed by the injected importer (off the main thread in the app). */
  async file(bytes: Uint8Array, fileName: string): Promise<ImportOutcome> {
    return this.deps.library.add(await this.deps.importer(bytes, fileName), { kind: 'file', fileName });
  }

  /** A new document from pasted text, with the title the user gave it. */
  pasted(title: string, text: string): Promise<ImportOutcome> {
    const name = title.trim() || 'Pasted text';
    const parsed = parsePlainText(`${name}\n\n${text}`, 'pasted.txt');
    return this.deps.library.add({ ...parsed, title: name }, { kind: 'clipboard', fileName: name });
  }

  /**
   * Replaces a document's text with a new version of the same article (a
   * re-import) and re-anchors its passages to it.
   */
  async newVersion(documentId: string, bytes: Uint8Array, fileName: string): Promise<{ placed: number; orphaned: number }> {
    const { library, passages, feed } = this.deps;
    library.find(documentId);
    const article = parsePlainText(decodeTextFile(bytes, fileName), fileName);
    const old = await library.body(documentId);
    const summary = await library.replaceText(documentId, article);
    const { placed, orphaned, moved } = await passages.reanchor(documentId, old.text, article.text);
    // Every passage of the document reads from the new text, the orphaned ones too.
    const movedIds = new Set(moved.map((p) => p.id));
    const unmoved = (await passages.all()).filter((p) => p.documentId === documentId && !movedIds.has(p.id));
    feed.publish([{ scope: 'documents', kind: 'text', documents: [summary] }, ...passageChanges('updated', [...moved, ...unmoved])]);
    return { placed, orphaned };
  }
}
