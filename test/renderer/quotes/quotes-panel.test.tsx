// @vitest-environment happy-dom
/** The Quotes list beside the reader, against the fake bridge: tabs, each row's actions, accept all with the pattern's preview. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DocumentQuotes, QuoteSuggestion } from '../../../src/shared/quote-review';
import { ok } from '../../../src/shared/result';
import { SidePane } from '../../../src/renderer/src/features/quotes/SidePane';
import { setQuotePattern } from '../../../src/renderer/src/features/quotes/quote-pattern';
import { DEFAULT_QUOTE_PATTERN } from '../../../src/shared/quote-review';
import { currentContext } from '../../../src/renderer/src/commands/command-context';
import { installFakeBridge, summary, viewOf } from '../fake-bridge';

afterEach(() => {
  cleanup();
  setQuotePattern(DEFAULT_QUOTE_PATTERN);
});

const quote = (id: string, start: number, overrides: Partial<QuoteSuggestion> = {}): QuoteSuggestion => ({
  id,
  start,
  end: start + 20,
  parts: [{ start: start + 1, end: start + 19 }],
  text: `Words of ${id}`,
  kind: 'direct',
  via: 'name',
  foundSpeaker: 'Kerry',
  correctedSpeaker: null,
  accepted: false,
  ...overrides,
});

function setUp(quotes: QuoteSuggestion[]) {
  const bridge = installFakeBridge([summary()], viewOf([{ kind: 'paragraph', text: 'x' }]));
  let held: DocumentQuotes = { documentId: 'doc-1', quotes, rejected: 0 };
  bridge.quotes.forDocument.mockImplementation(async () => ok(held));
  bridge.quotes.reject.mockImplementation(async ({ ids }) => {
    held = { ...held, quotes: held.quotes.filter((q) => !ids.includes(q.id)), rejected: held.rejected + ids.length };
    return ok(held);
  });
  bridge.quotes.setSpeaker.mockImplementation(async ({ id, speaker }) => {
    held = { ...held, quotes: held.quotes.map((q) => (q.id === id ? { ...q, correctedSpeaker: speaker } : q)) };
    return ok(held);
  });
  bridge.quotes.accept.mockImplementation(async ({ ids }) => ok({ created: ids.length, alreadyCoded: 0, tagPaths: ['quotes/Kerry'] }));
  const onJump = vi.fn();
  render(<SidePane documentId="doc-1" passages={<p>the passages</p>} onJump={onJump} />);
  return { bridge, onJump };
}

async function openQuotes() {
  fireEvent.click(screen.getByRole('tab', { name: /Quotes/ }));
  return screen.findByRole('list', { name: 'Quotations in reading order' });
}

describe('the Quotes tab', () => {
  it('is a tablist beside the passages; arrow keys move between the tabs', async () => {
    setUp([quote('q1', 10)]);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).toEqual(['true', 'false']);
    expect(screen.getByRole('tabpanel')).toHaveProperty('textContent', 'the passages');
    fireEvent.keyDown(tabs[0]!, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: /Quotes/ }).getAttribute('aria-selected')).toBe('true');
    expect(await screen.findByRole('list', { name: 'Quotations in reading order' })).toBeTruthy();
  });

  it('shows each quote with its speaker, kind and how it was found, an unknown speaker as such', async () => {
    setUp([quote('q1', 10), quote('q2', 40, { foundSpeaker: null, via: 'unknown', kind: 'indirect' })]);
    const list = await openQuotes();
    const rows = within(list).getAllByRole('article');
    expect(rows.map((row) => row.getAttribute('aria-label'))).toEqual(['Quote by Kerry', 'Quote by Unknown speaker']);
    expect(within(rows[0]!).getByText('direct')).toBeTruthy();
    expect(within(rows[0]!).getByText('by name')).toBeTruthy();
    expect(within(rows[1]!).getByText('indirect')).toBeTruthy();
    expect(within(rows[1]!).getByText('no speaker found')).toBeTruthy();
  });

  it('jumps to a quote in the reader when its words are clicked', async () => {
    const { onJump } = setUp([quote('q1', 10)]);
    const list = await openQuotes();
    fireEvent.click(within(list).getByRole('button', { name: /Words of q1/ }));
    expect(onJump).toHaveBeenCalledWith({ start: 10, end: 30 });
  });

  it('previews the tags accept all will make from the pattern, and accepts every open quote with it', async () => {
    const { bridge } = setUp([quote('q1', 10), quote('q2', 40, { foundSpeaker: null }), quote('q3', 70, { accepted: true })]);
    await openQuotes();
    const field = screen.getByLabelText('Tag pattern');
    fireEvent.change(field, { target: { value: 'speech/<Kind>/<Speaker>' } });
    const preview = document.getElementById(field.getAttribute('aria-describedby')!)!;
    expect(preview.textContent).toBe('Creates speech/direct/Kerry, speech/direct/Unknown speaker');
    fireEvent.click(screen.getByRole('button', { name: 'Accept all (2)' }));
    await waitFor(() => expect(bridge.quotes.accept).toHaveBeenCalledWith({ documentId: 'doc-1', ids: ['q1', 'q2'], pattern: 'speech/<Kind>/<Speaker>' }));
    expect(within(screen.getAllByRole('article')[2]!).getByText('Coded')).toBeTruthy();
  });

  it('rejects a quote, which leaves the list', async () => {
    const { bridge } = setUp([quote('q1', 10), quote('q2', 40, { foundSpeaker: 'Zarif' })]);
    await openQuotes();
    fireEvent.click(screen.getByRole('button', { name: 'Reject quote by Zarif' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
    expect(bridge.quotes.reject).toHaveBeenCalledWith({ documentId: 'doc-1', ids: ['q2'] });
    expect(screen.getByText('One rejected quote is hidden.')).toBeTruthy();
  });

  it('edits a speaker inline: Enter saves, Escape cancels', async () => {
    const { bridge } = setUp([quote('q1', 10, { foundSpeaker: null, via: 'unknown' })]);
    await openQuotes();
    fireEvent.click(screen.getByRole('button', { name: 'Edit speaker of the quote by Unknown speaker' }));
    let field = screen.getByRole('textbox', { name: /Speaker of this quote/ });
    fireEvent.change(field, { target: { value: 'Zarif' } });
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(screen.queryByRole('textbox', { name: /Speaker of this quote/ })).toBeNull();
    expect(bridge.quotes.setSpeaker).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Edit speaker of the quote by Unknown speaker' }));
    field = screen.getByRole('textbox', { name: /Speaker of this quote/ });
    fireEvent.change(field, { target: { value: 'John Kerry' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    await waitFor(() => expect(screen.getByRole('article').getAttribute('aria-label')).toBe('Quote by John Kerry'));
    expect(bridge.quotes.setSpeaker).toHaveBeenCalledWith({ documentId: 'doc-1', id: 'q1', speaker: 'John Kerry' });
    expect(screen.getByText('(corrected)', { exact: false })).toBeTruthy();
  });

  it('offers the palette accept all while open quotes remain', async () => {
    const { bridge } = setUp([quote('q1', 10)]);
    await waitFor(() => expect(currentContext().quotes?.openCount).toBe(1));
    currentContext().quotes!.acceptAll();
    await waitFor(() => expect(bridge.quotes.accept).toHaveBeenCalledWith({ documentId: 'doc-1', ids: ['q1'], pattern: DEFAULT_QUOTE_PATTERN }));
  });
});
