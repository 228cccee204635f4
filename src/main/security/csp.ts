/**
 * The renderer's Content-Security-Policy. The app loads nothing from outside
 * itself: no remote script, style, font, image or connection, no plugins, no
 * inline script. It is sent as a response header by the app protocol and
 * written into the built index.html, so it holds however the page is loaded.
 */
const PRODUCTION_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'none'"],
  'media-src': ["'none'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'worker-src': ["'none'"],
  'manifest-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

export function serializeCsp(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

export const RENDERER_CSP = serializeCsp(PRODUCTION_DIRECTIVES);

/**
 * Only for `electron-vite dev`: the dev server's React refresh preamble is an
 * inline script and hot reload needs a websocket to the dev server.
 */
export const DEV_RENDERER_CSP = serializeCsp({
  ...PRODUCTION_DIRECTIVES,
  'script-src': ["'self'", "'unsafe-inline'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'connect-src': ["'self'", 'ws://localhost:*'],
});
