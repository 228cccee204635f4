/**
 * The process the fault-injection test kills: it opens a notebook and
 * performs a stream of random changes, printing a line before each change
 * ("begin", with every fact it may touch) and after it ("ack", with those
 * facts as they now are). Whatever was acknowledged must survive the kill.
 *
 *   node child.mjs <dataDir> <seed> <sample article path>
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { openNotebook } from '../../src/main/notebook/open-notebook';
import { prng } from '../support/prng';
import type { DocumentSummary, TagView } from '../../src/shared/model';
import { factsOf, type Fact } from './facts';
import { writeAnalysisFile } from '../../src/main/outputs/analysis/analysis-save';

const [dataDir, seedText, samplePath] = process.argv.slice(2) as [string, string, string];
const random = prng(Number(seedText));
let counter = 0;
const notebook = await openNotebook({
  dataDir: dataDir!,
  sample: { fileName: basename(samplePath), bytes: readFileSync(samplePath) },
  // Ids unique across runs on the same folder.
  newId: () => `s${seedText}-${++counter}`,
});

// Where exports go: a folder of the user's, beside the notebook.
mkdirSync(`${dataDir}-exports`, { recursive: true });

const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
const say = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

const kindOf = (created: object) =>
  'documentId' in created ? 'passage' : 'contentHash' in created ? 'document' : 'type' in created ? 'attribute' : 'about' in created ? 'memo' : 'tag';

/** `made`: the keys of what the op created, when it made more than the one item it answers. */
type Op = { name: string; keys: () => Promise<string[]>; run: () => Promise<unknown>; made?: () => Promise<string[]> };

async function randomOp(): Promise<Op | null> {
  const documents = notebook.library.list();
  const document = pick(documents)!;
  const passages = await notebook.passages.list(document.id);
  const tags = await notebook.tags.list();
  const passage = pick(passages);
  const tag = pick(tags);
  const other = pick(tags.filter((t) => t !== tag));
  const roll = random();
  // Long operations too, so kills land in the middle of a backup or an export.
  if (roll < 0.02) return { name: 'backup', keys: async () => [], run: async () => notebook.safekeeping.createBackup() };
  if (roll < 0.03) {
    const target = join(`${dataDir}-exports`, `export-${counter++}.scholia`);
    return { name: 'export', keys: async () => [], run: async () => notebook.safekeeping.exportArchive(target) };
  }
  if (roll < 0.035) {
    // The research going out (a CSV, a report, a REFI-QDA project): it reads the notebook and must change nothing in it.
    const format = pick(['csv', 'docx', 'qdpx'] as const)!;
    const target = join(`${dataDir}-exports`, `research-${counter++}.${format}`);
    return { name: `export ${format}`, keys: async () => [], run: async () => notebook.exports.run(`job-${counter}`, format, { kind: 'all' }, { reportOrder: 'tag' }, target) };
  }
  if (roll < 0.045) {
    // An analysis of the coding so far, saved as a table: the dataset follows every change the stream made.
    const target = join(`${dataDir}-exports`, `frequencies-${counter++}.csv`);
    const run = async () => {
      const { rows } = await notebook.analysis.frequencies({});
      return writeAnalysisFile(target, { kind: 'csv', suggestedName: 'frequencies', rows: [['code', 'passages'], ...rows.map((r) => [r.path, r.rolled.passages])] });
    };
    return { name: 'analysis export', keys: async () => [], run };
  }
  if (roll < 0.06) {
    const text = `Report ${counter}\n\nA paragraph about envoy number ${counter} and the ${Math.floor(random() * 1e6)} talks.\n\nAnother paragraph.`;
    return { name: 'import', keys: async () => [], run: async () => notebook.imports.text(new TextEncoder().encode(text), `r${counter}.txt`) };
  }
  if (roll < 0.11) return documentOp(roll, documents, tags);
  if (roll < 0.12) return codeManyOp(documents);
  if (roll < 0.125) return entityEditOp();
  if (roll < 0.135) return quoteOp(document);
  if (roll < 0.15) return memoOp(document.id);
  if (roll < 0.165) {
    // A new version: a few words of the text changed, its passages carried across.
    const keys = async () => [`document:${document.id}`, ...passages.map((p) => `passage:${p.id}`)];
    const run = async () => {
      const { text } = await notebook.reading.document(document.id);
      const changed = text.replace(/\b(the|and|of)\b/, `$1 ${counter++}`);
      return notebook.versions.replace(document.id, await notebook.imports.parsePasted(document.title, changed), true).catch(() => null);
    };
    return { name: 'new version', keys, run };
  }
  if (roll < 0.35 || !passage) {
    const view = await notebook.reading.document(document.id);
    const start = Math.floor(random() * (view.text.length - 40));
    const tagIds = tag ? [tag.id] : [];
    return { name: 'create passage', keys: async () => [], run: async () => notebook.passages.create({ documentId: document.id, start, end: start + 20 + Math.floor(random() * 20), tagIds, note: '' }).catch(() => null) };
  }
  if (roll < 0.5) return { name: 'note', keys: async () => [`passage:${passage.id}`], run: async () => notebook.passages.update(passage.id, { note: `note ${counter} ${random()}` }) };
  if (roll < 0.6 && tag) return { name: 'retag', keys: async () => [`passage:${passage.id}`], run: async () => notebook.passages.update(passage.id, { tagIds: [tag.id] }) };
  if (roll < 0.7) return { name: 'delete passage', keys: async () => [`passage:${passage.id}`], run: async () => notebook.passages.delete(passage.id) };
  if (roll < 0.8 || !tag) return { name: 'create tag', keys: async () => [], run: async () => notebook.tags.create({ name: `${pick(['actors', 'themes', 'places'])}/t${counter}` }) };
  if (roll < 0.88) return { name: 'rename tag', keys: async () => [`tag:${tag.id}`], run: async () => notebook.tags.update(tag.id, { name: `renamed ${counter}` }).catch(() => null) };
  // A tag, the passages and documents carrying it, and its children (which move up when it goes).
  const touched = async (id: string) => [
    `tag:${id}`,
    ...(await notebook.tags.passagesOf(id, false)).map((t) => `passage:${t.passage.id}`),
    ...documents.filter((d) => d.tags.includes(id)).map((d) => `document:${d.id}`),
    ...tags.filter((t) => t.parentId === id).map((t) => `tag:${t.id}`),
  ];
  if (roll < 0.94 && other && other.parentId !== tag.id) {
    return { name: 'merge tags', keys: async () => [...(await touched(tag.id)), ...(await touched(other.id))], run: async () => notebook.tags.merge(tag.id, other.id).catch(() => null) };
  }
  return { name: 'delete tag', keys: () => touched(tag.id), run: async () => notebook.tags.delete(tag.id) };
}

