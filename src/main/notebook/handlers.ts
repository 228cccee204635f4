import { ScholiaFailure } from '../../shared/result';
import { createLinkOpener } from '../security/external-links';
import type { Handlers } from '../ipc/dispatcher';
import type { Notebook } from './notebook';

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
  /** The path to save an archive at, or null if the user cancelled. */
  chooseExportPath(suggestedName: string): Promise<string | null>;
  /** The archive to import, or null if the user cancelled. */
  chooseImportPath(): Promise<string | null>;
  /** Opens a checked http(s) address in the user's browser. */
  openInBrowser(url: string): Promise<void>;
}

const NO_DESKTOP: Desktop = {
  chooseExportPath: async () => null,
  chooseImportPath: async () => null,
  openInBrowser: async () => {
    throw new ScholiaFailure('internal', 'Links cannot be opened from this window.');
  },
};

function bind(notebook: Notebook, desktop: Desktop, openLink: (url: string) => Promise<null>): Handlers {
  return {
    'library:list': () => notebook.listDocuments(),
    'documents:get': ({ id }) => notebook.getDocument(id),
    'documents:setTags': ({ documentId, ...changes }) => notebook.setDocumentTags(documentId, changes),
    'session:get': () => notebook.getSession(),
    'session:savePosition': (position) => notebook.savePosition(position),
    'notices:list': () => notebook.listNotices(),
    'notices:dismiss': ({ id }) => notebook.dismissNotice(id),
    'tags:list': () => notebook.listTags(),
    'tags:create': (input) => notebook.createTag(input),
    'tags:update': ({ id, ...changes }) => notebook.updateTag(id, changes),
    'tags:merge': ({ sourceId, targetId }) => notebook.mergeTags(sourceId, targetId),
    'tags:delete': ({ id }) => notebook.deleteTag(id),
    'tags:passages': ({ tagId, includeChildren }) => notebook.taggedPassages(tagId, includeChildren),
    'passages:list': ({ documentId }) => notebook.listPassages(documentId),
    'passages:create': (input) => notebook.createPassage(input),
    'passages:update': ({ id, ...changes }) => notebook.updatePassage(id, changes),
    'passages:delete': ({ id }) => notebook.deletePassage(id),
    'history:undo': () => notebook.undo(),
    'import:file': ({ fileName, data }) => notebook.importFileBytes(Buffer.from(data, 'base64'), fileName),
    'import:text': ({ title, text }) => notebook.importPastedText(title, text),
    'backups:list': () => notebook.listBackups(),
    'backups:create': () => notebook.createBackup(),
    'backups:restore': ({ id }) => notebook.restoreBackup(id),
    'archive:export': async () => {
      const target = await desktop.chooseExportPath(notebook.suggestedArchiveName());
      return target === null ? null : notebook.exportArchive(target);
    },
    'archive:import': async () => {
      const source = await desktop.chooseImportPath();
      return source === null ? null : notebook.importArchiveFile(source);
    },
    'links:open': ({ url }) => openLink(url),
    'search:query': ({ query, limit }) => notebook.searchNotebook(query, limit ?? 50),
  };
}
