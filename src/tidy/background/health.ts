// Runs in: background. The health report over the decrypted vault. zxcvbn-ts is slow enough a
// password (health.coldMs in `npm run bench`) that a large vault takes seconds to minutes to score:
// each `health/report` scores for one time slice and answers with what is known, saying how many
// passwords are left (the options page asks again until none are), so the worker keeps answering
// the popup and the content scripts meanwhile. Scores are cached per distinct password for as long
// as this unlock lasts: the cache hangs off the unlocked vault object and goes with it on lock.
// Normally every verdict is already there: the strength sweep scores passwords when they are
// written (strength-sweep.ts), so a report only scores what the sweep has not reached yet. The
// offline exposed check (the common-passwords list) is part of each verdict; the online one's
// results (breach-cache.ts) count only while the user has it on.
import { analyse, withStrength, type Analysis, type BuiltReport, type Verdicts } from '../core/health/report';
import type { HealthReport } from '../core/health/report-schema';
import { createStrengthCache, type StrengthCache } from '../core/health/strength-cache';
import type { Problem } from '../core/health/problems';
import type { Entry } from '../../vault/core/entry';
import { readSettings } from '../../settings/background/settings';
import { unlocked } from '../../vault/background/vault';
import { breachesOf, type BreachCache } from './breach-cache';
import { loadScorer } from './scorer';
import { passwordsOf } from './vault-passwords';
import { loadVerdicts, saveVerdicts } from './verdict-store';

type Vault = Awaited<ReturnType<typeof unlocked>>;

/** Scoring time per request: long enough to finish a few thousand passwords in a few asks. */
export const SLICE_MS = 250;
const DAY_MS = 86_400_000;

const caches = new WeakMap<Vault, StrengthCache>();

// Per unlocked vault: the analysis (everything but the per-password verdicts, the costly part)
// until an entry, the age setting or the day changes, and the report on it until the verdicts
// change too. The table's badges and the fix-it queue reuse them.
interface Analysed {
  entries: ReadonlyMap<string, Entry>;
  oldAfterDays: number;
  day: number;
  analysis: Analysis;
  /** Which verdicts the report was built with: strength verdicts and online results known, online on. */
  verdicts: string;
  built: BuiltReport;
}
const lastAnalysed = new WeakMap<Vault, Analysed>();

// How many verdicts the cache held when they were last stored, per unlock.
const storedSize = new WeakMap<Vault, number>();
// Store along the way too: a page closed, or a worker stopped, halfway through a large vault
// keeps what was scored.
const STORE_EVERY = 2000;

// zxcvbn and the common list, once loaded: a report whose verdicts were all stored never loads them.
let checks: Awaited<ReturnType<typeof loadScorer>> | null = null;
const loaded = () => {
  if (!checks) throw new Error('scorer not loaded');
  return checks;
};
const lazyChecks = { score: (password: string) => loaded().score(password), isCommon: (password: string) => loaded().isCommon(password) };

/** The unlock's cache, seeded with the verdicts stored sealed (at write time, or by the last report). */
async function strengthOf(vault: Vault): Promise<StrengthCache> {
  let cache = caches.get(vault);
  if (!cache) {
    const seeded = createStrengthCache(lazyChecks);
    try {
      for (const [password, verdict] of await loadVerdicts(vault.key, passwordsOf(vault))) seeded.seed(password, verdict);
    } catch {
      // Unreadable storage: score from scratch.
    }
    // Another ask may have made it while the verdicts were read.
    cache = caches.get(vault);
    if (cache) return cache;
    cache = seeded;
    caches.set(vault, cache);
    // What came from storage need not be stored again.
    storedSize.set(vault, cache.size());
  }
  return cache;
}

/** Checks unchecked passwords until `deadline` (performance.now()); answers how many are left. */
async function fillUntil(cache: StrengthCache, passwords: ReadonlySet<string>, deadline: number): Promise<number> {
  const left = cache.fill(passwords, 0, () => 1);
  if (left === 0 || deadline <= 0) return left;
  checks ??= await loadScorer();
  return cache.fill(passwords, deadline, () => performance.now());
}

/** Stores the verdicts for the vault's passwords once checking is complete, or every STORE_EVERY new ones. */
async function storeVerdicts(vault: Vault, cache: StrengthCache, passwords: ReadonlySet<string>, complete: boolean): Promise<void> {
  const last = storedSize.get(vault) ?? 0;
  if (cache.size() === last || (!complete && cache.size() - last < STORE_EVERY)) return;
  storedSize.set(vault, cache.size());
  const current = [...cache.verdicts()].filter(([password]) => passwords.has(password));
  await saveVerdicts(vault.key, current);
}

