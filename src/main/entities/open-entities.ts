/** Builds the notebook's entities: the edits file beside the notebook, the mention cache, and the worker that reads documents. */
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import type { ChangeFeed } from '../changes/change-feed';
import type { Library } from '../library/library';
import type { SmallFileName } from '../store/notebook-files';
import type { OpenedFile } from '../store/recoverable-file';
import { EntitiesFileSchema, SCHEMA_VERSION, type EntitiesFile } from '../store/schema';
import { TransactionalFile } from '../store/transactional-file';
import type { WriteGate } from '../store/write-gate';
import { localWorkerHandle } from '../workers/local-worker';
import { connectWorker, serveWorker, type WorkerHandle } from '../workers/worker-channel';
import { createEntitiesApi, ENTITIES_METHODS, ENTITIES_WORKER, type EntitiesApi } from './entities-protocol';
import { Entities } from './entities-service';
import { NO_EDITS } from './entity-merge';
import { EntityEditsStore } from './entity-edits';

interface EntitiesSetup {
  dir: string;
  feed: ChangeFeed;
  library: Library;
  guard: WriteGate;
  /** Opens a small notebook file as openNotebook opens the others: recovered from its last good copy or a verified backup, and told. */
  open: <T extends object>(name: SmallFileName, schema: z.ZodType<T>) => Promise<OpenedFile<T>>;
  /** Starts the entities worker; without it documents are read on the calling thread (tests, tools). */
  worker?: () => WorkerHandle;
}

// One of the notebook's small files, so backups, restores and archives carry the user's corrections.
const ENTITIES_FILE: SmallFileName = 'entities.json';

/** Opens the entities and starts reading, in the background, the documents the cache lacks. */
export async function openEntities(setup: EntitiesSetup): Promise<Entities> {
  const opened = await setup.open(ENTITIES_FILE, EntitiesFileSchema);
  const data: EntitiesFile = opened.data ?? { schemaVersion: SCHEMA_VERSION, edits: NO_EDITS };
  const db = new Low(opened.adapter, data);
  db.data = data;
  const edits = new EntityEditsStore(new TransactionalFile(db, setup.guard), setup.feed);
  const start = setup.worker ?? (() => localWorkerHandle((port) => serveWorker(ENTITIES_METHODS, port, createEntitiesApi(), ENTITIES_WORKER)));
  const entities = new Entities({
    feed: setup.feed,
    documents: () => setup.library.all(),
    body: (id) => setup.library.body(id),
    cacheFile: join(setup.dir, 'entities-cache.json'),
    connect: () => connectWorker<EntitiesApi>(ENTITIES_METHODS, start(), ENTITIES_WORKER),
    edits,
  });
  void entities.start().catch((error: unknown) => console.error('[scholia] entities could not be found:', error));
  return entities;
}
