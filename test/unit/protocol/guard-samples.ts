// Samples for holding a hand-written guard to its zod schema: objects of the schema's fields where
// any field may hold a wrong value instead, may be missing, and extra keys may come along. Most
// samples are near misses (one thing wrong), which is where a guard that is looser or stricter
// than its schema shows.
import * as fc from 'fast-check';
import { expect } from 'vitest';
import type * as z from 'zod/mini';
import type { Guard } from '../../../src/shared/protocol/guard';

const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, '', ' ', null, undefined, [], {}, '<div>', 0, true),
);

/** A field's valid values, and now and then a wrong one. */
export const maybe = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> => fc.oneof({ weight: 8, arbitrary: valid }, { weight: 1, arbitrary: junk });

const rarely = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });

/** Objects of these fields (each `maybe`-wrong), sometimes one missing, sometimes with extra keys. */
export function nearly(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  const keys = Object.keys(fields);
  const wrapped = Object.fromEntries(keys.map((k) => [k, maybe(fields[k] as fc.Arbitrary<unknown>)]));
  return fc
    .tuple(fc.record(wrapped), rarely(fc.constantFrom(...keys)), rarely(fc.record({ extra: fc.anything() })))
    .map(([sample, drop, extra]) => {
      const out: Record<string, unknown> = { ...sample, ...extra };
      if (drop !== null) delete out[drop];
      return out;
    });
}

/** The guard returns what the schema's parse returns (the declared keys only), or undefined when it fails. */
export function expectAgree<T>(guard: Guard<T>, schema: z.ZodMiniType, samples: fc.Arbitrary<unknown>, numRuns = 500): void {
  fc.assert(
    fc.property(fc.oneof({ weight: 6, arbitrary: samples }, { weight: 1, arbitrary: junk }), (raw) => {
      const parsed = schema.safeParse(raw);
      expect(guard(raw)).toEqual(parsed.success ? parsed.data : undefined);
    }),
    { numRuns },
  );
}

/** How many of `count` samples the schema accepts: a sample set that is nearly all invalid (or all valid) tests little. */
export function acceptedShare(schema: z.ZodMiniType, samples: fc.Arbitrary<unknown>, count = 400): number {
  return fc.sample(samples, { numRuns: count, seed: 1 }).filter((raw) => schema.safeParse(raw).success).length / count;
}
