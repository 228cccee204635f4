/**
 * A small notebook of three news articles with everything a REFI-QDA export
 * has to carry: nested tags with colours and descriptions, overlapping
 * passages, a passage with two tags, an untagged highlight, an orphaned
 * passage, passage notes, attributes of every type, memos about the project,
 * a document and a tag, and document tags. The first article has an emoji
 * and a precomposed "é" before a passage, so positions in code points and in
 * UTF-16 differ there.
 */
import { describeRange } from '../../../../src/shared/anchoring/selectors';
import type { Attribute, Memo } from '../../../../src/shared/model';
import { buildDocumentText, type DraftBlock } from '../../../../src/main/importers/document-builder';
import { hashText } from '../../../../src/main/library/library';
import type { ProjectData, ProjectDocument, ProjectPassage, ProjectTag } from '../../../../src/main/outputs/project-data';

export const IDS = {
  user: '0b6f1d7e-2f43-4c4e-9d55-6c1f0f1e2a10',
  harbour: '3f0c9a52-7d1e-4a8b-b3c4-1e2f3a4b5c01',
  port: '3f0c9a52-7d1e-4a8b-b3c4-1e2f3a4b5c02',
  opinion: '3f0c9a52-7d1e-4a8b-b3c4-1e2f3a4b5c03',
  actors: '7a1b2c3d-0000-4000-8000-000000000001',
  politicians: '7a1b2c3d-0000-4000-8000-000000000002',
  ministers: '7a1b2c3d-0000-4000-8000-000000000003',
  frames: '7a1b2c3d-0000-4000-8000-000000000004',
  economic: '7a1b2c3d-0000-4000-8000-000000000005',
  security: '7a1b2c3d-0000-4000-8000-000000000006',
  /** Not a GUID: the export derives one. */
  tone: 'tone-legacy',
  afterEmoji: 'a0000000-0000-4000-8000-000000000001',
  withEmoji: 'a0000000-0000-4000-8000-000000000002',
  twoTags: 'a0000000-0000-4000-8000-000000000003',
  overlapA: 'a0000000-0000-4000-8000-000000000004',
  overlapB: 'a0000000-0000-4000-8000-000000000005',
  untagged: 'a0000000-0000-4000-8000-000000000006',
  orphan: 'a0000000-0000-4000-8000-000000000007',
  /** Not a GUID either. */
  imported: 'passage-imported-1',
  region: 'b0000000-0000-4000-8000-000000000001',
  pages: 'b0000000-0000-4000-8000-000000000002',
  sentiment: 'b0000000-0000-4000-8000-000000000003',
  collected: 'b0000000-0000-4000-8000-000000000004',
  frontPage: 'b0000000-0000-4000-8000-000000000005',
  section: 'b0000000-0000-4000-8000-000000000006',
} as const;

const AT = '2024-03-05T09:30:00.000Z';

const tag = (id: string, name: string, parentId: string | null, path: string, color: string, description: string): ProjectTag => ({
  id,
  name,
  parentId,
  path,
  color,
  description,
  createdAt: AT,
});

/** Parents before children, depth first: the order a codebook tree is read back in. */
export const fixtureTags = (): ProjectTag[] => [
  tag(IDS.actors, 'actors', null, 'actors', '#9ad0f5', 'Who speaks or acts in the story.'),
  tag(IDS.politicians, 'politicians', IDS.actors, 'actors/politicians', '#b5e6a1', 'Elected officials & party figures <any level>.'),
  tag(IDS.ministers, 'ministers', IDS.politicians, 'actors/politicians/ministers', '#f7a8b8', ''),
  tag(IDS.frames, 'frames', null, 'frames', '#c7b3f2', 'How the story is framed.\nOne frame per passage, ideally.'),
  tag(IDS.economic, 'economic', IDS.frames, 'frames/economic', '#f9b97f', 'Costs, jobs, money.'),
  tag(IDS.security, 'security', IDS.frames, 'frames/security', '#8fded6', 'Safety and order.'),
  tag(IDS.tone, 'tone', null, 'tone', '#f6d365', 'The mood of the piece: “hopeful”, “grim”…'),
];

