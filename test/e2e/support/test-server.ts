/**
 * A loopback-only server for the e2e suite: it serves the built renderer with
 * the production CSP and hosts the real Notebook service behind the same
 * dispatcher Electron's ipcMain uses. Only the Electron glue is left out.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { EventChannel } from '../../../src/shared/api';
import { toChangeEvent } from '../../../src/main/changes/change-feed';
import { createDispatcher, type Dispatch } from '../../../src/main/ipc/dispatcher';
import { notebookHandlers } from '../../../src/main/notebook/handlers';
import type { Notebook } from '../../../src/main/notebook/notebook';
import { openNotebook } from '../../../src/main/notebook/open-notebook';
import { mimeTypeOf, resolveAppAsset } from '../../../src/main/security/app-protocol';
import { RENDERER_CSP } from '../../../src/main/security/csp';
import { archiveJobsFromSource } from '../../support/archive-jobs';
import { exportJobsFromSource } from '../../support/export-jobs';
import { refiJobsFromSource } from '../../support/refi-jobs';
import { fakeDesktop, type FakeDesktop } from '../../support/desktop';
import { sampleArticle } from '../../support/sample';
import { importPoolFromSource } from '../../support/import-pool';
import { searchClientFromSource } from '../../support/search-worker';
import { analysisWorkerFromSource } from '../../support/analysis-worker';
import { sharedTextWorkerFromSource } from '../../support/shared-text-worker';
import { quoteWorkerFromSource } from '../../support/quote-worker';
import { entitiesWorkerFromSource } from '../../support/entities-worker';

export const RENDERER_DIR = fileURLToPath(new URL('../../../out/renderer', import.meta.url));
const MAX_BODY_BYTES = 1024 * 1024;

/** Hears each event the app's window would be sent. */
export type EventListener = (channel: EventChannel, payload: unknown) => void;

export interface TestServer {
  url: string;
  notebook: Notebook;
  /** Every bridge call the page made, in order, with its channel, the size of its answer and how long main took. */
  calls: { channel: string; bytes: number; ms: number }[];
  /** Forwards the window's events (the change feed) to `listener`; returns a function that stops. */
  onEvent(listener: EventListener): () => void;
  /** The stand-in dialogs (set what they answer) and system browser (read what it opened). */
  desktop: FakeDesktop;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Whether the notebook gets a search worker (default yes); benchmarks of other views leave it out. */
  search?: boolean;
}

export async function startTestServer(dataDir: string, options: TestServerOptions = {}): Promise<TestServer> {
  // Files are parsed in worker threads with time and memory limits, as in the app.
  const imports = importPoolFromSource();
  const desktop = fakeDesktop();
  const listeners = new Set<EventListener>();
  const calls: TestServer['calls'] = [];
  // As the app's main process does: every commit of the open notebook's feed goes to the window.
  const forward = (opened: Notebook) => {
    opened.feed.subscribe((commit) => {
      for (const listener of listeners) listener('notebook:changed', toChangeEvent(commit));
    });
    opened.jobs.subscribe((progress) => {
      for (const listener of listeners) listener('jobs:progress', progress);
    });
    opened.sharedText.onChange((change) => {
      for (const listener of listeners) listener('shared:changed', change);
    });
    opened.quoteReview.onChange((change) => {
      for (const listener of listeners) listener('quotes:changed', change);
    });
    opened.entities.onChange((pending) => {
      for (const listener of listeners) listener('entities:changed', { pending });
    });
  };
  const dispatcherFor = (opened: Notebook) => createDispatcher(notebookHandlers(opened, desktop), { track: (run) => opened.feed.track(run) });
  const open = (): Promise<Notebook> =>
    openNotebook({
      dataDir,
      sample: sampleArticle(),
      ...(options.search === false ? {} : { search: searchClientFromSource }),
      importer: (bytes, fileName) => imports.importInWorker(bytes, fileName),
      archives: archiveJobsFromSource(),
      exports: exportJobsFromSource(),
      refi: refiJobsFromSource(),
      analysisWorker: analysisWorkerFromSource,
      sharedTextWorker: sharedTextWorkerFromSource,
      quoteWorker: quoteWorkerFromSource,
      entitiesWorker: entitiesWorkerFromSource,
      // Where the app relaunches after a restore, the server reopens the notebook.
      onRestored: () => {
        reopening = open().then((reopened) => {
          notebook = reopened;
          forward(reopened);
          dispatch = dispatcherFor(reopened);
        });
      },
    });
  let notebook = await open();
  forward(notebook);
  let dispatch: Dispatch = dispatcherFor(notebook);
  let reopening: Promise<void> = Promise.resolve();
  const server = createServer((request, response) => {
    reopening.then(() => handle(request, response, dispatch, calls)).catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get notebook() {
      return notebook;
    },
    desktop,
    calls,
    onEvent: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    close: async () => {
      await reopening;
      await new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      });
      // As the app does on quit: save the search index, stop the workers.
      await notebook.close();
      await imports.close();
    },
  };
}

async function handle(request: IncomingMessage, response: ServerResponse, dispatch: Dispatch, calls: TestServer['calls']): Promise<void> {
  if (request.method === 'POST' && request.url === '/rpc') {
    const { channel, input } = JSON.parse(await readBody(request)) as { channel: unknown; input: unknown };
    const started = performance.now();
    const result = JSON.stringify(await dispatch(channel, input));
    calls.push({ channel: String(channel), bytes: Buffer.byteLength(result), ms: performance.now() - started });
    response.writeHead(200, { 'content-type': 'application/json' }).end(result);
    return;
  }
  // The same resolver as the app's scholia:// protocol, so path handling is tested too.
  const file = request.method === 'GET' ? resolveAppAsset(`scholia://app${request.url ?? '/'}`, RENDERER_DIR) : null;
  if (!file) {
    response.writeHead(404).end();
    return;
  }
  try {
    const body = await readFile(file);
    response
      .writeHead(200, {
        'content-type': mimeTypeOf(file),
        'content-security-policy': RENDERER_CSP,
        'x-content-type-options': 'nosniff',
      })
      .end(body);
  } catch {
    response.writeHead(404).end();
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
