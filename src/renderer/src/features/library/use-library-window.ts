import { useState } from 'react';
import type { LibraryQuery, ListedDocument } from '../../../../shared/library-query';
import { LIBRARY_PAGE_SIZE, libraryPageQuestion } from '../../data/queries';
import { useQueries } from '../../data/use-query';

export interface LibraryWindow {
  /** Documents the query finds; the last known count while a new query is answered. */
  total: number;
  /** Documents in the library, found or not. */
  libraryTotal: number;
  /** True until the first page of this query is answered. */
  loading: boolean;
  error: string | null;
  /** The document at a place in the list, once its page is here. */
  documentAt: (index: number) => ListedDocument | undefined;
  /** Where a document stands in the pages that are here, or -1. */
  indexOf: (id: string) => number;
  /** Changes whenever a page arrives or is answered again, so rows placed by its contents are placed again. */
  contents: string;
  /** Which rows are on screen, so their pages are asked for. */
  show: (first: number, last: number) => void;
}

/**
 * The library list as pages asked of main for the rows in view (and the
 * first page, which says how many there are), so the renderer never holds
 * more of a hundred thousand documents than a few screenfuls.
 */
export function useLibraryWindow(query: LibraryQuery): LibraryWindow {
  const [range, setRange] = useState({ first: 0, last: 0 });
  const pages = [...new Set([0, ...pagesOf(range.first, range.last)])];
  const answers = useQueries(pages.map((page) => libraryPageQuestion(query, page)));
  const first = answers[0]!;
  const [known, setKnown] = useState({ total: 0, libraryTotal: 0 });
  const current = first.data;
  // Kept while rendering (not in an effect) so the count never flickers to 0 between queries.
  if (current && (current.total !== known.total || current.libraryTotal !== known.libraryTotal)) {
    setKnown({ total: current.total, libraryTotal: current.libraryTotal });
  }

  const documentAt = (index: number) => {
    const at = pages.indexOf(Math.floor(index / LIBRARY_PAGE_SIZE));
    return at === -1 ? undefined : answers[at]!.data?.documents[index % LIBRARY_PAGE_SIZE];
  };
  const indexOf = (id: string) => {
    for (const [i, answer] of answers.entries()) {
      const found = answer.data?.documents.findIndex((document) => document.id === id) ?? -1;
      if (found !== -1) return pages[i]! * LIBRARY_PAGE_SIZE + found;
    }
    return -1;
  };
  return {
    total: current?.total ?? known.total,
    libraryTotal: current?.libraryTotal ?? known.libraryTotal,
    loading: current === undefined,
    error: answers.find((answer) => answer.error !== null)?.error ?? null,
    documentAt,
    indexOf,
    contents: pages.map((page, i) => `${page}:${answerId(answers[i]!.data)}`).join(' '),
    show: (firstRow, lastRow) =>
      setRange((previous) => (previous.first === firstRow && previous.last === lastRow ? previous : { first: firstRow, last: lastRow })),
  };
}

function pagesOf(first: number, last: number): number[] {
  const pages: number[] = [];
  for (let page = Math.floor(first / LIBRARY_PAGE_SIZE); page <= Math.floor(last / LIBRARY_PAGE_SIZE); page += 1) pages.push(page);
  return pages;
}

// A number per answer object, to tell a page answered again from the one before without comparing rows.
const answerIds = new WeakMap<object, number>();
let nextAnswerId = 1;
function answerId(data: object | undefined): number {
  if (data === undefined) return 0;
  let id = answerIds.get(data);
  if (id === undefined) answerIds.set(data, (id = nextAnswerId++));
  return id;
}
