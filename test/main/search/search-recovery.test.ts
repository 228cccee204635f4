/**
 * Search that runs away or dies does not take search down: the query is
 * stopped, a new worker starts from the saved index, the user is told, and
 * the next query is answered. Queries typed over are answered as superseded
 * instead of queueing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Notebook } from '../../../src/main/notebook/notebook';
import { QueryRunner } from '../../../src/main/search/query-runner';
import { ScholiaFailure } from '../../../src/shared/result';
import { openTestNotebook } from '../../support/notebook';
import { faultySearchClients } from '../../support/search-worker';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const open: Notebook[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((notebook) => notebook.close()));
});

async function faultyNotebook() {
  const clients = faultySearchClients();
  const notebook = await openTestNotebook(await tempDir(), { search: clients.connect, searchTimeLimitMs: 1_500 });
  open.push(notebook);
  await notebook.search.ready();
  return { notebook, clients };
}

const found = async (notebook: Notebook, query: string) => (await notebook.search.search(query, 10)).totalItems;

describe('search that runs away or dies', () => {
  it('stops a query that overruns its time limit, says so, and answers the next one from a new worker', { timeout: 30_000 }, async () => {
    const { notebook, clients } = await faultyNotebook();
    const started = Date.now();
    await expect(notebook.search.search('hang-forever', 10)).rejects.toMatchObject({ code: 'invalid-query', message: expect.stringMatching(/took longer than 1.5 seconds and was stopped/) });
    expect(Date.now() - started).toBeLessThan(10_000);
    await expect.poll(() => notebook.notices.list().map((n) => n.message), { timeout: 10_000 }).toContainEqual(expect.stringMatching(/^Search stopped .* and was started again/));
    expect(await found(notebook, 'patience')).toBe(1);
    expect(clients.started()).toBe(2);
  });

  it('starts a new worker when the one answering dies, and keeps what was indexed', { timeout: 30_000 }, async () => {
    const { notebook, clients } = await faultyNotebook();
    const documentId = notebook.library.list()[0]!.id;
    await notebook.passages.create({ documentId, start: 60, end: 90, tagIds: [], note: 'zanzibarian note' });
    await expect(notebook.search.search('die-now', 10)).rejects.toMatchObject({ code: 'internal', message: expect.stringMatching(/not available right now/) });
    await expect.poll(() => notebook.notices.list().map((n) => n.message), { timeout: 10_000 }).toContainEqual(expect.stringMatching(/^Search stopped .*exit code 7.* and was started again/));
    await notebook.search.ready();
    expect(await found(notebook, 'zanzibarian')).toBe(1);
    expect(await notebook.search.coversNotebook()).toBe(true);
    expect(clients.started()).toBe(2);
  });

  it('gives up, and says so, when the worker keeps stopping', { timeout: 60_000 }, async () => {
    const { notebook } = await faultyNotebook();
    for (let round = 0; round < 4; round += 1) {
      await notebook.search.search('die-now', 10).catch(() => undefined);
      await notebook.search.ready();
    }
    await expect.poll(() => notebook.notices.list().map((n) => n.message), { timeout: 10_000 }).toContainEqual(expect.stringMatching(/is off until Scholia is restarted/));
  });
});

describe('queries typed over', () => {
  it('runs one at a time and answers a waiting query that a newer one replaced as superseded', async () => {
    const runner = new QueryRunner<string>();
    let release!: () => void;
    const first = runner.ask(() => new Promise((resolve) => (release = () => resolve('first'))));
    const second = runner.ask(async () => 'second');
    const third = runner.ask(async () => 'third');
    await expect(second).rejects.toBeInstanceOf(ScholiaFailure);
    await expect(second).rejects.toMatchObject({ code: 'superseded' });
    release();
    expect(await first).toBe('first');
    expect(await third).toBe('third');
  });
});
