import { defineConfig } from 'vitest/config';
import { WeightedSequencer } from './test/e2e/sequencer.ts';

// Four projects: `unit` (pure logic and DOM snapshots in happy-dom, fast) and `e2e` (the built
// extension in real Chromium and Firefox; slow, two files at a time), `bench` and `screenshots`.
export default defineConfig({
  test: {
    // Longest E2E files first, from a checked-in table (test/e2e/sequencer.ts).
    sequence: { sequencer: WeightedSequencer },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          environment: 'node',
          // A timeout catches a test that hangs, not one that is slow on a busy machine: key
          // derivations and megabyte round trips take seconds when other work shares the cores.
          testTimeout: 30_000,
          hookTimeout: 30_000,
          // Vitest's default is one worker fewer than the cores: one on the 2-core CI machine,
          // where the main process sits idle. Two workers: 230 s against 348 s for the whole
          // unit suite, back to back on this machine under the same load.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          environment: 'node',
          // Each browser's template profile, made once per run (harness/profile-template.ts).
          globalSetup: ['test/e2e/global-setup.ts'],
          // A test that runs out of time names the harness steps still under way.
          setupFiles: ['test/e2e/harness/steps-on-failure.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          // Two files at a time (the machine has two cores), each with its own browsers, profiles
          // and fixture server: most of an E2E test is waiting on a browser, and one file at a
          // time took 624 s against 431 s for two.
          fileParallelism: true,
          maxWorkers: 2,
          pool: 'forks',
        },
      },
      {
        // Run by `npm run bench` only (scripts/bench.mjs), never by `npm test`: figures, not checks.
        test: {
          name: 'bench',
          include: ['test/bench/**/*.bench.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 90_000,
          fileParallelism: false,
          pool: 'forks',
        },
      },
      {
        // Run by `npm run screenshots` only (scripts/screenshots.mjs): the README's pictures.
        test: {
          name: 'screenshots',
          include: ['test/screenshots/**/*.shot.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 90_000,
          pool: 'forks',
        },
      },
    ],
  },
});
