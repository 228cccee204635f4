import { ScholiaFailure } from '../../../shared/result';

/**
 * A REFI-QDA file Scholia will not read, with the sentence to show the user.
 * It is thrown before anything of the file is kept: a refused file yields no
 * partial project.
 */
export class RefiQdaError extends ScholiaFailure {
  constructor(message: string) {
    super('import-failed', message);
    this.name = 'RefiQdaError';
  }
}
