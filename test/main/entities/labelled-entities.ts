/**
 * The people, places and organisations labelled by hand in each article of
 * test/fixtures/quotes, and the score of an extractor against them: which
 * labelled entities it finds, whether it gives them their kind, and how
 * many of the names it lists are not entities at all.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FoundMention } from '../../../src/main/entities/extract-entities';
import type { EntityKind } from '../../../src/shared/entities';
import { labelledArticles, type LabelledArticle } from '../quotes/labelled-set';

export interface LabelledEntity {
  kind: EntityKind;
  alsoKind?: EntityKind;
  name: string;
  forms: string[];
}

export interface EntityScore {
  labelled: number;
  found: number;
  kindRight: number;
  listed: number;
  listedRight: number;
  missed: string[];
  wrongKind: string[];
  invented: string[];
}

const DIR = fileURLToPath(new URL('../../fixtures/quotes/', import.meta.url));

/**
 * The articles with their labelled entities. A name written only in the
 * byline is the article's author, kept with the document's details rather
 * than listed as mentioned, so it is not asked of the extractor.
 */
export function articlesWithEntities(): (LabelledArticle & { entities: LabelledEntity[] })[] {
  return labelledArticles().map((article) => {
    const labelled = (JSON.parse(readFileSync(`${DIR}${article.name}.entities.json`, 'utf8')) as { entities: LabelledEntity[] }).entities;
    const bylines = article.blocks.filter((block) => block.kind === 'byline');
    const outsideBylines = (form: string) => occurrences(article.text, form).some((at) => !bylines.some((block) => block.start <= at && at < block.end));
    return { ...article, entities: labelled.filter((entity) => entity.forms.some(outsideBylines)) };
  });
}

function occurrences(text: string, form: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) found.push(at);
  return found;
}

/** "Calif." and "Calif" are one form: the extractor leaves a closing full stop to the sentence. */
const key = (written: string) => written.toLowerCase().replace(/\.$/, '');

/** One article's score; counts add up across articles with `addScores`. */
export function scoreEntities(article: { name: string; text: string; entities: LabelledEntity[] }, mentions: readonly FoundMention[]): EntityScore {
  const score: EntityScore = { labelled: article.entities.length, found: 0, kindRight: 0, listed: 0, listedRight: 0, missed: [], wrongKind: [], invented: [] };
  const writtenOf = (mention: FoundMention) => [key(article.text.slice(mention.start, mention.end)), key(mention.name)];
  for (const entity of article.entities) {
    const forms = new Set([entity.name, ...entity.forms].map(key));
    const matching = mentions.filter((mention) => writtenOf(mention).some((written) => forms.has(written)));
    if (matching.length === 0) {
      score.missed.push(`${article.name}: ${entity.name}`);
      continue;
    }
    score.found += 1;
    if (matching.some((mention) => mention.kind === entity.kind || mention.kind === entity.alsoKind)) score.kindRight += 1;
    else score.wrongKind.push(`${article.name}: ${entity.name} (${entity.kind}, given ${matching[0]!.kind})`);
  }
  const allForms = new Set(article.entities.flatMap((entity) => [entity.name, ...entity.forms].map(key)));
  const listed = new Map<string, boolean>();
  for (const mention of mentions) listed.set(mention.name, (listed.get(mention.name) ?? false) || writtenOf(mention).some((written) => allForms.has(written)));
  for (const [name, right] of listed) {
    score.listed += 1;
    if (right) score.listedRight += 1;
    else score.invented.push(`${article.name}: ${name}`);
  }
  return score;
}

export function addScores(scores: readonly EntityScore[]): EntityScore {
  const total: EntityScore = { labelled: 0, found: 0, kindRight: 0, listed: 0, listedRight: 0, missed: [], wrongKind: [], invented: [] };
  for (const score of scores) {
    total.labelled += score.labelled;
    total.found += score.found;
    total.kindRight += score.kindRight;
    total.listed += score.listed;
    total.listedRight += score.listedRight;
    total.missed.push(...score.missed);
    total.wrongKind.push(...score.wrongKind);
    total.invented.push(...score.invented);
  }
  return total;
}
