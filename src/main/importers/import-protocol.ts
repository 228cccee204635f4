/**
 * What an import worker can be asked, as one method list the worker channel
 * is derived from: read one file into its articles. A refusal crosses as an
 * error value with its problem, and becomes the same ImportError again in main.
 */
import type { WorkerError } from '../workers/worker-channel';
import { ImportError, type ImportProblem } from './import-error';
import type { ParsedFile } from './parsed-file';
import type { ParsedArticle } from './plain-text';

export interface ImportApi {
  importArticles(bytes: Uint8Array, fileName: string): Promise<ParsedFile>;
}

export const IMPORT_METHODS: readonly (keyof ImportApi)[] = ['importArticles'];

export const IMPORT_WORKER = 'file reader';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** importArticles promises only ImportErrors; anything else is reported the way a parser's crash is. */
export function importErrorValue(error: unknown, fileName = 'the file'): WorkerError {
  const refusal = error instanceof ImportError ? error : new ImportError('damaged', `"${fileName}" could not be read; the file may be damaged.`);
  return { code: 'import-failed', problem: refusal.problem, message: refusal.message };
}

/** The ImportError a worker's error value stands for, or null when it is not one. */
export function importErrorOf(error: WorkerError): ImportError | null {
  if (error.code !== 'import-failed' || typeof error.problem !== 'string') return null;
  return new ImportError(error.problem as ImportProblem, error.message);
}

/** Checks a worker's article before it is believed: the shape of a ParsedArticle's essentials, no more. */
export function isParsedArticle(value: unknown): value is ParsedArticle {
  return isObject(value) && typeof value.title === 'string' && typeof value.text === 'string' && Array.isArray(value.blocks);
}

/** Checks a worker's answer before it is believed: at least one article, and notes that are text. */
export function isParsedFile(value: unknown): value is ParsedFile {
  return (
    isObject(value) &&
    Array.isArray(value.articles) &&
    value.articles.length > 0 &&
    value.articles.every(isParsedArticle) &&
    Array.isArray(value.notes) &&
    value.notes.every((note) => typeof note === 'string')
  );
}
