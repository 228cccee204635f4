// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DocumentSummary, Memo, TagView } from '../../src/shared/model';
import { fail, ok } from '../../src/shared/result';
import type { Codebook } from '../../src/renderer/src/data/tags';
import { formatDate } from '../../src/renderer/src/features/library/format';
import { MemosView } from '../../src/renderer/src/features/memos/MemosView';
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
  passageCount: 0,
  documentCount: 0,
  passageTotal: 0,
  documentTotal: 0,
};
const codebook: Codebook = { tags: [syria], byId: new Map([[syria.id, syria]]), loading: false };
const story = summary({ id: 'doc-1', title: 'Ceasefire talks stall' });

function setUp(memos: Memo[], documents: DocumentSummary[] = [story]) {
  const bridge = installFakeBridge(documents, viewOf([{ kind: 'paragraph', text: 'Text.' }]), memos);
  const get = vi.fn(async ({ ids }: { ids: string[] }) => ok(documents.filter((d) => ids.includes(d.id))));
  Object.assign(bridge.library, { get });
  return { bridge, get };
}

const section = (name: RegExp) => screen.getByRole('region', { name });
const items = (name: RegExp) => within(section(name)).queryAllByRole('button');
const bodyField = () => screen.getByLabelText('Memo (Markdown)') as HTMLTextAreaElement;
const titleField = () => screen.getByLabelText('Title') as HTMLInputElement;

describe('MemosView: the list', () => {
  const older = memo({ id: 'j-old', title: 'First thoughts', createdAt: '2026-03-01T09:00:00.000Z' });
  const newer = memo({ id: 'j-new', title: 'Second thoughts', createdAt: '2026-03-05T09:00:00.000Z' });
  const untitled = memo({ id: 'j-mid', title: '', body: 'A **bold** idea about [sources](scholia://document/doc-1)', createdAt: '2026-03-03T09:00:00.000Z' });
  const onStory = memo({ id: 'm-doc', title: 'Framing', about: { kind: 'document', id: 'doc-1' } });
  const onGoneStory = memo({ id: 'm-gone-doc', title: 'Lost', about: { kind: 'document', id: 'doc-gone' } });
  const onTag = memo({ id: 'm-tag', title: '', body: 'What counts as Syria', about: { kind: 'tag', id: 'tag-syria' } });
  const onGoneTag = memo({ id: 'm-gone-tag', about: { kind: 'tag', id: 'tag-gone' } });
  // Given out of order, so the list's own order shows.
  const all = [older, onStory, newer, onGoneTag, untitled, onGoneStory, onTag];

  it('lists the journal newest first, each entry with the day it was written', async () => {
    setUp(all);
    render(<MemosView codebook={codebook} />);
    await waitFor(() => expect(items(/Journal/)).toHaveLength(3));
    const [first, second, third] = items(/Journal/).map((item) => item.textContent ?? '');
    expect(first).toContain('Second thoughts');
    expect(first).toContain(formatDate(newer.createdAt));
    expect(second).toContain('Untitled entry');
    expect(second).toContain(formatDate(untitled.createdAt));
    expect(second).toContain('A bold idea about sources');
    expect(third).toContain('First thoughts');
    expect(third).toContain(formatDate(older.createdAt));
  });

  it('names memos on documents by title and on tags by path, and lists those about deleted ones as such', async () => {
    const { get } = setUp(all);
    render(<MemosView codebook={codebook} />);
    await waitFor(() => expect(items(/Documents/)[0]?.textContent).toContain('Ceasefire talks stall'));
    expect(get).toHaveBeenCalledWith({ ids: expect.arrayContaining(['doc-1', 'doc-gone']) });
    const documents = items(/Documents/).map((item) => item.textContent);
    expect(documents).toHaveLength(2);
    expect(documents.find((text) => text?.includes('Deleted document'))).toContain('no longer in the notebook');
    const tags = items(/Tags/).map((item) => item.textContent);
    expect(tags.find((text) => text?.includes('region/Syria'))).toContain('What counts as Syria');
    expect(tags.find((text) => text?.includes('Deleted tag'))).toContain('no longer in the notebook');
  });

  it('shows one kind of memo when asked', async () => {
    setUp(all);
    render(<MemosView codebook={codebook} />);
    await waitFor(() => expect(items(/Journal/)).toHaveLength(3));
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'tag' } });
    expect(screen.queryByRole('region', { name: /Journal/ })).toBeNull();
    expect(items(/Tags/)).toHaveLength(2);
  });

  it('moves through the list with the arrow keys', async () => {
    setUp(all);
    render(<MemosView codebook={codebook} />);
    await waitFor(() => expect(items(/Journal/)).toHaveLength(3));
    const [first, second] = items(/Journal/);
    first!.focus();
    fireEvent.keyDown(first!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(second);
    fireEvent.keyDown(second!, { key: 'End' });
    expect(document.activeElement?.textContent).toContain('Deleted tag');
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toBe(first);
  });

  it('opens a memo chosen in the list in the editor, with its preview', async () => {
    setUp(all);
    render(<MemosView codebook={codebook} />);
    await waitFor(() => expect(items(/Journal/)).toHaveLength(3));
    fireEvent.click(items(/Journal/)[1]!);
    expect(bodyField().value).toBe(untitled.body);
    expect(screen.getByRole('heading', { level: 2, name: 'Journal entry' })).toBeTruthy();
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(preview.querySelector('strong')?.textContent).toBe('bold');
    expect(items(/Journal/)[1]!.getAttribute('aria-current')).toBe('true');
  });
});

