import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useE2eSession } from './support/session';

const session = useE2eSession();

const ARABIC_TITLE = 'مجلس الأمن يدعو إلى هدنة إنسانية في حلب';
const ARABIC_QUOTE = '"We are ready to move the convoys within hours," a UN spokesman said in English.';
const ARABIC_TEXT = [
  'دعا مجلس الأمن الدولي، في جلسة طارئة عقدها مساء الثلاثاء، جميع الأطراف المتحاربة في سوريا إلى وقف فوري لإطلاق النار في مدينة حلب، بعد أسبوع شهد أعنف قصف منذ بداية العام.',
  'وقال المتحدث باسم الأمم المتحدة إن قوافل المساعدات تنتظر على الحدود منذ أيام، وإن آلاف العائلات لا تزال محاصرة في الأحياء الشرقية من دون كهرباء أو مياه نظيفة.',
  ARABIC_QUOTE,
  'ومن المقرر أن يجتمع وزراء الخارجية في جنيف الأسبوع المقبل لبحث تفاصيل الاتفاق.',
].join('\n\n');

const CHINESE_TITLE = '叙利亚停火协议周一生效';
const CHINESE_TEXT = [
  '联合国特使周日在日内瓦表示，叙利亚政府和反对派已同意停火七天。美国国务卿克里和俄罗斯外长拉夫罗夫在北京会谈后宣布了这一协议，双方将共同监督停火的执行。',
  '人道主义组织说，停火期间救援车队将进入阿勒颇东部，为被困居民运送食品和药品。',
].join('\n\n');

const GERMAN_TITLE = 'Ärger über die neue Straßenbahn';
const GERMAN_TEXT = 'Der Ärger der Anwohner wächst: Seit Montag fährt die neue Straßenbahn nur noch jede halbe Stunde.';

async function openWith(...articles: [string, string][]) {
  const server = await session.serve(await session.tempDir());
  for (const [title, text] of articles) await server.notebook.imports.pasted(title, text);
  await server.notebook.search.ready();
  const app = await session.open(server);
  await app.page.getByRole('heading', { level: 1 }).waitFor();
  return { app, server, page: app.page };
}

async function openDocument(page: Page, title: string) {
  await page.getByRole('listbox', { name: 'Documents' }).getByRole('option', { name: new RegExp(title) }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** How each block of the article lies: its direction, and where its first and last lines start and end against its box. */
function blockLayout(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('article.article [data-block]')].map((block) => {
      const style = getComputedStyle(block);
      const box = block.getBoundingClientRect();
      const left = box.left + parseFloat(style.paddingLeft);
      const right = box.right - parseFloat(style.paddingRight);
      const range = document.createRange();
      range.selectNodeContents(block);
      const fragments = [...range.getClientRects()].filter((rect) => rect.width > 0);
      const lines = new Map<number, { left: number; right: number }>();
      for (const rect of fragments) {
        const top = Math.round(rect.top);
        const line = lines.get(top) ?? { left: Infinity, right: -Infinity };
        lines.set(top, { left: Math.min(line.left, rect.left), right: Math.max(line.right, rect.right) });
      }
      const ordered = [...lines].sort((a, b) => a[0] - b[0]).map(([, line]) => line);
      const first = ordered[0]!;
      const last = ordered.at(-1)!;
      return {
        text: block.textContent ?? '',
        direction: style.direction,
        lines: ordered.length,
        firstLineGapStart: style.direction === 'rtl' ? right - first.right : first.left - left,
        lastLineGapEnd: style.direction === 'rtl' ? last.left - left : right - last.right,
      };
    }),
  );
}

/** Drags over `text` in the article from where it starts to where it ends, whichever way the line runs. */
async function dragOver(page: Page, text: string): Promise<void> {
  const points = await page.evaluate((text) => {
    const walker = document.createTreeWalker(document.querySelector('article.article')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(text);
      if (at === -1) continue;
      node.parentElement!.scrollIntoView({ block: 'center' });
      const rectOf = (offset: number) => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getClientRects()[0]!;
      };
      const rtl = getComputedStyle(node.parentElement!).direction === 'rtl';
      const first = rectOf(at);
      const last = rectOf(at + text.length - 1);
      // The leading edge of a character is its right one in a right-to-left line.
      return {
        from: { x: rtl ? first.right - 1 : first.left + 1, y: first.top + first.height / 2 },
        to: { x: rtl ? last.left + 1 : last.right - 1, y: last.top + last.height / 2 },
      };
    }
    throw new Error(`"${text}" is not in the article`);
  }, text);
  await page.mouse.move(points.from.x, points.from.y);
  await page.mouse.down();
  await page.mouse.move((points.from.x + points.to.x) / 2, (points.from.y + points.to.y) / 2, { steps: 4 });
  await page.mouse.move(points.to.x, points.to.y, { steps: 4 });
  await page.mouse.up();
}