/**
 * One slice of scoring for the strength sweep (strength-sweep.ts), outside any report: answers
 * how many passwords are left. `rekeyed`: the verdicts must be stored again under the new key.
 */
export async function scoreSlice(vault: Vault, sliceMs: number, rekeyed: boolean): Promise<number> {
  const cache = await strengthOf(vault);
  if (rekeyed) storedSize.delete(vault);
  const passwords = passwordsOf(vault);
  const left = await fillUntil(cache, passwords, performance.now() + sliceMs);
  await storeVerdicts(vault, cache, passwords, left === 0);
  return left;
}

/** The report's verdicts: zxcvbn's and the common list's, plus the online check's while it is on. */
function verdictsOf(cache: StrengthCache, online: BreachCache | null): Verdicts {
  return {
    weak: cache.weak,
    exposed: (password) => {
      const common = cache.common(password);
      if (common === true || (online?.get(password) ?? 0) > 0) return true;
      return common;
    },
  };
}

async function onlineResults(vault: Vault): Promise<BreachCache | null> {
  return (await readSettings()).onlineBreachCheck ? breachesOf(vault) : null;
}

function built(vault: Vault, cache: StrengthCache, online: BreachCache | null, oldAfterDays: number, now: number): Analysed {
  const day = Math.floor(now / DAY_MS);
  const verdicts = `${cache.size()}:${online ? online.size() : 'off'}`;
  let last = lastAnalysed.get(vault);
  if (!last || last.entries !== vault.entries || last.oldAfterDays !== oldAfterDays || last.day !== day) {
    const analysis = analyse([...vault.entries.values()], { now, oldAfterDays });
    last = { entries: vault.entries, oldAfterDays, day, analysis, verdicts, built: withStrength(analysis, verdictsOf(cache, online)) };
    lastAnalysed.set(vault, last);
  } else if (last.verdicts !== verdicts) {
    last.built = withStrength(last.analysis, verdictsOf(cache, online));
    last.verdicts = verdicts;
  }
  return last;
}

export async function healthReport(oldAfterDays: number, now: number): Promise<HealthReport> {
  const vault = await unlocked(now);
  const [cache, online] = await Promise.all([strengthOf(vault), onlineResults(vault)]);
  const passwords = passwordsOf(vault);
  // An ask that needs a new analysis answers with it at once, without a scoring slice: the page
  // shows every other problem sooner, and asks again for the rest.
  const analysed = lastAnalysed.get(vault);
  const fresh = analysed?.entries === vault.entries && analysed.oldAfterDays === oldAfterDays && analysed.day === Math.floor(now / DAY_MS);
  const left = await fillUntil(cache, passwords, fresh ? performance.now() + SLICE_MS : 0);
  await storeVerdicts(vault, cache, passwords, left === 0);
  return built(vault, cache, online, oldAfterDays, now).built.report;
}

/** The report as it stands (no scoring), with its analysis: the fix-it queue is made from both. */
export async function reportNow(oldAfterDays: number, now: number): Promise<{ vault: Vault; analysed: Analysed; online: BreachCache | null }> {
  const vault = await unlocked(now);
  const [cache, online] = await Promise.all([strengthOf(vault), onlineResults(vault)]);
  return { vault, analysed: built(vault, cache, online, oldAfterDays, now), online };
}

/**
 * Badges for the table if the analysis for these entries is done, else null: the table's first
 * page after an unlock does not wait for it (the page asks again once the report has come).
 */
export async function problemsIfReady(oldAfterDays: number, now: number): Promise<((id: string) => readonly Problem[]) | null> {
  const vault = await unlocked(now);
  const last = lastAnalysed.get(vault);
  const cache = caches.get(vault);
  if (!last || !cache || last.entries !== vault.entries || last.oldAfterDays !== oldAfterDays || last.day !== Math.floor(now / DAY_MS)) return null;
  const { problems } = built(vault, cache, await onlineResults(vault), oldAfterDays, now).built;
  return (id) => problems.get(id) ?? [];
}

/** Badges for the table: the report's problems with whatever verdicts are known now (no scoring). */
export async function problemsNow(oldAfterDays: number, now: number): Promise<(id: string) => readonly Problem[]> {
  const vault = await unlocked(now);
  const [cache, online] = await Promise.all([strengthOf(vault), onlineResults(vault)]);
  const { problems } = built(vault, cache, online, oldAfterDays, now).built;
  return (id) => problems.get(id) ?? [];
}
