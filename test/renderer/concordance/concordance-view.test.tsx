// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Occurrence, OccurrenceList } from '../../../src/shared/concordance';
import { fail, ok } from '../../../src/shared/result';
import { ConcordanceView } from '../../../src/renderer/src/features/concordance/ConcordanceView';
import { CodeHitsDialog } from '../../../src/renderer/src/features/search/CodeHitsDialog';
import { installFakeBridge, summary, viewOf } from '../fake-bridge';

afterEach(cleanup);

// happy-dom lays nothing out: the table's scroll area is given a height, as a window would.
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeAll(() => Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 }));
afterAll(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
});

const row = (documentId: string, start: number, left: string, right: string, extra: Partial<Occurrence> = {}): Occurrence => ({
  documentId,
  headline: documentId === 'a' ? 'Kerry presses for truce' : 'Aid waits in Aleppo',
  outlet: documentId === 'a' ? 'Reuters' : 'AP',
  published: documentId === 'a' ? '2016-05-04T00:00:00.000Z' : '2016-05-02T00:00:00.000Z',
  blockIndex: 2,
  blockKind: 'paragraph',
  start,
  end: start + 9,
  left,
  match: 'cessation',
  right,
  ...extra,
});

const rows = [row('a', 100, 'agreed a nationwide', 'of hostilities in Syria'), row('a', 300, 'the', 'began at midnight'), row('b', 50, 'called for a', 'across Aleppo')];

function setUp(answer: OccurrenceList = { occurrences: rows, total: rows.length, truncated: false }) {
  const bridge = installFakeBridge([summary()], viewOf([{ kind: 'paragraph', text: 'x' }]));
  bridge.search.occurrences.mockImplementation(async ({ query }: { query: string }) =>
    query.startsWith('"') && !query.endsWith('"') ? fail('invalid-query', 'The quote opened at 1 is never closed.') : ok(answer),
  );
  return bridge;
}

const gridRows = () => within(screen.getByRole('grid')).getAllByRole('row').slice(1);
const rights = () => gridRows().map((r) => r.querySelector('.cc-right')!.textContent);

