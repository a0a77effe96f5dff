// The guide's hand-off to Keep: a picker after a guided reset becomes the entry the guide was
// started for, only when Keep offered that entry itself; other decisions are left alone.
import { describe, expect, it } from 'vitest';
import { preferGuideEntry } from '../../../src/guide/core/prefer-entry';
import type { Decision } from '../../../src/keep/core/decision';

const picker: Decision = { kind: 'update', candidates: ['a', 'b'], password: 'New-Pass-1', pending: true, reason: 'no linked forgot step: pick the entry' };

describe('preferGuideEntry', () => {
  it('turns a picker into the guide\'s entry', () => {
    expect(preferGuideEntry(picker, 'b')).toMatchObject({ kind: 'update', candidates: ['b'], reason: expect.stringContaining('guide') });
  });

  it.each([
    ['no guide entry', picker, null],
    ['an entry Keep did not offer', picker, 'z'],
    ['a single candidate already', { ...picker, candidates: ['a'] }, 'a'],
    ['a login update (not pending)', { ...picker, pending: false }, 'b'],
    ['a save', { kind: 'save', username: 'ann', password: 'x', noUsername: false, reason: 'new' } as Decision, 'b'],
  ])('leaves %s alone', (_what, decision, entryId) => {
    expect(preferGuideEntry(decision, entryId)).toBe(decision);
  });
});
