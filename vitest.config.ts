import { defineConfig } from 'vitest/config';

// Three projects: `unit` (pure logic and DOM snapshots in happy-dom, fast) and `e2e` (the built
// extension in real Chromium and Firefox; slow, serial, one browser at a time), and `bench`.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
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
    ],
  },
});
