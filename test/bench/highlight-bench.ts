/**
 * Highlight benchmark: opening a long document with 500 passages (many
 * overlapping) in the real renderer, in Chromium, from the click in the
 * library to the frame in which every highlight is drawn. Needs the built
 * renderer (`npm run build`).
 *
 *   node --import tsx test/bench/highlight-bench.ts
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { segmentBlocks } from '../../src/shared/anchoring/highlight-segments';
import { launchChromium, openApp } from '../e2e/support/browser';
import { startTestServer } from '../e2e/support/test-server';
import { prng } from '../support/prng';
import { ms, percentile, table } from './stats';

const WORDS = 'the talks on a ceasefire resumed as envoys met in Geneva while aid convoys waited at the border and officials warned that patience was running out'.split(' ');

export async function runHighlightBenchmark(options: { passages?: number; runs?: number; log?: (line: string) => void } = {}): Promise<void> {
  const log = options.log ?? console.log;
  const count = options.passages ?? 500;
  const runs = options.runs ?? 15;
  const dir = await mkdtemp(join(tmpdir(), 'scholia-highlight-'));
  const server = await startTestServer(dir);
  const browser = await launchChromium();
  try {
    const random = prng(11);
    const paragraphs = Array.from({ length: 80 }, () => Array.from({ length: 75 }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ') + '.');
    const imported = await server.notebook.imports.text(new TextEncoder().encode(['A long report on the talks', ...paragraphs].join('\n\n')), 'long-report.txt');
    if (imported.status !== 'imported') throw new Error('the benchmark article was already in the notebook');
    const summary = imported.document;
    const view = await server.notebook.reading.document(summary.id);
    const tag = await server.notebook.tags.create({ name: 'themes/talks' });
    for (let i = 0; i < count; i += 1) {
      const start = Math.floor(random() * (view.text.length - 400));
      const length = 20 + Math.floor(random() * (i % 10 === 0 ? 900 : 200));
      const end = Math.min(view.text.length, start + length);
      const created = await server.notebook.passages.create({ documentId: summary.id, start, end, tagIds: i % 3 === 0 ? [] : [tag.id], note: '' }).catch(() => null);
      if (!created) i -= 1;
    }
    const placed = (await server.notebook.passages.list(summary.id)).map((p) => ({ id: p.id, ...p.anchor! }));
    const segmentTimes: number[] = [];
    for (let i = 0; i < 50; i += 1) {
      const t = performance.now();
      segmentBlocks(view.blocks, placed);
      segmentTimes.push(performance.now() - t);
    }

    const app = await openApp(browser, server);
    const { page } = app;
    await page.getByRole('heading', { level: 1 }).waitFor();
    const openTimes: number[] = [];
    const renderTimes: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      // Odd runs measure opening the long report; even runs first open the other article, so the report is not open already.
      const other = run % 2 === 1 ? summary.title : "Kerry tells Russia US patience on Syria 'limited'";
      if (run % 2 === 0) {
        await page.getByRole('option', { name: new RegExp(other.replace(/[()'.]/g, '.')) }).click();
        await page.getByRole('heading', { level: 1, name: other }).waitFor();
        continue;
      }
      const elapsed = await page.evaluate(
        ({ title, expected }) =>
          new Promise<[number, number]>((resolve) => {
            performance.clearMeasures();
            const item = [...document.querySelectorAll<HTMLElement>('[role=option]')].find((el) => el.textContent?.includes(title))!;
            const start = performance.now();
            item.click();
            const check = () => {
              const targets = new Set([...document.querySelectorAll<HTMLElement>('article mark.hl')].flatMap((m) => (m.dataset['passageIds'] ?? '').split(' ')));
              const measured = performance.getEntriesByName('scholia:highlights', 'measure').at(-1);
              if (targets.size >= expected && measured) resolve([performance.now() - start, measured.duration]);
              else if (performance.now() - start > 10_000) resolve([Number.NaN, Number.NaN]);
              else requestAnimationFrame(check);
            };
            requestAnimationFrame(check);
          }),
        { title: summary.title, expected: count },
      );
      if (Number.isNaN(elapsed[0])) throw new Error(`the ${count} highlights did not all appear within 10 s`);
      openTimes.push(elapsed[0]);
      renderTimes.push(elapsed[1]);
    }
    log(`\nOpening a document with ${count} passages (${view.text.length.toLocaleString('en')} characters) in Chromium`);
    log(
      table(
        ['measure', 'p50', 'p95', 'runs'],
        [
          ['passages received → every highlight painted (segment, render, layout, paint)', ms(percentile(renderTimes, 50)), ms(percentile(renderTimes, 95)), renderTimes.length],
          ['click → every highlight painted (incl. the e2e harness fetching text and passages)', ms(percentile(openTimes, 50)), ms(percentile(openTimes, 95)), openTimes.length],
          ['segmenting the passages into highlight runs (Node)', ms(percentile(segmentTimes, 50)), ms(percentile(segmentTimes, 95)), segmentTimes.length],
        ],
      ),
    );
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runHighlightBenchmark();
