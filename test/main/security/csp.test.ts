import { describe, expect, it } from 'vitest';
import { DEV_RENDERER_CSP, RENDERER_CSP } from '../../../src/main/security/csp';

const directives = (policy: string) =>
  new Map(policy.split(';').map((part) => {
    const [name, ...sources] = part.trim().split(/\s+/);
    return [name!, sources] as const;
  }));

describe('RENDERER_CSP', () => {
  const policy = directives(RENDERER_CSP);

  it('denies everything by default', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
  });

  it('allows scripts, styles, fonts and images only from the app itself', () => {
    for (const name of ['script-src', 'style-src', 'font-src', 'img-src']) expect(policy.get(name)).toEqual(["'self'"]);
  });

  it('allows no network connection, plugin, frame, worker, form or base change', () => {
    for (const name of ['connect-src', 'object-src', 'frame-src', 'worker-src', 'form-action', 'base-uri', 'media-src']) {
      expect(policy.get(name), name).toEqual(["'none'"]);
    }
  });

  it('never allows inline or evaluated code, or remote hosts', () => {
    expect(RENDERER_CSP).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|https?:|\*|data:|blob:/);
  });

  it('loosens only script, style and connect for the dev server', () => {
    const dev = directives(DEV_RENDERER_CSP);
    for (const [name, sources] of policy) {
      if (!['script-src', 'style-src', 'connect-src'].includes(name)) expect(dev.get(name), name).toEqual(sources);
    }
    expect(dev.get('script-src')).not.toContain("'unsafe-eval'");
  });
});
