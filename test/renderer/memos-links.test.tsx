// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Memo, PlacedPassage, TagView } from '../../src/shared/model';
import { ok } from '../../src/shared/result';
import type { Codebook } from '../../src/renderer/src/data/tags';
import { followNoteLink } from '../../src/renderer/src/features/memos/follow-link';
import { MemoButton } from '../../src/renderer/src/features/memos/MemoButton';
import { MemoOpener } from '../../src/renderer/src/features/memos/memo-navigation';
import { MemosView } from '../../src/renderer/src/features/memos/MemosView';
import { NoteLinkFollower, NoteView } from '../../src/renderer/src/features/passages/NoteView';
import { ToastStack } from '../../src/renderer/src/features/toasts/ToastStack';
import { installFakeBridge, memo, summary, viewOf } from './fake-bridge';

afterEach(cleanup);

const syria: TagView = {
  id: 'tag-syria',
  name: 'Syria',
  parentId: 'tag-region',
  path: 'region/Syria',
  color: '#9ad0f5',
  description: '',
  createdAt: '2026-03-01T09:00:00.000Z',
  passageCount: 1,
  documentCount: 0,
  passageTotal: 1,
  documentTotal: 0,
};
const codebook: Codebook = { tags: [syria], byId: new Map([[syria.id, syria]]), loading: false };
const documents = [summary({ id: 'doc-1', title: 'Ceasefire talks stall' }), summary({ id: 'doc-2', title: 'Storm hits coast' })];
const longQuote = 'The storm arrived at dawn and by noon had cut power to thousands of homes along the coast.';
const passages: PlacedPassage[] = [
  {
    id: 'p-1',
    documentId: 'doc-2',
    position: { type: 'TextPositionSelector', start: 0, end: longQuote.length },
    quote: { type: 'TextQuoteSelector', exact: longQuote, prefix: '', suffix: '' },
    tagIds: ['tag-syria'],
    note: '',
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    anchor: { start: 0, end: longQuote.length },
  },
];

function setUp(memos: Memo[]) {
  const bridge = installFakeBridge(documents, viewOf([{ kind: 'paragraph', text: longQuote }]), memos);
  const get = vi.fn(async ({ ids }: { ids: string[] }) => ok(documents.filter((d) => ids.includes(d.id))));
  const list = vi.fn(async ({ documentId }: { documentId: string }) => ok(passages.filter((p) => p.documentId === documentId)));
  const open = vi.fn(async () => ok(null));
  Object.assign(bridge.library, { get });
  Object.assign(bridge, { passages: { list }, links: { open } });
  return { bridge, get, list, open };
}

const bodyField = () => screen.getByLabelText('Memo (Markdown)') as HTMLTextAreaElement;

/** Opens the memo, puts the caret (or a selection) in its text and opens the link picker. */
async function pickerAt(start: number, end = start) {
  await waitFor(() => expect(bodyField().value).not.toBe(''));
  fireEvent.focus(bodyField());
  bodyField().setSelectionRange(start, end);
  fireEvent.click(screen.getByRole('button', { name: 'Insert link…' }));
  return screen.getByRole('dialog', { name: 'Insert a link' });
}

describe('inserting links', () => {
  it('inserts a link to a document found by its title, at the caret', async () => {
    setUp([memo({ id: 'l-doc', body: 'See  for more.' })]);
    render(<MemosView codebook={codebook} memoId="l-doc" />);
    const dialog = await pickerAt(4);
    fireEvent.change(within(dialog).getByLabelText('Find a document by its title'), { target: { value: 'ceasefire' } });
    await waitFor(() => expect(within(dialog).getAllByRole('button', { name: /talks stall/ })).toHaveLength(1));
    expect(within(dialog).queryByText('Storm hits coast')).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: /Ceasefire talks stall/ }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(bodyField().value).toBe('See [Ceasefire talks stall](scholia://document/doc-1) for more.');
    await waitFor(() => expect(document.activeElement).toBe(bodyField()));
    expect(bodyField().selectionStart).toBe('See [Ceasefire talks stall](scholia://document/doc-1)'.length);
  });

  it('inserts a link to a passage, chosen in its document, with its quote cut short as the text', async () => {
    const { list } = setUp([memo({ id: 'l-passage', body: 'Evidence: ' })]);
    render(<MemosView codebook={codebook} memoId="l-passage" />);
    const dialog = await pickerAt(10);
    fireEvent.click(within(dialog).getByLabelText('Passage'));
    fireEvent.click(await within(dialog).findByRole('button', { name: /Storm hits coast/ }));
    await waitFor(() => expect(list).toHaveBeenCalledWith({ documentId: 'doc-2' }));
    const choice = await within(dialog).findByRole('button', { name: /The storm arrived at dawn/ });
    expect(choice.textContent).toContain('region/Syria');
    fireEvent.click(choice);
    expect(bodyField().value).toBe('Evidence: [The storm arrived at dawn and by noon had cut power to…](scholia://passage/doc-2/p-1)');
  });

  it('inserts a link to a tag, with the selected words as its text', async () => {
    setUp([memo({ id: 'l-tag', body: 'The framing of Syria here.' })]);
    render(<MemosView codebook={codebook} memoId="l-tag" />);
    const dialog = await pickerAt(15, 20);
    fireEvent.click(within(dialog).getByLabelText('Tag'));
    fireEvent.change(within(dialog).getByLabelText('Find a tag'), { target: { value: 'syr' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /region\/Syria/ }));
    expect(bodyField().value).toBe('The framing of [Syria](scholia://tag/tag-syria) here.');
  });

  it('takes the first result on Enter, and escapes what Markdown would misread in the text', async () => {
    documents.push(summary({ id: 'doc-3', title: 'Rebels [sic] *claim* gains' }));
    try {
      setUp([memo({ id: 'l-enter', body: 'x' })]);
      render(<MemosView codebook={codebook} memoId="l-enter" />);
      const dialog = await pickerAt(1);
      fireEvent.change(within(dialog).getByLabelText('Find a document by its title'), { target: { value: 'rebels' } });
      await within(dialog).findByRole('button', { name: /Rebels/ });
      fireEvent.submit(dialog);
      expect(bodyField().value).toBe('x[Rebels \\[sic\\] \\*claim\\* gains](scholia://document/doc-3)');
    } finally {
      documents.pop();
    }
  });
});

