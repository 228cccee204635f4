/**
 * Which paragraph with copies elsewhere the reader is "on", for the palette's
 * Code all copies: the one holding the selection or focus (the marker after a
 * paragraph counts as that paragraph), else the first such paragraph in view.
 */
export function sharedParagraphHere(article: HTMLElement | null, scroller: HTMLElement | null, shared: ReadonlySet<number>): number | null {
  if (!article || shared.size === 0) return null;
  const blockOf = (node: Node | null): number | null => {
    const element = node instanceof Element ? node : (node?.parentElement ?? null);
    if (!element || !article.contains(element)) return null;
    const block = element.closest('.shared-marker')?.previousElementSibling ?? element.closest('[data-block]');
    const index = block?.getAttribute('data-block');
    return index == null ? null : Number(index);
  };
  for (const node of [window.getSelection()?.anchorNode ?? null, document.activeElement]) {
    const index = blockOf(node);
    if (index !== null) return shared.has(index) ? index : null;
  }
  if (!scroller) return null;
  const view = scroller.getBoundingClientRect();
  for (const index of [...shared].sort((a, b) => a - b)) {
    const box = article.querySelector(`[data-block="${index}"]`)?.getBoundingClientRect();
    if (box && box.bottom > view.top && box.top < view.bottom) return index;
  }
  return null;
}
