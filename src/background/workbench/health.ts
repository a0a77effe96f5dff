// Runs in: background. The health report over the decrypted vault. zxcvbn-ts costs 0.5 to 15 ms
// a password (by machine and load), so a 10,000-entry vault takes seconds to minutes to score:
// each `health/report` scores for one time slice and answers with what is known, saying how many
// passwords are left (the options page asks again until none are), so the worker keeps answering
// the popup and the content scripts meanwhile. Scores are cached per distinct password for as long
// as this unlock lasts: the cache hangs off the unlocked vault object and goes with it on lock.
import { analyse, withStrength, type Analysis, type BuiltReport } from '../../core/health/report';
import type { HealthReport } from '../../core/health/report-schema';
import { createStrengthCache, type StrengthCache } from '../../core/health/strength-cache';
import type { Problem } from '../../core/health/problems';
import type { Entry } from '../../core/vault/entry';
import { unlocked } from '../vault/vault';
import { scorePassword } from './scorer';

type Vault = Awaited<ReturnType<typeof unlocked>>;

/** Scoring time per request: long enough to finish a few thousand passwords in a few asks. */
export const SLICE_MS = 250;

const caches = new WeakMap<Vault, StrengthCache>();

// Per unlocked vault: the analysis (everything but strength, the costly part) until an entry,
// the age setting or the day changes, and the report on it until the scores change too. The
// table's badges reuse them.
interface Analysed {
  entries: ReadonlyMap<string, Entry>;
  oldAfterDays: number;
  day: number;
  analysis: Analysis;
  scored: number;
  built: BuiltReport;
}
const lastAnalysed = new WeakMap<Vault, Analysed>();

function strengthOf(vault: Vault): StrengthCache {
  let cache = caches.get(vault);
  if (!cache) {
    cache = createStrengthCache(scorePassword);
    caches.set(vault, cache);
  }
  return cache;
}

function built(vault: Vault, cache: StrengthCache, oldAfterDays: number, now: number): BuiltReport {
  const day = Math.floor(now / 86_400_000);
  let last = lastAnalysed.get(vault);
  if (!last || last.entries !== vault.entries || last.oldAfterDays !== oldAfterDays || last.day !== day) {
    const analysis = analyse([...vault.entries.values()], { now, oldAfterDays });
    last = { entries: vault.entries, oldAfterDays, day, analysis, scored: cache.size(), built: withStrength(analysis, cache.weak) };
    lastAnalysed.set(vault, last);
  } else if (last.scored !== cache.size()) {
    last.built = withStrength(last.analysis, cache.weak);
    last.scored = cache.size();
  }
  return last.built;
}

export async function healthReport(oldAfterDays: number, now: number): Promise<HealthReport> {
  const vault = await unlocked(now);
  const cache = strengthOf(vault);
  const passwords = new Set<string>();
  for (const entry of vault.entries.values()) passwords.add(entry.password);
  cache.fill(passwords, performance.now() + SLICE_MS, () => performance.now());
  return built(vault, cache, oldAfterDays, now).report;
}

/** Badges for the table: the report's problems with whatever strength is known now (no scoring). */
export async function problemsNow(oldAfterDays: number, now: number): Promise<(id: string) => readonly Problem[]> {
  const vault = await unlocked(now);
  const { problems } = built(vault, strengthOf(vault), oldAfterDays, now);
  return (id) => problems.get(id) ?? [];
}
