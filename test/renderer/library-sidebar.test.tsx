// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TagView } from '../../src/shared/model';
import type { Codebook } from '../../src/renderer/src/data/tags';
import { LibrarySidebar } from '../../src/renderer/src/features/library/LibrarySidebar';
import { installFakeBridge, summary, viewOf } from './fake-bridge';

afterEach(cleanup);

// happy-dom lays nothing out: the list's scroll area is given a height, as a window of 800 pixels would.
const VIEWPORT_PX = 800;
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => VIEWPORT_PX });
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
});

const documentOptions = () => within(screen.getByRole('listbox', { name: 'Documents' })).getAllByRole('option');

const region: TagView = {
  id: 'tag-syria',
  name: 'Syria',
  parentId: 'tag-region',
  path: 'region/Syria',
  color: '#9ad0f5',
  description: '',
  createdAt: '2026-03-01T09:00:00.000Z',
  passageCount: 0,
  documentCount: 1,
  passageTotal: 0,
  documentTotal: 1,
};
const codebook: Codebook = { tags: [region], byId: new Map([[region.id, region]]), loading: false };

const documents = [
  summary({ id: 'a', title: 'First story', source: 'Paper A', wordCount: 1 }),
  summary({ id: 'b', title: 'Second story', source: 'Paper B', wordCount: 2500, tags: [region.id] }),
];

function renderSidebar(onOpen = vi.fn(), shown = documents, openId: string | null = 'a') {
  const bridge = installFakeBridge(shown, viewOf([{ kind: 'paragraph', text: 'Text.' }]));
  render(
    <LibrarySidebar
      codebook={codebook}
      openId={openId}
      onOpen={onOpen}
      view={{ kind: 'read' }}
      onView={() => {}}
      onSearch={() => {}}
      onImport={() => {}}
      onPaste={() => {}}
      onExport={() => {}}
      onImportProject={() => {}}
    />,
  );
  return bridge;
}

const titles = () => documentOptions().map((o) => o.querySelector('.library-item-title')?.textContent);
const listbox = () => screen.getByRole('listbox', { name: 'Documents' });
const many = (n: number) => Array.from({ length: n }, (_, index) => summary({ id: `d${index}`, title: `Story ${index}` }));

