import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/** The longest files first: on a fresh clone there are no timings yet, and the kill test left for last would run alone for minutes. */
const LONGEST = ['test/fault/kill.test.ts', 'test/main/packaging/packed-app.test.ts', 'test/main/ipc/dispatcher.test.ts', 'test/main/importers/import-pool.test.ts'];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const at = LONGEST.findIndex((path) => file.moduleId.endsWith(path));
      return at === -1 ? LONGEST.length : at;
    };
    return [...(await super.sort(files))].sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  plugins: [react()],
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Vitest leaves one core free by default, which is one worker on two cores; the kill test mostly waits on its child.
    maxWorkers: 2,
    // Two files and the kill test's child share two cores, so a test that starts workers can take twice its quiet time; the limit catches hangs, benchmarks time things.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    sequence: { sequencer: LongestFirst },
  },
});