describe('the concordance view', () => {
  it('lists every match in context, by document date first, with the counts', async () => {
    const bridge = setUp();
    render(<ConcordanceView initialQuery="cessation" onOpen={() => {}} />);
    await waitFor(() => expect(gridRows()).toHaveLength(3));
    expect(bridge.search.occurrences).toHaveBeenCalledWith({ query: 'cessation', limit: 20_000, context: 60, unit: 'words' });
    // The AP article of 2 May comes before Reuters' of 4 May.
    expect(rights()).toEqual(['across Aleppo', 'of hostilities in Syria', 'began at midnight']);
    expect(screen.getByRole('status').textContent).toBe('3 matches in 2 documents');
    expect(screen.getByRole('columnheader', { name: /Document/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(gridRows()[0]!.querySelector('mark')!.textContent).toBe('cessation');
  });

  it('sorts by the words after, then the other way, saying so on the column', async () => {
    setUp();
    render(<ConcordanceView initialQuery="cessation" onOpen={() => {}} />);
    await waitFor(() => expect(gridRows()).toHaveLength(3));
    fireEvent.click(screen.getByRole('button', { name: /Right context/ }));
    expect(rights()).toEqual(['across Aleppo', 'began at midnight', 'of hostilities in Syria']);
    const header = screen.getByRole('columnheader', { name: /Right context/ });
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByRole('button', { name: /Right context/ }));
    expect(rights()).toEqual(['of hostilities in Syria', 'began at midnight', 'across Aleppo']);
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(screen.getByRole('columnheader', { name: /Document/ }).getAttribute('aria-sort')).toBe('none');
    fireEvent.click(screen.getByRole('button', { name: /Left context/ }));
    expect(gridRows().map((r) => r.querySelector('.cc-left')!.textContent)).toEqual(['called for a', 'agreed a nationwide', 'the']);
  });

  it('moves between rows with the arrow keys and opens the reader with Enter or a click', async () => {
    setUp();
    const onOpen = vi.fn();
    render(<ConcordanceView initialQuery="cessation" onOpen={onOpen} />);
    await waitFor(() => expect(gridRows()).toHaveLength(3));
    const first = gridRows()[0]!;
    expect(first.tabIndex).toBe(0);
    expect(gridRows()[1]!.tabIndex).toBe(-1);
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement).toBe(gridRows()[1]));
    fireEvent.keyDown(gridRows()[1]!, { key: 'Enter' });
    expect(onOpen).toHaveBeenLastCalledWith(expect.any(Array), rows[0], 'cessation');
    fireEvent.keyDown(gridRows()[1]!, { key: 'End' });
    await waitFor(() => expect(document.activeElement).toBe(gridRows()[2]));
    fireEvent.click(gridRows()[0]!);
    expect(onOpen).toHaveBeenLastCalledWith(expect.any(Array), rows[2], 'cessation');
  });

  it('saves the concordance in the order shown, and says when only the first rows are shown', async () => {
    const bridge = setUp({ occurrences: rows, total: 25_000, truncated: true });
    render(<ConcordanceView initialQuery="cessation" onOpen={() => {}} />);
    await waitFor(() => expect(gridRows()).toHaveLength(3));
    expect(screen.getByRole('status').textContent).toContain('the first 3 shown');
    expect(screen.getByRole('status').textContent).toContain('25,000 matches');
    fireEvent.click(screen.getByRole('button', { name: /Match/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV…' }));
    await waitFor(() => expect(bridge.concordance.save).toHaveBeenCalledWith({ query: 'cessation', sort: 'match', descending: false }));
  });

  it('shows why a query does not parse, and nothing to save for an empty one', async () => {
    setUp();
    render(<ConcordanceView initialQuery="" onOpen={() => {}} />);
    expect(screen.getByRole('button', { name: 'Export CSV…' }).hasAttribute('disabled')).toBe(true);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Concordance query' }), { target: { value: '"cessation' } });
    await screen.findByRole('alert');
    expect(screen.getByRole('alert').textContent).toContain('never closed');
    expect(screen.getByRole('searchbox', { name: 'Concordance query' }).getAttribute('aria-invalid')).toBe('true');
  });
});

describe('code all hits across the notebook', () => {
  it('proposes every body match as its unit, leaves headlines out, and codes the chosen as one batch', async () => {
    const bridge = setUp({ occurrences: [...rows, row('b', 0, '', '', { blockKind: 'title', blockIndex: 0, match: 'Cessation' })], total: 4, truncated: false });
    const codeMany = vi.fn(async () => ok({ created: 2, alreadyCoded: 0, tagId: 't1' }));
    Object.assign(bridge, { passages: { codeMany } });
    render(<CodeHitsDialog query="cessation" codebook={{ tags: [], byId: new Map(), loading: false }} onClose={() => {}} />);
    const list = await screen.findByRole('list', { name: 'Proposed passages' });
    await waitFor(() => expect(within(list).getAllByRole('checkbox')).toHaveLength(3));
    expect(bridge.search.occurrences).toHaveBeenLastCalledWith({ query: 'cessation', limit: 20_000, context: 0, unit: 'sentence' });
    expect(screen.getByRole('status').textContent).toContain('1 match in headlines or bylines left out');
    fireEvent.click(within(list).getAllByRole('checkbox')[1]!);
    fireEvent.click(screen.getByRole('button', { name: 'Code 2 passages' }));
    await waitFor(() => expect(codeMany).toHaveBeenCalledTimes(1));
    expect(codeMany).toHaveBeenCalledWith({
      label: 'Code 2 search hits',
      tagPath: 'search/cessation',
      items: [rows[0]!, rows[2]!].map(({ documentId, start, end }) => ({ documentId, start, end })),
    });
  });
});
