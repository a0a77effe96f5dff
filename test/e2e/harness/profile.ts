// Where an E2E file's time goes: with E2E_PROFILE set to a file name, each timed harness step (a
// browser launch, a wait, a message, a page call) is appended there as one JSON line
// { file, test, step, ms }; steps nest (a wait includes the page calls it polls with). Off by default.
import { appendFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect } from 'vitest';

const OUT = process.env.E2E_PROFILE;

function record(step: string, started: number): void {
  if (!OUT) return;
  const state = expect.getState();
  const line = { file: basename(state.testPath ?? ''), test: state.currentTestName ?? '(hook)', step, ms: Math.round(performance.now() - started) };
  appendFileSync(OUT, `${JSON.stringify(line)}\n`);
}

export async function timed<T>(step: string, run: () => Promise<T>): Promise<T> {
  if (!OUT) return run();
  const started = performance.now();
  try {
    return await run();
  } finally {
    record(step, started);
  }
}

/** The page with each call that returns a promise timed, as `page.<method> <first argument>`. */
export function profiled<P extends object>(page: P): P {
  if (!OUT) return page;
  const timedCall = (key: string, call: (...args: unknown[]) => unknown) => (...args: unknown[]) => {
    const started = performance.now();
    const result = call(...args);
    if (!(result instanceof Promise)) return result;
    return result.finally(() => record(`page.${key}${typeof args[0] === 'string' ? ` ${args[0].slice(0, 60)}` : ''}`, started));
  };
  return Object.fromEntries(Object.entries(page).map(([key, value]) => [key, typeof value === 'function' ? timedCall(key, value as (...args: unknown[]) => unknown) : value])) as P;
}
