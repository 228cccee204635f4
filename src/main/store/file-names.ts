/** Ids main generates, and so the only names a store file may have: no path, no dot, no surprise. */
export const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A moment as it can appear in a file name on every system ("2026-11-25T14-19-00-000Z"). */
export const fileStamp = (date: Date) => date.toISOString().replace(/[:.]/g, '-');
