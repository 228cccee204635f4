/**
 * Which web addresses a report makes into links: http and https only, with
 * a host and no user name or password, so a report never carries a link
 * that runs something (javascript:, file:) or hides credentials.
 */

/** True when `url` may be written as a clickable link. */
export function linkableAddress(url: string): boolean {
  if (!/^https?:\/\/[^\s<>]+$/i.test(url)) return false;
  try {
    const parsed = new URL(url);
    return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}
