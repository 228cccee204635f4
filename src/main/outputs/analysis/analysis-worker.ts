/** Entry point of the analysis worker: the coding's dataset, kept in step by main, and the analyses over it. */
import { parentWorkerPort } from '../../workers/parent-port';
import { serveWorker } from '../../workers/worker-channel';
import { ANALYSIS_METHODS, ANALYSIS_WORKER, createAnalysisApi } from './analysis-protocol';

serveWorker(ANALYSIS_METHODS, parentWorkerPort(ANALYSIS_WORKER), createAnalysisApi(), ANALYSIS_WORKER);
