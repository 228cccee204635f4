/**
 * Elements of a parsed page as plain arrays, in document order. jsdom's live
 * collections (getElementsByTagName) are slow to read one by one: copying one
 * of ten thousand paragraphs takes seconds. Walking the tree by its links
 * takes milliseconds, without recursion however deep the page is nested.
 */

/** Every element under `root`. */
export function elementsUnder(root: Element | Document): Element[] {
  const found: Element[] = [];
  let node: Element | null = root.firstElementChild;
  while (node !== null) {
    found.push(node);
    if (node.firstElementChild !== null) {
      node = node.firstElementChild;
      continue;
    }
    // Climb to the nearest ancestor with a next sibling, stopping at the root.
    while (node !== null && node.nextElementSibling === null) {
      const parent: Node | null = node.parentNode;
      node = parent === null || parent === root || parent.nodeType !== 1 ? null : (parent as Element);
    }
    if (node !== null) node = node.nextElementSibling;
  }
  return found;
}

/** The elements under `root` with this local name ("math", "meta"). */
export function elementsNamed(root: Element | Document, localName: string): Element[] {
  return elementsUnder(root).filter((element) => element.localName === localName);
}
