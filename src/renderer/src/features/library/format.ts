/** Formats for the library list, fixed to one style so every row reads the same. */
const DATE = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

export const formatDate = (iso: string) => DATE.format(new Date(iso));

const DATE_IN_UTC = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A published date: one given without a time is stored as midnight UTC, and shown as that day wherever the reader is. */
export const formatPublished = (iso: string) => (iso.endsWith('T00:00:00.000Z') ? DATE_IN_UTC : DATE).format(new Date(iso));

export function formatWordCount(words: number): string {
  return `${words.toLocaleString()} ${words === 1 ? 'word' : 'words'}`;
}

/** At an unhurried 230 words a minute, rounded up, never "0 min". */
export const readingMinutes = (words: number) => Math.max(1, Math.ceil(words / 230));
