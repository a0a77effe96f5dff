// Runs anywhere. The health report over a decrypted vault (issue 5): every check, the problems of
// each entry (the options page's badges and filters) and the report the page shows. Strength comes
// from a cache the caller fills (strength-cache.ts): an unscored password is not called weak yet,
// and the report says how many are left.
import { createIdentity } from '../importing/identity';
import type { Entry } from '../vault/entry';
import { entryHosts } from '../vault/summary';
import { findDuplicates } from './duplicates';
import { hasNoUsername, isHttpOnly, isOld, isPending, isReviewed } from './entry-checks';
import { previewMerge } from './merge';
import { healthScore, PROBLEMS, type Problem } from './problems';
import type { EntryRef, HealthReport } from './report-schema';
import { findReused } from './reused';
import { createRulesCheck } from './site-rules';
import { builtFromUserInputs, userInputsOf } from './user-inputs';

export interface ReportOptions {
  now: number;
  oldAfterDays: number;
  /** true / false once scored, undefined before (strength-cache.ts). */
  weak(password: string): boolean | undefined;
}

export interface BuiltReport {
  report: HealthReport;
  /** Problems of every entry that has any, in PROBLEMS order (reviewed entries included). */
  problems: Map<string, Problem[]>;
}

const refOf = (entry: Entry): EntryRef => ({
  id: entry.id,
  host: entryHosts(entry.site)[0] ?? '',
  username: entry.username,
  passwordChanged: entry.passwordChanged,
});

export function buildReport(entries: readonly Entry[], { now, oldAfterDays, weak }: ReportOptions): BuiltReport {
  const identity = createIdentity();
  const breaksRules = createRulesCheck();
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const reused = findReused(entries, identity);
  const duplicates = findDuplicates(entries, identity);
  const inGroup = (groups: readonly (readonly string[])[]) => new Set(groups.flat());
  const reusedIds = inGroup(reused.map((group) => group.ids));
  const duplicateIds = inGroup(duplicates);

  const found: Record<Problem, (entry: Entry, hosts: string[]) => boolean> = {
    weak: (entry, hosts) => weak(entry.password) === true || builtFromUserInputs(entry.password, userInputsOf(entry.username, hosts)),
    'breaks-rules': (entry, hosts) => hosts.length > 0 && breaksRules(hosts[0] ?? '', entry.password),
    reused: (entry) => reusedIds.has(entry.id),
    duplicate: (entry) => duplicateIds.has(entry.id),
    old: (entry) => isOld(entry, now, oldAfterDays),
    'no-username': hasNoUsername,
    'http-only': isHttpOnly,
    pending: isPending,
  };

  const problems = new Map<string, Problem[]>();
  const counts = Object.fromEntries(PROBLEMS.map((p) => [p, 0])) as Record<Problem, number>;
  const counted: Problem[][] = [];
  let reviewed = 0;
  for (const entry of entries) {
    const hosts = entryHosts(entry.site);
    const list = PROBLEMS.filter((problem) => found[problem](entry, hosts));
    if (list.length > 0) problems.set(entry.id, list);
    if (isReviewed(entry)) {
      reviewed++;
      continue;
    }
    counted.push(list);
    for (const problem of list) counts[problem]++;
  }

  const passwords = new Set(entries.map((entry) => entry.password));
  let unchecked = 0;
  for (const password of passwords) if (weak(password) === undefined) unchecked++;

  const groupOf = (ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? []);
  const report: HealthReport = {
    total: entries.length,
    reviewed,
    score: healthScore(counted, entries.length - reviewed),
    counts,
    strength: { distinct: passwords.size, unchecked },
    reused: reused.map((group) => ({ entries: groupOf(group.ids).map(refOf), sites: group.sites })),
    duplicates: duplicates.map((ids) => {
      const group = groupOf(ids);
      return { entries: group.map(refOf), preview: previewMerge(group, now) };
    }),
    oldAfterDays,
  };
  return { report, problems };
}
