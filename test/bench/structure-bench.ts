/**
 * What one change costs the window, measured in the real renderer in
 * Chromium: a tag click in a notebook of 10,000 documents (bridge calls it
 * makes, their bytes, selection to painted highlight), and the library list
 * with 100,000 documents (its first page received to first rows painted,
 * rows rendered while scrolling). Calls are counted in the page, where the
 * bridge is.
 * Needs the built renderer (`npm run build`).
 *
 *   node --import tsx test/bench/structure-bench.ts [--documents 10000] [--library 100000] [--clicks 30]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium, openApp } from '../e2e/support/browser';
import { startTestServer } from '../e2e/support/test-server';
import { ms, percentile, table } from './stats';
import { writeNotebook } from './tagging-bench';

export interface StructureBenchmarkOptions {
  documents?: number;
  library?: number;
  clicks?: number;
  log?: (line: string) => void;
}

/** Channels that change the notebook; every other call is a read. */
const WRITES = new Set(['passages:create', 'passages:update', 'passages:delete', 'tags:create', 'documents:setTags', 'session:savePosition']);

/**
 * Counts every bridge call the page makes and the size of each answer, from
 * before the app starts; and notes when the list's first page is asked for
 * and when it reaches the app (its answer parsed, as Electron's IPC hands it
 * over). The list asks main for a page at a time (library:query).
 */
const COUNT_CALLS = `
  window.__calls = [];
  const query = window.scholia.library.query;
  window.scholia.library.query = async (input) => {
    const first = input?.offset === 0 && window.__libraryAsked === undefined;
    if (first) window.__libraryAsked = performance.now();
    const answer = await query(input);
    if (first) window.__libraryArrived = performance.now();
    return answer;
  };
  const invoke = window.__scholiaInvoke;
  window.__scholiaInvoke = async (channel, input) => {
    const answer = await invoke(channel, input);
    const at = performance.now();
    window.__calls.push({ channel, bytes: typeof answer === 'string' ? answer.length : JSON.stringify(answer).length, at });
    return answer;
  };`;

interface Call {
  channel: string;
  bytes: number;
  at: number;
}

const callsOf = (page: Page) => page.evaluate(() => (window as unknown as { __calls: Call[] }).__calls.slice());

export async function runStructureBenchmark(options: StructureBenchmarkOptions = {}): Promise<void> {
  const log = options.log ?? console.log;
  const browser = await launchChromium();
  try {
    const click = await measureTagClicks(browser, options.documents ?? 10_000, options.clicks ?? 30);
    log(`\nA tag click in a notebook of ${click.documents.toLocaleString('en')} documents, in Chromium (${click.samples} clicks)`);
    log(
      table(
        ['measure', 'value'],
        [
          ['bridge writes per click', click.writes],
          ['bridge reads per click', click.reads],
          ['reads of the whole library per click', click.libraryLists],
          ['library pages read per click (library:query)', click.libraryPages],
          ['bytes read per click', click.readBytes.toLocaleString('en')],
          ['calls, in order', click.channels],
          ['Enter in the tag box → highlight painted p50 / p95', `${ms(percentile(click.paint, 50))} / ${ms(percentile(click.paint, 95))}`],
          ['Enter → passage stored and drawn from the answer p50 / p95 (durable write + e2e transport)', `${ms(percentile(click.acknowledged, 50))} / ${ms(percentile(click.acknowledged, 95))}`],
        ],
      ),
    );
    const list = await measureLibrary(browser, options.library ?? 100_000);
    log(`\nThe library list with ${list.documents.toLocaleString('en')} documents, in Chromium`);
    log(
      table(
        ['measure', 'value'],
        [
          ['first page received → first rows painted p50 / p95 (target p95 < 100 ms)', `${ms(percentile(list.firstPaint, 50))} / ${ms(percentile(list.firstPaint, 95))}`],
          ['first page asked (library:query) → first rows painted p50 / p95', `${ms(percentile(list.askedToPaint, 50))} / ${ms(percentile(list.askedToPaint, 95))}`],
          ['rows in the page at start', list.rowsAtStart.toLocaleString('en')],
          ['rows in the page while scrolling (most)', list.rowsWhileScrolling.toLocaleString('en')],
          ['scroll step → rows painted p95', ms(percentile(list.scrollFrames, 95))],
        ],
      ),
    );
  } finally {
    await browser.close();
  }
}

