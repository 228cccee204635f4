import { describe, expect, it } from 'vitest';
import { checkedExternalUrl, createLinkOpener } from '../../../src/main/security/external-links';

describe('checkedExternalUrl', () => {
  it.each([
    ['https://www.state.gov/remarks?id=1#p4', 'https://www.state.gov/remarks?id=1#p4'],
    ['http://example.org', 'http://example.org/'],
    ['HTTPS://EXAMPLE.ORG/A', 'https://example.org/A'],
    ['https://bücher.example/', 'https://xn--bcher-kva.example/'],
  ])('lets %s through as %s', (raw, expected) => {
    expect(checkedExternalUrl(raw)).toBe(expected);
  });

  it.each([
    ['javascript:alert(1)', /javascript link/],
    ['file:///etc/passwd', /file link/],
    ['smb://attacker.example/share', /smb link/],
    ['data:text/html,<script>alert(1)</script>', /data link/],
    ['ms-msdt:/id PCWDiagnostic', /ms-msdt link/],
    ['vscode://file/etc/passwd', /vscode link/],
    ['https://user:secret@example.org/', /user name or password/],
    ['/relative/path', /not a web address/],
    ['not a url', /not a web address/],
    [`https://example.org/${'a'.repeat(2_100)}`, /longer than 2048/],
    [`https://example.org/${'ü'.repeat(700)}`, /longer than 2048/],
  ])('refuses %s', (raw, reason) => {
    expect(() => checkedExternalUrl(raw)).toThrowError(reason);
  });
});

describe('createLinkOpener', () => {
  it('hands only checked addresses to the system, one a second at most', async () => {
    const opened: string[] = [];
    let clock = 10_000;
    const open = createLinkOpener(async (url) => void opened.push(url), () => clock);

    await expect(open('https://example.org/one')).resolves.toBeNull();
    await expect(open('https://example.org/two')).rejects.toThrow(/one at a time/);
    await expect(open('file:///etc/passwd')).rejects.toThrow(/file link/);
    clock += 1_000;
    await open('https://example.org/three');

    expect(opened).toEqual(['https://example.org/one', 'https://example.org/three']);
  });
});
