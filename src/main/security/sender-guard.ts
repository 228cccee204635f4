/** What the guard needs to know about the frame that sent an IPC message. */
export interface SenderFrame {
  url: string;
  /** The frame's top frame; a sub-frame has a top that is not itself. */
  top: unknown;
}

/**
 * Decides whether an IPC message comes from the app's own page: a live frame,
 * the top frame (not an embedded one), on one of the allowed origins.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, allowedOrigins: readonly string[]): boolean {
  if (!frame) return false;
  if (frame.top !== frame) return false;
  let origin: string;
  try {
    const url = new URL(frame.url);
    // Custom schemes report an opaque origin ("null"), so compare scheme://host instead.
    origin = `${url.protocol}//${url.host}`;
  } catch {
    return false;
  }
  return allowedOrigins.includes(origin);
}
