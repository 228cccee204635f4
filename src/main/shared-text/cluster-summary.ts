/** What the overview says of a cluster besides its copies: who printed it, and over which days. */

interface Member {
  outlet: string;
  publishedAt: string | null;
}

/** Outlets most frequent first (ties alphabetically); a copy without an outlet counts for none. */
export function clusterOutlets(members: readonly Member[]): string[] {
  const counts = new Map<string, number>();
  for (const { outlet } of members) if (outlet.trim() !== '') counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([outlet]) => outlet);
}

/** The first and last publication dates; null when no copy has one. ISO dates sort as text. */
export function clusterDates(members: readonly Member[]): { firstPublished: string | null; lastPublished: string | null } {
  let firstPublished: string | null = null;
  let lastPublished: string | null = null;
  for (const { publishedAt } of members) {
    if (!publishedAt) continue;
    if (firstPublished === null || publishedAt < firstPublished) firstPublished = publishedAt;
    if (lastPublished === null || publishedAt > lastPublished) lastPublished = publishedAt;
  }
  return { firstPublished, lastPublished };
}
