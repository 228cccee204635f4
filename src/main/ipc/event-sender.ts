/**
 * Sends the contract's events to the window. The same guard as for calls
 * applies the other way: an event goes only to a window whose top frame is
 * the app's own page, so a window that navigated elsewhere hears nothing.
 */
import { events, type EventName, type PayloadOf } from '../../shared/api';
import { toChangeEvent, type ChangeFeed } from '../changes/change-feed';
import type { SenderFrame } from '../security/sender-guard';

/** The slice of a BrowserWindow used here, so tests can send to a fake. */
export interface EventWindow {
  isDestroyed(): boolean;
  webContents: { mainFrame: SenderFrame | null; send(channel: string, payload: unknown): void };
}

export type SendEvent = <E extends EventName>(name: E, payload: PayloadOf<E>) => boolean;

/** Sends to whichever window `windowOf` answers, if it is trusted; answers whether it was sent. */
export function createEventSender(windowOf: () => EventWindow | null, isTrusted: (frame: SenderFrame | null) => boolean): SendEvent {
  return (name, payload) => {
    const window = windowOf();
    if (!window || window.isDestroyed() || !isTrusted(window.webContents.mainFrame)) return false;
    window.webContents.send(events[name].channel, payload);
    return true;
  };
}

/** Announces every commit of the feed to the window, as scopes and ids; returns a function that stops. */
export function forwardChanges(feed: ChangeFeed, send: SendEvent): () => void {
  return feed.subscribe((commit) => void send('onDidChange', toChangeEvent(commit)));
}
