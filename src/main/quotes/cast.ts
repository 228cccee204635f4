/**
 * The people and organisations of one document: every form of a name
 * merged into its fullest ("Secretary of State John Kerry", "John Kerry",
 * "Kerry" → "John Kerry"; "UN" → "United Nations"), the titles they were
 * introduced with, and who the text is about at each point. A pronoun goes
 * to that person — the one last speaking or acting as a sentence's subject —
 * not to whoever was named last, so a counterpart named in passing never
 * takes a quotation.
 */
import { FEMALE_NAMES, MALE_NAMES, ORGANISATION_WORDS, PLACES, ROLE_HEADS } from './lexicon';
import { phraseFrom, type SpeakerPhrase } from './speaker-phrase';
import type { Token } from './tokens';

type Gender = 'm' | 'f' | null;
const PREPOSITIONS = new Set(['with', 'to', 'by', 'for', 'against', 'from', 'of', 'about', 'and', 'at', 'on', 'counterpart', 'in', 'than', 'like', 'between']);

export class Cast {
  /** Fullest form of each person's name, by surname. */
  private readonly bySurname = new Map<string, string>();
  /** Organisations' full names, by their initials ("un" → "United Nations"). */
  private readonly byInitials = new Map<string, string>();
  private readonly genders = new Map<string, Gender>();
  /** Role words ("secretary of state", "secretary") → the person introduced with them, most recent last. */
  private readonly roles = new Map<string, string>();
  /** Persons by how recently the text was about them, most recent first. */
  private salient: string[] = [];
  /** The group or organisation that spoke last, for "they said" / "it said". */
  private lastGroup: string | null = null;

  /** Learns the name forms of a text before attribution, so "Kerry" early on already means "John Kerry". */
  learnNames(tokens: readonly Token[]): void {
    for (let i = 0; i < tokens.length; i += 1) {
      if (!tokens[i]!.cap) continue;
      const phrase = phraseFrom(tokens, i);
      if (!phrase || phrase.kind !== 'name') continue;
      this.learnForm(phrase);
      if (phrase.title) this.giveRole(phrase.title, this.canonical(phrase.words));
      while (i + 1 < tokens.length && tokens[i + 1]!.end <= phrase.end) i += 1;
    }
  }

  private learnForm(phrase: SpeakerPhrase): void {
    const words = phrase.words.split(' ');
    if (isOrganisation(words)) {
      const initials = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('').toLowerCase();
      if (initials.length > 1 && !this.byInitials.has(initials)) this.byInitials.set(initials, phrase.words);
      return;
    }
    if (isPlace(words) || isDemonym(words)) return;
    const key = words.at(-1)!.toLowerCase();
    const known = this.bySurname.get(key);
    if (!known || known.length < phrase.words.length) this.bySurname.set(key, phrase.words);
    const full = this.bySurname.get(key)!;
    const gender = phrase.gender ?? (MALE_NAMES.has(words[0]!) ? 'm' : FEMALE_NAMES.has(words[0]!) ? 'f' : null);
    if (gender) this.genders.set(full, gender);
  }

  /** The fullest form of a name found in the document. */
  canonical(words: string): string {
    if (/^\p{Lu}{2,}$/u.test(words)) return this.byInitials.get(words.toLowerCase()) ?? words;
    const parts = words.split(' ');
    if (isOrganisation(parts) || isPlace(parts)) return words;
    return this.bySurname.get(parts.at(-1)!.toLowerCase()) ?? words;
  }

  isPerson(name: string): boolean {
    const words = name.split(' ');
    return !isOrganisation(words) && !isPlace(words) && !isDemonym(words) && !/^\p{Lu}{2,}$/u.test(name);
  }

  /** A named phrase met in the text: it introduces a title and makes its person the one the text is about. */
  meet(phrase: SpeakerPhrase, salient: boolean): string {
    const name = this.canonical(phrase.words);
    if (phrase.title) this.giveRole(phrase.title, name);
    if (phrase.gender && !this.genders.has(name)) this.genders.set(name, phrase.gender);
    if (salient) this.makeSalient(name);
    return name;
  }

  /** "Jane Doe, the council's spokeswoman": the role now names her. */
  giveRole(role: string, name: string): void {
    const words = role.toLowerCase().replace(/^(?:us|u\.s\.|uk|eu|un)\s+/, '').split(' ');
    this.roles.set(words.join(' '), name);
    const head = words.filter((w) => ROLE_HEADS.has(w)).at(0);
    if (head) this.roles.set(head, name);
    const last = words.at(-1)!;
    if (ROLE_HEADS.has(last)) this.roles.set(last, name);
  }

  /** The person a role refers to ("the Secretary of State" → John Kerry), if one was introduced with it. */
  byRole(words: string): string | null {
    const role = words.toLowerCase().replace(/^(?:the|his|her|its|their)\s+/, '');
    const parts = role.split(' ');
    for (let k = 0; k < parts.length; k += 1) {
      const found = this.roles.get(parts.slice(k).join(' '));
      if (found) return found;
    }
    return null;
  }

  makeSalient(name: string): void {
    if (this.isPerson(name)) this.salient = [name, ...this.salient.filter((n) => n !== name)].slice(0, 8);
    else this.lastGroup = name;
  }

  /** The person a he or she points to here: the most salient one of a gender that fits. */
  byPronoun(gender: Gender): string | null {
    if (gender === null) return this.lastGroup;
    // One whose gender is known to fit goes first: "she added" after a man was named is still the minister.
    const fits = this.salient.find((name) => this.genders.get(name) === gender) ?? this.salient.find((name) => !this.genders.get(name));
    if (fits && !this.genders.has(fits)) this.genders.set(fits, gender);
    return fits ?? null;
  }

  /** A sentence outside quotation marks: its subject, if a person, becomes the one the text is about. */
  observeSentence(tokens: readonly Token[]): void {
    let subjectSeen = false;
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i]!;
      if (!token.cap) continue;
      const phrase = phraseFrom(tokens, i);
      if (!phrase || phrase.kind !== 'name') continue;
      const previous = tokens[i - 1]?.text.toLowerCase();
      const subject = !subjectSeen && (previous === undefined || !PREPOSITIONS.has(previous));
      const name = this.meet(phrase, subject);
      if (this.isPerson(name) && subject) subjectSeen = true;
      while (i + 1 < tokens.length && tokens[i + 1]!.end <= phrase.end) i += 1;
    }
  }
}

function isOrganisation(words: readonly string[]): boolean {
  return words.length > 1 ? words.some((w) => ORGANISATION_WORDS.has(w)) : ORGANISATION_WORDS.has(words[0]!) || /^\p{Lu}{2,}$/u.test(words[0]!);
}

function isPlace(words: readonly string[]): boolean {
  return words.every((w) => PLACES.has(w));
}

/** "Iranian", "Syrian": a single capitalised adjective of nationality is nobody's name. */
function isDemonym(words: readonly string[]): boolean {
  return words.length === 1 && /(?:ian|ese|ish|ean)$/u.test(words[0]!);
}
