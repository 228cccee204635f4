import { describe, expect, it } from 'vitest';
import { isTrustedSender, type SenderFrame } from '../../../src/main/security/sender-guard';

const topFrame = (url: string): SenderFrame => {
  const frame: SenderFrame = { url, top: null };
  frame.top = frame;
  return frame;
};
const origins = ['scholia://app'];

describe('isTrustedSender', () => {
  it('trusts the app page in the top frame', () => {
    expect(isTrustedSender(topFrame('scholia://app/index.html'), origins)).toBe(true);
  });

  it.each([
    ['no frame (destroyed or navigated away)', null],
    ['a foreign origin', topFrame('https://evil.example/index.html')],
    ['a file:// page', topFrame('file:///tmp/index.html')],
    ['a look-alike host', topFrame('scholia://app.evil/index.html')],
    ['a sub-frame of the app page', { url: 'scholia://app/index.html', top: topFrame('scholia://app/index.html') }],
    ['an unparseable url', topFrame('::::')],
  ])('refuses %s', (_name, frame) => {
    expect(isTrustedSender(frame, origins)).toBe(false);
  });
});
