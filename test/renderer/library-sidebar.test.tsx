// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TagView } from '../../src/shared/model';
import type { Codebook } from '../../src/renderer/src/data/tags';
import { LibrarySidebar } from '../../src/renderer/src/features/library/LibrarySidebar';
import { summary } from './fake-bridge';

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
};
const codebook: Codebook = { tags: [region], byId: new Map([[region.id, region]]), loading: false };

const documents = [
  summary({ id: 'a', title: 'First story', source: 'Paper A', wordCount: 1 }),
  summary({ id: 'b', title: 'Second story', source: 'Paper B', wordCount: 2500, tags: [region.id] }),
];

const renderSidebar = (onSelect = vi.fn(), shown = documents, selectedId: string | null = 'a') =>
  render(
    <LibrarySidebar
      documents={shown}
      codebook={codebook}
      loading={false}
      selectedId={selectedId}
      onSelect={onSelect}
      view={{ kind: 'read' }}
      onView={() => {}}
      onSearch={() => {}}
      onImport={() => {}}
      onPaste={() => {}}
    />,
  );

describe('LibrarySidebar', () => {
  it('lists title, source, date added, word count and document tags', () => {
    renderSidebar();
    const options = documentOptions();
    expect(options).toHaveLength(2);
    expect(options[0]!.textContent).toContain('First story');
    expect(options[0]!.textContent).toContain('Paper A');
    expect(options[0]!.textContent).toMatch(/Added .*2026/);
    expect(options[0]!.textContent).toContain('1 word');
    expect(options[1]!.textContent).toContain('2,500 words');
    expect(options[1]!.textContent).toContain('region/Syria');
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
  });

  it('opens a document on click and moves with the arrow keys', () => {
    const onSelect = vi.fn();
    renderSidebar(onSelect);
    fireEvent.click(screen.getByText('Second story'));
    expect(onSelect).toHaveBeenLastCalledWith('b');
    fireEvent.keyDown(screen.getByRole('listbox', { name: 'Documents' }), { key: 'ArrowDown' });
    expect(onSelect).toHaveBeenLastCalledWith('b');
    fireEvent.keyDown(screen.getByRole('listbox', { name: 'Documents' }), { key: 'ArrowUp' });
    expect(onSelect).toHaveBeenLastCalledWith('a');
  });

  it('filters the library by a document tag', () => {
    renderSidebar();
    fireEvent.change(screen.getByLabelText('Filter the library by tag'), { target: { value: region.id } });
    expect(documentOptions().map((o) => o.querySelector('.library-item-title')?.textContent)).toEqual(['Second story']);
  });

  it('renders only the rows in view of a library of ten thousand, each saying where it stands', () => {
    const many = Array.from({ length: 10_000 }, (_, index) => summary({ id: `d${index}`, title: `Story ${index}` }));
    renderSidebar(vi.fn(), many, null);
    const options = documentOptions();
    // 800 pixels of rows of 97 pixels (happy-dom measures nothing, so the estimate stands), plus a margin either side: a screenful, not the library.
    expect(options.length).toBeGreaterThan(5);
    expect(options.length).toBeLessThan(30);
    expect(options[0]!.getAttribute('aria-setsize')).toBe('10000');
    expect(options[0]!.getAttribute('aria-posinset')).toBe('1');
    expect(screen.getByRole('listbox', { name: 'Documents' }).style.height).toBe(`${10_000 * 97}px`);
  });

  it('keeps the selected row in the page wherever the list is scrolled, so focus has a home', () => {
    const many = Array.from({ length: 10_000 }, (_, index) => summary({ id: `d${index}`, title: `Story ${index}` }));
    renderSidebar(vi.fn(), many, 'd9000');
    const selected = documentOptions().filter((option) => option.getAttribute('aria-selected') === 'true');
    expect(selected.map((option) => option.getAttribute('aria-posinset'))).toEqual(['9001']);
    expect(selected[0]!.tabIndex).toBe(0);
  });

  it('moves to the last document with End and the first with Home', () => {
    const onSelect = vi.fn();
    const many = Array.from({ length: 5_000 }, (_, index) => summary({ id: `d${index}`, title: `Story ${index}` }));
    renderSidebar(onSelect, many, 'd10');
    fireEvent.keyDown(screen.getByRole('listbox', { name: 'Documents' }), { key: 'End' });
    expect(onSelect).toHaveBeenLastCalledWith('d4999');
    fireEvent.keyDown(screen.getByRole('listbox', { name: 'Documents' }), { key: 'Home' });
    expect(onSelect).toHaveBeenLastCalledWith('d0');
  });
});
