// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TagView } from '../../src/shared/model';
import type { Codebook } from '../../src/renderer/src/data/tags';
import { LibrarySidebar } from '../../src/renderer/src/features/library/LibrarySidebar';
import { summary } from './fake-bridge';

afterEach(cleanup);

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

const renderSidebar = (onSelect = vi.fn()) =>
  render(
    <LibrarySidebar
      documents={documents}
      codebook={codebook}
      loading={false}
      selectedId="a"
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
});
