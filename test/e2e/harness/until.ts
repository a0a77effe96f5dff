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

async function untilRaw<T>(probe: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await probe();
    if (accept(last)) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}
