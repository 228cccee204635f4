// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SearchHitView, SearchResultsView } from '../../src/shared/model';
import { ok } from '../../src/shared/result';
import { SearchPanel } from '../../src/renderer/src/features/search/SearchPanel';
import { hitLabel } from '../../src/renderer/src/features/search/search-labels';
import { installFakeBridge, viewOf } from './fake-bridge';

afterEach(cleanup);

const hit = (overrides: Partial<SearchHitView>): SearchHitView => ({
  kind: 'passage',
  itemId: 'p-1',
  blockIndex: null,
  blockKind: null,
  blockOrdinal: null,
  snippet: { text: 'the snippet', highlights: [{ start: 4, end: 11 }], truncatedStart: false, truncatedEnd: false },
  ranges: [],
  tags: [],
  ...overrides,
});

describe('search hits in notes and memos', () => {
  it.each([
    ['a memo', hit({ kind: 'note', itemId: 'memo-1' }), 'Memo'],
    ['a passage found by its note', hit({ tags: ['region/Syria'] }), 'Note'],
    ['a passage found by its quote', hit({ ranges: [{ start: 10, end: 17 }] }), 'Passage'],
    ['a passage found by a tag', hit({ tags: ['region/Syria'], snippet: { text: 'region/Syria', highlights: [{ start: 7, end: 12 }], truncatedStart: false, truncatedEnd: false } }), 'Passage'],
    ['a passage found by tag: alone', hit({ snippet: { text: 'The quote', highlights: [], truncatedStart: false, truncatedEnd: false } }), 'Passage'],
  ])('labels %s', (_, found, label) => {
    expect(hitLabel(found)).toBe(label);
  });

  it('lists memos under Memos with their snippet, and opens the memo chosen', async () => {
    const bridge = installFakeBridge([], viewOf([{ kind: 'paragraph', text: 'Text.' }]));
    const results: SearchResultsView = {
      groups: [
        {
          documentId: 'doc-1',
          documentTitle: 'Ceasefire talks stall',
          hits: [hit({ itemId: 'p-1', snippet: { text: 'a note on framing', highlights: [{ start: 10, end: 17 }], truncatedStart: false, truncatedEnd: false } })],
        },
        {
          documentId: null,
          documentTitle: 'Notes',
          hits: [hit({ kind: 'note', itemId: 'memo-7', snippet: { text: 'Day one: framing of the talks', highlights: [{ start: 9, end: 16 }], truncatedStart: false, truncatedEnd: true } })],
        },
      ],
      totalItems: 2,
      indexing: false,
    };
    Object.assign(bridge, { search: { query: vi.fn(async () => ok(results)) } });
    const onOpen = vi.fn();
    render(<SearchPanel codebook={{ tags: [], byId: new Map(), loading: false }} initialQuery="framing" onQueryChange={() => {}} onOpen={onOpen} onConcordance={() => {}} onClose={() => {}} />);
    const memoHit = await screen.findByRole('button', { name: /Day one/ });
    expect(memoHit.textContent).toBe('MemoDay one: framing of the talks…');
    expect(memoHit.querySelector('mark')?.textContent).toBe('framing');
    expect(screen.getByText('Memos')).toBeTruthy();
    expect(screen.getByRole('button', { name: /a note on framing/ }).textContent).toBe('Notea note on framing');
    fireEvent.click(memoHit);
    await waitFor(() => expect(onOpen).toHaveBeenCalledWith(results.groups[1], results.groups[1]!.hits[0]));
  });
});
