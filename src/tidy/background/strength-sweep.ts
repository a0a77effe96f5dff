// Runs in: background. Scores passwords when they are written, not when the health report is
// asked for: zxcvbn-ts costs about a millisecond a password, so a report over 10,000 new ones
// would take over ten seconds. Every vault event (an entry saved, an import, a Keep save, a
// restore, a merge, an unlock or the first use after a worker restart, a re-key) schedules a
// sweep; the sweep scores in short slices with a pause between them, so a message that arrives
// meanwhile waits at most one slice, and stores the verdicts sealed (`vault:strength`) along the
// way. It keeps out of the way of the user's own requests: no slice starts until the vault has
// not been used for QUIET_MS (the popup opening, a search, a report asking: a report scores for
// itself). A worker stopped halfway loses nothing stored: the next load of the vault sweeps again and
// finds only the unscored ones. It never counts as activity for auto-lock, and stops when the
// vault locks.
import { log } from '../../shared/platform/log';
import { sinceLastUse } from '../../vault/background/activity';
import { loadedQuietly } from '../../vault/background/vault';
import type { VaultEvent } from '../../vault/background/vault-events';
import { scoreSlice } from './health';

/** Scoring time per slice: what a message arriving meanwhile may have to wait. */
export const SWEEP_SLICE_MS = 20;
/** How long the vault must have been unused before a slice starts. */
const QUIET_MS = 400;
/** Pause between slices, for messages and the rest of the worker's work. */
const SWEEP_GAP_MS = 10;
/** After an unlock or a worker restart, let the page that asked finish its first screen. */
const AFTER_LOAD_MS = 1000;

let timer: ReturnType<typeof setTimeout> | null = null;
let running = false;
let again = false;
let rekeyed = false;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function onVaultChanged(event: VaultEvent): void {
  // A lock needs nothing: the sweep stops at its next slice when the vault is gone.
  if (event === 'locked') return;
  if (event === 'rekeyed') rekeyed = true;
  if (running) {
    again = true;
    return;
  }
  if (timer !== null) return;
  timer = setTimeout(() => void sweep(), event === 'loaded' ? AFTER_LOAD_MS : 0);
}

async function sweep(): Promise<void> {
  timer = null;
  running = true;
  try {
    for (;;) {
      again = false;
      const busy = QUIET_MS - sinceLastUse(Date.now());
      if (busy > 0) {
        await pause(busy);
        continue;
      }
      const vault = await loadedQuietly(Date.now());
      if (!vault) return;
      const mustStore = rekeyed;
      rekeyed = false;
      const left = await scoreSlice(vault, SWEEP_SLICE_MS, mustStore);
      if (left === 0 && !again) return;
      await pause(SWEEP_GAP_MS);
    }
  } catch (error) {
    log.warn(`strength sweep stopped: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    running = false;
  }
}
