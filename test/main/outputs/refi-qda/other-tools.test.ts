import { describe, expect, it } from 'vitest';
import { AttributeRecordSchema, DocumentRecordSchema, MemoRecordSchema, PassageRecordSchema, TagRecordSchema } from '../../../../src/shared/records';
import { readRefiQda, type RefiImport } from '../../../../src/main/outputs/refi-qda/read-refi-qda';
import { fixtureFile, fixtureQdpx } from './fixture-archive';

const now = () => new Date('2025-01-01T00:00:00.000Z');
const read = async (tool: string) => readRefiQda(await fixtureQdpx(tool), `${tool}.qdpx`, { now });

/** Each passage as what it marks, its tags by path and its note. */
function marked({ project }: RefiImport) {
  const paths = new Map(project.tags.map((tag) => [tag.id, tag.path]));
  return project.passages.map((passage) => {
    const document = project.documents.find((d) => d.id === passage.documentId)!;
    return { text: document.text.slice(passage.anchor!.start, passage.anchor!.end), tags: passage.tagIds.map((id) => paths.get(id)), note: passage.note };
  });
}

const valuesOf = ({ project }: RefiImport, documentIndex = 0) => {
  const names = new Map(project.attributes.map((attribute) => [attribute.id, attribute.name]));
  return Object.fromEntries(Object.entries(project.documents[documentIndex]!.attributes).map(([id, value]) => [names.get(id), value]));
};

/** Whatever another tool wrote, what comes out is records the notebook accepts as they are. */
function expectNotebookRecords({ project }: RefiImport) {
  for (const document of project.documents) DocumentRecordSchema.parse(document);
  for (const passage of project.passages) PassageRecordSchema.parse(passage);
  for (const tag of project.tags) TagRecordSchema.parse(tag);
  for (const memo of project.memos) MemoRecordSchema.parse(memo);
  for (const attribute of project.attributes) AttributeRecordSchema.parse(attribute);
}

describe('reading QualCoder’s REFI-QDA project', () => {
  it('finds each coded text after an emoji and accented letters, counting positions in characters', async () => {
    const result = await read('qualcoder');
    expect(marked(result)).toEqual([
      { text: 'proud of the café crew', tags: ['Feelings/pride'], note: 'Pride in the crew' },
      { text: 'waiting for the pay rise', tags: ['money'], note: '' },
      { text: 'Très long', tags: ['Feelings/fatigue - exhaustion'], note: '' },
      { text: 'Back to work', tags: [], note: 'Said with a laugh' },
    ]);
    expect(result.project.documents[0]!.text.startsWith('Interview with a dock worker')).toBe(true);
    expectNotebookRecords(result);
  });

  it('keeps the category as a parent tag, colours, descriptions, attributes and journals; leaves out the case', async () => {
    const result = await read('qualcoder');
    expect(result.project.tags.map(({ path, color, description }) => ({ path, color, description }))).toEqual([
      { path: 'Feelings', color: '#f6d365', description: 'Emotional states' },
      { path: 'Feelings/pride', color: '#F781F3', description: '' },
      { path: 'Feelings/fatigue - exhaustion', color: '#81BEF7', description: 'Tired, worn out' },
      { path: 'money', color: '#F3F781', description: '' },
    ]);
    expect(valuesOf(result)).toEqual({ role: 'crane driver', 'years on the docks': 12.5 });
    expect(result.project.memos.map(({ title, body, about }) => ({ title, body, kind: about.kind }))).toEqual([
      { title: 'Fieldwork journal', body: 'Day one: the quay was quiet.\nDay two: pickets back.', kind: 'project' },
      { title: 'Project description', body: 'A pilot of four interviews.', kind: 'project' },
      { title: 'Description', body: 'First interview, recorded on the quay.', kind: 'document' },
    ]);
    expect(result.summary.skipped).toEqual(['1 case', '1 variable of cases only']);
  });
});

describe('reading ATLAS.ti’s REFI-QDA project', () => {
  it('counts a Windows line break as one position, as ATLAS.ti does, and keeps "\\n" only', async () => {
    const result = await read('atlas');
    expect(marked(result)).toEqual([
      { text: 'Wages and hours', tags: ['Wages'], note: '' },
      { text: 'a deal before Friday', tags: ['Deal'], note: 'Check with the union rep.' },
      { text: 'reopen talks', tags: ['Deal'], note: '' },
    ]);
    expect(result.project.documents.every((document) => !document.text.includes('\r'))).toBe(true);
    expectNotebookRecords(result);
  });

  it('takes a PDF’s text version, turns a document group into a document tag, and says what it leaves out', async () => {
    const result = await read('atlas');
    expect(result.project.documents.map((document) => document.title)).toEqual(['Blog day 3', 'Minutes.pdf']);
    const group = result.project.tags.find((tag) => tag.name === 'Field notes')!;
    expect(group.description).toBe('Document group');
    expect(result.project.documents.map((document) => document.tags)).toEqual([[group.id], []]);
    expect(result.project.tags.find((tag) => tag.name === 'Deal')!.color).toBe('#cc0000');
    expect(result.project.memos.map((memo) => memo.title)).toEqual(['Method memo']);
    expect(result.summary.skipped).toEqual([
      '1 picture source (Scholia holds text only)',
      '1 area selection on PDF pages (only text selections carry over)',
      '1 rich-text copy of a source (its plain text is kept)',
      '1 code set',
      '1 graph',
      '1 link',
    ]);
  });
});

