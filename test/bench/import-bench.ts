/**
 * Import benchmark: generates deterministic synthetic articles (saved news
 * pages with the usual menus, scripts, ads and comments, and plain-text
 * articles) and imports them one after another through importFile, as a user
 * dropping a folder of files would. Prints documents per second and the
 * longest the event loop was blocked, since importers run on the main process.
 *
 *   node --import tsx test/bench/import-bench.ts [--articles 1000] [--seed 7]
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { importFile } from '../../src/main/importers/import-file';
import { prng } from '../support/prng';

export interface ImportBenchmarkOptions {
  /** Articles generated per format. */
  articles?: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface FormatFigures {
  format: 'html' | 'text';
  documents: number;
  averageKilobytes: number;
  totalMs: number;
  documentsPerSecond: number;
  /** CPU time this process spent, which other load on the machine does not inflate as it does wall time. */
  cpuMs: number;
  /** Per document, milliseconds. */
  p50Ms: number;
  p95Ms: number;
  /** The longest the event loop could not run anything else, in milliseconds. */
  maxEventLoopDelayMs: number;
}

interface GeneratedFile {
  fileName: string;
  bytes: Uint8Array;
}

// ---- deterministic randomness -------------------------------------------------


const WORDS = (
  'archive register deed council minister ceasefire border village harvest ministry report witness court ' +
  'election budget river bridge school hospital market province treaty museum library survey census ' +
  'the of and to in a that for on with as by at from was were has had will would said says after before ' +
  'during under between against about more than most many some new old first last local national'
).split(' ');

function generator(seed: number) {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const words = (count: number) => Array.from({ length: count }, () => pick(WORDS)).join(' ');
  const sentence = () => {
    const text = words(between(8, 22));
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: between(2, 5) }, sentence).join(' ');
  const title = () => {
    const text = words(between(5, 10));
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  return { pick, between, words, sentence, paragraph, title };
}

