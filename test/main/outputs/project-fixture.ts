/**
 * A small research project as the exporters receive it: three news articles
 * (one with an emoji and an accented letter before a passage, one with no
 * outlet, byline or date), nested tags, a passage with two tags, an untagged
 * highlight, an orphaned passage, notes that a CSV or a spreadsheet could
 * misread, attributes of every type and memos on the project, a document and
 * a tag. Built from the articles' blocks so every offset is computed, not typed.
 */
import type { ProjectData, ProjectDocument, ProjectPassage, ProjectTag } from '../../../src/main/outputs/project-data';
import { describeRange } from '../../../src/shared/anchoring/selectors';
import type { Attribute, BlockKind, Memo } from '../../../src/shared/model';

type Part = [BlockKind, string];

interface Details {
  title?: string;
  source: string;
  byline: string | null;
  publishedAt: string | null;
  url: string | null;
  language: string | null;
  tags: string[];
  attributes: ProjectDocument['attributes'];
}

/** An article whose text is its blocks joined by blank lines, as the importers lay it out. */
export function article(id: string, parts: Part[], details: Details): ProjectDocument {
  const blocks: ProjectDocument['blocks'] = [];
  let text = '';
  for (const [kind, words] of parts) {
    if (text !== '') text += '\n\n';
    blocks.push({ kind, start: text.length, end: text.length + words.length });
    text += words;
  }
  return {
    id,
    title: details.title ?? parts.find(([kind]) => kind === 'title')?.[1] ?? id,
    source: details.source,
    byline: details.byline,
    addedAt: '2016-06-01T08:00:00.000Z',
    publishedAt: details.publishedAt,
    wordCount: text.split(/\s+/).length,
    contentHash: `hash-${id}`,
    tags: details.tags,
    origin: { kind: 'file', fileName: `${id}.html`, importedAt: '2016-06-01T08:00:00.000Z' },
    url: details.url,
    language: details.language,
    attributes: details.attributes,
    versions: [],
    text,
    blocks,
  };
}

interface PassageDetails {
  tagIds?: string[];
  note?: string;
  createdAt?: string;
  updatedAt?: string;
}

/** A passage on the first occurrence of `phrase`, with the selectors the app would have stored. */
export function passageOn(document: ProjectDocument, id: string, phrase: string, details: PassageDetails = {}): ProjectPassage {
  const start = document.text.indexOf(phrase);
  if (start === -1) throw new Error(`${document.id} lacks ${JSON.stringify(phrase)}`);
  const described = describeRange(document.text, start, start + phrase.length);
  if (!described.ok) throw new Error(described.error.message);
  return {
    id,
    documentId: document.id,
    ...described.value,
    tagIds: details.tagIds ?? [],
    note: details.note ?? '',
    createdAt: details.createdAt ?? '2016-06-02T10:00:00.000Z',
    updatedAt: details.updatedAt ?? '2016-06-03T11:30:00.000Z',
    anchor: { start, end: start + phrase.length },
  };
}

/** A passage whose words are no longer in the text: it keeps its stored quote and stale position. */
export function orphanedPassage(document: ProjectDocument, id: string, exact: string, details: PassageDetails = {}): ProjectPassage {
  return {
    id,
    documentId: document.id,
    position: { type: 'TextPositionSelector', start: 5, end: 5 + exact.length },
    quote: { type: 'TextQuoteSelector', exact, prefix: 'the words before ', suffix: ' and after' },
    tagIds: details.tagIds ?? [],
    note: details.note ?? '',
    createdAt: details.createdAt ?? '2016-06-02T10:00:00.000Z',
    updatedAt: details.updatedAt ?? '2016-06-02T10:00:00.000Z',
    anchor: null,
  };
}

const tag = (id: string, name: string, parentId: string | null, path: string, description = ''): ProjectTag => ({
  id,
  name,
  parentId,
  color: '#3366cc',
  description,
  createdAt: '2016-06-01T09:00:00.000Z',
  path,
});

const attribute = (id: string, name: string, type: Attribute['type'], choices: string[] = []): Attribute => ({
  id,
  name,
  type,
  choices,
  createdAt: '2016-06-01T09:00:00.000Z',
});

const memo = (id: string, title: string, about: Memo['about'], body: string, createdAt: string): Memo => ({
  id,
  title,
  body,
  about,
  createdAt,
  updatedAt: createdAt.replace('T09', 'T17'),
});

/** Notes that a naive CSV or spreadsheet writer would break or run. */
export const TRICKY_NOTES = {
  punctuated: 'Hedged, as usual: "for now".\nSee also Lavrov.',
  formula: '=HYPERLINK("http://evil.example","click")',
  sum: '-2+3',
  at: '@SUM(1+1)',
  tab: '\tindented on purpose',
  plus: '+1 for this',
  negative: '-3',
} as const;

/** The rows of the fixture's passage table, [passage id, tag path], in order: tags in codebook order, the untagged highlight with none. */
export const PASSAGE_TABLE_ORDER: readonly (readonly [string, string])[] = [
  ['p-runs-late', ''],
  ['p-kerry-hold', 'actors/Kerry'],
  ['p-kerry-hold', 'themes/ceasefire'],
  ['p-lavrov', 'actors/Lavrov'],
  ['p-orphan', 'themes/ceasefire'],
  ['p-aid', 'themes/humanitarian'],
  ['p-waited', 'themes/humanitarian'],
  ['p-doubt', 'actors'],
  ['p-deliver', 'actors/Kerry'],
];

