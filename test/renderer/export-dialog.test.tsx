// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportReport } from '../../src/shared/exports';
import type { LibraryQuery } from '../../src/shared/library-query';
import { fail, ok } from '../../src/shared/result';
import type { Codebook } from '../../src/renderer/src/data/tags';
import { ExportDialog } from '../../src/renderer/src/features/exports/ExportDialog';
import { setLibraryQuery } from '../../src/renderer/src/features/library/library-query-store';
import { installFakeBridge, summary, tagView, viewOf } from './fake-bridge';

afterEach(cleanup);

const tag = (id: string, path: string) => tagView(id, path, 1);
const tags = [tag('t-actors', 'actors'), tag('t-kerry', 'actors/Kerry')];
const codebook: Codebook = { tags, byId: new Map(tags.map((t) => [t.id, t])), loading: false };

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

function renderDialog(openDocumentId: string | null = null, libraryQuery?: LibraryQuery) {
  const bridge = installFakeBridge([summary({ id: 'doc-1', title: 'Kerry in Oslo' })], { ...viewOf([{ kind: 'paragraph', text: 'Text.' }]), id: 'doc-1', title: 'Kerry in Oslo' });
  if (libraryQuery) setLibraryQuery(libraryQuery);
  render(<ExportDialog codebook={codebook} openDocumentId={openDocumentId} onClose={() => {}} />);
  return bridge;
}

describe('the Export dialog', () => {
  it('sends the chosen format, scope and order, shows progress while main writes, then what was written', async () => {
    const bridge = renderDialog();
    const answer = deferred<ReturnType<typeof ok<ExportReport>>>();
    bridge.exports.run.mockImplementation(() => answer.promise as never);
    fireEvent.click(screen.getByRole('radio', { name: /Report \(Word\)/ }));
    fireEvent.click(screen.getByRole('radio', { name: 'By document' }));
    fireEvent.click(screen.getByRole('radio', { name: /A tag and the tags inside it/ }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Tag to export' }), { target: { value: 't-kerry' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export…' }));
    await waitFor(() => expect(bridge.exports.run).toHaveBeenCalledTimes(1));
    const [request] = bridge.exports.run.mock.calls[0] as unknown as [{ jobId: string }];
    expect(request).toEqual({ jobId: expect.any(String), format: 'docx', scope: { kind: 'tag', tagId: 't-kerry' }, reportOrder: 'document' });
    bridge.progress({ jobId: 'another job', step: 'Reading documents', fraction: 0.9 });
    bridge.progress({ jobId: request.jobId, step: 'Reading documents', fraction: 0.3 });
    expect(await screen.findByText('Reading documents… 30%')).toBeTruthy();
    expect((screen.getByRole('progressbar', { name: 'Export progress' }) as HTMLProgressElement).value).toBe(0.3);
    answer.resolve(ok({ fileName: 'Kerry.docx', format: 'docx', documents: 1, passages: 2, bytes: 20_480 }));
    expect(await screen.findByText('Wrote “Kerry.docx”: 1 document, 2 passages, 20 KB.')).toBeTruthy();
  });

  it('offers what the library filter finds only when the list is filtered, and the open document by its title', async () => {
    const bridge = renderDialog('doc-1', { sort: 'added', descending: true, filter: { words: 'oslo' } });
    expect(await screen.findByRole('radio', { name: 'This document: Kerry in Oslo' })).toBeTruthy();
    const filter = screen.getByRole('radio', { name: /library’s filters/ }) as HTMLInputElement;
    expect(filter.checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Export…' }));
    await waitFor(() => expect(bridge.exports.run).toHaveBeenCalled());
    expect(bridge.exports.run.mock.calls[0]).toEqual([expect.objectContaining({ scope: { kind: 'filter', query: { sort: 'added', descending: true, filter: { words: 'oslo' } } } })]);
  });

  it('hides the scope for the codebook alone, and cancels a running export', async () => {
    const bridge = renderDialog();
    expect(screen.queryByRole('radio', { name: /library’s filters/ })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: /REFI-QDA codebook/ }));
    expect(screen.getByText('The whole codebook.')).toBeTruthy();
    const answer = deferred<unknown>();
    bridge.exports.run.mockImplementation(() => answer.promise as never);
    fireEvent.click(screen.getByRole('button', { name: 'Export…' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel export' }));
    const [request] = bridge.exports.run.mock.calls[0] as unknown as [{ jobId: string }];
    expect(bridge.exports.cancel).toHaveBeenCalledWith({ jobId: request.jobId });
    answer.resolve(fail('cancelled', 'The export was cancelled; nothing was written.'));
    // Back to choosing, with nothing shown as failed.
    expect(await screen.findByRole('button', { name: 'Export…' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says why an export failed', async () => {
    const bridge = renderDialog();
    bridge.exports.run.mockImplementation(async () => fail('internal', 'The disk is full.') as never);
    fireEvent.click(screen.getByRole('button', { name: 'Export…' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The disk is full.');
  });
});
