import { describe, expect, it } from 'vitest';
import { linkableAddress } from '../../../src/main/outputs/linkable-address';

describe('linkable web addresses', () => {
  it.each([
    ['https://example.com/world/syria-truce', true],
    ['http://example.org/a?b=c#d', true],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['scholia://document/doc-truce', false],
    ['https://user:secret@example.com/', false],
    ['https://example.com/with space', false],
    ['https://example.com/<tag>', false],
    ['https://', false],
  ])('%s → %s', (url, expected) => {
    expect(linkableAddress(url)).toBe(expected);
  });
});
