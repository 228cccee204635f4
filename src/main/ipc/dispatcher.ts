/**
 * Turns the contract and a set of handlers into one `dispatch(channel, input)`
 * function: the single place where untrusted input is validated and where
 * exceptions become `{ code, message }` values. Electron's ipcMain and the e2e
 * test server both call it, so both exercise exactly the same checks.
 */
import type { z } from 'zod';
import { contract, isChannel, type Channel, type OutputOf, type ParsedInputOf } from '../../shared/api';
import { ScholiaFailure, fail, type Answer } from '../../shared/result';

export type Handlers = {
  [C in Channel]: (input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>>;
};

export type Dispatch = (channel: unknown, input: unknown) => Promise<Answer<unknown>>;

/** Runs one call and tells which notebook revision its answer reflects (see ChangeFeed.track). */
export type Track = <T>(run: () => T | Promise<T>) => Promise<{ value: T; revision: number }>;

export interface DispatcherOptions {
  /** Where unexpected errors are reported; the renderer only sees a generic message. */
  logError?: (channel: string, error: unknown) => void;
  /** Stamps each answer with its revision; without it answers carry none. */
  track?: Track;
}

export function createDispatcher(handlers: Handlers, options: DispatcherOptions = {}): Dispatch {
  const logError = options.logError ?? ((channel, error) => console.error(`[scholia] ${channel} failed:`, error));
  return async (channel, input) => {
    if (!isChannel(channel)) return fail('unknown-method', `There is no method called ${describe(channel)}.`);
    const parsed = contract[channel].input.safeParse(input);
    if (!parsed.success) return fail('invalid-input', explain(channel, parsed.error));
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      if (!options.track) return { ok: true, value: await handler(parsed.data) };
      const { value, revision } = await options.track(() => handler(parsed.data));
      return { ok: true, value, revision };
    } catch (error) {
      if (error instanceof ScholiaFailure) return fail(error.code, error.message);
      logError(channel, error);
      return fail('internal', 'Something went wrong inside Scholia. Please try again; if it happens again, restart Scholia.');
    }
  };
}

function explain(channel: Channel, error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return `The input to ${channel} is not valid.`;
  const where = issue.path.length > 0 ? ` at "${issue.path.join('.')}"` : '';
  return `The input to ${channel} is not valid${where}: ${issue.message}.`;
}

function describe(channel: unknown): string {
  if (typeof channel !== 'string') return `of type ${typeof channel}`;
  return JSON.stringify(channel.length > 80 ? `${channel.slice(0, 80)}…` : channel);
}
