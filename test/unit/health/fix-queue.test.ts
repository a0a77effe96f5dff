// The fix-it queue's order (tidy/core/health/fix-queue.ts) and its "not changed yet" record
// (tidy/core/health/fix-starts.ts): pure functions, so the order is checked exactly.
import { describe, expect, it } from 'vitest';
import { fixTier, orderFixQueue, type FixCandidate } from '../../../src/tidy/core/health/fix-queue';
import { MAX_FIX_STARTS, NO_FIX_STARTS, pendingFixStart, withFixStart, FIX_START_TTL_MS } from '../../../src/tidy/core/health/fix-starts';
import type { Problem } from '../../../src/tidy/core/health/problems';

const YEAR = 365 * 86_400_000;

function candidate(id: string, problems: Problem[], extra: Partial<FixCandidate> = {}): FixCandidate {
  return { id, host: `${id}.test`, problems, passwordChanged: 1_000, reusedSites: 0, reusedGroup: null, breachCount: 0, ...extra };
}

const ids = (queue: readonly { id: string }[]) => queue.map((c) => c.id);

describe('fix-it queue order', () => {
  it('puts exposed and reused before weak, and weak before old', () => {
    const queue = orderFixQueue([
      candidate('old', ['old']),
      candidate('weak', ['weak']),
      candidate('reused', ['reused'], { reusedSites: 2, reusedGroup: 'g' }),
      candidate('exposed', ['exposed']),
    ]);
    expect(ids(queue)).toEqual(['exposed', 'reused', 'weak', 'old']);
    expect(queue.map((c) => c.tier)).toEqual(['exposed', 'reused', 'weak', 'old']);
  });

  it('leaves out entries a new password would not help (no username, http only, duplicates, pending)', () => {
    expect(orderFixQueue([candidate('a', ['no-username']), candidate('b', ['http-only', 'duplicate', 'pending'])])).toEqual([]);
    expect(fixTier(['duplicate', 'old', 'weak'])).toBe('weak');
    expect(fixTier(['breaks-rules'])).toBe('weak');
    expect(fixTier(['pending'])).toBeNull();
  });

  it('within a tier, a shop known to hold a card or address comes first; unknown counts as not', () => {
    const queue = orderFixQueue([
      candidate('plain', ['weak'], { passwordChanged: 1 }),
      candidate('unknown', ['weak'], { passwordChanged: 2, holdsPayment: undefined }),
      candidate('card', ['weak'], { passwordChanged: 3, holdsPayment: true }),
      candidate('no-card', ['weak'], { passwordChanged: 0, holdsPayment: false }),
    ]);
    expect(ids(queue)).toEqual(['card', 'no-card', 'plain', 'unknown']);
    // It never lifts an item out of its tier: an exposed password still goes first.
    expect(ids(orderFixQueue([candidate('card-old', ['old'], { holdsPayment: true }), candidate('exposed', ['exposed'])]))).toEqual(['exposed', 'card-old']);
  });

  it('a reused password with a card-holding shop leads its tier as one run, that shop first', () => {
    const queue = orderFixQueue([
      candidate('wide-a', ['reused'], { reusedSites: 5, reusedGroup: 'wide', passwordChanged: 1 }),
      candidate('wide-b', ['reused'], { reusedSites: 5, reusedGroup: 'wide', passwordChanged: 2 }),
      candidate('pair-a', ['reused'], { reusedSites: 2, reusedGroup: 'pair', passwordChanged: 1 }),
      candidate('pair-card', ['reused'], { reusedSites: 2, reusedGroup: 'pair', passwordChanged: 2, holdsPayment: true }),
      candidate('pair-c', ['reused'], { reusedSites: 2, reusedGroup: 'pair', passwordChanged: 3 }),
    ]);
    // Without the card the wider reuse would lead; the group is not split around its card shop.
    expect(ids(queue)).toEqual(['pair-card', 'pair-a', 'pair-c', 'wide-a', 'wide-b']);
    expect(queue.every((c) => !('leads' in c))).toBe(true);
  });

  it('puts the worst of a tier first: most breached, widest reuse, weak before only against the rules', () => {
    expect(ids(orderFixQueue([candidate('few', ['exposed'], { breachCount: 3 }), candidate('many', ['exposed'], { breachCount: 9000 }), candidate('list', ['exposed'])]))).toEqual(['many', 'few', 'list']);
    expect(ids(orderFixQueue([candidate('rules', ['breaks-rules']), candidate('weak', ['weak'])]))).toEqual(['weak', 'rules']);
    expect(ids(orderFixQueue([
      candidate('two-a', ['reused'], { reusedSites: 2, reusedGroup: 'two' }),
      candidate('four-a', ['reused'], { reusedSites: 4, reusedGroup: 'four' }),
    ]))).toEqual(['four-a', 'two-a']);
  });

  it('keeps the sites of one reused password together, to be fixed site by site', () => {
    const queue = orderFixQueue([
      candidate('b1', ['reused'], { reusedSites: 2, reusedGroup: 'b', passwordChanged: 1 }),
      candidate('a1', ['reused'], { reusedSites: 2, reusedGroup: 'a', passwordChanged: 5 }),
      candidate('b2', ['reused', 'old'], { reusedSites: 2, reusedGroup: 'b', passwordChanged: 9 }),
      candidate('a2', ['reused'], { reusedSites: 2, reusedGroup: 'a', passwordChanged: 2 }),
    ]);
    expect(ids(queue)).toEqual(['a2', 'a1', 'b2', 'b1']);
  });

  it('breaks the remaining ties by more problems, then the oldest password, then the site', () => {
    const queue = orderFixQueue([
      candidate('z', ['weak'], { passwordChanged: 5 }),
      candidate('y', ['weak'], { passwordChanged: 5 }),
      candidate('older', ['weak'], { passwordChanged: 1 }),
      candidate('both', ['weak', 'old'], { passwordChanged: 9 }),
    ]);
    expect(ids(queue)).toEqual(['both', 'older', 'y', 'z']);
  });
});

describe('fix starts', () => {
  it('says "not changed yet" only while the password has not changed since the fix started', () => {
    const starts = withFixStart(NO_FIX_STARTS, 'e1', 10 * YEAR);
    expect(pendingFixStart(starts, 'e1', 10 * YEAR - 1)).toBe(10 * YEAR);
    expect(pendingFixStart(starts, 'e1', 10 * YEAR + 1)).toBeNull();
    expect(pendingFixStart(starts, 'e2', 0)).toBeNull();
  });

  it('stays bounded: the newest starts, for a few months', () => {
    let starts = NO_FIX_STARTS;
    for (let i = 0; i < MAX_FIX_STARTS + 20; i++) starts = withFixStart(starts, `e${i}`, YEAR + i);
    expect(Object.keys(starts.started)).toHaveLength(MAX_FIX_STARTS);
    expect(starts.started.e0).toBeUndefined();
    const later = withFixStart(starts, 'fresh', YEAR + FIX_START_TTL_MS + 1000);
    expect(Object.keys(later.started)).toEqual(['fresh']);
  });
});