/** Roughly what a browser's "Save page as… (HTML only)" gives for a news article: ~40 KB, most of it not the article. */
function htmlArticle(index: number, make: ReturnType<typeof generator>): GeneratedFile {
  const headline = make.title();
  const links = (count: number) =>
    Array.from({ length: count }, (_, i) => `<li><a href="/section/${i}" class="nav-link">${make.words(2)}</a></li>`).join('');
  const body: string[] = [];
  for (let section = 0; section < make.between(2, 4); section += 1) {
    if (section > 0) body.push(`<h2>${make.title()}</h2>`);
    for (let p = 0; p < make.between(3, 6); p += 1) body.push(`<p>${make.paragraph()} <a href="/related/${p}">${make.words(3)}</a>.</p>`);
    if (make.between(0, 2) === 0) body.push(`<blockquote><p>${make.sentence()}</p></blockquote>`);
    if (make.between(0, 2) === 0) body.push(`<ul>${Array.from({ length: 3 }, () => `<li>${make.sentence()}</li>`).join('')}</ul>`);
    if (make.between(0, 3) === 0) {
      body.push(`<figure><img src="https://img.example/${index}.jpg" alt=""><figcaption>${make.sentence()}</figcaption></figure>`);
    }
  }
  const comments = Array.from({ length: make.between(3, 12) }, () => `<div class="comment"><p>${make.sentence()}</p></div>`).join('');
  const script = `window.analytics = ${JSON.stringify(Array.from({ length: 300 }, (_, i) => ({ id: i, key: make.words(2) })))};`;
  const style = Array.from({ length: 120 }, (_, i) => `.c${i} { margin: ${i}px; color: #${(i * 4099).toString(16).slice(0, 6).padEnd(6, '0')}; }`).join('\n');
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>${headline} | Daily Ledger</title>
<meta property="og:site_name" content="Daily Ledger"><meta name="author" content="Staff Writer ${index}">
<meta property="article:published_time" content="2016-0${1 + (index % 9)}-1${index % 10}T08:00:00Z">
<script type="application/ld+json">{"@type":"NewsArticle","headline":${JSON.stringify(headline)},"datePublished":"2016-01-01"}</script>
<style>${style}</style><script>${script}</script></head>
<body><div class="cookie-banner"><p>We use cookies. <button>Accept</button></p></div>
<header><nav><ul>${links(40)}</ul></nav></header>
<main><article><h1>${headline}</h1><p class="byline">By Staff Writer ${index}</p>${body.join('\n')}</article>
<aside class="ad"><p>${make.sentence()}</p></aside><section class="comments"><h3>Comments</h3>${comments}</section></main>
<footer><ul>${links(30)}</ul><p>© Daily Ledger</p></footer><script src="https://ads.example/ads.js"></script></body></html>`;
  return { fileName: `article-${index}.html`, bytes: new TextEncoder().encode(html) };
}

/** A news article as the bundled sample is laid out: headline, standfirst, byline, body. */
function textArticle(index: number, make: ReturnType<typeof generator>): GeneratedFile {
  const blocks = [make.title(), make.sentence(), `Daily Ledger Staff`, ...Array.from({ length: make.between(8, 16) }, make.paragraph)];
  return { fileName: `article-${index}.txt`, bytes: new TextEncoder().encode(blocks.join('\n\n')) };
}

// ---- measuring -------------------------------------------------------------------

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

async function measure(format: FormatFigures['format'], files: readonly GeneratedFile[]): Promise<FormatFigures> {
  // Warm-up: module loading and JIT would otherwise count against the first documents.
  for (const file of files.slice(0, 5)) await importFile(file.bytes, file.fileName);
  const durations: number[] = [];
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  await yieldToEventLoop();
  histogram.enable();
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  for (const file of files) {
    const before = performance.now();
    await importFile(file.bytes, file.fileName);
    durations.push(performance.now() - before);
    // One import per event-loop turn, as IPC requests would arrive.
    await yieldToEventLoop();
  }
  const totalMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  histogram.disable();
  durations.sort((a, b) => a - b);
  const percentile = (p: number) => durations[Math.min(durations.length - 1, Math.floor(durations.length * p))] ?? 0;
  return {
    format,
    documents: files.length,
    averageKilobytes: files.reduce((sum, file) => sum + file.bytes.byteLength, 0) / files.length / 1024,
    totalMs,
    documentsPerSecond: (files.length / totalMs) * 1000,
    cpuMs: (cpu.user + cpu.system) / 1000,
    p50Ms: percentile(0.5),
    p95Ms: percentile(0.95),
    maxEventLoopDelayMs: histogram.max / 1e6,
  };
}

/** The benchmark's articles: saved web pages and news-style text files, the same on every run. */
export function generateArticles(count: number, seed = 7): { html: GeneratedFile[]; text: GeneratedFile[] } {
  const make = generator(seed);
  return {
    html: Array.from({ length: count }, (_, index) => htmlArticle(index, make)),
    text: Array.from({ length: count }, (_, index) => textArticle(index, make)),
  };
}

export async function runImportBenchmark(options: ImportBenchmarkOptions = {}): Promise<FormatFigures[]> {
  const count = options.articles ?? 1000;
  const log = options.log ?? console.log;
  const { html, text } = generateArticles(count, options.seed ?? 7);
  const figures = [await measure('html', html), await measure('text', text)];
  for (const f of figures) {
    log(
      `${f.format.padEnd(5)} ${f.documents} docs (avg ${f.averageKilobytes.toFixed(1)} KB): ` +
        `${(f.totalMs / 1000).toFixed(2)} s wall (${(f.cpuMs / 1000).toFixed(2)} s CPU), ${f.documentsPerSecond.toFixed(1)} docs/s, ` +
        `p50 ${f.p50Ms.toFixed(1)} ms, p95 ${f.p95Ms.toFixed(1)} ms, max event-loop delay ${f.maxEventLoopDelayMs.toFixed(1)} ms`,
    );
  }
  return figures;
}

function parseArguments(argv: string[]): ImportBenchmarkOptions {
  const options: ImportBenchmarkOptions = {};
  for (let index = 0; index < argv.length; index += 1) {
    const value = Number(argv[index + 1]);
    if (argv[index] === '--articles' && Number.isInteger(value) && value > 0) options.articles = value;
    if (argv[index] === '--seed' && Number.isInteger(value)) options.seed = value;
  }
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runImportBenchmark(parseArguments(process.argv.slice(2)));
}