/** A batch of ranges over a few documents coded at once, as accepting quotes or coding search hits does. */
function codeManyOp(documents: readonly DocumentSummary[]): Op {
  const chosen = documents.filter(() => random() < 0.4).slice(0, 3);
  let tagId = '';
  const run = async () => {
    const items = [];
    for (const document of chosen) {
      const { text } = await notebook.reading.document(document.id);
      for (let i = 0; i < 2; i += 1) {
        const start = Math.floor(random() * Math.max(1, text.length - 30));
        items.push({ documentId: document.id, start, end: Math.min(text.length, start + 5 + Math.floor(random() * 20)) });
      }
    }
    if (items.length === 0) return null;
    const report = await notebook.passageBatch.codeMany({ label: `code ${items.length} hits`, tagPath: `batch/b${counter++}`, items }).catch(() => null);
    tagId = report?.tagId ?? '';
    return report;
  };
  const made = async () => (tagId ? (await notebook.tags.passagesOf(tagId, false)).map((t) => `passage:${t.passage.id}`) : []);
  return { name: 'code many', keys: async () => [], run, made };
}

/** The Quotes list: a quotation accepted (passages under its speaker's tag), rejected, or its speaker corrected. */
async function quoteOp(document: DocumentSummary): Promise<Op | null> {
  const quote = pick((await notebook.quoteReview.forDocument(document.id).catch(() => null))?.quotes ?? []);
  if (!quote) return null;
  const keys = async () => [`quote:${document.id}:${quote.id}`];
  const roll = random();
  if (roll < 0.4) {
    const made = async () => (await notebook.passages.list(document.id)).filter((p) => p.anchor?.start === quote.start && p.anchor.end === quote.end).map((p) => `passage:${p.id}`);
    const pattern = pick(['quotes/<Speaker>', 'quotes/<Kind>/<Speaker>', 'speakers/<Speaker>'])!;
    return { name: 'accept quote', keys, run: async () => notebook.quoteReview.accept(document.id, [quote.id], pattern).catch(() => null), made };
  }
  if (roll < 0.7) return { name: 'reject quote', keys, run: async () => notebook.quoteReview.reject(document.id, [quote.id]).catch(() => null) };
  const speaker = pick(['John Kerry', null, `Speaker ${counter++}`])!;
  return { name: 'correct speaker', keys, run: async () => notebook.quoteReview.setSpeaker(document.id, quote.id, speaker).catch(() => null) };
}

