// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibrarySidebar } from '../../src/renderer/src/features/library/LibrarySidebar';
import { summary } from './fake-bridge';

afterEach(cleanup);

const documents = [
  summary({ id: 'a', title: 'First story', source: 'Paper A', wordCount: 1 }),
  summary({ id: 'b', title: 'Second story', source: 'Paper B', wordCount: 2500 }),
];

describe('LibrarySidebar', () => {
  it('lists title, source, date added and word count for each document', () => {
    render(<LibrarySidebar documents={documents} loading={false} selectedId="a" onSelect={() => {}} />);
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(2);
    expect(options[0]!.textContent).toContain('First story');
    expect(options[0]!.textContent).toContain('Paper A');
    expect(options[0]!.textContent).toMatch(/Added .*2026/);
    expect(options[0]!.textContent).toContain('1 word');
    expect(options[1]!.textContent).toContain('2,500 words');
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
  });

  it('opens a document on click and moves with the arrow keys', () => {
    const onSelect = vi.fn();
    render(<LibrarySidebar documents={documents} loading={false} selectedId="a" onSelect={onSelect} />);
    fireEvent.click(screen.getByText('Second story'));
    expect(onSelect).toHaveBeenLastCalledWith('b');
    fireEvent.keyDown(screen.getByRole('listbox'), { key: 'ArrowDown' });
    expect(onSelect).toHaveBeenLastCalledWith('b');
    fireEvent.keyDown(screen.getByRole('listbox'), { key: 'ArrowUp' });
    expect(onSelect).toHaveBeenLastCalledWith('a');
  });
});
