import { describe, expect, it } from 'vitest';
import { isPastDeadline, nextDeadline } from '../../../src/vault/core/auto-lock';

describe('auto-lock deadline', () => {
  it('moves the deadline forward by the chosen minutes', () => {
    expect(nextDeadline('1', 1_000)).toBe(61_000);
    expect(nextDeadline('15', 0)).toBe(900_000);
    expect(nextDeadline('240', 0)).toBe(4 * 3_600_000);
  });

  it('has no deadline when locking only on browser restart', () => {
    expect(nextDeadline('restart', 5)).toBeNull();
    expect(isPastDeadline(null, Number.MAX_SAFE_INTEGER)).toBe(false);
  });

  it('locks at the deadline, not a millisecond later', () => {
    expect(isPastDeadline(100, 99)).toBe(false);
    expect(isPastDeadline(100, 100)).toBe(true);
  });
});
