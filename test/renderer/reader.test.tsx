// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Reader } from '../../src/renderer/src/features/reader/Reader';
import { installFakeBridge, summary, viewOf } from './fake-bridge';

afterEach(cleanup);

const view = viewOf([
  { kind: 'title', text: 'Storm hits coast' },
  { kind: 'standfirst', text: 'Thousands without power.' },
  { kind: 'byline', text: 'The Paper Staff' },
  { kind: 'caption', text: 'Waves over the pier' },
  { kind: 'paragraph', text: 'The storm arrived at dawn.' },
]);

describe('Reader', () => {
  it('sets the headline, standfirst, byline and caption apart from the body', async () => {
    installFakeBridge([summary()], view);
    render(<Reader documentId="doc-1" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Storm hits coast' })).toBeTruthy();
    expect(document.querySelector('.block-standfirst')?.textContent).toBe('Thousands without power.');
    expect(document.querySelector('.byline-line')?.textContent).toBe('ByThe Paper Staff');
    expect(document.querySelector('figure.caption figcaption')?.textContent).toBe('Waves over the pier');
    expect(document.querySelector('p.block-paragraph')?.textContent).toBe('The storm arrived at dawn.');
  });

  it('renders each block with exactly its slice of the text, for anchoring', async () => {
    installFakeBridge([summary()], view);
    render(<Reader documentId="doc-1" />);
    await screen.findByRole('heading', { level: 1 });
    const blocks = [...document.querySelectorAll<HTMLElement>('[data-block]')];
    expect(blocks).toHaveLength(view.blocks.length);
    blocks.forEach((element, index) => {
      const block = view.blocks[index]!;
      expect(element.dataset['start']).toBe(String(block.start));
      expect(element.textContent).toBe(view.text.slice(block.start, block.end));
    });
  });

  it('makes the opened document the one to reopen', async () => {
    const bridge = installFakeBridge([summary()], view);
    render(<Reader documentId="doc-1" />);
    await screen.findByRole('heading', { level: 1 });
    // happy-dom has no layout, so only the document is checked here; the e2e suite checks real positions.
    expect(bridge.session.savePosition).toHaveBeenCalledWith(expect.objectContaining({ documentId: 'doc-1' }));
  });

  it('shows an error instead of the article when the document cannot be read', async () => {
    const bridge = installFakeBridge([summary()], view);
    bridge.documents.get.mockResolvedValue({ ok: false, error: { code: 'not-found', message: 'That document is not in this notebook.' } } as never);
    render(<Reader documentId="doc-1" />);
    expect((await screen.findByRole('alert')).textContent).toBe('That document is not in this notebook.');
  });
});