/** A correction to the entities: one renamed or hidden, each one undoable change of the edits file. */
function entityEditOp(): Op {
  const run = async () => {
    const entity = pick((await notebook.entities.list({ limit: 50, includeHidden: true })).entities);
    if (!entity) return null;
    const edit = random() < 0.5 ? { action: 'rename' as const, entityId: entity.id, name: `entity ${counter++}` } : { action: 'hide' as const, entityId: entity.id, hidden: !entity.hidden };
    return notebook.entities.edit(edit).catch(() => null);
  };
  return { name: 'entity edit', keys: async () => [], run };
}

/** Journal entries and document memos: written, edited, deleted. */
function memoOp(documentId: string): Op {
  const memo = pick(notebook.memos.list());
  const roll = random();
  if (!memo || roll < 0.4) {
    const about = random() < 0.7 ? { kind: 'project' as const } : { kind: 'document' as const, id: documentId };
    return { name: 'write memo', keys: async () => [], run: async () => notebook.memos.create({ about, title: `Memo ${counter++}`, body: `About **envoy** ${random()}` }).catch(() => null) };
  }
  if (roll < 0.8) return { name: 'edit memo', keys: async () => [`memo:${memo.id}`], run: async () => notebook.memos.update(memo.id, { body: `Edited ${counter++} ${random()}` }) };
  return { name: 'delete memo', keys: async () => [`memo:${memo.id}`], run: async () => notebook.memos.delete(memo.id) };
}

/** Changes to documents themselves: details, attributes, document tags on several at once, deletion. */
async function documentOp(roll: number, documents: readonly DocumentSummary[], tags: readonly TagView[]): Promise<Op> {
  const document = pick(documents)!;
  const attribute = pick(notebook.attributes.list());
  if (roll < 0.07 || !attribute) {
    if (!attribute || random() < 0.3) {
      return { name: 'define attribute', keys: async () => [], run: async () => notebook.attributes.define({ name: `kind ${counter++} ${Math.floor(random() * 1e9)}`, type: 'choice', choices: ['wire', 'state media', 'independent'] }) };
    }
    return { name: 'edit details', keys: async () => [`document:${document.id}`], run: async () => notebook.details.update(document.id, { source: `Outlet ${counter++}`, publishedAt: `2016-05-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}` }) };
  }
  const several = documents.filter(() => random() < 0.5).map((d) => d.id);
  if (roll < 0.09) {
    return { name: 'set attribute', keys: async () => several.map((id) => `document:${id}`), run: async () => several.length > 0 && notebook.attributes.set(several, attribute.id, pick(attribute.choices)!) };
  }
  const tag = pick(tags);
  if (roll < 0.105 && tag) return { name: 'tag documents', keys: async () => several.map((id) => `document:${id}`), run: async () => several.length > 0 && notebook.library.tagMany(several, { addTagIds: [tag.id] }) };
  // Deleting keeps a few documents around, so the stream always has something to change.
  if (documents.length < 4) return { name: 'rename attribute', keys: async () => [`attribute:${attribute.id}`], run: async () => notebook.attributes.update(attribute.id, { name: `kind ${counter++} ${Math.floor(random() * 1e9)}` }) };
  const keys = async () => [`document:${document.id}`, ...(await notebook.passages.list(document.id)).map((p) => `passage:${p.id}`)];
  return { name: 'delete document', keys, run: async () => notebook.removal.delete([document.id]) };
}

for (;;) {
  const op = await randomOp();
  if (!op) continue;
  const keys = await op.keys();
  say({ begin: op.name, keys });
  const result = await op.run();
  // New items: the facts of whatever the op created.
  const created = result && typeof result === 'object' && 'id' in result ? [`${kindOf(result)}:${String(result.id)}`] : [];
  if (op.made) created.push(...(await op.made()));
  const facts: Fact[] = await factsOf(notebook, [...keys, ...created]);
  say({ ack: op.name, facts });
}