describe('following links', () => {
  it('follows a link in the preview instead of opening it as a web address', async () => {
    const { open } = setUp([memo({ id: 'f-1', body: 'See [the quote](scholia://passage/doc-2/p-1) and [the tag](scholia://tag/tag-syria).' })]);
    const onFollow = vi.fn();
    render(<MemosView codebook={codebook} memoId="f-1" onFollow={onFollow} />);
    const preview = await screen.findByRole('region', { name: 'Preview' });
    fireEvent.click(await within(preview).findByText('the quote'));
    expect(onFollow).toHaveBeenLastCalledWith({ kind: 'passage', documentId: 'doc-2', passageId: 'p-1' });
    fireEvent.click(within(preview).getByText('the tag'));
    expect(onFollow).toHaveBeenLastCalledWith({ kind: 'tag', id: 'tag-syria' });
    expect(open).not.toHaveBeenCalled();
  });

  it('lets a note without its own follower follow links through the app’s', () => {
    setUp([]);
    const follow = vi.fn();
    render(
      <NoteLinkFollower.Provider value={follow}>
        <NoteView markdown="[story](scholia://document/doc-1) and [web](https://example.org)" />
      </NoteLinkFollower.Provider>,
    );
    fireEvent.click(screen.getByText('story'));
    expect(follow).toHaveBeenCalledWith({ kind: 'document', id: 'doc-1' });
    // A click the user did not make opens nothing outside Scholia.
    fireEvent.click(screen.getByText('web'));
    expect(follow).toHaveBeenCalledTimes(1);
  });

  const destinations = () => ({ codebook, openDocument: vi.fn(), openPassage: vi.fn(), showTag: vi.fn() });

  it('opens a passage in its document, a document in the reader and a tag in the tag view', async () => {
    setUp([]);
    const to = destinations();
    await followNoteLink({ kind: 'passage', documentId: 'doc-2', passageId: 'p-1' }, to);
    expect(to.openPassage).toHaveBeenCalledWith('doc-2', 'p-1');
    await followNoteLink({ kind: 'document', id: 'doc-1' }, to);
    expect(to.openDocument).toHaveBeenCalledWith('doc-1');
    await followNoteLink({ kind: 'tag', id: 'tag-syria' }, to);
    expect(to.showTag).toHaveBeenCalledWith('tag-syria');
  });

  it.each([
    [{ kind: 'document', id: 'doc-deleted' }, 'The document this link points to is no longer in this notebook.'],
    [{ kind: 'passage', documentId: 'doc-deleted', passageId: 'p-1' }, 'The passage this link points to is no longer in this notebook.'],
    [{ kind: 'passage', documentId: 'doc-2', passageId: 'p-deleted' }, 'The passage this link points to has been deleted from its document.'],
    [{ kind: 'tag', id: 'tag-deleted' }, 'The tag this link points to is no longer in the codebook.'],
  ] as const)('says so, and goes nowhere, when %o is gone', async (link, message) => {
    setUp([]);
    render(<ToastStack />);
    const to = destinations();
    await followNoteLink(link, to);
    expect(await screen.findByText(message)).toBeTruthy();
    expect([to.openDocument, to.openPassage, to.showTag].every((spy) => spy.mock.calls.length === 0)).toBe(true);
  });
});

describe('MemoButton', () => {
  it('asks the app to open the memo of its document or tag, saying whether there is one', async () => {
    setUp([memo({ id: 'b-1', about: { kind: 'tag', id: 'tag-syria' } })]);
    const opener = vi.fn();
    render(
      <MemoOpener.Provider value={opener}>
        <MemoButton about={{ kind: 'document', id: 'doc-1' }} name="Ceasefire talks stall" />
        <MemoButton about={{ kind: 'tag', id: 'tag-syria' }} name="region/Syria" />
      </MemoOpener.Provider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Write memo on Ceasefire talks stall' }));
    expect(opener).toHaveBeenCalledWith({ kind: 'document', id: 'doc-1' });
    fireEvent.click(await screen.findByRole('button', { name: 'Memo on region/Syria' }));
    expect(opener).toHaveBeenLastCalledWith({ kind: 'tag', id: 'tag-syria' });
  });

  it('goes through onView when given one', () => {
    setUp([]);
    const onView = vi.fn();
    render(<MemoButton about={{ kind: 'tag', id: 'tag-syria' }} onView={onView} />);
    fireEvent.click(screen.getByRole('button', { name: 'Write memo' }));
    expect(onView).toHaveBeenCalledWith({ kind: 'memos', draft: { kind: 'tag', id: 'tag-syria' } });
  });
});
