/**
 * A search worker that misbehaves on cue, for the tests of what happens when
 * search runs away or dies: the real engine, except that the query
 * "hang-forever" never finishes and "die-now" ends the worker.
 */
import { SearchEngine } from '../../src/main/search/search-engine';
import { SEARCH_WORKER, serveSearchEngine } from '../../src/main/search/search-protocol';
import { parentWorkerPort } from '../../src/main/workers/parent-port';
import type { SearchOptions, SearchResult } from '../../src/main/search/types';

class FaultyEngine extends SearchEngine {
  override search(query: string, options?: SearchOptions): SearchResult {
    if (query === 'hang-forever') for (;;);
    if (query === 'die-now') process.exit(7);
    return super.search(query, options);
  }
}

serveSearchEngine(parentWorkerPort(SEARCH_WORKER), new FaultyEngine());
