/**
 * Bringing articles in: files (parsed by the injected importer, in a worker
 * in the app), pasted text and the sample.
 */
import type { DocumentOrigin, FileImportOutcome, ImportOutcome } from '../../shared/model';
import type { ChangeFeed } from '../changes/change-feed';
import type { Passages } from '../coding/passages';
import { decodeTextFile, MAX_TEXT_FILE_BYTES } from '../importers/decode-text';
import { ImportError } from '../importers/import-error';
import { onlyArticle, type ParsedFile } from '../importers/parsed-file';
import { parsePlainText, type ParsedArticle } from '../importers/plain-text';
import type { Library } from './library';

/** The name pasted text is read under: a text file, so it is read as one. */
const PASTED_FILE_NAME = 'pasted text.txt';

/** An importer's message about the pasted text, in words about a paste rather than a file. */
function pastedMessage(error: ImportError): string {
  if (error.problem === 'too-large') return `The pasted text is too long: Scholia imports text of up to ${MAX_TEXT_FILE_BYTES / 1024 / 1024} MB.`;
  if (error.problem === 'too-slow') return 'Reading the pasted text took too long and was stopped.';
  return error.message.replaceAll(`"${PASTED_FILE_NAME}"`, 'The pasted text');
}

/** Parses one imported file into its articles; throws an ImportError for a file it cannot read. */
export type Importer = (bytes: Uint8Array, fileName: string) => Promise<ParsedFile>;

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

  /**
   * Imports any supported file, parsed by the injected importer (off the main
   * thread in the app): each of its articles becomes a document, unless the
   * same text is already there. The whole file is read before anything is
   * added, so a file refused is a file of which nothing is stored.
   */
  async file(bytes: Uint8Array, fileName: string): Promise<FileImportOutcome> {
    const parsed = await this.deps.importer(bytes, fileName);
    const articles: ImportOutcome[] = [];
    for (const article of parsed.articles) articles.push(await this.deps.library.add(article, { kind: 'file', fileName }));
    return { articles, notes: parsed.notes };
  }

  /** Reads pasted text as an article (in the import worker, with a file's limits), adding nothing. */
  async parsePasted(title: string, text: string): Promise<ParsedArticle> {
    const name = title.trim() || 'Pasted text';
    // Text pasted whole, headline first, keeps its own first line; else the title given heads it.
    const headed = text.trimStart().startsWith(name) ? text : `${name}\n\n${text}`;
    const bytes = new TextEncoder().encode(headed);
    const parsed = await this.deps.importer(bytes, PASTED_FILE_NAME).then(
      (file) => onlyArticle(file, PASTED_FILE_NAME),
      (error: unknown) => {
        throw error instanceof ImportError ? new ImportError(error.problem, pastedMessage(error)) : error;
      },
    );
    return { ...parsed, title: name };
  }

  /** Reads a file that must be one article (a new version), adding nothing. */
  async parseFile(bytes: Uint8Array, fileName: string): Promise<ParsedArticle> {
    return onlyArticle(await this.deps.importer(bytes, fileName), fileName);
  }

  /**
   * A new document from pasted text, with the title the user gave it. It is
   * read by the same importer as a file (in a worker, with its time, memory
   * and size limits), so a huge paste can neither freeze Scholia nor pass
   * where the same bytes as a file would be refused.
   */
  async pasted(title: string, text: string): Promise<ImportOutcome> {
    const parsed = await this.parsePasted(title, text);
    return this.deps.library.add(parsed, { kind: 'clipboard', fileName: parsed.title });
  }
}
