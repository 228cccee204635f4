/**
 * A news library with planted wire copy, written straight to disk in the
 * store's format: articles of a dozen paragraphs drawn from a news
 * vocabulary and the stock phrases every outlet uses ("said on Tuesday",
 * "according to a statement"), some of them reprinting the paragraphs of a
 * wire story — as it was, with a dateline, a word changed, other quote
 * marks and dashes, or a clause dropped. The copies are the ground truth
 * precision and recall are measured against.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Block, DocumentSummary } from '../../src/shared/model';
import { sealJson } from '../../src/main/store/checksum';
import { SCHEMA_VERSION } from '../../src/main/store/schema';
import { prng } from '../support/prng';

// Function words first: picked most often, as in real prose, so unrelated paragraphs share many word pairs.
const VOCABULARY = (
  'the of to and a in that is for on was with he it as at by said from his be has have an are were not but this had its after who they which their been will would more about also than one over two into ' +
  'ceasefire truce hostilities negotiations agreement sanctions diplomat embassy envoy ministry parliament election coalition opposition rebels militia troops airstrike offensive border refugees ' +
  'humanitarian aid convoy siege province capital region spokesman statement conference summit delegation resolution council treaty mediation dialogue protest violence casualties civilians hospital ' +
  'shelter reconstruction economy inflation budget currency exports pipeline energy oil gas nuclear inspectors missile drone attack explosion investigation court verdict trial prison journalist ' +
  'Kerry Zarif Lavrov Assad Putin Erdogan Aleppo Damascus Geneva Vienna Tehran Moscow Ankara Beirut Baghdad Homs Idlib Raqqa Kurdish Turkish Syrian Iranian Russian American European'
).split(' ');
const STOCK = [
  'said on Tuesday',
  'according to a statement released by',
  'the government said',
  'officials said',
  'told reporters in the capital',
  'in a statement on Monday',
  'declined to comment',
  'the United Nations said',
  'a spokesman for the ministry said',
  'earlier this month',
];
const EDITS = ['as it was', 'a dateline', 'a word changed', 'quote marks and dashes', 'a clause dropped'] as const;

export interface PlantedCorpus {
  ids: string[];
  /** Every planted copy: the wire paragraph it reprints, by document and block. */
  copies: { documentId: string; block: number; wire: number }[];
}

export async function writeSharedTextCorpus(dir: string, documents: number, seed = 7): Promise<PlantedCorpus> {
  const random = prng(seed);
  const pick = <T>(items: readonly T[], skew = 1) => items[Math.floor(items.length * random() ** skew)]!;
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(random() * 14) }, () => pick(VOCABULARY, 1.4));
    if (random() < 0.6) words.splice(Math.floor(random() * words.length), 0, pick(STOCK));
    return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
  const paragraph = () => Array.from({ length: 2 + Math.floor(random() * 3) }, sentence).join(' ');
  // A wire story for every 50 documents, reprinted by 2 to 8 of them.
  const wires = Array.from({ length: Math.max(1, Math.floor(documents / 50)) }, paragraph);
  const edit = (text: string) => {
    switch (pick(EDITS)) {
      case 'a dateline':
        return `${pick(['BEIRUT', 'GENEVA', 'MOSCOW', 'ANKARA'])} (${pick(['Reuters', 'AFP', 'AP'])}) - ${text}`;
      case 'a word changed': {
        const words = text.split(' ');
        words[Math.floor(random() * words.length)] = pick(VOCABULARY);
        return words.join(' ');
      }
      case 'quote marks and dashes':
        return `“${text.replace(/ said /, ' — said ').replace(/\.$/, '.”')}`;
      case 'a clause dropped': {
        const sentences = text.split('. ');
        return sentences.length > 2 ? sentences.filter((_, i) => i !== sentences.length - 1 || false).join('. ').concat('.') : text;
      }
      default:
        return text;
    }
  };
  const reprints = new Map<number, number>();
  wires.forEach((_, wire) => {
    for (let n = 2 + Math.floor(random() * 7); n > 0; n--) reprints.set(Math.floor(random() * documents), wire);
  });
  await mkdir(join(dir, 'bodies'), { recursive: true });
  await mkdir(join(dir, 'passages'), { recursive: true });
  const ids: string[] = [];
  const copies: PlantedCorpus['copies'] = [];
  const records: DocumentSummary[] = [];
  const created = '2026-01-01T00:00:00.000Z';
  for (let i = 0; i < documents; i++) {
    const id = `doc-${i}`;
    ids.push(id);
    const parts = [sentence().slice(0, 80), 'By a staff reporter', ...Array.from({ length: 8 + Math.floor(random() * 8) }, paragraph), 'Read more'];
    const wire = reprints.get(i);
    if (wire !== undefined) {
      const at = 2 + Math.floor(random() * (parts.length - 3));
      parts.splice(at, 0, edit(wires[wire]!));
      copies.push({ documentId: id, block: at, wire });
    }
    let offset = 0;
    const blocks: Block[] = parts.map((part, index) => {
      const block: Block = { kind: index === 0 ? 'title' : index === 1 ? 'byline' : 'paragraph', start: offset, end: offset + part.length };
      offset += part.length + 2;
      return block;
    });
    const text = parts.join('\n\n');
    await writeFile(join(dir, 'bodies', `${id}.json`), sealJson({ schemaVersion: SCHEMA_VERSION, id, text, blocks }));
    records.push({
      id,
      title: parts[0]!,
      source: pick(['Reuters', 'AFP', 'The Daily Star', 'Al-Monitor', 'Le Monde', 'Regional Outlet']),
      byline: null,
      addedAt: created,
      publishedAt: null,
      wordCount: text.split(/\s+/).length,
      contentHash: `h${i}`,
      tags: [],
      origin: { kind: 'file', fileName: `${i}.txt`, importedAt: created },
      url: null,
      language: 'en',
      attributes: {},
      versions: [],
    });
  }
  await writeFile(join(dir, 'library.json'), sealJson({ schemaVersion: SCHEMA_VERSION, documents: records }));
  return { ids, copies };
}
