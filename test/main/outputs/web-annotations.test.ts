import { describe, expect, it } from 'vitest';
import type { ProjectData } from '../../../src/main/outputs/project-data';
import { writeWebAnnotations, type Annotation, type AnnotationCollection } from '../../../src/main/outputs/web-annotations';
import { projectFixture } from './project-fixture';
import { annotationProblems, ANNO_CONTEXT, collectionProblems } from './web-annotation-rules';

async function exported(project: ProjectData = projectFixture()) {
  const seen: number[] = [];
  const bytes = await writeWebAnnotations(project, { reportOrder: 'tag' }, (f) => seen.push(f));
  return { collection: JSON.parse(new TextDecoder().decode(bytes)) as AnnotationCollection, seen };
}

const project = projectFixture();
const { collection, seen } = await exported(project);
const items = collection.first!.items;
const annotationFor = (passageId: string): Annotation => items[project.passages.findIndex((p) => p.id === passageId)]!;
const V5_URN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('Web Annotation export', () => {
  it('is an AnnotationCollection in the model’s JSON-LD context, with every passage on its first page', () => {
    expect(collection['@context']).toBe(ANNO_CONTEXT);
    expect(collection).toMatchObject({ type: 'AnnotationCollection', label: 'Syria truce coverage', total: project.passages.length });
    expect(collection.first).toMatchObject({ type: 'AnnotationPage', startIndex: 0 });
    expect(items).toHaveLength(project.passages.length);
    expect([seen[0], seen.at(-1)]).toEqual([0, 1]);
  });

  it('meets every requirement of the model it is checked against', () => {
    expect(collectionProblems(collection)).toEqual([]);
    expect(items.flatMap((annotation) => annotationProblems(annotation).map((problem) => `${annotation.id}: ${problem}`))).toEqual([]);
  });

  it('names every annotation by a stable URN made from its passage id', async () => {
    expect(items.every((annotation) => V5_URN.test(annotation.id))).toBe(true);
    expect(new Set(items.map((annotation) => annotation.id)).size).toBe(items.length);
    const again = await exported(projectFixture());
    expect(again.collection.first!.items.map((a) => a.id)).toEqual(items.map((a) => a.id));
    const uuid = projectFixture();
    uuid.passages[0]!.id = '0F8FAD5B-D9CB-469F-A165-70867728950E';
    expect((await exported(uuid)).collection.first!.items[0]!.id).toBe('urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e');
  });

  it('says why each annotation was made, with one tagging body per tag and the note as a Markdown comment', () => {
    expect(annotationFor('p-runs-late').motivation).toBe('highlighting');
    expect(annotationFor('p-runs-late').body).toBeUndefined();
    expect(annotationFor('p-kerry-hold').motivation).toEqual(['tagging', 'commenting']);
    expect(annotationFor('p-kerry-hold').body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'actors/Kerry', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'themes/ceasefire', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'commenting', value: project.passages[1]!.note, format: 'text/markdown' },
    ]);
    expect(annotationFor('p-lavrov')).toMatchObject({ created: project.passages[2]!.createdAt, modified: project.passages[2]!.updatedAt });
    expect(annotationFor('p-lavrov').creator).toEqual({ id: expect.stringMatching(V5_URN), type: 'Person', name: 'Ana Researcher' });
  });

  it('targets the article by its web address, or a URN of its id when it has none, with its title and language', () => {
    expect(annotationFor('p-lavrov').target.source).toEqual({
      id: 'https://example.com/world/syria-truce',
      type: 'Text',
      label: 'Kerry and Lavrov agree on a Syria truce',
      language: 'en',
    });
    expect(annotationFor('p-aid').target.source).toEqual({ id: expect.stringMatching(V5_URN), type: 'Text', label: 'Notes from the border [draft] *unverified*' });
  });

  it('counts positions in code points, so an emoji before the passage counts once and an accented letter once', () => {
    const truce = project.documents[0]!;
    const passage = project.passages.find((p) => p.id === 'p-runs-late')!;
    const before = truce.text.slice(0, passage.anchor!.start);
    expect(before).toContain('é');
    expect(before).toContain('🕊');
    const [quote, position] = annotationFor('p-runs-late').target.selector;
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: 'ran late into the night', prefix: passage.quote.prefix, suffix: passage.quote.suffix });
    expect(position).toEqual({ type: 'TextPositionSelector', start: passage.anchor!.start - 1, end: passage.anchor!.end - 1 });
    const codePoints = [...truce.text];
    expect(codePoints.slice(passage.anchor!.start - 1, passage.anchor!.end - 1).join('')).toBe('ran late into the night');
  });

  it('gives positions equal to Scholia’s where no character lies beyond the Basic Multilingual Plane', () => {
    const passage = project.passages.find((p) => p.id === 'p-deliver')!;
    expect(annotationFor('p-deliver').target.selector[1]).toEqual({ type: 'TextPositionSelector', ...passage.anchor });
  });

  it('keeps an orphaned passage by its stored quote only', () => {
    const orphan = project.passages.find((p) => p.id === 'p-orphan')!;
    expect(annotationFor('p-orphan').target.selector).toEqual([orphan.quote]);
  });

  it('reports progress as it goes for a large project', async () => {
    const large = projectFixture();
    large.passages = Array.from({ length: 12_000 }, (_, i) => ({ ...project.passages[i % project.passages.length]!, id: `p-${i}` }));
    const { collection: big, seen: steps } = await exported(large);
    expect(big.total).toBe(12_000);
    expect(steps.length).toBeGreaterThanOrEqual(5);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
  });

  it('writes an empty project as an empty collection with no page', async () => {
    const empty = projectFixture();
    empty.passages = [];
    const { collection: none } = await exported(empty);
    expect(none.total).toBe(0);
    expect(none.first).toBeUndefined();
    expect(collectionProblems(none)).toEqual([]);
  });
});