interface ArticleSpec {
  id: string;
  blocks: DraftBlock[];
  fields: Pick<ProjectDocument, 'source' | 'byline' | 'publishedAt' | 'url' | 'language'>;
  tags: string[];
  attributes: ProjectDocument['attributes'];
}

function article(spec: ArticleSpec): ProjectDocument {
  const { text, blocks } = buildDocumentText(spec.blocks);
  return {
    id: spec.id,
    title: spec.blocks[0]!.text,
    ...spec.fields,
    addedAt: '2024-03-01T08:00:00.000Z',
    wordCount: text.split(/\s+/).length,
    contentHash: hashText(text),
    tags: spec.tags,
    origin: { kind: 'file', fileName: `${spec.id}.txt`, importedAt: '2024-03-01T08:00:00.000Z' },
    attributes: spec.attributes,
    versions: [],
    text,
    blocks,
  };
}

export const fixtureDocuments = (): ProjectDocument[] => [
  article({
    id: IDS.harbour,
    blocks: [
      { kind: 'title', text: 'Harbour deal signed after a night of talks' },
      { kind: 'standfirst', text: 'Ministers and unions agreed terms at 4am 🙂 and the café owners on the quay were the first to hear.' },
      { kind: 'byline', text: 'By Léa Martin' },
      { kind: 'paragraph', text: 'The agreement ends a strike that closed the port for eleven days. Officials said the deal protects jobs while cutting costs.' },
      { kind: 'quote', text: '“We will judge it by what happens on the docks,” said one union steward, who asked not to be named.' },
    ],
    fields: { source: 'The Coastal Herald', byline: 'Léa Martin', publishedAt: '2024-02-28T05:10:00.000Z', url: 'https://herald.example/harbour-deal', language: 'en' },
    tags: [IDS.tone],
    attributes: { [IDS.region]: 'North coast', [IDS.pages]: 2, [IDS.sentiment]: 0.35, [IDS.collected]: '2024-03-01', [IDS.frontPage]: true, [IDS.section]: 'News' },
  }),
  article({
    id: IDS.port,
    blocks: [
      { kind: 'title', text: 'Port reopens as costs climb' },
      { kind: 'paragraph', text: 'Cranes moved again on Monday. Shipping firms warned that the backlog would take weeks to clear and that fees would rise.' },
      { kind: 'paragraph', text: 'Police kept a quiet watch at the gates, where pickets had stood for a week & a half.' },
    ],
    fields: { source: 'Port Weekly', byline: null, publishedAt: null, url: null, language: 'en-GB' },
    tags: [IDS.economic, IDS.tone],
    attributes: { [IDS.pages]: 1, [IDS.frontPage]: false, [IDS.section]: 'Analysis' },
  }),
  article({
    id: IDS.opinion,
    blocks: [
      { kind: 'title', text: 'Opinion: a deal that buys time' },
      { kind: 'paragraph', text: 'Nobody should mistake a truce for peace. The minister’s promise of “no job losses” will be tested within the year.' },
    ],
    fields: { source: '', byline: 'Sam Okafor', publishedAt: '2024-03-02T00:00:00.000Z', url: 'https://opinion.example/a-deal-that-buys-time', language: 'fr' },
    tags: [],
    attributes: { [IDS.sentiment]: -1.25, [IDS.region]: 'Capital <metro> & suburbs' },
  }),
];

/** A passage over the `occurrence`-th appearance of `exact` in the document's text, as Scholia makes one. */
export function passageOn(document: ProjectDocument, exact: string, fields: Pick<ProjectPassage, 'id' | 'tagIds' | 'note'>, occurrence = 0): ProjectPassage {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) start = document.text.indexOf(exact, start + 1);
  if (start === -1) throw new Error(`"${exact}" is not in ${document.title}`);
  const described = describeRange(document.text, start, start + exact.length);
  if (!described.ok) throw new Error(described.error.message);
  return { ...fields, documentId: document.id, ...described.value, createdAt: AT, updatedAt: '2024-03-06T10:00:00.000Z', anchor: { start, end: start + exact.length } };
}

