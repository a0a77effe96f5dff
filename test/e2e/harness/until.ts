// Waits for a condition the test can observe (a stored fact, a page state), polling briefly.
// Not a sleep: it returns as soon as the condition holds and fails with the last value seen.
import { timed } from './profile';

/**
 * For waits on a browser starting the extension (its first-install tab), which on a loaded 2-core
 * machine can take longer than the usual 10 s: a start, not a behaviour under test. A hang
 * detector, inside the 90 s hook timeout: Firefox once took more than 30 s to open that tab with
 * two E2E runs side by side on the two cores (load 10-13).
 */
export const LAUNCH_WAIT_MS = 60_000;

export function until<T>(probe: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  return timed(`until ${what}`, () => untilRaw(probe, accept, what, timeoutMs));
}

/**
 * How long past the deadline a probe still in flight is waited for: a probe is a browser call,
 * and one that never returns (a frame torn down under an evaluation) must fail this wait by name,
 * not hang it until the test's own timeout says only that the test took too long.
 */
const HUNG_PROBE_GRACE_MS = 5_000;

async function untilRaw<T>(probe: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await withinDeadline(probe(), deadline + HUNG_PROBE_GRACE_MS, () => `timed out waiting for ${what}: a probe has not returned since ${timeoutMs + HUNG_PROBE_GRACE_MS} ms after the wait began; last value: ${JSON.stringify(last)}`);
    if (accept(last)) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** `task`, or a rejection naming `message()` if it has not settled by `deadline` (Date.now()). */
export function withinDeadline<T>(task: Promise<T>, deadline: number, message: () => string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message())), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([task, late]).finally(() => clearTimeout(timer));
}