describe('the model’s requirements refuse what breaks them', () => {
  const good = () => structuredClone(annotationFor('p-kerry-hold')) as unknown as Record<string, unknown>;
  it.each<[string, (a: Record<string, unknown>) => void, string]>([
    ['no id', (a) => delete a.id, '§3.1 id'],
    ['an id that is not an IRI', (a) => (a.id = 'passage 1'), '§3.1 id'],
    ['no Annotation type', (a) => (a.type = 'Note'), '§3.1 type'],
    ['no target', (a) => delete a.target, '§3.1 there MUST be 1 or more targets'],
    ['a local time', (a) => (a.created = '2016-06-02T10:00:00'), '§3.3.1 created'],
    ['an unknown motivation', (a) => (a.motivation = 'coding'), '§3.3.5 unknown motivation'],
    ['a body without value', (a) => ((a.body as Record<string, unknown>[])[0]!.value = undefined), '§3.2.4'],
    ['a negative start', (a) => (((a.target as Record<string, unknown>).selector as Record<string, unknown>[])[1]!.start = -1), '§4.2.5'],
    ['a quote without exact', (a) => delete ((a.target as Record<string, unknown>).selector as Record<string, unknown>[])[0]!.exact, '§4.2.4'],
    ['two sources', (a) => ((a.target as Record<string, unknown>).source = ['urn:a', 'urn:b']), '§4 a Specific Resource'],
  ])('%s', (_, breakIt, rule) => {
    const annotation = good();
    expect(annotationProblems(annotation)).toEqual([]);
    breakIt(annotation);
    expect(annotationProblems(annotation).join('\n')).toContain(rule);
  });

  it('refuses a collection without the model’s context, a one-item context list, or annotations without a page', () => {
    expect(collectionProblems({ ...collection, '@context': 'https://schema.org' }).join('\n')).toContain('§5.1 @context');
    expect(collectionProblems({ ...collection, '@context': [ANNO_CONTEXT] }).join('\n')).toContain('single @context');
    expect(collectionProblems({ ...collection, first: undefined }).join('\n')).toContain('first page');
    expect(collectionProblems({ ...collection, total: -1 }).join('\n')).toContain('total');
  });
});
