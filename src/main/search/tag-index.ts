/**
 * Which passages carry which tags, kept in memory rather than in lunr: tags
 * change far more often than text (coding is the researcher's main activity)
 * and a tag query must include child tags, which a term index cannot express.
 */

export class TagIndex {
  private readonly passagesByTag = new Map<string, Set<string>>();
  private readonly tagsByPassage = new Map<string, string[]>();
  /** Answers of passagesUnder, valid until the next change: the same tag is filtered on keystroke after keystroke. */
  private readonly under = new Map<string, ReadonlySet<string>>();

  set(passageId: string, tags: readonly string[]): void {
    this.delete(passageId);
    this.under.clear();
    const names = [...new Set(tags.map(normalizeTag).filter((tag) => tag !== ''))];
    this.tagsByPassage.set(passageId, names);
    for (const tag of names) {
      let passages = this.passagesByTag.get(tag);
      if (!passages) this.passagesByTag.set(tag, (passages = new Set()));
      passages.add(passageId);
    }
  }

  delete(passageId: string): void {
    this.under.clear();
    for (const tag of this.tagsByPassage.get(passageId) ?? []) {
      const passages = this.passagesByTag.get(tag);
      passages?.delete(passageId);
      if (passages?.size === 0) this.passagesByTag.delete(tag);
    }
    this.tagsByPassage.delete(passageId);
  }

  /** Passages carrying `tag` or any tag below it ("actors" covers "actors/Zarif"). */
  passagesUnder(tag: string): ReadonlySet<string> {
    const name = normalizeTag(tag);
    const cached = this.under.get(name);
    if (cached) return cached;
    const found = new Set<string>();
    for (const [candidate, passages] of this.passagesByTag) {
      if (candidate === name || candidate.startsWith(`${name}/`)) {
        for (const passage of passages) found.add(passage);
      }
    }
    this.under.set(name, found);
    return found;
  }
}

// A library uses a few hundred tags on a hundred thousand passages: normalize each name once.
const normalized = new Map<string, string>();

/** Tags compare case-insensitively and without stray slashes or spaces around segments. */
export function normalizeTag(tag: string): string {
  let name = normalized.get(tag);
  if (name === undefined) {
    if (normalized.size > 50_000) normalized.clear();
    name = normalizeTagName(tag);
    normalized.set(tag, name);
  }
  return name;
}

function normalizeTagName(tag: string): string {
  return tag
    .split('/')
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== '')
    .join('/');
}
