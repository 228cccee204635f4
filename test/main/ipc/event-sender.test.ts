import { describe, expect, it } from 'vitest';
import { ChangeFeed } from '../../../src/main/changes/change-feed';
import { createEventSender, forwardChanges, type EventWindow } from '../../../src/main/ipc/event-sender';
import { isTrustedSender, type SenderFrame } from '../../../src/main/security/sender-guard';

const ORIGINS = ['scholia://app'];

function fakeWindow(url: string, options: { destroyed?: boolean; subFrame?: boolean } = {}) {
  const sent: [string, unknown][] = [];
  const frame: SenderFrame = { url, top: null };
  frame.top = options.subFrame ? {} : frame;
  const window: EventWindow = {
    isDestroyed: () => options.destroyed ?? false,
    webContents: { mainFrame: frame, send: (channel, payload) => sent.push([channel, payload]) },
  };
  return { window, sent };
}

describe('events to the window', () => {
  it('sends each commit as notebook:changed, with scopes and ids only', () => {
    const feed = new ChangeFeed();
    const { window, sent } = fakeWindow('scholia://app/index.html');
    forwardChanges(feed, createEventSender(() => window, (frame) => isTrustedSender(frame, ORIGINS)));
    feed.publish([{ scope: 'notices', kind: 'added', ids: ['n1'] }]);
    expect(sent).toEqual([['notebook:changed', { revision: 1, changes: [{ scope: 'notices', kind: 'added', ids: ['n1'] }] }]]);
  });

  it.each([
    ['a window that navigated to another origin', fakeWindow('https://evil.example/'), true],
    ['a window whose top frame is not its own', fakeWindow('scholia://app/index.html', { subFrame: true }), true],
    ['a destroyed window', fakeWindow('scholia://app/index.html', { destroyed: true }), true],
    ['no window at all', null, true],
    ['the app window', fakeWindow('scholia://app/index.html'), false],
  ])('refuses to send to %s', (_name, target, refused) => {
    const send = createEventSender(() => target?.window ?? null, (frame) => isTrustedSender(frame, ORIGINS));
    expect(send('onDidChange', { revision: 1, changes: [] })).toBe(!refused);
    expect(target?.sent.length ?? 0).toBe(refused ? 0 : 1);
  });

  it('stops sending once unsubscribed', () => {
    const feed = new ChangeFeed();
    const { window, sent } = fakeWindow('scholia://app/index.html');
    const stop = forwardChanges(feed, createEventSender(() => window, () => true));
    stop();
    feed.publish([{ scope: 'backups' }]);
    expect(sent).toEqual([]);
  });
});
