/**
 * Runs `run` over items a batch at a time: file work on thousands of small
 * files goes several times faster with a few dozen in flight, and stays within
 * the open-file limit.
 */
export async function inBatches<T>(items: readonly T[], size: number, run: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

/** How many files are worked on at once. */
export const FILE_BATCH = 32;
