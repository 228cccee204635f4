/**
 * Opening a link from a note in the user's browser. The renderer asks only
 * when the user clicks a link; main still trusts nothing it is sent: only a
 * well-formed http(s) address without credentials is handed to the system,
 * and at most one a second, so a page gone wrong cannot open a flood of tabs.
 */
import { ScholiaFailure } from '../../shared/result';

export const MAX_LINK_LENGTH = 2_048;
const MIN_INTERVAL_MS = 1_000;

/** The address to open, normalised, or a failure saying why it is refused. */
export function checkedExternalUrl(raw: string): string {
  if (raw.length > MAX_LINK_LENGTH) throw refuse(`a link longer than ${MAX_LINK_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuse('something that is not a web address');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw refuse(`a ${url.protocol.replace(/:$/, '')} link; only web (http and https) links open`);
  if (url.username !== '' || url.password !== '') throw refuse('a link carrying a user name or password');
  if (url.hostname === '') throw refuse('a link without a host');
  // Normalising (punycode, percent-encoding) can lengthen an address; what is opened is held to the limit too.
  if (url.href.length > MAX_LINK_LENGTH) throw refuse(`a link longer than ${MAX_LINK_LENGTH} characters`);
  return url.href;
}

/** Opens checked links through `open` (the system browser), refusing them when they come faster than a click could. */
export function createLinkOpener(open: (url: string) => Promise<void>, now: () => number = Date.now): (raw: string) => Promise<null> {
  let last = Number.NEGATIVE_INFINITY;
  return async (raw) => {
    const url = checkedExternalUrl(raw);
    if (now() - last < MIN_INTERVAL_MS) throw new ScholiaFailure('invalid-input', 'Links open one at a time; try again in a moment.');
    last = now();
    await open(url);
    return null;
  };
}

const refuse = (what: string) => new ScholiaFailure('invalid-input', `Scholia does not open ${what}.`);
