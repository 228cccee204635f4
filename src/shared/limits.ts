/** Limits both sides of the bridge need, kept apart from the contract so the renderer's bundle stays free of zod. */

/** Most summaries `library:get` answers at once; a larger change is met by listing the library again. */
export const LIBRARY_GET_LIMIT = 500;

/** Longest memo: a long analytic essay fits many times over; a pasted book does not. */
export const MAX_MEMO_CHARS = 200_000;