function fixturePassages(documents: readonly ProjectDocument[]): ProjectPassage[] {
  const [harbour, port, opinion] = documents as [ProjectDocument, ProjectDocument, ProjectDocument];
  const orphan = passageOn(opinion, 'Nobody should mistake', { id: IDS.orphan, tagIds: [IDS.frames], note: 'Its words were edited away.' });
  return [
    passageOn(harbour, 'at 4am 🙂', { id: IDS.withEmoji, tagIds: [IDS.tone], note: '' }),
    passageOn(harbour, 'owners on the quay', { id: IDS.afterEmoji, tagIds: [IDS.actors], note: 'Local business voices.' }),
    passageOn(harbour, 'the deal protects jobs while cutting costs', { id: IDS.twoTags, tagIds: [IDS.economic, IDS.ministers], note: 'Jobs *and* costs:\n\n- both frames at once' }),
    passageOn(port, 'the backlog would take weeks to clear', { id: IDS.overlapA, tagIds: [IDS.economic], note: '' }),
    passageOn(port, 'weeks to clear and that fees would rise', { id: IDS.overlapB, tagIds: [IDS.security, IDS.tone], note: 'Overlaps the passage before.' }),
    passageOn(port, 'Police kept a quiet watch', { id: IDS.untagged, tagIds: [], note: '' }),
    { ...orphan, anchor: null },
    passageOn(opinion, '“no job losses”', { id: IDS.imported, tagIds: [IDS.politicians], note: 'A promise & a test <soon>.' }),
  ];
}

const attribute = (id: string, name: string, type: Attribute['type'], choices: string[] = []): Attribute => ({ id, name, type, choices, createdAt: AT });

export const fixtureAttributes = (): Attribute[] => [
  attribute(IDS.region, 'Region', 'text'),
  attribute(IDS.pages, 'Pages', 'number'),
  attribute(IDS.sentiment, 'Sentiment', 'number'),
  attribute(IDS.collected, 'Collected on', 'date'),
  attribute(IDS.frontPage, 'Front page', 'boolean'),
  attribute(IDS.section, 'Section', 'choice', ['News', 'Analysis', 'Opinion']),
];

const memo = (id: string, title: string, body: string, about: Memo['about']): Memo => ({ id, title, body, about, createdAt: AT, updatedAt: '2024-03-07T12:00:00.000Z' });

export const fixtureMemos = (): Memo[] => [
  memo('c0000000-0000-4000-8000-000000000001', 'Research questions', '# Questions\n\n1. Who frames the deal as *economic*?\n2. Who speaks for the docks?', { kind: 'project' }),
  memo('c0000000-0000-4000-8000-000000000002', 'About the Herald piece', 'Written overnight; check the **timeline**.', { kind: 'document', id: IDS.harbour }),
  memo('c0000000-0000-4000-8000-000000000003', 'Tone is slippery', 'Keep tone for the whole-piece mood, not single words.', { kind: 'tag', id: IDS.tone }),
  memo('memo-legacy-4', 'Journal, week 2', 'Coded the port story again <after> the team meeting & changed two tags.', { kind: 'project' }),
];

export function projectFixture(): ProjectData {
  const documents = fixtureDocuments();
  return {
    title: 'Harbour strike coverage',
    exportedAt: '2024-03-08T16:45:00.000Z',
    user: { id: IDS.user, name: 'Dana Reyes' },
    documents,
    passages: fixturePassages(documents),
    tags: fixtureTags(),
    attributes: fixtureAttributes(),
    memos: fixtureMemos(),
  };
}

/** A project with nothing in it but its name and user. */
export const emptyProject = (): ProjectData => ({
  title: 'Empty notebook',
  exportedAt: AT,
  user: { id: 'someone', name: 'Someone' },
  documents: [],
  passages: [],
  tags: [],
  attributes: [],
  memos: [],
});
