import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../src/shared/api';
import { ok } from '../../../src/shared/result';
import { registerIpcHandlers, type IpcMainLike } from '../../../src/main/ipc/register-ipc';
import type { SenderFrame } from '../../../src/main/security/sender-guard';

type Listener = Parameters<IpcMainLike['handle']>[1];

function register(isTrusted: (frame: SenderFrame | null) => boolean) {
  const handlers = new Map<string, Listener>();
  const dispatch = vi.fn(async (channel: unknown) => ok(`called ${String(channel)}`));
  registerIpcHandlers({ handle: (channel, listener) => handlers.set(channel, listener) }, dispatch, isTrusted);
  return { handlers, dispatch };
}

const frame: SenderFrame = { url: 'scholia://app/index.html', top: null };

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per contract channel', () => {
    const { handlers } = register(() => true);
    expect([...handlers.keys()]).toEqual(CHANNELS);
  });

  it('passes trusted calls to the dispatcher with their channel', async () => {
    const { handlers, dispatch } = register(() => true);
    const result = await handlers.get('library:list')!({ senderFrame: frame }, undefined);
    expect(result).toEqual(ok('called library:list'));
    expect(dispatch).toHaveBeenCalledWith('library:list', undefined);
  });

  it('asks the guard about the frame that actually sent the message', async () => {
    const seen: (SenderFrame | null)[] = [];
    const { handlers } = register((frame) => {
      seen.push(frame);
      return true;
    });
    await handlers.get('library:list')!({ senderFrame: frame }, undefined);
    await handlers.get('library:list')!({ senderFrame: null }, undefined);
    expect(seen).toEqual([frame, null]);
  });

  it('refuses untrusted senders before any service runs', async () => {
    const { handlers, dispatch } = register(() => false);
    for (const channel of CHANNELS) {
      expect(await handlers.get(channel)!({ senderFrame: null }, undefined)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });
});
