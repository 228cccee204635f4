/**
 * Decides what an unknown capitalised name is from what costs nothing to
 * read: compromise's word lists (first names, surnames, cities, countries,
 * organisation and place words) and the words around it ("Okafor said",
 * "according to Okafor", "in Lagos"). Running compromise's tagger over an
 * article costs ~20 ms per thousand characters, more than a whole article's
 * budget, so the tagger is left only the names these clues cannot place.
 */
import nlp from 'compromise';
import type { EntityKind } from '../../shared/entities';
import { ORGANISATION_ENDINGS } from './gazetteer';

type Lexicon = Record<string, string | string[]>;
interface World {
  model: { one: { lexicon: Lexicon }; two: { orgWords: Record<string, unknown>; placeWords: Record<string, unknown> } };
}

const world = (nlp as unknown as { world: () => World }).world();
const LEXICON = world.model.one.lexicon;
const ORG_WORDS = new Set(Object.keys(world.model.two.orgWords));
const PLACE_WORDS = new Set(Object.keys(world.model.two.placeWords));

const PERSON_TAGS = new Set(['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName']);
const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PLACE_TAGS = new Set(['Place', 'City', 'Country', 'Region', 'Address']);
const ORGANISATION_TAGS = new Set(['Organization', 'SportsTeam', 'Company']);

const SPEECH_VERBS =
  'said|says|told|tells|added|adds|asked|asks|explained|explains|argued|argues|insisted|insists|warned|warns|wrote|writes|recalled|recalls|noted|notes|claimed|claims|stated|states|replied|replies|answered|answers|admitted|admits|acknowledged|acknowledges|announced|announces|declared|declares|urged|urges|testified|conceded|concedes|believes|thinks|thought|described|describes|called|calls|spoke|speaks|posted|tweeted|joked|laughed|smiled|shrugged|sighed|nodded|recounted|remembered|countered|continued|suggested|suggests|confirmed|confirms|denied|denies';
