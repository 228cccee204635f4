import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../../src/shared/anchoring/selectors';
import { canonicalGuid, guidOf } from '../../../../src/main/outputs/refi-qda/guid';
import { readRefiQda } from '../../../../src/main/outputs/refi-qda/read-refi-qda';
import { writeQdc } from '../../../../src/main/outputs/refi-qda/write-qdc';
import { writeQdpx } from '../../../../src/main/outputs/refi-qda/write-qdpx';
import type { ProjectData } from '../../../../src/main/outputs/project-data';
import { emptyProject, IDS, projectFixture } from './project-fixture';

const options = { reportOrder: 'tag' as const };
const now = () => new Date('2025-01-01T00:00:00.000Z');
/** The id a record comes back with: its own when it is a GUID, else the one derived from it. */
const back = (kind: string, id: string) => canonicalGuid(guidOf(kind, id));
const tagBack = (id: string) => back('tag', id);

async function roundTrip(project: ProjectData) {
  return readRefiQda(await writeQdpx(project, options, () => undefined), 'harbour.qdpx', { now });
}

describe('a Scholia export read back', () => {
  it('has every document as it was: fields, attributes, document tags and text', async () => {
    const original = projectFixture();
    const { project } = await roundTrip(original);
    expect(project.documents.map((d) => ({ id: d.id, title: d.title, source: d.source, byline: d.byline, publishedAt: d.publishedAt, url: d.url, language: d.language, addedAt: d.addedAt, attributes: d.attributes, tags: d.tags, text: d.text }))).toEqual(
      original.documents.map((d) => ({
        id: back('document', d.id),
        title: d.title,
        source: d.source,
        byline: d.byline,
        publishedAt: d.publishedAt,
        url: d.url,
        language: d.language,
        addedAt: d.addedAt,
        attributes: Object.fromEntries(Object.entries(d.attributes).map(([id, value]) => [back('attribute', id), value])),
        tags: d.tags.map(tagBack),
        text: d.text,
      })),
    );
  });

  it('has every placed passage with its anchor, selectors, tags, note and dates; the orphaned one is not written', async () => {
    const original = projectFixture();
    const { project } = await roundTrip(original);
    const placed = original.passages.filter((passage) => passage.anchor !== null);
    expect(placed).toHaveLength(original.passages.length - 1);
    expect(project.passages).toEqual(placed.map((p) => ({ ...p, id: back('passage', p.id), documentId: back('document', p.documentId), tagIds: p.tagIds.map(tagBack) })));
  });

  it('has the tag tree with paths, colours and descriptions', async () => {
    const original = projectFixture();
    const { project } = await roundTrip(original);
    expect(project.tags).toEqual(
      original.tags.map((tag) => ({ ...tag, id: tagBack(tag.id), parentId: tag.parentId === null ? null : tagBack(tag.parentId), createdAt: original.exportedAt })),
    );
  });

  it('has the memos with what they are about, and the attributes with their types and choices', async () => {
    const original = projectFixture();
    const { project } = await roundTrip(original);
    expect(project.memos).toEqual(
      original.memos.map((memo) => ({
        ...memo,
        id: back('memo', memo.id),
        about: memo.about.kind === 'project' ? memo.about : { kind: memo.about.kind, id: memo.about.kind === 'tag' ? tagBack(memo.about.id) : back('document', memo.about.id) },
      })),
    );
    expect(project.attributes).toEqual(original.attributes.map((attribute) => ({ ...attribute, id: back('attribute', attribute.id), createdAt: original.exportedAt })));
  });

  it('has the project’s name, date and user, and a summary that leaves nothing out', async () => {
    const original = projectFixture();
    const { project, kind, summary } = await roundTrip(original);
    expect({ kind, title: project.title, exportedAt: project.exportedAt, user: project.user }).toEqual({ kind: 'project', title: original.title, exportedAt: original.exportedAt, user: original.user });
    expect(summary).toEqual({ imported: { documents: 3, passages: 7, tags: 7, memos: 4, attributes: 6 }, skipped: [] });
  });

  it('finds the passage after the emoji and the “é” where it was, though the file counts one position fewer before it', async () => {
    const { project } = await roundTrip(projectFixture());
    const passage = project.passages.find((p) => p.id === IDS.afterEmoji)!;
    const document = project.documents.find((d) => d.id === passage.documentId)!;
    expect(document.text.slice(passage.anchor!.start, passage.anchor!.end)).toBe('owners on the quay');
  });

  it('reads a codebook back as the tag tree alone', async () => {
    const original = projectFixture();
    const result = await readRefiQda(await writeQdc(original, options, () => undefined), 'codebook.qdc', { now });
    expect(result.kind).toBe('codebook');
    expect(result.project.tags.map(({ path, color, description }) => ({ path, color, description }))).toEqual(original.tags.map(({ path, color, description }) => ({ path, color, description })));
    expect(result.project.documents).toEqual([]);
  });

  it('puts every passage of any text back where it was, whatever characters come before it', async () => {
    const unit = fc.constantFrom('a', ' ', 'é', 'e\u0301', '🙂', '𝔸', '中', '\n', '\t', '&', '<');
    await fc.assert(
      fc.asyncProperty(fc.string({ unit, minLength: 1, maxLength: 80 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 5 }), async (text, picks) => {
        const document = { ...projectFixture().documents[0]!, id: 'doc', text };
        const boundaries = [0, ...[...text].map((_, i, chars) => chars.slice(0, i + 1).join('').length)];
        const passages = picks.flatMap(([a, b], index) => {
          const [start, end] = [boundaries[a % boundaries.length]!, boundaries[b % boundaries.length]!].sort((x, y) => x - y) as [number, number];
          const described = describeRange(text, start, end);
          return described.ok ? [{ id: `p${index}`, documentId: 'doc', ...described.value, tagIds: [], note: '', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', anchor: { start, end } }] : [];
        });
        const { project } = await roundTrip({ ...emptyProject(), documents: [document], passages });
        expect(project.documents[0]!.text).toBe(text);
        expect(project.passages.map((p) => [p.anchor, p.quote])).toEqual(passages.map((p) => [p.anchor, p.quote]));
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