async function search(page: Page, query: string) {
  const dialog = page.getByRole('dialog', { name: 'Search' });
  if (!(await dialog.isVisible())) await page.keyboard.press('Control+k');
  await dialog.getByRole('searchbox', { name: 'Search' }).fill(query);
  return dialog;
}

const currentMatch = (page: Page) =>
  page.evaluate(() => [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('scholia-search-current') ?? [])].map((range) => range.toString()));

describe('an article in Arabic', () => {
  it('is laid out right to left, each block aligned to the right edge, an English quote in it to the left', async () => {
    const { app, page } = await openWith([ARABIC_TITLE, ARABIC_TEXT]);
    await openDocument(page, ARABIC_TITLE);
    expect(await page.locator('article.article').getAttribute('dir')).toBe('rtl');

    const blocks = await blockLayout(page);
    expect(blocks.map((block) => block.text)).toEqual([ARABIC_TITLE, ...ARABIC_TEXT.split('\n\n')]);
    for (const block of blocks) {
      expect(block.direction).toBe(block.text === ARABIC_QUOTE ? 'ltr' : 'rtl');
      // The first line starts at the block's start edge: the right one in Arabic.
      expect(Math.abs(block.firstLineGapStart)).toBeLessThan(2);
    }
    // A paragraph of several lines ends short of the far edge: ragged on the left, so aligned right.
    const long = blocks.find((block) => block.text.startsWith('دعا'))!;
    expect(long.lines).toBeGreaterThan(1);
    expect(long.lastLineGapEnd).toBeGreaterThan(20);

    // Marking a passage works on right-to-left text as on any other.
    await dragOver(page, 'قوافل المساعدات');
    const popover = page.getByRole('dialog', { name: 'Tag the selection' });
    await popover.getByRole('combobox').fill('themes/aid');
    await popover.getByRole('combobox').press('Enter');
    await page.locator('.passage-card', { hasText: 'قوافل المساعدات' }).waitFor();
    await popover.press('Escape');
    expect(await page.locator('article mark.hl').allTextContents()).toEqual(['قوافل المساعدات']);

    expect(await app.accessibilityViolations()).toEqual([]);
    await app.screenshotVariants('scripts-arabic-reader');
    expect(app.pageErrors).toEqual([]);
  });
});

describe('search in every script', () => {
  it('finds a Chinese word inside a sentence without spaces, the word marked in the snippet and the reader', async () => {
    const { app, page } = await openWith([CHINESE_TITLE, CHINESE_TEXT]);
    const dialog = await search(page, '北京');
    const hit = dialog.locator('.search-hit');
    await expect.poll(() => hit.count()).toBe(1);
    expect(await dialog.locator('.search-group-title').allTextContents()).toEqual([CHINESE_TITLE]);
    expect(await hit.locator('.search-snippet mark').allTextContents()).toEqual(['北京']);
    expect(await hit.locator('.search-snippet').textContent()).toContain('拉夫罗夫在北京会谈后');
    expect(await app.accessibilityViolations()).toEqual([]);
    await app.screenshot('scripts-chinese-search');

    await hit.click();
    await page.getByRole('heading', { level: 1, name: CHINESE_TITLE }).waitFor();
    await expect.poll(() => currentMatch(page)).toEqual(['北京']);

    // Two words typed together are found where they stand together.
    await search(page, '停火协议');
    await expect.poll(() => dialog.locator('.search-snippet mark').allTextContents()).toEqual(['停火协议']);
    expect(app.pageErrors).toEqual([]);
  });

  it('finds Ärger by arger, marking Ärger as written', async () => {
    const { app, page } = await openWith([GERMAN_TITLE, GERMAN_TEXT]);
    const dialog = await search(page, 'arger');
    await expect.poll(() => dialog.locator('.search-hit').count()).toBe(2);
    expect(await dialog.locator('.search-group-title').allTextContents()).toEqual([GERMAN_TITLE]);
    expect(await dialog.locator('.search-snippet mark').allTextContents()).toEqual(['Ärger', 'Ärger']);
    await search(page, 'strassenbahn');
    await expect.poll(() => dialog.locator('.search-snippet mark').allTextContents()).toEqual(['Straßenbahn', 'Straßenbahn']);
    expect(app.pageErrors).toEqual([]);
  });
});
