/** Extraction on the sample article and on the texts that trip taggers up: headlines, sentence openers, odd punctuation. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/main/entities/extract-entities';
import { mergeEntities } from '../../../src/main/entities/entity-merge';

const SAMPLE = readFileSync('/work/shared/sample-articles/kerry-syria-patience-limited.txt', 'utf8');

const names = (text: string) => extractEntities(text, []).map((mention) => `${mention.kind}:${mention.name}`);

describe('extracting entities from one document', () => {
  const mentions = extractEntities(SAMPLE, []);
  const merged = mergeEntities([{ id: 'sample', outlet: 'Arutz Sheva', publishedAt: null, mentions }]);
  const entity = (name: string) => merged.find((candidate) => candidate.name === name);

  it.each([
    ['John Kerry', 'person', ['Kerry']],
    ['Mohammad Javad Zarif', 'person', ['Zarif']],
    ['Bashar al-Assad', 'person', ['Assad']],
    ['Russia', 'place', []],
    ['Syria', 'place', []],
    ['Aleppo', 'place', []],
    ['Norway', 'place', []],
    ['United Nations', 'organisation', ['UN']],
  ])('finds %s as a %s, with its other forms %j', (name, kind, aliases) => {
    const found = entity(name);
    expect(found, name).toBeDefined();
    expect(found!.kind).toBe(kind);
    for (const alias of aliases) expect(found!.aliases).toContain(alias);
  });

  it('counts every mention of Kerry, titles stripped, and keeps offsets that point at the name', () => {
    const kerry = entity('John Kerry')!;
    expect(kerry.mentionCount).toBe(SAMPLE.match(/Kerry/g)!.length);
    for (const mention of mentions) expect(SAMPLE.slice(mention.start, mention.end)).toBe(mention.form ?? mention.name);
    expect(mentions.some((mention) => SAMPLE.slice(mention.start, mention.end).startsWith('Secretary'))).toBe(false);
  });

  it.each(['Wednesday', 'Earlier', 'World', 'Syrians', 'Iranian', 'Secretary of State', 'February', 'State John'])('does not list %s', (word) => {
    expect(merged.map((found) => found.name)).not.toContain(word);
  });

  it('leaves out words that only open a sentence or a headline', () => {
    const headline = 'Markets Rally As Traders Cheer\n\nShares rose on Monday. Analysts said Tesco gained. However, Tesco fell later.';
    const found = extractEntities(headline, [
      { kind: 'title', start: 0, end: 30 },
      { kind: 'paragraph', start: 32, end: headline.length },
    ]).map((mention) => mention.name);
    expect(found).not.toContain('Markets Rally As Traders Cheer');
    expect(found).not.toContain('Analysts');
    expect(found).not.toContain('However');
    expect(found).not.toContain('Monday');
  });

  it('finds organisations by their last word and people by their title', () => {
    expect(names('The vote was won by the Scottish National Party on Tuesday, said Prime Minister Theresa May.')).toEqual(
      expect.arrayContaining(['organisation:Scottish National Party', 'person:Theresa May']),
    );
  });

  it.each([
    ['no sentences', '- one\n- two\n- three'],
    ['a table', 'a\tb\tc\n1\t2\t3'],
    ['unbalanced quotes', '"Kerry said ” « Syria » „Norway“ ”'],
    ['empty', ''],
    ['only punctuation', '.... !!! ???'],
  ])('does not crash or invent names on %s', (_name, text) => {
    const found = extractEntities(text, []);
    for (const mention of found) expect(text.slice(mention.start, mention.end).length).toBeGreaterThan(0);
    expect(found.every((mention) => /\p{Lu}/u.test(mention.name))).toBe(true);
  });

  it.each([
    ['a role before the name', 'The plan was backed by Housing Secretary Helen Marsh on Monday.', ['person:Helen Marsh'], ['Housing Secretary Helen Marsh']],
    ['a person of an organisation', 'Analysts were less sure, according to Omar Haddad of Brightline Research.', ['person:Omar Haddad', 'organisation:Brightline Research'], ['Omar Haddad of Brightline Research']],
    ['a post, not a person', '"It works," said Pieter de Vries, Director of Energy Transition at the port.', [], ['Energy Transition']],
    ['a role before "of"', 'The Chief Executive Officer of Northwind Energy resigned.', ['organisation:Northwind Energy'], ['Executive Officer']],
    ['a dateline', 'SANTA LUCIA, Calif. — A fire near Santa Lucia burned homes.', ['place:Santa Lucia'], ['person:Santa Lucia']],
    ['a speaker set off after a role', 'The finance minister, Karol Bielik, said the deficit would fall.', ['person:Karol Bielik'], []],
  ])('reads %s', (_case, text, wanted, unwanted) => {
    const found = names(text);
    expect(found).toEqual(expect.arrayContaining(wanted));
    for (const name of unwanted) expect(found.map((entry) => entry.slice(entry.indexOf(':') + 1)).concat(found)).not.toContain(name);
  });

  it('reads names in other languages’ quote marks', () => {
    expect(names('« Nous irons à Paris », a dit le ministre. „Berlin“ antwortete.')).toEqual(expect.arrayContaining(['place:Paris', 'place:Berlin']));
  });
});
