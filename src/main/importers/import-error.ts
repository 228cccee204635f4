import { ScholiaFailure } from '../../shared/result';

/** Why a file could not be imported; each reason has its own message for the user. */
export type ImportProblem =
  | 'empty'
  | 'not-text'
  | 'not-utf8'
  | 'too-large'
  /** The bytes are not the format the file name says (a .pdf that is a PNG). */
  | 'wrong-format'
  /** A format Scholia does not import (images, legacy .doc, archives). */
  | 'unsupported-format'
  /** The file ends before its format says it should: an interrupted download or copy. */
  | 'truncated'
  /** The file is damaged in a way other than truncation. */
  | 'damaged'
  /** The file needs a password to open. */
  | 'encrypted'
  /** A PDF made of page images (a scan) with no text to read. */
  | 'no-text-layer'
  /** The file opened fine but holds no readable text. */
  | 'no-content'
  /** The file holds several articles where one was wanted (a feed given as a new version). */
  | 'several-articles'
  /** Reading the file took longer than the time limit and was stopped. */
  | 'too-slow'
  /** The user cancelled the import. */
  | 'cancelled';

/** A file that cannot become a document; nothing of it is stored. */
export class ImportError extends ScholiaFailure {
  constructor(
    readonly problem: ImportProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super('import-failed', message);
    this.name = 'ImportError';
    if (options && 'cause' in options) this.cause = options.cause;
  }
}
