import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeTypeOf, resolveAppAsset } from '../../../src/main/security/app-protocol';

const root = '/opt/scholia/out/renderer';

describe('resolveAppAsset', () => {
  it.each([
    ['scholia://app/', join(root, 'index.html')],
    ['scholia://app/index.html', join(root, 'index.html')],
    ['scholia://app/assets/index-abc.js?v=1', join(root, 'assets/index-abc.js')],
    ['scholia://app/assets/a%20b.css', join(root, 'assets/a b.css')],
  ])('serves %s from the renderer folder', (url, file) => {
    expect(resolveAppAsset(url, root)).toBe(file);
  });

  it.each([
    'scholia://app/../main/index.js',
    'scholia://app/%2e%2e/%2e%2e/etc/passwd',
    'scholia://app/..%2f..%2fetc%2fpasswd',
    'scholia://app/assets/..%5c..%5c..%5cetc%5cpasswd',
  ])('never resolves %s outside the renderer folder', (url) => {
    const file = resolveAppAsset(url, root);
    if (file !== null) expect(file.startsWith(`${root}/`)).toBe(true);
  });

  it.each([
    'scholia://app/assets/%00.js',
    'scholia://app/%E0%A4%A',
    'scholia://evil/index.html',
    'file:///etc/passwd',
    'https://example.com/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppAsset(url, root)).toBeNull();
  });

  it('names the types the renderer needs and treats the rest as opaque bytes', () => {
    expect(mimeTypeOf('a.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeOf('a.woff2')).toBe('font/woff2');
    expect(mimeTypeOf('a.exe')).toBe('application/octet-stream');
  });
});
