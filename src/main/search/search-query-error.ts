/** A query the user typed that cannot be understood; `message` is written for the user. */
export class SearchQueryError extends Error {
  /** Where in the query the problem is, when it has one place. */
  readonly position: number | null;

  constructor(message: string, position: number | null = null) {
    super(message);
    this.name = 'SearchQueryError';
    this.position = position;
  }
}
