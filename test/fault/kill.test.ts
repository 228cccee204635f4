/**
 * Fault injection: a child process changes a notebook nonstop and is killed
 * with SIGKILL at random moments. After every kill the notebook must open
 * without damage, pass an integrity check, and hold every change the child
 * saw acknowledged. FAULT_KILLS sets how many kills (200 by default; the
 * benchmark run uses more).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Notebook } from '../../src/main/notebook/notebook';
import { openNotebook } from '../../src/main/notebook/open-notebook';
import { prng } from '../support/prng';
import { SAMPLE_FILE, sampleArticle } from '../support/sample';
import { searchClientFromSource } from '../support/search-worker';
import { useTempDirs } from '../support/temp-dir';
import { factsOf } from './facts';

const KILLS = Number(process.env['FAULT_KILLS'] ?? 200);
const SEARCH_EVERY = 10;
const tempDir = useTempDirs();
const SAMPLE_PATH = fileURLToPath(new URL(`../../resources/${SAMPLE_FILE}`, import.meta.url));
let child = '';

// Bundled once, so each of the hundreds of starts costs a plain node start, not a TypeScript compile.
beforeAll(async () => {
  // Inside the project, so the bundle's imports of lowdb, zod… resolve from node_modules.
  const outdir = fileURLToPath(new URL('../../node_modules/.cache/scholia-fault/', import.meta.url));
  child = `${outdir}ops-child.js`;
  await build({
    entryPoints: [fileURLToPath(new URL('./ops-child.ts', import.meta.url))],
    outdir,
    outExtension: { '.js': '.js' },
    bundle: true,
    // The importers' heavy libraries stay in chunks the child never loads.
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    absWorkingDir: fileURLToPath(new URL('../..', import.meta.url)),
    logLevel: 'silent',
  });
});

interface Run {
  acked: { key: string; value: string | null }[][];
  inFlight: string[];
}

/** Runs the child until it has acknowledged something, then kills it at a random moment. */
function runAndKill(dataDir: string, seed: number, delayMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, dataDir, String(seed), SAMPLE_PATH], { stdio: ['ignore', 'pipe', 'pipe'] });
    const run: Run = { acked: [], inFlight: [] };
    let buffer = '';
    let stderr = '';
    let armed = false;
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        const message = JSON.parse(line) as { begin?: string; keys?: string[]; ack?: string; facts?: { key: string; value: string | null }[] };
        if (message.begin) run.inFlight = message.keys ?? [];
        if (message.ack) {
          run.acked.push(message.facts ?? []);
          run.inFlight = [];
        }
      }
      if (!armed) {
        armed = true;
        setTimeout(() => proc.kill('SIGKILL'), delayMs);
      }
    });
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the child stopped by itself: ${stderr}`));
      // A line cut off by the kill was never acknowledged.
      else resolve(run);
    });
  });
}

describe('a notebook killed mid-change', () => {
  it(`survives ${KILLS} SIGKILLs with every acknowledged change and no damage`, { timeout: 20 * 60_000 }, async () => {
    const dataDir = await tempDir();
    const random = prng(99);
    const expected = new Map<string, string | null>();
    let lost = 0;
    let acknowledged = 0;
    let searchChecks = 0;
    for (let kill = 0; kill < KILLS; kill += 1) {
      const run = await runAndKill(dataDir, kill + 1, Math.floor(random() * 250));
      for (const facts of run.acked) for (const fact of facts) expected.set(fact.key, fact.value);
      acknowledged += run.acked.length;

      // Every tenth start also brings up search on the index saved at an earlier start, so it has changes to catch up on.
      const withSearch = kill % SEARCH_EVERY === SEARCH_EVERY - 1;
      const notebook = await openNotebook({ dataDir, sample: sampleArticle(), ...(withSearch ? { search: searchClientFromSource } : {}) });
      // Notices are listed at once now; the start-up check's findings come once it has run.
      await notebook.checked;
      // An export cut short is told (and its file removed); anything else would mean the notebook needed recovery.
      expect(notebook.notices.list().filter((n) => !/^Exporting .* was cut short/.test(n.message)), `kill ${kill}: the notebook needed recovery`).toEqual([]);
      await checkNoLitter(dataDir, kill);
      await checkIntegrity(notebook, kill);
      if (withSearch) {
        expect(await notebook.search.coversNotebook(), `kill ${kill}: search does not cover exactly the stored items`).toBe(true);
        searchChecks += 1;
      }
      const uncertain = new Set(run.inFlight);
      const actual = await factsOf(notebook, [...expected.keys()]);
      for (const fact of actual) {
        if (uncertain.has(fact.key)) expected.set(fact.key, fact.value);
        else if (fact.value !== expected.get(fact.key)) {
          lost += 1;
          expect.soft(fact.value, `kill ${kill}: ${fact.key}`).toBe(expected.get(fact.key));
        }
      }
      // What the in-flight change did (or not) is now the state to keep.
      for (const fact of await factsOf(notebook, run.inFlight)) expected.set(fact.key, fact.value);
      // The next child opens the folder only once this process has let go of it.
      await notebook.close();
    }
    console.log(`${KILLS} kills survived, ${acknowledged} acknowledged changes, ${lost} lost, ${expected.size} facts checked at the end, search index checked ${searchChecks} times`);
    expect(lost).toBe(0);
    expect(acknowledged).toBeGreaterThan(KILLS);
  });
});

/** Nothing a kill mid-backup or mid-export left lies about after the next start. */
async function checkNoLitter(dataDir: string, kill: number): Promise<void> {
  const backups = await readdir(join(dataDir, 'backups')).catch(() => [] as string[]);
  for (const id of backups) expect(existsSync(join(dataDir, 'backups', id, 'manifest.json')), `kill ${kill}: backup ${id} has no manifest`).toBe(true);
  const exports = await readdir(`${dataDir}-exports`).catch(() => [] as string[]);
  expect(exports.filter((name) => name.endsWith('.partial')), `kill ${kill}: an unfinished export was left`).toEqual([]);
  // An analysis table is written whole or not at all: never a file cut off mid-row.
  for (const name of exports.filter((file) => file.startsWith('frequencies-') && file.endsWith('.csv'))) {
    const csv = await readFile(join(`${dataDir}-exports`, name), 'utf8');
    expect(csv.startsWith('\uFEFFcode,passages\r\n') && csv.endsWith('\r\n'), `kill ${kill}: ${name} is cut short`).toBe(true);
  }
  // So is an export of the research: its CSV has its header and ends with a whole record.
  for (const name of exports.filter((file) => file.startsWith('research-') && file.endsWith('.csv'))) {
    const csv = await readFile(join(`${dataDir}-exports`, name), 'utf8');
    expect(csv.startsWith('\uFEFFDocument title,') && csv.endsWith('\r\n'), `kill ${kill}: ${name} is cut short`).toBe(true);
  }
}

async function checkIntegrity(notebook: Notebook, kill: number): Promise<void> {
  const documents = new Set(notebook.library.list().map((d) => d.id));
  const tags = new Set((await notebook.tags.list()).map((t) => t.id));
  for (const id of documents) {
    const view = await notebook.reading.document(id);
    for (const passage of await notebook.passages.list(id)) {
      expect(passage.documentId, `kill ${kill}`).toBe(id);
      for (const tagId of passage.tagIds) expect(tags.has(tagId), `kill ${kill}: passage ${passage.id} has a missing tag`).toBe(true);
      expect(passage.anchor, `kill ${kill}: passage ${passage.id} is not in its text`).not.toBeNull();
      expect(passage.position.end).toBeLessThanOrEqual(view.text.length);
      expect(view.text.slice(passage.position.start, passage.position.end)).toBe(passage.quote.exact);
    }
  }
}
