import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { GUID_PATTERN } from '../../../../src/main/outputs/refi-qda/guid';
import { BUILT_IN_VARIABLES } from '../../../../src/main/outputs/refi-qda/refi-format';
import { unplacedPassages } from '../../../../src/main/outputs/refi-qda/write-qde';
import { writeQdc } from '../../../../src/main/outputs/refi-qda/write-qdc';
import { writeQdpx } from '../../../../src/main/outputs/refi-qda/write-qdpx';
import { childNamed, childrenNamed, parseXml, type XmlElement } from '../../../../src/main/outputs/refi-qda/xml-tree';
import type { ProjectData } from '../../../../src/main/outputs/project-data';
import { IDS, projectFixture } from './project-fixture';

const options = { reportOrder: 'tag' as const };

async function written(project: ProjectData = projectFixture()) {
  const fractions: number[] = [];
  const zip = await JSZip.loadAsync(await writeQdpx(project, options, (fraction) => fractions.push(fraction)));
  const root = parseXml(await zip.file('project.qde')!.async('string'), 'test').root;
  return { zip, root, fractions };
}

/** Every element below `root` called `name`. */
function all(root: XmlElement, name: string): XmlElement[] {
  return [...(root.name === name ? [root] : []), ...root.children.flatMap((child) => all(child, name))];
}

const selectionOf = (root: XmlElement, guid: string) => all(root, 'PlainTextSelection').find((selection) => selection.attributes['guid'] === guid)!;

describe('writeQdpx', () => {
  it('counts positions in characters (code points): the emoji before a passage counts one, not two', async () => {
    const project = projectFixture();
    const { zip, root } = await written(project);
    const passage = project.passages.find((p) => p.id === IDS.afterEmoji)!;
    const selection = selectionOf(root, IDS.afterEmoji);
    const start = Number(selection.attributes['startPosition']);
    const end = Number(selection.attributes['endPosition']);
    // Before the passage stand one emoji (two UTF-16 units) and a precomposed é (one).
    expect(start).toBe(passage.anchor!.start - 1);
    const sourceGuid = IDS.harbour;
    const text = await zip.file(`Sources/${sourceGuid}.txt`)!.async('string');
    expect([...text].slice(start, end).join('')).toBe('owners on the quay');
  });

  it('writes a passage over the emoji with the emoji as one position', async () => {
    const { root } = await written();
    const selection = selectionOf(root, IDS.withEmoji);
    expect(Number(selection.attributes['endPosition']) - Number(selection.attributes['startPosition'])).toBe([...'at 4am 🙂'].length);
  });

  it('leaves out orphaned passages and their notes, and says how many there are', async () => {
    const project = projectFixture();
    const { root } = await written(project);
    expect(selectionOf(root, IDS.orphan)).toBeUndefined();
    expect(all(root, 'PlainTextContent').map((content) => content.text)).not.toContain('Its words were edited away.');
    expect(unplacedPassages(project)).toBe(1);
  });

  it('puts each text in Sources as UTF-8, named by its source’s GUID, as internal://', async () => {
    const project = projectFixture();
    const { zip, root } = await written(project);
    const sources = childrenNamed(childNamed(root, 'Sources'), 'TextSource');
    for (const [index, source] of sources.entries()) {
      const name = source.attributes['plainTextPath']!.replace('internal://', '');
      const bytes = await zip.file(`Sources/${name}`)!.async('uint8array');
      expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(project.documents[index]!.text);
    }
    expect(sources.map((source) => source.attributes['name'])).toEqual(project.documents.map((document) => document.title));
  });

  it('codes a passage with two tags twice, and leaves an untagged highlight without coding', async () => {
    const { root } = await written();
    expect(childrenNamed(selectionOf(root, IDS.twoTags), 'Coding')).toHaveLength(2);
    const untagged = selectionOf(root, IDS.untagged);
    expect(untagged).toBeDefined();
    expect(childrenNamed(untagged, 'Coding')).toEqual([]);
  });

  it('derives stable GUIDs for ids that are not GUIDs, and keeps those that are', async () => {
    const first = await written();
    const second = await written();
    const codes = all(first.root, 'Code').map((code) => code.attributes['guid']!);
    expect(codes).toEqual(all(second.root, 'Code').map((code) => code.attributes['guid']!));
    expect(codes.every((guid) => GUID_PATTERN.test(guid))).toBe(true);
    expect(codes).toContain(IDS.actors);
    expect(codes).not.toContain(IDS.tone);
  });

  it('writes document fields as Variables with fixed GUIDs, and document tags as Sets', async () => {
    const { root } = await written();
    const variables = childrenNamed(childNamed(root, 'Variables'), 'Variable').map((variable) => variable.attributes['guid']);
    expect(variables).toEqual(expect.arrayContaining(BUILT_IN_VARIABLES.map((variable) => variable.guid)));
    const sets = childrenNamed(childNamed(root, 'Sets'), 'Set');
    expect(sets.map((set) => [set.attributes['name'], childrenNamed(set, 'MemberSource').map((member) => member.attributes['targetGUID'])])).toEqual([
      ['frames/economic', [IDS.port]],
      ['tone', [IDS.harbour, IDS.port]],
    ]);
  });

  it('keeps characters XML cannot hold out of the file, and escapes the rest', async () => {
    const project = projectFixture();
    project.title = 'Strike\u0000 & <coverage>\u0007 "2024"';
    const { root } = await written(project);
    expect(root.attributes['name']).toBe('Strike & <coverage> "2024"');
  });

  it('tells its progress as documents are written, ending at 1', async () => {
    const { fractions } = await written();
    expect(fractions.length).toBeGreaterThan(3);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
  });
});

describe('writeQdc', () => {
  it('writes the tag tree in the codebook namespace, without the memos a codebook cannot hold', async () => {
    const xml = new TextDecoder().decode(await writeQdc(projectFixture(), options, () => undefined));
    const { root, namespace } = parseXml(xml, 'test');
    expect(namespace).toBe('urn:QDA-XML:codebook:1.0');
    expect(all(root, 'Code').map((code) => code.attributes['name'])).toEqual(['actors', 'politicians', 'ministers', 'frames', 'economic', 'security', 'tone']);
    expect(all(root, 'NoteRef')).toEqual([]);
  });

  it('refuses a notebook without tags, which would be no codebook other tools open', async () => {
    const project = { ...projectFixture(), tags: [] };
    await expect(writeQdc(project, options, () => undefined)).rejects.toThrow(/no tags/);
  });
});
