// @vitest-environment happy-dom
/**
 * Coding every copy of a paragraph: the dialog lists the paragraph and its
 * copies, all ticked, proposes a tag from the paragraph's words, and codes
 * the ticked ones in one change whose toast offers Undo; the overview lists
 * the clusters, opens a copy at its paragraph and asks for the same dialog.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SharedCluster, SharedCopyText } from '../../../src/shared/shared-text';
import { ok } from '../../../src/shared/result';
import type { Codebook } from '../../../src/renderer/src/data/tags';
import { BlockOpener } from '../../../src/renderer/src/features/shared-text/block-jump';
import { CodeCopiesDialog } from '../../../src/renderer/src/features/shared-text/CodeCopiesDialog';
import { CopiesCoder } from '../../../src/renderer/src/features/shared-text/copies-coder';
import { SharedOverviewView } from '../../../src/renderer/src/features/shared-text/SharedOverviewView';
import { ToastStack } from '../../../src/renderer/src/features/toasts/ToastStack';
import { installFakeBridge, summary, tagView, viewOf } from '../fake-bridge';

afterEach(cleanup);

const wire = 'World powers have failed to turn a fragile cessation of hostilities in Syria into a durable truce.';
const copy = (documentId: string, title: string, outlet: string, start: number, similarity = 1): SharedCopyText => ({
  documentId,
  title,
  outlet,
  publishedAt: '2016-04-02T00:00:00.000Z',
  blockIndex: 2,
  start,
  end: start + wire.length,
  similarity,
  text: wire,
});
const copies = [copy('doc-1', 'Syria talks stall', 'Reuters', 40), copy('doc-2', 'Truce in doubt', 'AFP', 12, 0.9), copy('doc-3', 'Aleppo under fire', 'AP', 77)];
const codebook: Codebook = { tags: [tagView('t1', 'wire/Syria')], byId: new Map(), loading: false };

function bridgeWith(overrides: Record<string, unknown> = {}) {
  const bridge = installFakeBridge([summary()], viewOf([{ kind: 'paragraph', text: wire }]));
  const codeMany = vi.fn(async (input: { items: unknown[] }) => ok({ created: input.items.length, alreadyCoded: 0 }));
  const undo = vi.fn(async () => ok({ label: 'Code 2 copies of a paragraph' }));
  Object.assign(bridge, { passages: { codeMany }, history: { undo } });
  Object.assign(bridge.shared, { copies: vi.fn(async () => ok(copies)), ...overrides });
  return { bridge, codeMany, undo };
}

describe('Code all copies', () => {
  it('codes the ticked copies with the tag typed, as one change the toast can undo', async () => {
    const { codeMany, undo } = bridgeWith();
    const onClose = vi.fn();
    render(
      <>
        <CodeCopiesDialog asked={{ documentId: 'doc-1', blockIndex: 2 }} codebook={codebook} onClose={onClose} />
        <ToastStack />
      </>,
    );
    const list = await screen.findByRole('list', { name: 'Copies to code' });
    const boxes = within(list).getAllByRole('checkbox');
    expect(boxes).toHaveLength(3);
    expect(boxes.every((box) => (box as HTMLInputElement).checked)).toBe(true);
    expect(within(list).getAllByRole('listitem')[0]!.textContent).toMatch(/^This paragraph · Syria talks stall · Reuters · 2016-04-02/);
    expect(within(list).getAllByRole('listitem')[1]!.textContent).toContain('90% alike');
    const tag = screen.getByRole('combobox', { name: 'Tag' }) as HTMLInputElement;
    expect(tag.value).toBe('shared/World powers have failed to');

    fireEvent.click(boxes[2]!);
    expect(screen.getByText('2 copies of 3 chosen').getAttribute('role')).toBe('status');
    fireEvent.change(tag, { target: { value: '  wire/Syria truce ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Code 2 copies' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(codeMany).toHaveBeenCalledTimes(1);
    expect(codeMany.mock.calls[0]![0]).toEqual({
      label: 'Code 2 copies of a paragraph',
      tagPath: 'wire/Syria truce',
      items: [
        { documentId: 'doc-1', start: 40, end: 40 + wire.length },
        { documentId: 'doc-2', start: 12, end: 12 + wire.length },
      ],
    });
    expect(await screen.findByText('Coded 2 copies with “wire/Syria truce”.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(undo).toHaveBeenCalledTimes(1));
  });

  it('codes nothing when no copy is ticked or no tag is given, and says why main refused', async () => {
    const { codeMany } = bridgeWith({ copies: vi.fn(async () => ({ ok: false, error: { code: 'not-found', message: 'That document has no such paragraph.' } })) });
    render(<CodeCopiesDialog asked={{ documentId: 'doc-1', blockIndex: 9 }} codebook={codebook} onClose={() => undefined} />);
    expect((await screen.findByRole('alert')).textContent).toBe('That document has no such paragraph.');
    const submit = screen.getByRole('button', { name: 'Code 0 copies' }) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    fireEvent.click(submit);
    expect(codeMany).not.toHaveBeenCalled();
  });

  it('leaves out what the user unticked with Select none, and Select all ticks them again', async () => {
    bridgeWith();
    render(<CodeCopiesDialog asked={{ documentId: 'doc-1', blockIndex: 2 }} codebook={codebook} onClose={() => undefined} />);
    await screen.findByRole('list', { name: 'Copies to code' });
    fireEvent.click(screen.getByRole('button', { name: 'Select none' }));
    expect((screen.getByRole('button', { name: 'Code 0 copies' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Select all' }));
    expect(screen.getByRole('button', { name: 'Code 3 copies' })).toBeTruthy();
  });
});

describe('Shared text overview', () => {
  const cluster = (excerpt: string, documents: number, members: SharedCluster['members']): SharedCluster => ({
    documents,
    paragraphs: documents,
    excerpt,
    outlets: ['Reuters', 'AFP'],
    firstPublished: '2016-04-01T00:00:00.000Z',
    lastPublished: '2016-04-03T00:00:00.000Z',
    members,
  });
  const member = (documentId: string, title: string) => ({ documentId, title, outlet: 'Reuters', publishedAt: '2016-04-01', blockIndex: 3 });

  it('lists the clusters with their facts, opens a copy at its paragraph and asks to code them all', async () => {
    bridgeWith({
      clusters: vi.fn(async () => ok({ ready: true, clusters: [cluster('World powers have failed…', 14, [member('a', 'First'), member('b', 'Second')]), cluster('Oil prices rose…', 2, [member('c', 'Third'), member('d', 'Fourth')])] })),
    });
    const openAt = vi.fn();
    const codeCopies = vi.fn();
    render(
      <BlockOpener.Provider value={openAt}>
        <CopiesCoder.Provider value={codeCopies}>
          <SharedOverviewView />
        </CopiesCoder.Provider>
      </BlockOpener.Provider>,
    );
    const rows = within(await screen.findByRole('list', { name: /Shared paragraphs/ })).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    const toggle = within(rows[0]!).getByRole('button', { name: /World powers/ });
    expect(toggle.textContent).toContain('14 documents · Reuters, AFP · Apr 1, 2016 – Apr 3, 2016');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    const copiesList = within(rows[0]!).getByRole('list', { name: 'Copies' });
    expect(copiesList.textContent).toContain('and 12 more documents');
    fireEvent.click(within(copiesList).getByRole('button', { name: /Second/ }));
    expect(openAt).toHaveBeenCalledWith('b', 3);
    fireEvent.click(within(rows[1]!).getByRole('button', { name: 'Code all copies…' }));
    expect(codeCopies).toHaveBeenCalledWith({ documentId: 'c', blockIndex: 3 });
  });

  it('says when nothing is shared, and when the comparison is still running', async () => {
    const clusters = vi.fn(async () => ok({ ready: false, clusters: [] }));
    bridgeWith({ clusters });
    render(<SharedOverviewView />);
    expect((await screen.findByText(/Comparing the documents/)).getAttribute('role')).toBe('status');
    expect(screen.queryByText(/No paragraph stands/)).toBeNull();
    cleanup();
    clusters.mockImplementation(async () => ok({ ready: true, clusters: [] }));
    render(<SharedOverviewView />);
    expect(await screen.findByText('No paragraph stands in more than one document yet.')).toBeTruthy();
  });
});
