/**
 * The Notebook service: everything the renderer can ask of the notebook, over
 * files in one data folder. It never imports electron, so tests, benchmarks
 * and the e2e server run the very same code in plain Node.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { DocumentSummary, DocumentView, Notice, ReadingPosition, Session } from '../../shared/model';
import { ScholiaFailure } from '../../shared/result';
import { decodeTextFile } from '../importers/decode-text';
import { parsePlainText } from '../importers/plain-text';
import { BodyStore } from '../store/body-store';
import { openRecoverableFile, type Recovery } from '../store/recoverable-file';
import {
  LibraryFileSchema,
  SCHEMA_VERSION,
  SessionFileSchema,
  type LibraryFile,
  type SessionFile,
} from '../store/schema';

/** The article every new notebook opens with. */
export interface SampleArticle {
  fileName: string;
  bytes: Uint8Array;
}

export interface NotebookOptions {
  dataDir: string;
  sample: SampleArticle;
  now?: () => Date;
  newId?: () => string;
}

export class Notebook {
  private readonly notices: Notice[] = [];

  private constructor(
    private readonly library: Low<LibraryFile>,
    private readonly session: Low<SessionFile>,
    private readonly bodies: BodyStore,
    private readonly now: () => Date,
    private readonly newId: () => string,
  ) {}

  /** Opens the notebook in `dataDir`, creating it with the sample article on first run. */
  static async open(options: NotebookOptions): Promise<Notebook> {
    const now = options.now ?? (() => new Date());
    const newId = options.newId ?? (() => randomUUID());
    await mkdir(options.dataDir, { recursive: true });
    const libraryFile = await openRecoverableFile(join(options.dataDir, 'library.json'), LibraryFileSchema, now);
    const sessionFile = await openRecoverableFile(join(options.dataDir, 'session.json'), SessionFileSchema, now);
    const library = new Low(libraryFile.adapter, emptyLibrary());
    library.data = libraryFile.data ?? emptyLibrary();
    const session = new Low(sessionFile.adapter, emptySession());
    session.data = sessionFile.data ?? emptySession();
    const bodies = await BodyStore.open(join(options.dataDir, 'bodies'));
    const notebook = new Notebook(library, session, bodies, now, newId);
    for (const recovery of [libraryFile.recovery, sessionFile.recovery]) {
      if (recovery) notebook.notify('warning', describeRecovery(recovery));
    }
    const isNew = libraryFile.data === null && libraryFile.recovery === null;
    if (isNew || (libraryFile.recovery?.restoredFrom === 'nothing' && library.data.documents.length === 0)) {
      await notebook.importText(options.sample.bytes, options.sample.fileName, 'sample');
    }
    return notebook;
  }

  listDocuments(): DocumentSummary[] {
    return [...this.library.data.documents].sort((a, b) => b.addedAt.localeCompare(a.addedAt));
  }

  async getDocument(id: string): Promise<DocumentView> {
    const summary = this.findDocument(id);
    const body = await this.bodies.get(id);
    const positions = this.session.data.positions;
    const position = Object.hasOwn(positions, id) ? positions[id]! : null;
    return { ...summary, text: body.text, blocks: body.blocks, position };
  }

  getSession(): Session {
    const last = this.session.data.lastDocumentId;
    const stillThere = last !== null && this.library.data.documents.some((d) => d.id === last);
    return { lastDocumentId: stillThere ? last : null };
  }

  async savePosition(position: ReadingPosition): Promise<null> {
    const body = await this.getDocument(position.documentId);
    if (position.blockIndex >= body.blocks.length) {
      throw new ScholiaFailure(
        'invalid-input',
        `Block ${position.blockIndex} does not exist; this document has ${body.blocks.length} blocks.`,
      );
    }
    const { documentId, blockIndex, fraction } = position;
    this.session.data.lastDocumentId = documentId;
    this.session.data.positions[documentId] = { blockIndex, fraction };
    await this.session.write();
    return null;
  }

  listNotices(): Notice[] {
    return [...this.notices];
  }

  dismissNotice(id: string): null {
    const index = this.notices.findIndex((n) => n.id === id);
    if (index === -1) throw new ScholiaFailure('not-found', 'That notice no longer exists.');
    this.notices.splice(index, 1);
    return null;
  }

  /** Imports a plain-text file; its body is written before the library lists it. */
  async importText(bytes: Uint8Array, fileName: string, kind: 'sample' | 'file' = 'file'): Promise<DocumentSummary> {
    const article = parsePlainText(decodeTextFile(bytes, fileName), fileName);
    const id = this.newId();
    const at = this.now().toISOString();
    await this.bodies.put(id, article.text, article.blocks);
    const summary: DocumentSummary = {
      id,
      title: article.title,
      source: article.source ?? fileName,
      byline: article.byline,
      addedAt: at,
      publishedAt: null,
      wordCount: article.wordCount,
      contentHash: createHash('sha256').update(article.text).digest('hex'),
      tags: [],
      origin: { kind, fileName, importedAt: at },
    };
    this.library.data.documents.push(summary);
    await this.library.write();
    return summary;
  }

  private findDocument(id: string): DocumentSummary {
    const summary = this.library.data.documents.find((d) => d.id === id);
    if (!summary) throw new ScholiaFailure('not-found', 'That document is not in this notebook.');
    return summary;
  }

  private notify(level: Notice['level'], message: string): void {
    this.notices.push({ id: this.newId(), level, message, createdAt: this.now().toISOString() });
  }
}

const emptyLibrary = (): LibraryFile => ({ schemaVersion: SCHEMA_VERSION, documents: [] });
const emptySession = (): SessionFile => ({ schemaVersion: SCHEMA_VERSION, lastDocumentId: null, positions: {} });

function describeRecovery(recovery: Recovery): string {
  const what = recovery.file.endsWith('session.json') ? 'reading-position file' : 'notebook file';
  const restored =
    recovery.restoredFrom === 'backup'
      ? 'Scholia restored the last good copy from the previous start.'
      : 'No good copy was available, so Scholia started a fresh notebook.';
  return `The ${what} was damaged (${recovery.reason}). ${restored} The damaged file was kept as ${recovery.keptAs}.`;
}
