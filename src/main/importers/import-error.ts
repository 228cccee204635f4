import { ScholiaFailure } from '../../shared/result';

/** Why a file could not be imported; each reason has its own message for the user. */
export type ImportProblem = 'empty' | 'not-text' | 'not-utf8' | 'too-large';

/** A file that cannot become a document; nothing of it is stored. */
export class ImportError extends ScholiaFailure {
  constructor(
    readonly problem: ImportProblem,
    message: string,
  ) {
    super('import-failed', message);
    this.name = 'ImportError';
  }
}
