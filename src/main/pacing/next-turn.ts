/** Lets timers, I/O and the window's calls run before main's next piece of work. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
