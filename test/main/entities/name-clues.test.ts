/** The clues that decide an unknown name without the tagger, one table per kind of clue. */
import { describe, expect, it } from 'vitest';
import { isRole, kindFromClues, nameCased } from '../../../src/main/entities/name-clues';

describe('deciding an unknown name by its clues', () => {
  it.each([
    // The word lists know it whole.
    [['Google'], '', ' announced', 'organisation'],
    [['Nairobi'], 'The talks ', ' ended', 'place'],
    // Its last word.
    [['Devon', 'Police'], '', ' said', 'organisation'],
    [['Copperhill', 'Brewery'], 'at ', '', 'organisation'],
    [['Harbor', 'River'], 'along the ', '', 'place'],
    // The body named before "of" or "for", and the place word before a name.
    [['University', 'of', 'Kyoto'], 'at the ', '', 'organisation'],
    [['Lake', 'Tana'], 'on ', '', 'place'],
    // Speech and what is said of people.
    [['Okafor'], '', ' said on Monday', 'person'],
    [['Okafor'], '', ', 54, said', 'person'],
    [['Bielik'], 'The finance minister, ', ', said', 'person'],
    [['Natarajan'], '"Not now," said head librarian ', '.', 'person'],
    [['Okafor'], '', ', who runs the shop', 'person'],
    // A first name opens it.
    [['Teresa', 'Quarshie'], 'by ', '', 'person'],
    // A preposition of place before one word; a dateline.
    [['Kharkiv'], 'fighting near ', '', 'place'],
    [['Plymouth'], 'A reader in ', ' writes:', 'place'],
    [['SANTA', 'LUCIA'], '', ', Calif. — The', 'place'],
    // A short run of capitals.
    [['GWR'], '', ' said trains', 'organisation'],
  ])('%j between %j and %j is a %s', (words, before, after, kind) => {
    expect(kindFromClues(words, before, after)).toBe(kind);
  });

  it.each([
    [['Okafor'], 'They met ', ' on Monday'],
    [['Vexmoor'], '', ''],
    [['Brannock'], 'told ', ' to leave'],
  ])('%j between %j and %j is left undecided', (words, before, after) => {
    expect(kindFromClues(words, before, after)).toBeNull();
  });

  it.each([
    ['minister', true],
    ['Inspector', true],
    ['Verkehrsminister', true],
    ['Councilwoman', true],
    ['Mum-of-three', true],
    ['Teresa', false],
    ['Officers', false],
    ['Harbour', false],
  ])('%s names a role: %s', (word, role) => {
    expect(isRole(word)).toBe(role);
  });

  it.each([
    ['GENEVA', 'Geneva'],
    ['NATO', 'NATO'],
    ['GWR', 'GWR'],
    ['Kerry', 'Kerry'],
  ])('writes %s as the name %s', (word, name) => {
    expect(nameCased(word)).toBe(name);
  });
});
