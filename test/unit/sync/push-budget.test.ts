// How often a computer writes the synced copy (push-budget.ts): a burst goes at once, and however
// often the vault changes, the browser's write limits are never approached.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterPush, pushWait, PUSH_BURST, PUSH_WINDOW_MS } from '../../../src/sync/core/push-budget';
import { MAX_WRITE_OPERATIONS_PER_HOUR, MAX_WRITE_OPERATIONS_PER_MINUTE } from '../../../src/sync/core/limits';

const T0 = 1_700_000_000_000;

/** A computer that pushes whenever it is asked and allowed to: the pushes it made. */
function pushesFor(asks: readonly number[]): number[] {
  let recent: number[] = [];
  const made: number[] = [];
  for (const now of asks) {
    if (pushWait(recent, now) > 0) continue;
    recent = afterPush(recent, now);
    made.push(now);
  }
  return made;
}

const most = (pushes: readonly number[], span: number) => Math.max(0, ...pushes.map((start) => pushes.filter((at) => at >= start && at < start + span).length));

describe('sync push budget', () => {
  it('lets a burst of pushes go at once, then holds the next until the oldest leaves the window', () => {
    let recent: number[] = [];
    for (let i = 0; i < PUSH_BURST; i++) {
      expect(pushWait(recent, T0 + i * 2_000)).toBe(0);
      recent = afterPush(recent, T0 + i * 2_000);
    }
    const now = T0 + PUSH_BURST * 2_000;
    expect(pushWait(recent, now)).toBe(T0 + PUSH_WINDOW_MS - now);
    expect(pushWait(recent, T0 + PUSH_WINDOW_MS)).toBe(0);
  });

  it('remembers only the pushes that can still hold one back', () => {
    const recent = Array.from({ length: PUSH_BURST + 3 }, (_, i) => T0 + i).reduce<number[]>((kept, at) => afterPush(kept, at), []);
    expect(recent).toEqual(Array.from({ length: PUSH_BURST }, (_, i) => T0 + 3 + i));
  });

  it('is not held back by a push dated after now (the clock was set back)', () => {
    const ahead = Array.from({ length: PUSH_BURST }, (_, i) => T0 + 86_400_000 + i);
    expect(pushWait(ahead, T0)).toBe(0);
    expect(afterPush(ahead, T0)).toEqual([T0]);
  });

  it('stays within a quarter of the hourly write budget and far under the per-minute one, however often it is asked', () => {
    // Asks spread over three hours, with bursts: a run of saves, or an import, asks many times a second.
    const spread = fc.array(fc.integer({ min: 0, max: 3 * 3_600_000 }), { minLength: 200, maxLength: 1_500 });
    const burst = fc.tuple(fc.integer({ min: 0, max: 3 * 3_600_000 }), fc.array(fc.integer({ min: 0, max: 90_000 }), { minLength: 20, maxLength: 200 }))
      .map(([start, offsets]) => offsets.map((ms) => start + ms));
    fc.assert(
      fc.property(spread, fc.array(burst, { maxLength: 5 }), (asks, bursts) => {
        const made = pushesFor([...asks, ...bursts.flat()].sort((a, b) => a - b).map((ms) => T0 + ms));
        expect(most(made, 3_600_000) * 2).toBeLessThanOrEqual(MAX_WRITE_OPERATIONS_PER_HOUR / 4);
        expect(most(made, 60_000) * 2).toBeLessThanOrEqual(MAX_WRITE_OPERATIONS_PER_MINUTE / 10);
      }),
      { numRuns: 50 },
    );
  });

  it('is asked every second for an hour: the busiest computer', () => {
    const made = pushesFor(Array.from({ length: 3_600 }, (_, i) => T0 + i * 1_000));
    expect(made.length * 2).toBeLessThanOrEqual(MAX_WRITE_OPERATIONS_PER_HOUR / 4);
    expect(made.length).toBeGreaterThan(200); // a budget that never spends is no budget
  });
});
