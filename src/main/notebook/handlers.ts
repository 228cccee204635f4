import { ScholiaFailure } from '../../shared/result';
import { createLinkOpener } from '../security/external-links';
import type { Handlers } from '../ipc/dispatcher';
import { ARCHIVE_EXTENSION } from '../safekeeping/archive';
import type { Notebook } from './notebook';
import { EXPORT_FORMAT_INFO } from '../../shared/exports';
import { saveAnalysisFile } from '../outputs/analysis/analysis-save';
import { saveConcordance } from '../outputs/concordance-csv';
import { CONTEXT_DEFAULT_CHARS, OCCURRENCES_DEFAULT_LIMIT } from '../../shared/concordance';
import type { MenuModel } from '../../shared/menu-model';
import { SHARED_COPIES_LIMIT } from '../../shared/shared-text';
import { ENTITY_MENTION_LIMIT } from '../../shared/entities';

/**
 * Binds every contract method to the Notebook service. Once a backup has been
 * restored over the notebook's files, this instance is out of date: every
 * call is refused until the notebook is reopened, so nothing stale is written.
 */
export function notebookHandlers(notebook: Notebook, desktop: Desktop = NO_DESKTOP): Handlers {
  const handlers = bind(notebook, desktop, createLinkOpener((url) => desktop.openInBrowser(url)));
  const guarded = Object.fromEntries(
    Object.entries(handlers).map(([channel, handler]) => [
      channel,
      (input: never) => {
        if (notebook.isReplaced) throw new ScholiaFailure('forbidden', 'A backup was just restored; Scholia is reopening the notebook.');
        return (handler as (input: never) => unknown)(input);
      },
    ]),
  );
  return guarded as Handlers;
}

/**
 * What main asks of the desktop: the app's native dialogs and the system
 * browser, or a test's stand-ins. A path only ever comes from these dialogs,
 * never from the renderer.
 */
export interface Desktop {
  /** The path to save a file at, or null if the user cancelled. */
  chooseSavePath(suggestedName: string, choice: FileChoice): Promise<string | null>;
  /** The file to open, or null if the user cancelled. */
  chooseOpenPath(choice: FileChoice): Promise<string | null>;
  /** Opens a checked http(s) address in the user's browser. */
  openInBrowser(url: string): Promise<void>;
  /** Rebuilds the native menu from the commands the window says apply now. */
  setMenu(model: MenuModel): void;
}

/** What a native file dialog shows: its title and the kinds of file it offers. */
export interface FileChoice {
  title: string;
  filters: { name: string; extensions: string[] }[];
}

const ARCHIVE_EXPORT: FileChoice = { title: 'Export notebook', filters: [{ name: 'Scholia notebook archive', extensions: [ARCHIVE_EXTENSION] }] };
const ARCHIVE_IMPORT: FileChoice = { ...ARCHIVE_EXPORT, title: 'Import notebook' };

const PROJECT_IMPORT: FileChoice = {
  title: 'Import a REFI-QDA project or codebook',
  filters: [{ name: 'REFI-QDA project or codebook', extensions: ['qdpx', 'qdc', 'qde'] }],
};

const NO_DESKTOP: Desktop = {
  chooseSavePath: async () => null,
  chooseOpenPath: async () => null,
  openInBrowser: async () => {
    throw new ScholiaFailure('internal', 'Links cannot be opened from this window.');
  },
  setMenu: () => undefined,
};

