import { CHANNELS } from '../../shared/api';
import { fail } from '../../shared/result';
import type { SenderFrame } from '../security/sender-guard';
import type { Dispatch } from './dispatcher';

/** The slice of ipcMain used here, so tests can register against a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: SenderFrame | null }, input: unknown) => unknown): void;
}

/**
 * Registers one handler per contract channel, each behind the sender guard;
 * an untrusted sender gets a `forbidden` error and reaches no service.
 */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  dispatch: Dispatch,
  isTrusted: (frame: SenderFrame | null) => boolean,
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input) => {
      if (!isTrusted(event.senderFrame)) {
        return fail('forbidden', 'This request did not come from the Scholia window and was refused.');
      }
      return dispatch(channel, input);
    });
  }
}
