/**
 * Entry point of the search worker: an engine served over the parent's port,
 * as a worker thread or an Electron utility process.
 */
import { parentWorkerPort } from '../workers/parent-port';
import { SearchEngine } from './search-engine';
import { SEARCH_WORKER, serveSearchEngine } from './search-protocol';

serveSearchEngine(parentWorkerPort(SEARCH_WORKER), new SearchEngine());
