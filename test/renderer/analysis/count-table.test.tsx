// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CountTable, type CountColumn } from '../../../src/renderer/src/features/analysis/CountTable';

afterEach(cleanup);

interface Row {
  id: string;
  name: string;
  passages: number;
}

const ROWS: Row[] = [
  { id: 'b', name: 'actors/Kerry', passages: 3 },
  { id: 'a', name: 'actors', passages: 0 },
  { id: 'c', name: 'themes', passages: 12 },
];

function renderTable(onPick = vi.fn()) {
  const columns: CountColumn<Row>[] = [
    { key: 'name', label: 'Code', value: (r) => r.name },
    { key: 'passages', label: 'Passages', group: 'With the codes inside', value: (r) => r.passages, onPick, describe: (r) => `${r.passages} passages of ${r.name}` },
  ];
  render(<CountTable caption="Counts" columns={columns} rows={ROWS} rowKey={(r) => r.id} />);
  return onPick;
}

const names = () => within(screen.getByRole('table')).getAllByRole('rowheader').map((cell) => cell.textContent);

describe('the count table', () => {
  it('sorts counts busiest first, then the other way; names A to Z; aria-sort on the sorted header only', () => {
    renderTable();
    expect(names()).toEqual(['actors/Kerry', 'actors', 'themes']);
    const passages = screen.getByRole('button', { name: 'Passages, with the codes inside' });
    fireEvent.click(passages);
    expect(names()).toEqual(['themes', 'actors/Kerry', 'actors']);
    expect(passages.closest('th')!.getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(passages);
    expect(names()).toEqual(['actors', 'actors/Kerry', 'themes']);
    fireEvent.click(screen.getByRole('button', { name: 'Code' }));
    expect(names()).toEqual(['actors', 'actors/Kerry', 'themes']);
    expect(screen.getByRole('columnheader', { name: /^Code/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(passages.closest('th')!.hasAttribute('aria-sort')).toBe(false);
  });

  it('makes every non-zero count a button that names its row, and a zero plain text', () => {
    const onPick = renderTable();
    fireEvent.click(screen.getByRole('button', { name: '12 passages of themes' }));
    expect(onPick).toHaveBeenCalledWith(ROWS[2]);
    expect(screen.queryByRole('button', { name: '0 passages of actors' })).toBeNull();
    expect(screen.getByRole('columnheader', { name: 'With the codes inside' }).getAttribute('scope')).toBe('colgroup');
    expect(screen.getAllByRole('rowheader').every((cell) => cell.getAttribute('scope') === 'row')).toBe(true);
  });
});
