import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { DEV_RENDERER_CSP, RENDERER_CSP } from './src/main/security/csp';

/** Writes the renderer's CSP into index.html: the strict one in builds, a looser one for the dev server. */
function contentSecurityPolicy(): Plugin {
  let policy = RENDERER_CSP;
  return {
    name: 'scholia:content-security-policy',
    configResolved(config) {
      policy = config.command === 'serve' ? DEV_RENDERER_CSP : RENDERER_CSP;
    },
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  main: {
    build: { outDir: 'out/main' },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only electron itself, so zod is bundled in.
      externalizeDeps: false,
      rolldownOptions: {
        // Sandboxed preloads cannot be ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react(), contentSecurityPolicy()],
    build: {
      outDir: resolve('out/renderer'),
      // Data: URLs would need a looser CSP; every asset stays a file.
      assetsInlineLimit: 0,
    },
  },
});
