// Runs anywhere. When this computer may write the synced copy again. The browser allows 1,800
// sync writes an hour and 120 a minute (limits.ts), and a push is two of them (the items, then the
// removal of pieces no longer used). One push per fixed interval stayed far under that, but the
// second of two quick edits then waited the whole interval before the other computer could see
// it, and a merge right after the user's own change waited the same. So a few pushes go at once,
// and over any window of PUSH_WINDOW_MS no more than PUSH_BURST go: the same rate in the long run.
import { MAX_WRITE_OPERATIONS_PER_HOUR } from './limits';

const HOUR_MS = 3_600_000;
const WRITES_PER_PUSH = 2;
/** Pushes that may go back to back. */
export const PUSH_BURST = 4;
/**
 * Any hour holds at most ⌈hour / window⌉ windows' worth of pushes, each PUSH_BURST: with this
 * window that is 56 × 4 pushes, 448 writes, a quarter of the hourly budget, whatever the user
 * does; a minute (shorter than a window) holds at most PUSH_BURST pushes, 8 writes of its 120.
 */
export const PUSH_WINDOW_MS = Math.ceil(HOUR_MS / Math.floor(MAX_WRITE_OPERATIONS_PER_HOUR / 4 / WRITES_PER_PUSH / PUSH_BURST));

/**
 * How long to wait before the next push (0: now), given when the recent ones were made. A push
 * dated after `now` means the clock was set back: it holds nothing back, or a clock moved back a
 * day would stop sync for a day.
 */
export function pushWait(pushes: readonly number[], now: number): number {
  const inWindow = pushes.filter((at) => at <= now && now - at < PUSH_WINDOW_MS);
  if (inWindow.length < PUSH_BURST) return 0;
  return Math.min(...inWindow) + PUSH_WINDOW_MS - now;
}

/** The pushes to remember after one made at `now`: only the newest PUSH_BURST can hold the next back. */
export function afterPush(pushes: readonly number[], now: number): number[] {
  return [...pushes.filter((at) => at <= now), now].slice(-PUSH_BURST);
}
