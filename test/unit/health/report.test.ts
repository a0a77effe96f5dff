import { describe, expect, it } from 'vitest';
import { analyse, withStrength, type BuiltReport, type ReportOptions } from '../../../src/tidy/core/health/report';
import type { Entry } from '../../../src/vault/core/entry';
import { HealthReport } from '../../../src/tidy/core/health/report-schema';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import { commonList, isCommonPassword } from '../../../src/tidy/core/health/common-passwords';
import { createStrengthCache } from '../../../src/tidy/core/health/strength-cache';
import { loadStrengthScorer } from '../strength/language-data';
import { DAY, entry, NOW } from './make-entry';

// The report as the background builds it: the analysis, then the strength verdicts over it.
const buildReport = (entries: readonly Entry[], options: ReportOptions): BuiltReport => withStrength(analyse(entries, options), options);

const STRONG = 'vT8#qLm2!zRw9@kP';
const vault = [
  entry('weak', 'https://weak.test', 'ann', 'password1'),
  entry('reuse-1', 'https://one.test', 'ann', 'Reused#Secret-77x'),
  entry('reuse-2', 'https://two.test', 'ann', 'Reused#Secret-77x'),
  entry('dup-old', 'https://www.dup.test', 'ann@mail.test', 'Dup-Older-4q!Zx', { passwordChanged: NOW - 20 * DAY }),
  entry('dup-new', 'https://dup.test', 'ANN@mail.test', 'Dup-Newer-8w!Kp', { passwordChanged: NOW - 2 * DAY }),
  entry('old', 'https://old.test', 'ann', `${STRONG}o`, { passwordChanged: NOW - 500 * DAY }),
  entry('nouser', 'https://nouser.test', '', `${STRONG}n`),
  entry('http', 'http://plain.test', 'ann', `${STRONG}h`),
  entry('pending', 'https://pending.test', 'ann', `${STRONG}p`, { status: 'pending', pendingPrevious: { password: 'x', passwordChanged: 0 } }),
  entry('rules', 'https://aliexpress.com', 'ann', `${STRONG}`.toLowerCase().replace(/[^a-z]/g, 'q')),
  // Sync merged edits from two computers: the other password is in history, the user should look.
  entry('conflict', 'https://conflict.test', 'ann', `${STRONG}c`, { conflictAt: NOW - DAY }),
  entry('fine', 'https://fine.test', 'ann', `${STRONG}f`),
];

const COMMON = commonList(zxcvbnCommon.dictionary.passwords);
const unscored = () => ({ weak: () => undefined, exposed: () => false });

async function report(entries = vault, oldAfterDays = 365) {
  const cache = createStrengthCache({ score: await loadStrengthScorer(), isCommon: (password) => isCommonPassword(COMMON, password) });
  cache.fill(new Set(entries.map((e) => e.password)), Infinity, () => 0);
  return buildReport(entries, { now: NOW, oldAfterDays, weak: cache.weak, exposed: cache.common });
}

describe('health report', () => {
  it('finds each planted problem on its entry', async () => {
    const { problems } = await report();
    expect(Object.fromEntries(problems)).toEqual({
      // "password1" is on the common list (language-common) as well as weak.
      weak: ['exposed', 'weak'],
      'reuse-1': ['reused'],
      'reuse-2': ['reused'],
      'dup-old': ['duplicate'],
      'dup-new': ['duplicate'],
      old: ['old'],
      nouser: ['no-username'],
      http: ['http-only'],
      pending: ['pending'],
      rules: ['breaks-rules'],
      conflict: ['conflict'],
    });
  });

  it('counts, groups and previews the merge, and its reply passes the protocol schema', async () => {
    const { report: r } = await report();
    expect(r.counts).toEqual({ exposed: 1, weak: 1, 'breaks-rules': 1, reused: 2, duplicate: 2, old: 1, 'no-username': 1, 'http-only': 1, pending: 1, conflict: 1 });
    expect(r.reused).toEqual([{ sites: 2, entries: [expect.objectContaining({ id: 'reuse-1', host: 'one.test' }), expect.objectContaining({ id: 'reuse-2' })] }]);
    expect(r.duplicates).toHaveLength(1);
    expect(r.duplicates[0]?.preview).toMatchObject({ keepId: 'dup-new', removeIds: ['dup-old'], historyAfter: 1, passwords: 2 });
    expect(r.strength).toEqual({ distinct: 11, unchecked: 0 });
    expect(r.score).toBeGreaterThan(0);
    expect(r.score).toBeLessThan(100);
    expect(HealthReport.safeParse(r).success).toBe(true);
    expect(JSON.stringify(r)).not.toMatch(/password1|Reused#|Dup-/);
  });

  it('uses the configured age for old passwords', async () => {
    expect((await report(vault, 600)).report.counts.old).toBe(0);
    expect((await report(vault, 1)).report.counts.old).toBe(vault.length);
  });

  it('leaves reviewed entries out of the counts and the score, but keeps their badges', async () => {
    const reviewed = vault.map((e) => (e.id === 'weak' ? { ...e, reviewedAt: NOW } : e));
    const { report: r, problems } = await report(reviewed);
    expect(r.reviewed).toBe(1);
    expect(r.counts.weak).toBe(0);
    expect(problems.get('weak')).toEqual(['exposed', 'weak']);
  });

  it('counts a sync conflict that arrived after a review: a review never hides an open conflict', () => {
    // The merge keeps the winning edit's times, so the review still postdates the password change.
    const conflicted = vault.map((e) => (e.id === 'conflict' ? { ...e, reviewedAt: NOW } : e));
    const { report: r } = buildReport(conflicted, { now: NOW, oldAfterDays: 365, ...unscored() });
    expect(r.reviewed).toBe(0);
    expect(r.counts.conflict).toBe(1);
    // Answered in the entry view (conflictAt cleared), the earlier review counts again.
    const answered = conflicted.map((e) => (e.id === 'conflict' ? { ...e, conflictAt: undefined } : e));
    expect(buildReport(answered, { now: NOW, oldAfterDays: 365, ...unscored() }).report.reviewed).toBe(1);
  });

  it('says when strength is only partly checked', () => {
    const { report: r } = buildReport(vault, { now: NOW, oldAfterDays: 365, ...unscored() });
    expect(r.strength.unchecked).toBe(11);
    expect(r.counts.weak).toBe(0);
    // Strength known, the common list not yet: still partial.
    expect(buildReport(vault, { now: NOW, oldAfterDays: 365, weak: () => false, exposed: () => undefined }).report.strength.unchecked).toBe(11);
  });

  it('marks exposed what the verdicts say is exposed, counted before weak and scored as a risk', () => {
    const exposedOnly = (password: string) => password === `${STRONG}f`;
    const { report: r, problems } = buildReport(vault, { now: NOW, oldAfterDays: 365, weak: () => false, exposed: exposedOnly });
    expect(problems.get('fine')).toEqual(['exposed']);
    expect(r.counts.exposed).toBe(1);
    const clean = buildReport(vault, { now: NOW, oldAfterDays: 365, weak: () => false, exposed: () => false }).report;
    expect(r.score).toBeLessThan(clean.score);
  });

  it('scores an empty vault 100 and an all-weak vault 0', () => {
    expect(buildReport([], { now: NOW, oldAfterDays: 365, weak: () => true, exposed: () => false }).report.score).toBe(100);
    expect(buildReport(vault, { now: NOW, oldAfterDays: 365, weak: () => true, exposed: () => false }).report.score).toBe(0);
  });
});