describe('reading MAXQDA’s REFI-QDA project', () => {
  it('takes a source’s variables from its unnamed case, with their types', async () => {
    const result = await read('maxqda');
    expect(valuesOf(result)).toEqual({ 'Group size': 6, Paid: true, Recorded: '2024-06-30', Started: '2024-06-30', Place: 'Union hall' });
    expect(result.project.attributes.map(({ name, type }) => [name, type])).toEqual([
      ['Group size', 'number'],
      ['Paid', 'boolean'],
      ['Recorded', 'date'],
      ['Started', 'date'],
      ['Place', 'text'],
    ]);
    expectNotebookRecords(result);
  });

  it('keeps a comment on an uncoded selection as its note, and leaves out audio and video', async () => {
    const result = await read('maxqda');
    expect(marked(result)).toEqual([
      { text: 'The overtime rules are the same', tags: ['Work/Overtime'], note: '' },
      { text: 'we should move inland', tags: [], note: 'Comment: family pressure, ask again in round two' },
    ]);
    expect(result.summary.skipped).toEqual([
      '1 audio source (Scholia holds text only)',
      '1 video source (Scholia holds text only)',
      '1 time of day of a date-and-time variable (Scholia keeps the date)',
    ]);
  });
});

describe('reading NVivo’s REFI-QDA project', () => {
  it('counts a Windows line break as two positions, as NVivo does, and reads text kept inline', async () => {
    const result = await read('nvivo');
    expect(marked(result)).toEqual([
      { text: 'the police didn’t mind', tags: ['Police/Tolerant'], note: '' },
      { text: 'We lit a fire', tags: [], note: 'The fire was their idea, not the union’s.' },
      { text: 'until the offer is fair', tags: ['Resolve'], note: '' },
    ]);
    expect(result.project.memos).toEqual([]);
    expectNotebookRecords(result);
  });

  it('never follows a source kept outside the file, and says so', async () => {
    const result = await read('nvivo');
    expect(result.project.documents.map((document) => document.title)).toEqual(['Interview 2', 'Union statement']);
    expect(result.summary.skipped).toEqual([
      '1 source kept outside the project file (Scholia does not follow absolute:// or relative:// paths)',
      '1 rich-text copy of a source (its plain text is kept)',
      '1 case',
    ]);
  });
});

describe('reading other tools’ codebooks', () => {
  it('Taguette’s: flat codes named by path, without colours, and an empty set list', async () => {
    const result = await readRefiQda(await fixtureFile('taguette/codebook.qdc'), 'codebook.qdc', { now });
    expect(result.kind).toBe('codebook');
    expect(result.project.tags.map(({ path, parentId, color }) => ({ path, parentId, color }))).toEqual([
      { path: 'interesting', parentId: null, color: '#f6d365' },
      { path: 'people', parentId: null, color: '#9ad0f5' },
      { path: 'interesting.places', parentId: null, color: '#b5e6a1' },
    ]);
    expect(result.summary).toEqual({ imported: { documents: 0, passages: 0, tags: 3, memos: 0, attributes: 0 }, skipped: [] });
  });

  it('NVivo for Mac’s, with its own spelling of the namespace and a byte-order mark', async () => {
    const result = await readRefiQda(await fixtureFile('nvivo-mac/codebook.qdc'), 'nodes.qdc', { now });
    expect(result.project.tags.map(({ path, color, description }) => ({ path, color, description }))).toEqual([
      { path: 'nodes', color: '#00FF00', description: 'Top level' },
      { path: 'nodes/anger', color: '#FF0000', description: '' },
    ]);
  });

  it('ATLAS.ti’s, whose code groups have no place in Scholia', async () => {
    const result = await readRefiQda(await fixtureFile('atlas/codebook.qdc'), 'codes.qdc', { now });
    expect(result.project.tags.map((tag) => tag.name)).toEqual(['code1']);
    expect(result.summary.skipped).toEqual(['1 code set']);
  });
});
