// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EntityCodingProposal, EntityList, EntityRow } from '../../../src/shared/entities';
import { ok } from '../../../src/shared/result';
import { EntitiesView } from '../../../src/renderer/src/features/entities/EntitiesView';
import { installFakeBridge, summary, viewOf } from '../fake-bridge';

afterEach(cleanup);

// happy-dom lays nothing out: the grid's scroll area is given a height, as a window would.
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeAll(() => Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 }));
afterAll(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
});

const entity = (id: string, name: string, kind: EntityRow['kind'], mentions: number, aliases: string[] = []): EntityRow => ({
  id,
  kind,
  name,
  aliases,
  mentions,
  documents: 1,
  outlets: ['Arutz Sheva'],
  first: '2016-05-04',
  last: '2016-05-04',
  hidden: false,
});

const ROWS = [entity('kerry', 'John Kerry', 'person', 9, ['Kerry']), entity('syria', 'Syria', 'place', 5), entity('un', 'United Nations', 'organisation', 2, ['UN'])];

const proposal: EntityCodingProposal = {
  entityId: 'kerry',
  tagPath: 'people/John Kerry',
  label: 'code the mentions of John Kerry',
  truncated: false,
  mentions: [
    { documentId: 'doc-1', start: 10, end: 15, text: 'Kerry', headline: 'A headline', blockIndex: 0, sentence: 'Kerry said so.' },
    { documentId: 'doc-1', start: 40, end: 45, text: 'Kerry', headline: 'A headline', blockIndex: 1, sentence: 'Kerry added more.' },
  ],
};

function install() {
  const bridge = installFakeBridge([summary()], viewOf([{ kind: 'paragraph', text: 'Kerry said so.' }]));
  const list = vi.fn(async ({ kind }: { kind?: string }): Promise<ReturnType<typeof ok<EntityList>>> => {
    const entities = ROWS.filter((row) => !kind || row.kind === kind);
    return ok({ entities, total: entities.length, pending: 0 });
  });
  const codeMany = vi.fn(async () => ok({ tagId: 't1', created: 1, alreadyCoded: 0 }));
  const alias = vi.fn(async () => ok(null));
  Object.assign(bridge, {
    entities: { list, codeMentions: vi.fn(async () => ok(proposal)), mentions: vi.fn(async () => ok({ mentions: proposal.mentions, truncated: false })), alias },
    passages: { codeMany },
    onEntitiesChanged: vi.fn(() => () => undefined),
  });
  return { list, codeMany, alias };
}

const grid = () => screen.getByRole('grid', { name: 'Entities' });
const names = () => within(grid()).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('gridcell')[0]!.textContent);

describe('the Entities view', () => {
  it('lists entities with their counts and filters by kind', async () => {
    const { list } = install();
    render(<EntitiesView onOpenMention={() => undefined} />);
    await waitFor(() => expect(names()).toHaveLength(3));
    expect(names()[0]).toContain('John Kerry');
    expect(names()[0]).toContain('Kerry');
    fireEvent.click(screen.getByRole('button', { name: 'Places' }));
    await waitFor(() => expect(names()).toEqual(['Syria']));
    expect(list).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'place' }));
    expect(screen.getByRole('button', { name: 'Places' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('sorts by a column header, the second click reversing it', async () => {
    const { list } = install();
    render(<EntitiesView onOpenMention={() => undefined} />);
    await waitFor(() => expect(names()).toHaveLength(3));
    fireEvent.click(screen.getByRole('button', { name: 'Name' }));
    await waitFor(() => expect(list).toHaveBeenLastCalledWith(expect.objectContaining({ sort: 'name', descending: false })));
    fireEvent.click(screen.getByRole('button', { name: /Name/ }));
    await waitFor(() => expect(list).toHaveBeenLastCalledWith(expect.objectContaining({ sort: 'name', descending: true })));
    expect(screen.getByRole('columnheader', { name: /Name/ }).getAttribute('aria-sort')).toBe('descending');
  });

  it('makes a tag from an entity and codes the mentions left ticked, as one batch', async () => {
    const { codeMany } = install();
    render(<EntitiesView onOpenMention={() => undefined} />);
    await waitFor(() => expect(names()).toHaveLength(3));
    const firstRow = within(grid()).getAllByRole('row')[1]!;
    fireEvent.click(firstRow);
    fireEvent.click(screen.getByRole('button', { name: 'Make tag & code mentions…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Make a tag and code the mentions' });
    const boxes = within(within(dialog).getByRole('list', { name: 'Mentions to code' })).getAllByRole('checkbox');
    expect(boxes.map((box) => (box as HTMLInputElement).checked)).toEqual([true, true]);
    fireEvent.click(boxes[1]!);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Code 1 mention' }));
    await waitFor(() => expect(codeMany).toHaveBeenCalledTimes(1));
    expect(codeMany).toHaveBeenCalledWith({ label: proposal.label, tagPath: 'people/John Kerry', items: [{ documentId: 'doc-1', start: 10, end: 15 }] });
  });

  it('moves through the rows with the arrow keys and opens the mentions with Enter', async () => {
    install();
    const open = vi.fn();
    render(<EntitiesView onOpenMention={open} />);
    await waitFor(() => expect(names()).toHaveLength(3));
    const rows = () => within(grid()).getAllByRole('row').slice(1);
    rows()[0]!.focus();
    fireEvent.keyDown(rows()[0]!, { key: 'ArrowDown' });
    await waitFor(() => expect(rows()[1]!.getAttribute('aria-selected')).toBe('true'));
    fireEvent.keyDown(rows()[1]!, { key: 'Enter' });
    const dialog = await screen.findByRole('dialog', { name: 'Mentions of Syria' });
    fireEvent.click((await within(dialog).findAllByRole('button', { name: /Kerry said so/ }))[0]!);
    expect(open).toHaveBeenCalledWith(proposal.mentions[0]);
  });

  it('renames an entity through the bridge', async () => {
    const { alias } = install();
    render(<EntitiesView onOpenMention={() => undefined} />);
    await waitFor(() => expect(names()).toHaveLength(3));
    fireEvent.click(within(grid()).getAllByRole('row')[3]!);
    fireEvent.click(screen.getByRole('button', { name: 'Rename…' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Name' }), { target: { value: 'UN' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Rename' }));
    await waitFor(() => expect(alias).toHaveBeenCalledWith({ action: 'rename', entityId: 'un', name: 'UN' }));
  });
});
