import { describe, expect, it } from 'vitest';
import { hardenWebContents, type HardenableContents } from '../../../src/main/security/harden-web-contents';

function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault(): void }) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  let permissionRequest: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
  let permissionCheck: ((c: unknown, p: string) => boolean) | undefined;
  const contents: HardenableContents = {
    on: (event, listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler) => (openHandler = handler),
    session: {
      setPermissionRequestHandler: (handler) => (permissionRequest = handler),
      setPermissionCheckHandler: (handler) => (permissionCheck = handler),
    },
  };
  const fire = (event: string) => {
    let prevented = false;
    listeners.get(event)?.({ preventDefault: () => (prevented = true) });
    return prevented;
  };
  return { contents, fire, open: (url: string) => openHandler?.({ url }), permissionRequest: () => permissionRequest, permissionCheck: () => permissionCheck };
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s', (event) => {
    const fake = fakeContents();
    hardenWebContents(fake.contents);
    expect(fake.fire(event)).toBe(true);
  });

  it('denies every new window', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents);
    expect(fake.open('https://example.com')).toEqual({ action: 'deny' });
    expect(fake.open('scholia://app/index.html')).toEqual({ action: 'deny' });
  });

  it('refuses every permission request and check', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      let granted: boolean | undefined;
      fake.permissionRequest()?.(null, permission, (answer) => (granted = answer));
      expect(granted, permission).toBe(false);
      expect(fake.permissionCheck()?.(null, permission), permission).toBe(false);
    }
  });
});
