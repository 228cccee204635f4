import type { Handlers } from '../ipc/dispatcher';
import type { Notebook } from './notebook';

/** Binds every contract method to the Notebook service. */
export function notebookHandlers(notebook: Notebook): Handlers {
  return {
    'library:list': () => notebook.listDocuments(),
    'documents:get': ({ id }) => notebook.getDocument(id),
    'session:get': () => notebook.getSession(),
    'session:savePosition': (position) => notebook.savePosition(position),
    'notices:list': () => notebook.listNotices(),
    'notices:dismiss': ({ id }) => notebook.dismissNotice(id),
  };
}