/** The fixture project; a new copy each call, so a test may change it. */
export function projectFixture(): ProjectData {
  const truce = article(
    'doc-truce',
    [
      ['title', 'Kerry and Lavrov agree on a Syria truce'],
      ['byline', 'Arshad Mohammed'],
      ['standfirst', 'Talks at a café in Genève 🕊 ran late into the night.'],
      ['paragraph', 'Secretary of State John Kerry said the ceasefire would hold, "for now".'],
      ['paragraph', 'Sergei Lavrov, the Russian foreign minister, agreed.'],
      ['quote', '"We will see," one diplomat said.'],
    ],
    {
      source: 'Reuters',
      byline: 'Arshad Mohammed',
      publishedAt: '2016-05-04T09:30:00.000Z',
      url: 'https://example.com/world/syria-truce',
      language: 'en',
      tags: ['t-themes'],
      attributes: { 'a-region': 'Middle East', 'a-tone': -3, 'a-event': '2016-05-03', 'a-front': true, 'a-genre': 'news' },
    },
  );
  const border = article(
    'doc-border',
    [
      ['title', 'Notes from the border [draft] *unverified*'],
      ['paragraph', 'Refugees waited at the crossing for days.'],
      ['heading', 'Aid'],
      ['paragraph', 'Aid trucks arrived on Tuesday.'],
    ],
    { source: '', byline: null, publishedAt: null, url: null, language: null, tags: [], attributes: { 'a-region': 'Europe', 'a-front': false } },
  );
  const analysis = article(
    'doc-analysis',
    [
      ['title', 'Why the truce may not last'],
      ['byline', 'Jane Doe'],
      ['paragraph', 'Analysts doubt that Kerry can deliver.'],
      ['list-item', 'No monitors on the ground'],
    ],
    {
      source: 'The Guardian',
      byline: 'Jane Doe',
      publishedAt: '2016-05-06T00:00:00.000Z',
      url: 'https://example.org/analysis',
      language: 'en-GB',
      tags: ['t-kerry', 't-themes'],
      attributes: { 'a-tone': 2.5, 'a-event': '2016-05-06', 'a-front': false, 'a-genre': 'analysis' },
    },
  );
  return {
    title: 'Syria truce coverage',
    exportedAt: '2016-06-10T12:00:00.000Z',
    user: { id: 'user-1', name: 'Ana Researcher' },
    documents: [truce, border, analysis],
    passages: [
      passageOn(truce, 'p-runs-late', 'ran late into the night'),
      passageOn(truce, 'p-kerry-hold', 'Kerry said the ceasefire would hold', {
        tagIds: ['t-ceasefire', 't-kerry'],
        note: TRICKY_NOTES.punctuated,
      }),
      passageOn(truce, 'p-lavrov', 'Sergei Lavrov', { tagIds: ['t-lavrov'], note: TRICKY_NOTES.formula }),
      orphanedPassage(truce, 'p-orphan', 'a phrase that was edited away', { tagIds: ['t-ceasefire'], note: TRICKY_NOTES.sum }),
      passageOn(border, 'p-aid', 'Aid trucks arrived', { tagIds: ['t-humanitarian'], note: TRICKY_NOTES.at }),
      passageOn(border, 'p-waited', 'waited at the crossing', { tagIds: ['t-humanitarian'], note: TRICKY_NOTES.tab }),
      passageOn(analysis, 'p-doubt', 'Analysts doubt', { tagIds: ['t-actors'], note: TRICKY_NOTES.plus }),
      passageOn(analysis, 'p-deliver', 'Kerry can deliver', { tagIds: ['t-kerry'], note: TRICKY_NOTES.negative }),
    ],
    tags: [
      tag('t-actors', 'actors', null, 'actors', 'People and states who act.'),
      tag('t-kerry', 'Kerry', 't-actors', 'actors/Kerry', 'John Kerry, US Secretary of State.'),
      tag('t-lavrov', 'Lavrov', 't-actors', 'actors/Lavrov'),
      tag('t-themes', 'themes', null, 'themes'),
      tag('t-ceasefire', 'ceasefire', 't-themes', 'themes/ceasefire', 'Talk of a truce holding or failing.'),
      tag('t-humanitarian', 'humanitarian', 't-themes', 'themes/humanitarian'),
      tag('t-method', 'method notes', null, 'method notes', 'Reminders about the coding itself.'),
    ],
    attributes: [
      attribute('a-region', 'Region', 'text'),
      attribute('a-tone', 'Tone', 'number'),
      attribute('a-event', 'Event date', 'date'),
      attribute('a-front', 'Front page', 'boolean'),
      attribute('a-genre', 'Genre', 'choice', ['news', 'analysis', 'opinion']),
    ],
    memos: [
      memo('m-first', 'First reading', { kind: 'project' }, 'Started coding; focus on *actors*.', '2016-06-01T09:00:00.000Z'),
      memo(
        'm-plan',
        'Second pass',
        { kind: 'project' },
        '# Plan\n\n- recode **ceasefire**\n- check [the truce](scholia://document/doc-truce)',
        '2016-06-05T09:00:00.000Z',
      ),
      memo('m-truce', 'On the truce article', { kind: 'document', id: 'doc-truce' }, 'Reuters piece, balanced.\n\nRead it twice.', '2016-06-02T09:00:00.000Z'),
      memo(
        'm-kerry',
        'Kerry',
        { kind: 'tag', id: 't-kerry' },
        'Kerry is *hedging*: see [Reuters](https://example.com/world/syria-truce).\n\n```\ncode, kept\n```',
        '2016-06-03T09:00:00.000Z',
      ),
    ],
  };
}
