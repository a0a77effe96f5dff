import { describe, expect, it } from 'vitest';
import { CAPTURE_TTL_MS, EMPTY_KEEP, MAX_CAPTURES_PER_TAB, MAX_OBSERVATIONS, OFFER_TTL_MS, prune, type KeepState } from '../../../src/keep/core/state';
import { stored as capture, T0 } from './fixtures';

describe('keep state limits', () => {
  it('drops captures and offers past their time, keeps the rest', () => {
    const state: KeepState = {
      captures: [{ capture: capture({ id: 'old', at: T0 - CAPTURE_TTL_MS }), observations: [] }, { capture: capture({ id: 'new', at: T0 - 1 }), observations: [] }],
      offers: [
        { id: 'o1', capture: capture(), at: T0 - OFFER_TTL_MS, dismissed: false, accepted: null },
        { id: 'o2', capture: capture(), at: T0 - OFFER_TTL_MS + 1, dismissed: true, accepted: null },
      ],
      identities: [{ kind: 'forgot', url: 'https://shop.test/', username: 'me', at: T0 - 4 * 3_600_000 }],
    };
    const pruned = prune(state, T0);
    expect(pruned.captures.map((p) => p.capture.id)).toEqual(['new']);
    expect(pruned.offers.map((o) => o.id)).toEqual(['o2']);
    expect(pruned.identities).toEqual([]);
  });

  it('keeps a few captures per tab and a few observations per capture', () => {
    const captures = Array.from({ length: 9 }, (_, i) => ({
      capture: capture({ id: `c${i}`, at: T0 - 1000 + i }),
      observations: Array.from({ length: 30 }, (_, j) => ({ kind: 'form-gone' as const, at: T0 + j })),
    }));
    const pruned = prune({ ...EMPTY_KEEP, captures: [...captures, { capture: capture({ id: 'other-tab', tabId: 2 }), observations: [] }] }, T0);
    expect(pruned.captures.filter((p) => p.capture.tabId === 1)).toHaveLength(MAX_CAPTURES_PER_TAB);
    expect(pruned.captures.map((p) => p.capture.id)).toContain('other-tab');
    expect(pruned.captures.map((p) => p.capture.id)).toContain('c8');
    expect(pruned.captures[0]?.observations).toHaveLength(MAX_OBSERVATIONS);
  });
});