describe('MemosView: writing', () => {
  it('saves a new journal entry as a memo on the project', async () => {
    const { bridge } = setUp([]);
    render(<MemosView codebook={codebook} />);
    fireEvent.click(screen.getByRole('button', { name: 'New journal entry' }));
    fireEvent.change(titleField(), { target: { value: 'Day one' } });
    fireEvent.change(bodyField(), { target: { value: 'Started coding the *wire* stories.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(bridge.notes.create).toHaveBeenCalledTimes(1));
    expect(bridge.notes.create).toHaveBeenCalledWith({ about: { kind: 'project' }, title: 'Day one', body: 'Started coding the *wire* stories.' });
    await waitFor(() => expect(items(/Journal/)[0]?.textContent).toContain('Day one'));
    expect(screen.getByRole('status', { name: '' }).textContent).toBe('Saved.');
    expect(bridge.notes.update).not.toHaveBeenCalled();
  });

  it('saves a memo on a document with Ctrl+Enter, created on the first save', async () => {
    const { bridge } = setUp([]);
    render(<MemosView codebook={codebook} draft={{ kind: 'document', id: 'doc-1' }} />);
    await screen.findByRole('heading', { level: 2, name: 'Memo on “Ceasefire talks stall”' });
    fireEvent.change(bodyField(), { target: { value: 'Leans on official sources.' } });
    fireEvent.keyDown(bodyField(), { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(bridge.notes.create).toHaveBeenCalledWith({ about: { kind: 'document', id: 'doc-1' }, title: '', body: 'Leans on official sources.' }));
    // Saved once, the memo is edited from then on.
    fireEvent.change(bodyField(), { target: { value: 'Leans on official sources, mostly.' } });
    fireEvent.keyDown(bodyField(), { key: 'Enter', metaKey: true });
    await waitFor(() => expect(bridge.notes.update).toHaveBeenCalledWith({ id: 'memo-new-1', title: '', body: 'Leans on official sources, mostly.' }));
    expect(bridge.notes.create).toHaveBeenCalledTimes(1);
  });

  it('opens the memo a tag has instead of starting a second one', async () => {
    const { bridge } = setUp([memo({ id: 'm-syria', title: 'Scope', body: 'Only the state.', about: { kind: 'tag', id: 'tag-syria' } })]);
    render(<MemosView codebook={codebook} draft={{ kind: 'tag', id: 'tag-syria' }} />);
    await waitFor(() => expect(bodyField().value).toBe('Only the state.'));
    expect(screen.getByRole('heading', { level: 2, name: 'Memo on the tag “region/Syria”' })).toBeTruthy();
    fireEvent.change(titleField(), { target: { value: 'Scope of the tag' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(bridge.notes.update).toHaveBeenCalledWith({ id: 'm-syria', title: 'Scope of the tag', body: 'Only the state.' }));
    expect(bridge.notes.create).not.toHaveBeenCalled();
  });

  it('edits a memo through notes:update, and keeps Save off until something changed', async () => {
    const { bridge } = setUp([memo({ id: 'j-edit', title: 'Sampling', body: 'Two weeks.' })]);
    render(<MemosView codebook={codebook} memoId="j-edit" />);
    await waitFor(() => expect(bodyField().value).toBe('Two weeks.'));
    const save = screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.change(bodyField(), { target: { value: 'Two weeks, May 2016.' } });
    expect(save.disabled).toBe(false);
    fireEvent.click(save);
    await waitFor(() => expect(bridge.notes.update).toHaveBeenCalledWith({ id: 'j-edit', title: 'Sampling', body: 'Two weeks, May 2016.' }));
    await waitFor(() => expect(save.disabled).toBe(true));
  });

  it('keeps unsaved words when the view is left and opened again', async () => {
    setUp([memo({ id: 'j-keep', body: 'Saved words.' })]);
    const first = render(<MemosView codebook={codebook} memoId="j-keep" />);
    await waitFor(() => expect(bodyField().value).toBe('Saved words.'));
    fireEvent.change(bodyField(), { target: { value: 'Saved words. And more.' } });
    first.unmount();
    render(<MemosView codebook={codebook} />);
    await waitFor(() => expect(bodyField().value).toBe('Saved words. And more.'));
    expect(screen.getByRole('button', { name: /unsaved changes/ })).toBeTruthy();
  });

  it('deletes a memo only once confirmed', async () => {
    const { bridge } = setUp([memo({ id: 'j-del', title: 'Scratch' })]);
    render(<MemosView codebook={codebook} memoId="j-del" />);
    await screen.findByRole('heading', { level: 2, name: 'Scratch' });
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(bridge.notes.delete).not.toHaveBeenCalled();
    const confirm = screen.getByRole('alertdialog', { name: 'Delete this memo' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(bridge.notes.delete).toHaveBeenCalledWith({ id: 'j-del' }));
    await screen.findByText('Choose a memo, or start a new journal entry.');
    expect(items(/Journal/)).toHaveLength(0);
  });

  it('shows what main answers when it refuses, and keeps the text', async () => {
    const { bridge } = setUp([]);
    const refusal = 'A memo can be at most 200,000 characters; this one has 200,001. Split it into several memos.';
    bridge.notes.create.mockResolvedValueOnce(fail('invalid-input', refusal));
    render(<MemosView codebook={codebook} draft={{ kind: 'document', id: 'doc-1' }} />);
    const long = 'x'.repeat(200_001);
    fireEvent.change(bodyField(), { target: { value: long } });
    expect(screen.getByText(/200,001 of 200,000 characters/).textContent).toContain('1 too many');
    expect(bodyField().getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe(refusal);
    expect(bodyField().value).toBe(long);
  });

  it('says nothing of the limit far from it, and counts near it', async () => {
    setUp([]);
    render(<MemosView codebook={codebook} draft={{ kind: 'project' }} />);
    fireEvent.change(bodyField(), { target: { value: 'short' } });
    expect(screen.queryByText(/of 200,000 characters/)).toBeNull();
    fireEvent.change(bodyField(), { target: { value: 'y'.repeat(190_000) } });
    expect(screen.getByText('190,000 of 200,000 characters')).toBeTruthy();
    expect(bodyField().getAttribute('aria-describedby')).toBe(screen.getByText('190,000 of 200,000 characters').id);
  });
});
