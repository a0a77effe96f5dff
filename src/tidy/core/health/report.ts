// Runs anywhere. The health report over a decrypted vault: every check, the problems of
// each entry (the options page's badges and filters) and the report the page shows. In two steps:
// `analyse` does everything but the per-password verdicts (site groups, duplicates, reuse, rules:
// the costly part, done once per entry list), and `withStrength` adds the weak and exposed
// verdicts known so far (cheap, done on every ask while the background is still checking;
// strength-cache.ts, breach.ts).
import { createIdentity } from '../importing/identity';
import type { Entry } from '../../../vault/core/entry';
import { entryHosts } from '../../../vault/core/summary';
import { findDuplicates } from './duplicates';
import { hasConflict, hasNoUsername, isHttpOnly, isOld, isPending, isReviewed } from './entry-checks';
import { previewMerge } from './merge';
import { healthScore, PROBLEMS, type Problem } from './problems';
import type { EntryRef, HealthReport } from './report-schema';
import { findReused } from './reused';
import { createRulesCheck } from './site-rules';
import { builtFromUserInputs, userInputsOf } from './user-inputs';

export interface AnalyseOptions {
  now: number;
  oldAfterDays: number;
}

/** What is known of each password so far: true / false once checked, undefined before. */
export interface Verdicts {
  /** zxcvbn-ts's verdict (strength-cache.ts). */
  weak(password: string): boolean | undefined;
  /** On the common-passwords list, or (with the online check on) seen in a breach (breach.ts). */
  exposed(password: string): boolean | undefined;
}

export interface ReportOptions extends AnalyseOptions, Verdicts {}

/** Everything but zxcvbn's verdicts. */
export interface Analysis {
  entries: readonly Entry[];
  /** Problems found without strength, per entry id (empty lists left out). */
  found: Map<string, Problem[]>;
  /** Entries whose password is built from their username or shop name: weak whatever zxcvbn says. */
  fromInputs: Set<string>;
  groups: Pick<HealthReport, 'reused' | 'duplicates' | 'oldAfterDays'>;
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

export function analyse(entries: readonly Entry[], { now, oldAfterDays }: AnalyseOptions): Analysis {
  const identity = createIdentity();
  const breaksRules = createRulesCheck();
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const reused = findReused(entries, identity);
  const duplicates = findDuplicates(entries, identity);
  const reusedIds = new Set(reused.flatMap((group) => group.ids));
  const duplicateIds = new Set(duplicates.flat());

  const checks: Record<Exclude<Problem, 'weak' | 'exposed'>, (entry: Entry, hosts: string[]) => boolean> = {
    'breaks-rules': (entry, hosts) => hosts.length > 0 && breaksRules(hosts[0] ?? '', entry.password),
    reused: (entry) => reusedIds.has(entry.id),
    duplicate: (entry) => duplicateIds.has(entry.id),
    old: (entry) => isOld(entry, now, oldAfterDays),
    'no-username': hasNoUsername,
    'http-only': isHttpOnly,
    pending: isPending,
    conflict: hasConflict,
  };
  const kinds = PROBLEMS.filter((p): p is Exclude<Problem, 'weak' | 'exposed'> => p !== 'weak' && p !== 'exposed');
  const found = new Map<string, Problem[]>();
  const fromInputs = new Set<string>();
  for (const entry of entries) {
    const hosts = entryHosts(entry.site);
    const list = kinds.filter((problem) => checks[problem](entry, hosts));
    if (list.length > 0) found.set(entry.id, list);
    if (builtFromUserInputs(entry.password, userInputsOf(entry.username, hosts))) fromInputs.add(entry.id);
  }

  const groupOf = (ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? []);
  const groups = {
    reused: reused.map((group) => ({ entries: groupOf(group.ids).map(refOf), sites: group.sites })),
    duplicates: duplicates.map((ids) => {
      const group = groupOf(ids);
      return { entries: group.map(refOf), preview: previewMerge(group, now) };
    }),
    oldAfterDays,
  };
  return { entries, found, fromInputs, groups };
}

export function withStrength({ entries, found, fromInputs, groups }: Analysis, { weak, exposed }: Verdicts): BuiltReport {
  const problems = new Map<string, Problem[]>();
  const counts = Object.fromEntries(PROBLEMS.map((p) => [p, 0])) as Record<Problem, number>;
  const counted: Problem[][] = [];
  let reviewed = 0;
  for (const entry of entries) {
    const rest = found.get(entry.id) ?? [];
    const verdicts: Problem[] = [];
    if (exposed(entry.password) === true) verdicts.push('exposed');
    if (weak(entry.password) === true || fromInputs.has(entry.id)) verdicts.push('weak');
    const list = verdicts.length > 0 ? [...verdicts, ...rest] : rest;
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
  for (const password of passwords) if (weak(password) === undefined || exposed(password) === undefined) unchecked++;
  const report: HealthReport = {
    total: entries.length,
    reviewed,
    score: healthScore(counted, entries.length - reviewed),
    counts,
    strength: { distinct: passwords.size, unchecked },
    ...groups,
  };
  return { report, problems };
}
