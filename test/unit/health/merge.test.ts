import { describe, expect, it } from 'vitest';
import { keeperOf, planMerge, previewMerge } from '../../../src/tidy/core/health/merge';
import { Entry } from '../../../src/vault/core/entry';
import { DAY, entry, NOW } from './make-entry';

const older = entry('old', 'https://shop.test', 'ann@mail.test', 'Old-Pass-1', {
  passwordChanged: NOW - 300 * DAY, created: NOW - 900 * DAY, notes: 'security answer: blue', lastUsed: NOW - 2 * DAY,
  history: [{ password: 'Ancient-0', changedAt: NOW - 300 * DAY }],
});
const newer = entry('new', 'https://login.shop.test', 'Ann@Mail.test', 'New-Pass-2', {
  passwordChanged: NOW - 5 * DAY, created: NOW - 100 * DAY, notes: 'order 123', lastUsed: null,
  history: [{ password: 'Mid-Pass-9', changedAt: NOW - 5 * DAY }],
});

describe('merging duplicates', () => {
  it('keeps the newest password and moves every other one into history, newest first', () => {
    const { merged, removed } = planMerge([older, newer], NOW);
    expect(removed).toEqual(['old']);
    expect(merged).toMatchObject({ id: 'new', password: 'New-Pass-2', passwordChanged: NOW - 5 * DAY, created: NOW - 900 * DAY, updated: NOW, lastUsed: NOW - 2 * DAY });
    expect(merged.history.map((h) => h.password)).toEqual(['Mid-Pass-9', 'Old-Pass-1', 'Ancient-0']);
    expect(merged.site.origins).toEqual(['https://login.shop.test', 'https://shop.test']);
    expect(merged.notes).toBe('order 123\n\nsecurity answer: blue');
    expect(Entry.safeParse(merged).success).toBe(true);
  });

  it("keeps a name and every TOTP secret: the kept entry's, the others in the notes", () => {
    const withTotp = { ...older, name: 'Shop (old)', totp: 'otpauth://totp/shop?secret=OLDSECRET' };
    const alsoTotp = { ...newer, totp: 'otpauth://totp/shop?secret=NEWSECRET' };
    const { merged } = planMerge([withTotp, alsoTotp], NOW);
    expect(merged).toMatchObject({ name: 'Shop (old)', totp: 'otpauth://totp/shop?secret=NEWSECRET' });
    expect(merged.notes).toBe('order 123\n\nsecurity answer: blue\n\nTOTP: otpauth://totp/shop?secret=OLDSECRET');
    expect(planMerge([withTotp, newer], NOW).merged).toMatchObject({ totp: 'otpauth://totp/shop?secret=OLDSECRET', notes: 'order 123\n\nsecurity answer: blue' });
  });

  it('never puts the current password or a repeat in history', () => {
    const same = { ...older, password: 'New-Pass-2', history: [{ password: 'Mid-Pass-9', changedAt: NOW - 400 * DAY }] };
    expect(planMerge([same, newer], NOW).merged.history.map((h) => h.password)).toEqual(['Mid-Pass-9']);
  });

  it('keeps what a pending change could revert to', () => {
    const pending = { ...older, status: 'pending' as const, pendingPrevious: { password: 'Before-Pending', passwordChanged: NOW - 400 * DAY } };
    expect(planMerge([pending, newer], NOW).merged.history.map((h) => h.password)).toContain('Before-Pending');
  });

  it('keeps a long history whole (no cap on merge)', () => {
    const long = { ...older, history: Array.from({ length: 30 }, (_, i) => ({ password: `h${i}`, changedAt: NOW - (400 + i) * DAY })) };
    expect(planMerge([long, newer], NOW).merged.history).toHaveLength(32);
  });

  it('breaks ties by the last update, then the id', () => {
    const a = entry('a', 'https://shop.test', 'ann', 'x', { passwordChanged: 1, updated: 5 });
    const b = entry('b', 'https://shop.test', 'ann', 'y', { passwordChanged: 1, updated: 9 });
    const c = entry('c', 'https://shop.test', 'ann', 'z', { passwordChanged: 1, updated: 9 });
    expect(keeperOf([a, c, b]).id).toBe('b');
  });

  it('previews without a password', () => {
    const preview = previewMerge([older, newer], NOW);
    expect(preview).toEqual({ keepId: 'new', removeIds: ['old'], historyAfter: 3, passwords: 2, origins: ['https://login.shop.test', 'https://shop.test'] });
    expect(JSON.stringify(preview)).not.toMatch(/Pass|Ancient/);
  });
});