async function measureTagClicks(browser: Awaited<ReturnType<typeof launchChromium>>, documents: number, clicks: number) {
  const dir = await mkdtemp(join(tmpdir(), 'scholia-structure-'));
  try {
    await writeNotebook(dir, documents, 1_000);
    const server = await startTestServer(dir);
    try {
      // Measured as a user meets it on a normal day: the index built and the day's backup made.
      await server.notebook.checked;
      await server.notebook.search.ready();
      const app = await openApp(browser, server);
      const { page } = app;
      await page.addInitScript(COUNT_CALLS);
      await page.reload();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const paint: number[] = [];
      const acknowledged: number[] = [];
      const perClick: Call[][] = [];
      for (let i = 0; i < clicks; i += 1) {
        // A few words of one paragraph after another, as a user codes down an article.
        await page.evaluate((index) => {
          const paragraphs = [...document.querySelectorAll<HTMLElement>('article [data-block]')].filter((el) => el.tagName === 'P');
          const block = paragraphs[index % paragraphs.length]!;
          // The unmarked rest of the paragraph: earlier clicks marked its start.
          const text = [...block.childNodes].filter((node): node is Text => node.nodeType === Node.TEXT_NODE).at(-1)!;
          const words = [...(text.textContent ?? '').matchAll(/\S+/g)];
          const first = words[1]!;
          const last = words[4]!;
          const range = document.createRange();
          range.setStart(text, first.index!);
          range.setEnd(text, last.index! + last[0].length);
          const selection = window.getSelection()!;
          selection.removeAllRanges();
          selection.addRange(range);
          block.scrollIntoView({ block: 'center' });
          block.closest('article')!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        }, i);
        const box = page.getByRole('combobox', { name: 'Tag the selection' });
        await box.waitFor();
        // Scrolling the text into view saves the reading position a moment later; that write is not the click's.
        await page.waitForTimeout(500);
        await box.fill('ceasefire');
        await page.locator('.tag-picker-options [role=option]', { hasText: 'themes/ceasefire' }).waitFor();
        const before = (await callsOf(page)).length;
        // The clock starts at the real Enter key press, as the page receives it.
        const timings = page.evaluate(
          () =>
            new Promise<[number, number]>((resolve) => {
              const marks = () => [...document.querySelectorAll<HTMLElement>('article mark[data-passage-ids]')];
              // Passages drawn in the article; the selection waiting to become one is not one of them.
              const stored = () => new Set(marks().flatMap((m) => (m.dataset['passageIds'] ?? '').split(' ')).filter((id) => id !== 'pending-selection')).size;
              // The selection drawn in its tag's colour, as it is once a tag is chosen.
              const drawn = () => marks().some((m) => !m.classList.contains('hl-pending') && (m.dataset['passageIds'] ?? '').includes('pending-selection'));
              const had = stored();
              let start = Number.NaN;
              let paintedAt = Number.NaN;
              window.addEventListener('keydown', () => (start = performance.now()), { capture: true, once: true });
              const check = () => {
                const now = performance.now();
                if (!Number.isNaN(start) && Number.isNaN(paintedAt) && (drawn() || stored() > had)) paintedAt = now;
                if (!Number.isNaN(start) && stored() > had) resolve([paintedAt - start, now - start]);
                else if (!Number.isNaN(start) && now - start > 10_000) resolve([Number.NaN, Number.NaN]);
                else requestAnimationFrame(check);
              };
              requestAnimationFrame(check);
            }),
        );
        await box.press('Enter');
        const [elapsed, storedAfter] = await timings;
        if (Number.isNaN(elapsed)) {
          await app.screenshot('structure-bench-failed');
          throw new Error(`the new highlight did not appear within 10 s; calls: ${JSON.stringify((await callsOf(page)).slice(before))}; errors: ${app.pageErrors.join(' | ')}`);
        }
        acknowledged.push(storedAfter);
        paint.push(elapsed);
        // Whatever the click sets off (change events, refreshes) has happened by now.
        await page.waitForTimeout(400);
        perClick.push((await callsOf(page)).slice(before));
        await page.keyboard.press('Escape');
      }
      const settled = perClick.slice(1);
      const mean = (values: number[]) => Math.round((values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length)) * 10) / 10;
      return {
        documents,
        samples: settled.length,
        paint: paint.slice(1),
        acknowledged: acknowledged.slice(1),
        writes: mean(settled.map((calls) => calls.filter((call) => WRITES.has(call.channel)).length)),
        reads: mean(settled.map((calls) => calls.filter((call) => !WRITES.has(call.channel)).length)),
        libraryLists: mean(settled.map((calls) => calls.filter((call) => call.channel === 'library:list').length)),
        libraryPages: mean(settled.map((calls) => calls.filter((call) => call.channel === 'library:query').length)),
        readBytes: mean(settled.map((calls) => calls.filter((call) => !WRITES.has(call.channel)).reduce((sum, call) => sum + call.bytes, 0))),
        channels: (settled.at(-1) ?? []).map((call) => call.channel).join(', '),
      };
    } finally {
      await server.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function measureLibrary(browser: Awaited<ReturnType<typeof launchChromium>>, documents: number) {
  const dir = await mkdtemp(join(tmpdir(), 'scholia-library-'));
  try {
    await writeNotebook(dir, documents, 0, { paragraphs: 1 });
    const server = await startTestServer(dir, { search: false });
    try {
      const app = await openApp(browser, server);
      const { page } = app;
      await page.addInitScript(COUNT_CALLS);
      const firstPaint: number[] = [];
      const askedToPaint: number[] = [];
      let rowsAtStart = 0;
      for (let run = 0; run < 7; run += 1) {
        await page.reload();
        const measured = await page.evaluate(
          () =>
            new Promise<[number, number, number]>((resolve) => {
              const check = () => {
                const { __libraryAsked: asked, __libraryArrived: arrived } = window as unknown as { __libraryAsked?: number; __libraryArrived?: number };
                const rows = document.querySelectorAll('[role=listbox][aria-label=Documents] [role=option]').length;
                if (asked !== undefined && arrived !== undefined && rows > 0) {
                  requestAnimationFrame(() => {
                    const now = performance.now();
                    resolve([now - arrived, now - asked, rows]);
                  });
                } else requestAnimationFrame(check);
              };
              check();
            }),
        );
        firstPaint.push(measured[0]);
        askedToPaint.push(measured[1]);
        rowsAtStart = measured[2];
      }
      const scroll = await page.evaluate(async () => {
        const scroller = document.querySelector<HTMLElement>('.library-scroll') ?? document.querySelector<HTMLElement>('.library-list')!;
        const frames: number[] = [];
        let most = 0;
        for (let step = 1; step <= 40; step += 1) {
          const start = performance.now();
          scroller.scrollTop = (scroller.scrollHeight * step) / 41;
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          frames.push(performance.now() - start);
          most = Math.max(most, document.querySelectorAll('[role=listbox][aria-label=Documents] [role=option]').length);
        }
        return { frames, most };
      });
      return { documents, firstPaint: firstPaint.slice(1), askedToPaint: askedToPaint.slice(1), rowsAtStart, rowsWhileScrolling: scroll.most, scrollFrames: scroll.frames };
    } finally {
      await server.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const value = (flag: string) => {
    const index = process.argv.indexOf(flag);
    return index === -1 ? undefined : Number(process.argv[index + 1]);
  };
  await runStructureBenchmark({
    ...(value('--documents') ? { documents: value('--documents')! } : {}),
    ...(value('--library') ? { library: value('--library')! } : {}),
    ...(value('--clicks') ? { clicks: value('--clicks')! } : {}),
  });
}
