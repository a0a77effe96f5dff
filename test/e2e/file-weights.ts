// Each E2E file's wall time (ms, both browsers) in a clean-clone `npm test` on the 2-core CI
// machine, two files at a time: what the sequencer (sequencer.ts) orders the files by. Only the
// order matters, so a rough figure is enough; refresh it from artifacts/e2e.json
// (`endTime - startTime` per file) when a file's time changes a lot, or add a new long file.
export const FILE_WEIGHTS_MS: Readonly<Record<string, number>> = {
  // The sync files since a burst of pushes goes at once (sync/core/push-budget.ts), measured on this machine.
  'test/e2e/sync.e2e.ts': 130_000,
  'test/e2e/attack-clickjacking.e2e.ts': 149_000,
  'test/e2e/sync-quota.e2e.ts': 110_000,
  'test/e2e/keep-flows.e2e.ts': 135_000,
  'test/e2e/guide.e2e.ts': 133_000,
  'test/e2e/locales.e2e.ts': 115_000,
  'test/e2e/guide-flows.e2e.ts': 104_000,
  'test/e2e/clipboard.e2e.ts': 96_000,
  'test/e2e/attack-locked.e2e.ts': 80_000,
  'test/e2e/guide-in-page.e2e.ts': 69_000,
  // Both browsers since the harness reaches Firefox's background too (158 s alone on this machine).
  'test/e2e/crash-safety.e2e.ts': 150_000,
  'test/e2e/write-queue.e2e.ts': 67_000,
  'test/e2e/vault.e2e.ts': 67_000,
  'test/e2e/export.e2e.ts': 67_000,
  'test/e2e/guide-stores.e2e.ts': 63_000,
  'test/e2e/keep-pending.e2e.ts': 63_000,
  'test/e2e/a11y.e2e.ts': 60_772,
  'test/e2e/popup-keys.e2e.ts': 60_711,
  'test/e2e/settings.e2e.ts': 59_203,
  // Measured alone on this machine (34 s Chromium + 40 s Firefox), not in a CI run.
  'test/e2e/sync-wake.e2e.ts': 74_000,
  'test/e2e/attack-hidden.e2e.ts': 48_341,
  'test/e2e/import-ui.e2e.ts': 45_209,
  'test/e2e/breach.e2e.ts': 43_485,
  'test/e2e/settings-unreadable.e2e.ts': 42_924,
  'test/e2e/fix-queue.e2e.ts': 42_688,
  'test/e2e/keyboard-journey.e2e.ts': 40_288,
};

/** The files under 40 s in that run, and a new file until it is measured. */
export const UNKNOWN_FILE_WEIGHT_MS = 30_000;
