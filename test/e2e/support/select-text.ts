import type { Page } from 'playwright-core';

/**
 * Selects `text` in the article the way a user does: a mouse drag from its
 * first character to its last. `occurrence` picks among repeats.
 */
export async function dragSelect(page: Page, text: string, occurrence = 0): Promise<void> {
  // Measured after the reading font has loaded: a font swap reflows the text under the mouse.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const points = await page.evaluate(
    ({ text, occurrence }) => {
      const article = document.querySelector('article.article')!;
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let all = '';
      const starts: number[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        starts.push(all.length);
        nodes.push(node as Text);
        all += node.textContent ?? '';
      }
      let at = -1;
      for (let i = 0; i <= occurrence; i += 1) at = all.indexOf(text, at + 1);
      if (at === -1) throw new Error(`"${text}" is not in the article`);
      const locate = (offset: number) => {
        let index = starts.length - 1;
        while (starts[index]! > offset) index -= 1;
        return { node: nodes[index]!, offset: offset - starts[index]! };
      };
      const charRect = (offset: number) => {
        const { node, offset: inNode } = locate(offset);
        const range = document.createRange();
        range.setStart(node, inNode);
        range.setEnd(node, inNode + 1);
        return range.getClientRects()[0]!;
      };
      // A user scrolls the text into view before dragging over it.
      locate(at).node.parentElement!.scrollIntoView({ block: 'center' });
      const first = charRect(at);
      const last = charRect(at + text.length - 1);
      return {
        from: { x: first.left + 1, y: first.top + first.height / 2 },
        to: { x: last.right - 1, y: last.top + last.height / 2 },
      };
    },
    { text, occurrence },
  );
  await page.mouse.move(points.from.x, points.from.y);
  await page.mouse.down();
  await page.mouse.move((points.from.x + points.to.x) / 2, (points.from.y + points.to.y) / 2, { steps: 4 });
  await page.mouse.move(points.to.x, points.to.y, { steps: 4 });
  await page.mouse.up();
}
