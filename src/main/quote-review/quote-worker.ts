/** Entry point of the quote worker: quotations are found off main's thread, one document per call. */
import { parentWorkerPort } from '../workers/parent-port';
import { serveWorker } from '../workers/worker-channel';
import { createQuoteApi, QUOTE_METHODS, QUOTE_WORKER } from './quote-protocol';

serveWorker(QUOTE_METHODS, parentWorkerPort(QUOTE_WORKER), createQuoteApi(), QUOTE_WORKER);
