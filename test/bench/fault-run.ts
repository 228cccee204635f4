/**
 * The fault-injection test (test/fault/kill.test.ts) with more kills than the
 * test suite affords, printing its tally: kills survived, acknowledged
 * changes, changes lost.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function runFaultInjection(kills: number, log: (line: string) => void = console.log): Promise<void> {
  return new Promise((resolve, reject) => {
    const vitest = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'test/vitest.unit.config.ts', 'test/fault'], {
      cwd: ROOT,
      env: { ...process.env, FAULT_KILLS: String(kills) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    vitest.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    vitest.on('error', reject);
    vitest.on('exit', (code) => {
      const tally = /\d+ kills survived.*/.exec(output)?.[0];
      log(`\nFault injection (SIGKILL at random moments): ${tally ?? 'no tally printed'}`);
      if (code === 0) resolve();
      else reject(new Error(`the fault-injection run failed:\n${output.slice(-4000)}`));
    });
  });
}