function bind(notebook: Notebook, desktop: Desktop, openLink: (url: string) => Promise<null>): Handlers {
  const { library, queries, details, attributes, memos, versions, removal, reading, imports, tags, passages, passageBatch, history, safekeeping, notices } = notebook;
  return {
    'library:list': () => library.list(),
    'library:query': ({ query, offset, limit }) => queries.page(query, offset, limit),
    'library:ids': ({ query, offset, limit }) => queries.ids(query, offset, limit),
    'library:outlets': () => queries.outlets(),
    'library:get': ({ ids }) => library.summaries(ids),
    'documents:get': ({ id }) => reading.document(id),
    'documents:update': ({ id, ...changes }) => details.update(id, changes),
    'documents:deleteImpact': ({ ids }) => removal.impact(ids),
    'documents:delete': ({ ids }) => removal.delete(ids),
    'documents:newVersion': async ({ id, file, text, fromDocumentId, confirmed }) => {
      if (fromDocumentId === id) throw new ScholiaFailure('invalid-input', 'A document cannot be a new version of itself.');
      const article = file
        ? await imports.parseFile(Buffer.from(file.data, 'base64'), file.fileName)
        : text
          ? await imports.parsePasted(text.title, text.text)
          : await library.article(fromDocumentId!);
      const outcome = await versions.replace(id, article, confirmed);
      // The imported copy has become the new version; it leaves the library (Undo brings it back).
      if (outcome.status === 'replaced' && fromDocumentId) await removal.delete([fromDocumentId]);
      return outcome;
    },
    'documents:versionReview': ({ id }) => versions.review(id),
    'documents:version': ({ id, version }) => versions.earlier(id, version),
    'documents:setTags': ({ documentId, ...changes }) => library.setTags(documentId, changes),
    'documents:tag': ({ ids, ...changes }) => library.tagMany(ids, changes),
    'attributes:list': () => attributes.list(),
    'attributes:define': (definition) => attributes.define(definition),
    'attributes:update': ({ id, ...changes }) => attributes.update(id, changes),
    'attributes:delete': ({ id }) => attributes.delete(id),
    'attributes:set': ({ documentIds, attributeId, value }) => attributes.set(documentIds, attributeId, value),
    'notes:list': () => memos.list(),
    'notes:create': (input) => memos.create(input),
    'notes:update': ({ id, ...changes }) => memos.update(id, changes),
    'notes:delete': ({ id }) => memos.delete(id),
    'session:get': () => reading.session(),
    'session:savePosition': (position) => reading.savePosition(position),
    'settings:get': () => notebook.viewSettings.get(),
    'settings:set': (patch) => notebook.viewSettings.set(patch),
    'notices:list': () => notices.list(),
    'notices:dismiss': ({ id }) => notices.dismiss(id),
    'tags:list': () => tags.list(),
    'tags:create': (input) => tags.create(input),
    'tags:update': ({ id, ...changes }) => tags.update(id, changes),
    'tags:merge': ({ sourceId, targetId }) => tags.merge(sourceId, targetId),
    'tags:delete': ({ id }) => tags.delete(id),
    'tags:passages': ({ tagId, includeChildren }) => tags.passagesOf(tagId, includeChildren),
    'passages:list': ({ documentId }) => passages.list(documentId),
    'passages:create': (input) => passages.create(input),
    'passages:reattach': ({ id, start, end }) => passages.reattach(id, start, end),
    'passages:update': ({ id, ...changes }) => passages.update(id, changes),
    'passages:delete': ({ id }) => passages.delete(id),
    'passages:codeMany': (input) => passageBatch.codeMany(input),
    'history:undo': () => history.undo(),
    'history:redo': () => history.redo(),
    'import:file': ({ fileName, data }) => imports.file(Buffer.from(data, 'base64'), fileName),
    'import:text': ({ title, text }) => imports.pasted(title, text),
    'backups:list': () => safekeeping.listBackups(),
    'backups:create': () => safekeeping.createBackup(),
    'backups:restore': ({ id }) => safekeeping.restore(id),
    'archive:export': async () => {
      const target = await desktop.chooseSavePath(safekeeping.suggestedArchiveName(), ARCHIVE_EXPORT);
      return target === null ? null : safekeeping.exportArchive(target);
    },
    'archive:import': async () => {
      const source = await desktop.chooseOpenPath(ARCHIVE_IMPORT);
      return source === null ? null : safekeeping.importArchive(source);
    },
    'exports:run': async ({ jobId, format, scope, reportOrder }) => {
      const info = EXPORT_FORMAT_INFO[format];
      const name = notebook.exports.suggestedName(format, scope);
      const target = await desktop.chooseSavePath(name, { title: `Export ${info.label}`, filters: [{ name: info.label, extensions: [info.extension] }] });
      return target === null ? null : notebook.exports.run(jobId, format, scope, { reportOrder: reportOrder ?? 'tag' }, target);
    },
    'exports:cancel': ({ jobId }) => notebook.exports.cancel(jobId),
    'projects:import': async () => {
      const path = await desktop.chooseOpenPath(PROJECT_IMPORT);
      return path === null ? null : notebook.projectImport.importFile(path);
    },
    'links:open': ({ url }) => openLink(url),
    // Read at each call: a restore replaces the live search.
    'search:query': ({ query, limit }) => notebook.search.search(query, limit ?? 50),
    'analysis:frequencies': ({ scope }) => notebook.analysis.frequencies(scope),
    'analysis:matrix': (input) => notebook.analysis.matrix(input),
    'analysis:cooccurrence': (input) => notebook.analysis.cooccurrence(input),
    'analysis:passages': (input) => notebook.analysis.passages(input),
    'analysis:save': (file) => saveAnalysisFile((name, choice) => desktop.chooseSavePath(name, choice), file),
    'shared:forDocument': ({ documentId }) => notebook.sharedText.forDocument(documentId),
    'shared:copies': ({ documentId, blockIndex }) => notebook.sharedText.copies(documentId, blockIndex, SHARED_COPIES_LIMIT),
    'shared:clusters': () => notebook.sharedText.clusters(),
    'quotes:forDocument': ({ documentId }) => notebook.quoteReview.forDocument(documentId),
    'quotes:reject': ({ documentId, ids }) => notebook.quoteReview.reject(documentId, ids),
    'quotes:setSpeaker': ({ documentId, id, speaker }) => notebook.quoteReview.setSpeaker(documentId, id, speaker),
    'quotes:accept': ({ documentId, ids, pattern }) => notebook.quoteReview.accept(documentId, ids, pattern),
    'search:occurrences': ({ query, limit, context, unit }) =>
      notebook.search.occurrences(query, { limit: limit ?? OCCURRENCES_DEFAULT_LIMIT, context: context ?? CONTEXT_DEFAULT_CHARS, unit: unit ?? 'words' }),
    'concordance:save': (input) => saveConcordance(notebook.search, (name, choice) => desktop.chooseSavePath(name, choice), input),
    'entities:list': (options) => notebook.entities.list(options),
    'entities:mentions': ({ entityId, limit }) => notebook.entities.mentions(entityId, limit),
    'entities:alias': async (edit) => (await notebook.entities.edit(edit), null),
    'entities:codeMentions': ({ entityId }) => notebook.entities.proposal(entityId, ENTITY_MENTION_LIMIT),
    'menu:update': (model) => {
      desktop.setMenu(model);
      return null;
    },
  };
}

