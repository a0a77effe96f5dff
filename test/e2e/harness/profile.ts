// What an E2E test is doing, for two readers:
// - a test that runs out of time: each timed harness step (a browser launch, a wait, a message, a
//   page or frame call) is tracked while it runs, so the timeout names the steps still under way
//   and how long each had run, instead of only "timed out in 60000ms" (steps-on-failure.ts);
// - where an E2E file's time goes: with E2E_PROFILE set to a file name, each step is appended
//   there as one JSON line { file, test, step, ms } once it ends; steps nest (a wait includes the
//   page calls it polls with). Off by default.
import { appendFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect } from 'vitest';

const OUT = process.env.E2E_PROFILE;

/** The steps under way, by when each began (performance.now()). */
const running = new Map<number, { step: string; started: number }>();
/** The last steps that ended, newest last: what came just before a hang. */
const ended: { step: string; ms: number }[] = [];
const ENDED_KEPT = 6;
let nextId = 0;

function record(step: string, started: number): void {
  const ms = Math.round(performance.now() - started);
  ended.push({ step, ms });
  if (ended.length > ENDED_KEPT) ended.shift();
  if (!OUT) return;
  const state = expect.getState();
  const line = { file: basename(state.testPath ?? ''), test: state.currentTestName ?? '(hook)', step, ms };
  appendFileSync(OUT, `${JSON.stringify(line)}\n`);
}

export function timed<T>(step: string, run: () => Promise<T>): Promise<T> {
  const id = nextId++;
  const started = performance.now();
  running.set(id, { step, started });
  let result: Promise<T>;
  try {
    result = run();
  } catch (error) {
    result = Promise.reject(error);
  }
  return result.finally(() => {
    running.delete(id);
    record(step, started);
  });
}

/** Forgets what an earlier test left (a step abandoned by a failure ends later, or never). */
export function resetSteps(): void {
  running.clear();
  ended.length = 0;
}

/** The steps under way and the last ones that ended, for a failure message. */
export function describeSteps(): string {
  const now = performance.now();
  const under = [...running.values()].map((s) => `  - ${s.step} (for ${Math.round(now - s.started)} ms)`);
  const before = ended.map((s) => `  - ${s.step} (${s.ms} ms)`);
  return [
    `harness steps still under way:${under.length ? `\n${under.join('\n')}` : ' none'}`,
    `the last steps that ended, newest last:${before.length ? `\n${before.join('\n')}` : ' none'}`,
  ].join('\n');
}

const label = (prefix: string, key: string, args: unknown[]) => `${prefix}.${key}${typeof args[0] === 'string' ? ` ${args[0].slice(0, 60)}` : ''}`;

/** The page (or frame) with each call that returns a promise tracked as `page.<method> <first argument>`. */
export function profiled<P extends object>(page: P, prefix = 'page'): P {
  const trackedCall = (key: string, call: (...args: unknown[]) => unknown) => (...args: unknown[]) => {
    const result = call(...args);
    if (!(result instanceof Promise)) return result;
    // A frame the page hands out is tracked as well: the prompt's and the guide's waits are there.
    return timed(label(prefix, key, args), () => result).then((value: unknown) =>
      key === 'frame' && value !== null && typeof value === 'object' ? profiled(value, `frame ${String(args[0]).slice(0, 40)}`) : value,
    );
  };
  return Object.fromEntries(Object.entries(page).map(([key, value]) => [key, typeof value === 'function' ? trackedCall(key, value as (...args: unknown[]) => unknown) : value])) as P;
}
