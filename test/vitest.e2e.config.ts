import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A view's figures come from a worker that may still be starting on a loaded machine: a poll waits for them, not one second.
    expect: { poll: { timeout: 10_000 } },
    // One browser at a time fits a 2-core machine and keeps timings honest.
    fileParallelism: false,
    // Lists each test, so a skipped one shows why it was skipped.
    reporters: ['verbose'],
  },
});
