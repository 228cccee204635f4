/**
 * Entity quality over the hand-labelled people, places and organisations of
 * the 37 articles in test/fixtures/quotes: how many the extractor finds, how
 * many it gives their kind, and how many of the names it lists are real.
 * Printed, and held above floors set just under what it reaches, so a
 * change that trades quality for speed fails here.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/main/entities/extract-entities';
import { addScores, articlesWithEntities, scoreEntities } from './labelled-entities';

/** Just under what the extractor reaches today (found 89.4%, kind right 97.8%, names listed that are entities 96.5%). */
const FLOORS = { recall: 0.88, kindRight: 0.96, precision: 0.95 };

describe('entity quality on the labelled articles', () => {
  const articles = articlesWithEntities();
  const total = addScores(articles.map((article) => scoreEntities(article, extractEntities(article.text, article.blocks))));
  const recall = total.found / total.labelled;
  const kindRight = total.kindRight / total.found;
  const precision = total.listedRight / total.listed;
  console.log(
    `entities: ${total.found}/${total.labelled} found (${(recall * 100).toFixed(1)}%), kind right for ${(kindRight * 100).toFixed(1)}%, ` +
      `${total.listedRight}/${total.listed} names listed are entities (${(precision * 100).toFixed(1)}%)`,
  );

  it('has a labelled entity list for every article, with people, places and organisations', () => {
    expect(articles.length).toBeGreaterThanOrEqual(30);
    for (const kind of ['person', 'place', 'organisation']) expect(articles.flatMap((article) => article.entities).filter((entity) => entity.kind === kind).length).toBeGreaterThan(30);
  });

  it('finds the labelled entities', () => {
    expect(recall, total.missed.join('\n')).toBeGreaterThanOrEqual(FLOORS.recall);
  });

  it('gives them their kind', () => {
    expect(kindRight, total.wrongKind.join('\n')).toBeGreaterThanOrEqual(FLOORS.kindRight);
  });

  it('lists few names that are not entities', () => {
    expect(precision, total.invented.join('\n')).toBeGreaterThanOrEqual(FLOORS.precision);
  });

  it('finds every named speaker of the quote labels, people as people', () => {
    const missing = articles.flatMap((article) => {
      const mentions = extractEntities(article.text, article.blocks);
      const speakers = new Set(article.labels.map((label) => label.speaker).filter((speaker): speaker is string => speaker !== null));
      return [...speakers].flatMap((speaker) => {
        const labelled = article.entities.find((entity) => entity.name === speaker || entity.forms.includes(speaker));
        const kinds = labelled ? [labelled.kind, labelled.alsoKind] : ['person'];
        return mentions.some((mention) => mention.name === speaker && kinds.includes(mention.kind)) ? [] : [`${article.name}: ${speaker} (${kinds[0]})`];
      });
    });
    expect(missing).toEqual([]);
  });
});