/** "Okafor said", "Okafor, 54, said", "Okafor has said", "Okafor, the mayor, told", "The minister, Karol Bielik, said". */
const SPEAKER_AFTER = new RegExp(`^(?:,\\s[^,.;:!?\\n]{1,60},|,)?\\s+(?:(?:has|had|have|also|then|later|once|again|previously|repeatedly)\\s+)*(?:${SPEECH_VERBS})\\b`, 'u');
/** "said Okafor", "added Okafor": not "told Russia" or "according to Reuters", which name places and organisations as often. */
const SPEAKER_BEFORE = /\b(?:said|says|added|adds|explained|recalled|wrote|noted|insisted|argued|warned)\s+(?:[\p{Ll}'’-]+\s+){0,3}$/u;
/** "The finance minister, Karol Bielik": a name set off after a role. */
const ROLE_BEFORE = /\b([\p{Ll}-]+),\s+$/u;
/** "in Lagos", "near Mosul", "from Kharkiv": a single word after these is a place far more often than not. */
const PLACE_BEFORE = /\b(?:in|near|outside|across|around|throughout|inside|towards?|into|from|via|north of|south of|east of|west of|capital|city of|town of|village of|province of|region of)\s+(?:the\s+)?$/iu;
/** "GWR", "NHS": a short run of capitals names an organisation far more often than a person. */
const INITIALISM = /^\p{Lu}{2,5}$/u;
/** "GENEVA —", "SANTA LUCIA, Calif. —": the place a wire story is filed from. */
const DATELINE_AFTER = /^(?:,\s*[\p{L}.]+(?:\s[\p{L}.]+)?)?\s*(?:\([^)]{1,20}\)\s*)?[—–-]\s/u;
/** "Okafor's", "Okafor, 54" and "Okafor, who": things said of people. */
const PERSON_AFTER = /^(?:,\s\d{1,3}\b|,\s(?:who|whose)\b|\s\(\d{1,3}\))/u;

function tagsOf(word: string): readonly string[] {
  const tags = LEXICON[word.toLowerCase()];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

const has = (tags: readonly string[], wanted: ReadonlySet<string>) => tags.some((tag) => wanted.has(tag));

/**
 * The kind the clues give a name written `words` with `before` and `after`
 * it in the text, or null when they say nothing. A name the word lists know
 * whole wins over the words around it.
 */
export function kindFromClues(words: readonly string[], before: string, after: string): EntityKind | null {
  const whole = tagsOf(words.join(' '));
  if (has(whole, ORGANISATION_TAGS)) return 'organisation';
  if (has(whole, PLACE_TAGS)) return 'place';
  const last = words[words.length - 1]!;
  if (words.length > 1 && isOrganisationWord(last)) return 'organisation';
  // "University of Kyoto", "International Organization for Migration": the body named before its "of" or "for".
  const joint = words.findIndex((word) => word === 'of' || word === 'for');
  if (joint > 0 && words.slice(0, joint).some(isOrganisationWord)) return 'organisation';
  // "Lake Victoria", "Mount Kenya", "River Thames".
  if (words.length > 1 && PLACE_WORDS.has(words[0]!.toLowerCase()) && !isFirstName(words[1]!)) return 'place';
  if (words.length === 1 && INITIALISM.test(words[0]!)) return 'organisation';
  if ((words.length === 1 || !isFirstName(words[0]!)) && PLACE_BEFORE.test(before)) return 'place';
  if (isDateline(words, after)) return 'place';
  if (has(whole, PERSON_TAGS) || SPEAKER_AFTER.test(after) || SPEAKER_BEFORE.test(before) || PERSON_AFTER.test(after) || isRole(ROLE_BEFORE.exec(before)?.[1])) return 'person';
  if (words.length > 1 && isPlaceWord(last)) return 'place';
  const first = tagsOf(words[0]!);
  const lastTags = tagsOf(words[words.length - 1]!);
  if (words.length > 1 && (has(first, FIRST_NAME_TAGS) || has(lastTags, PERSON_TAGS))) return 'person';
  return null;
}

export function isDateline(words: readonly string[], after: string): boolean {
  return DATELINE_AFTER.test(after) && words.every((word) => word === word.toUpperCase());
}

/** The word lists know the name whole as a place or an organisation: "GENEVA" opening a dateline is a name all the same. */
export function knownAsPlaceOrOrganisation(words: readonly string[]): boolean {
  const tags = tagsOf(words.join(' '));
  return has(tags, PLACE_TAGS) || has(tags, ORGANISATION_TAGS);
}

/** "GENEVA" as the name "Geneva"; organisations' initialisms ("NATO", "GWR") stay as written. */
export function nameCased(word: string): string {
  const tags = tagsOf(word);
  if (word.length < 4 || word !== word.toUpperCase() || has(tags, ORGANISATION_TAGS) || !(has(tags, PLACE_TAGS) || has(tags, PERSON_TAGS))) return word;
  return word.charAt(0) + word.slice(1).toLowerCase();
}

const DATE_TAGS = new Set(['WeekDay', 'Month']);
const FUNCTION_TAGS = new Set(['Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb', 'QuestionWord']);

/** "About", "Despite", "Whenever": words that open a sentence or a heading, never a name. */
export function isFunctionWord(word: string): boolean {
  return has(tagsOf(word), FUNCTION_TAGS);
}

const NAME_TAGS = new Set([...PERSON_TAGS, ...PLACE_TAGS, ...ORGANISATION_TAGS, 'ProperNoun']);

/** A word the word lists know, and not as a name: "Results", "Markets". */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length > 0 && !has(tags, NAME_TAGS);
}

export function isDayOrMonth(word: string): boolean {
  return has(tagsOf(word), DATE_TAGS);
}

/** A word that makes the name it ends, or the body named before "of", an organisation: the gazetteer's endings and compromise's organisation words. */
export function isOrganisationWord(word: string): boolean {
  return ORGANISATION_ENDINGS.has(word) || ORG_WORDS.has(word.toLowerCase());
}

export function isPlaceWord(word: string): boolean {
  return PLACE_WORDS.has(word.toLowerCase());
}

export function isFirstName(word: string): boolean {
  return has(tagsOf(word), FIRST_NAME_TAGS);
}

const ROLE_ENDINGS = /(?:minister(?:in)?|council(?:wo)?man|congress(?:wo)?man|spokes(?:wo)?man|spokesperson|sprecher(?:in)?|vorständin|vorstand|präsident(?:in)?)$/iu;

/** A word that names what someone is ("minister", "Inspector", "Verkehrsminister", "Mum-of-three"), not who. */
export function isRole(word: string | undefined): boolean {
  if (!word) return false;
  const tags = tagsOf(word);
  return (tags.includes('Actor') && !tags.includes('Plural')) || ROLE_ENDINGS.test(word) || /\p{L}-of-\p{L}/u.test(word);
}