describe('LibrarySidebar', () => {
  it('lists title, outlet, date added, word count and document tags', async () => {
    renderSidebar();
    await waitFor(() => expect(documentOptions()).toHaveLength(2));
    const options = documentOptions();
    expect(options[0]!.textContent).toContain('First story');
    expect(options[0]!.textContent).toContain('Paper A');
    expect(options[0]!.textContent).toMatch(/Added .*2026/);
    expect(options[0]!.textContent).toContain('1 word');
    expect(options[1]!.textContent).toContain('2,500 words');
    expect(options[1]!.textContent).toContain('region/Syria');
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    expect(options[0]!.getAttribute('aria-current')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('2 in library');
  });

  it('shows the published date when the document has one', async () => {
    renderSidebar(vi.fn(), [summary({ id: 'p', title: 'Dated', publishedAt: '2016-05-04T00:00:00.000Z' })], null);
    await waitFor(() => expect(documentOptions()).toHaveLength(1));
    expect(documentOptions()[0]!.querySelector('time')?.getAttribute('datetime')).toBe('2016-05-04T00:00:00.000Z');
    expect(documentOptions()[0]!.textContent).toMatch(/2016/);
  });

  it('opens a document on click and moves with the arrow keys', async () => {
    const onOpen = vi.fn();
    renderSidebar(onOpen);
    fireEvent.click(await screen.findByText('Second story'));
    expect(onOpen).toHaveBeenLastCalledWith('b');
    fireEvent.keyDown(listbox(), { key: 'ArrowUp' });
    await waitFor(() => expect(onOpen).toHaveBeenLastCalledWith('a'));
  });

  it('filters by a tag, asking main for the filtered list and saying how many match', async () => {
    const bridge = renderSidebar();
    await waitFor(() => expect(documentOptions()).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: 'Filter' }));
    fireEvent.change(screen.getByLabelText('Tag'), { target: { value: region.id } });
    await waitFor(() => expect(titles()).toEqual(['Second story']));
    expect(bridge.library.query).toHaveBeenLastCalledWith(expect.objectContaining({ query: expect.objectContaining({ filter: { tagId: region.id } }) }));
    expect(screen.getByRole('status').textContent).toBe('1 of 2');
    expect(screen.getByRole('button', { name: 'Filter (1)' })).toBeTruthy();
  });

  it('sorts as chosen, and turns the order round', async () => {
    const bridge = renderSidebar();
    await waitFor(() => expect(documentOptions()).toHaveLength(2));
    fireEvent.change(screen.getByLabelText('Sort the library by'), { target: { value: 'title' } });
    await waitFor(() => expect(bridge.library.query).toHaveBeenLastCalledWith(expect.objectContaining({ query: expect.objectContaining({ sort: 'title', descending: true }) })));
    fireEvent.click(screen.getByRole('button', { name: /^Descending/ }));
    await waitFor(() => expect(bridge.library.query).toHaveBeenLastCalledWith(expect.objectContaining({ query: expect.objectContaining({ sort: 'title', descending: false }) })));
  });

  it('renders only the rows in view of a library of ten thousand, asking for their page alone, each row saying where it stands', async () => {
    const bridge = renderSidebar(vi.fn(), many(10_000), null);
    await waitFor(() => expect(documentOptions()[0]!.textContent).toContain('Story 0'));
    const options = documentOptions();
    // 800 pixels of rows of 97 pixels (happy-dom measures nothing, so the estimate stands), plus a margin either side: a screenful, not the library.
    expect(options.length).toBeGreaterThan(5);
    expect(options.length).toBeLessThan(30);
    expect(options[0]!.getAttribute('aria-setsize')).toBe('10000');
    expect(options[0]!.getAttribute('aria-posinset')).toBe('1');
    expect(listbox().style.height).toBe(`${10_000 * 97}px`);
    expect(bridge.library.query.mock.calls.every(([input]) => input.limit <= 100)).toBe(true);
  });

  it('moves to the last document with End and the first with Home, asking main for rows not here yet', async () => {
    const onOpen = vi.fn();
    renderSidebar(onOpen, many(5_000), 'd10');
    await waitFor(() => expect(documentOptions().length).toBeGreaterThan(0));
    fireEvent.keyDown(listbox(), { key: 'End' });
    await waitFor(() => expect(onOpen).toHaveBeenLastCalledWith('d4999'));
    fireEvent.keyDown(listbox(), { key: 'Home' });
    await waitFor(() => expect(onOpen).toHaveBeenLastCalledWith('d0'));
  });

  it('chooses several documents with Ctrl-click, Shift-click and Ctrl+A, offers what can be done to them, and lets go with Escape', async () => {
    const onOpen = vi.fn();
    renderSidebar(onOpen, many(50), null);
    fireEvent.click(await screen.findByText('Story 1'));
    fireEvent.click(screen.getByText('Story 3'), { ctrlKey: true });
    expect(await screen.findByRole('toolbar', { name: '2 documents selected' })).toBeTruthy();
    expect(onOpen).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByText('Story 6'), { shiftKey: true });
    await screen.findByRole('toolbar', { name: '4 documents selected' });
    expect(documentOptions().filter((o) => o.getAttribute('aria-selected') === 'true').map((o) => o.getAttribute('aria-posinset'))).toEqual(['4', '5', '6', '7']);
    fireEvent.keyDown(listbox(), { key: 'a', ctrlKey: true });
    await screen.findByRole('toolbar', { name: '50 documents selected' });
    for (const action of ['Tag…', 'Set attribute…', 'Delete…']) expect(screen.getByRole('button', { name: action })).toBeTruthy();
    fireEvent.keyDown(listbox(), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('toolbar')).toBeNull());
  });
});
