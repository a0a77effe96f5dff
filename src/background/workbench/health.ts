// Runs in: background. The health report over the decrypted vault. zxcvbn-ts costs 0.5 to 15 ms
// a password (by machine and load), so a 10,000-entry vault takes seconds to minutes to score:
// each `health/report` scores for one time slice and answers with what is known, saying how many
// passwords are left (the options page asks again until none are), so the worker keeps answering
// the popup and the content scripts meanwhile. Scores are cached per distinct password for as long
// as this unlock lasts: the cache hangs off the unlocked vault object and goes with it on lock.
// Normally every verdict is already there: the strength sweep scores passwords when they are
// written (strength-sweep.ts), so a report only scores what the sweep has not reached yet.
import { analyse, withStrength, type Analysis, type BuiltReport } from '../../core/health/report';
import type { HealthReport } from '../../core/health/report-schema';
import { createStrengthCache, type StrengthCache } from '../../core/health/strength-cache';
import type { Problem } from '../../core/health/problems';
import type { Entry } from '../../core/vault/entry';
import { unlocked } from '../vault/vault';
import { loadScorer, type PasswordScorer } from './scorer';
import { loadVerdicts, saveVerdicts } from './verdict-store';

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

// Per entry map (a new map on every write): the sweep asks for it every slice.
const passwordSets = new WeakMap<ReadonlyMap<string, Entry>, Set<string>>();
function passwordsOf(vault: Vault): Set<string> {
  let passwords = passwordSets.get(vault.entries);
  if (!passwords) passwordSets.set(vault.entries, (passwords = new Set([...vault.entries.values()].map((entry) => entry.password))));
  return passwords;
}

// How many verdicts the cache held when they were last stored, per unlock.
const storedSize = new WeakMap<Vault, number>();
// Store along the way too: a page closed, or a worker stopped, halfway through a large vault
// keeps what was scored.
const STORE_EVERY = 2000;

// zxcvbn itself, once loaded: a report whose verdicts were all stored never loads it.
let scorer: PasswordScorer | null = null;
const score = (password: string): number => {
  if (!scorer) throw new Error('scorer not loaded');
  return scorer(password);
};

/** The unlock's cache, seeded with the verdicts stored sealed (at write time, or by the last report). */
async function strengthOf(vault: Vault): Promise<StrengthCache> {
  let cache = caches.get(vault);
  if (!cache) {
    const seeded = createStrengthCache(score);
    try {
      for (const [password, weak] of await loadVerdicts(vault.key, passwordsOf(vault))) seeded.seed(password, weak);
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

/** Scores unscored passwords until `deadline` (performance.now()); answers how many are left. */
async function fillUntil(cache: StrengthCache, passwords: ReadonlySet<string>, deadline: number): Promise<number> {
  const left = cache.fill(passwords, 0, () => 1);
  if (left === 0 || deadline <= 0) return left;
  scorer ??= await loadScorer();
  return cache.fill(passwords, deadline, () => performance.now());
}

/** Stores the verdicts for the vault's passwords once scoring is complete, or every STORE_EVERY new ones. */
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
  const cache = await strengthOf(vault);
  const passwords = passwordsOf(vault);
  // An ask that needs a new analysis answers with it at once, without a scoring slice: the page
  // shows every other problem sooner, and asks again for the rest.
  const analysed = lastAnalysed.get(vault);
  const fresh = analysed?.entries === vault.entries && analysed.oldAfterDays === oldAfterDays && analysed.day === Math.floor(now / 86_400_000);
  const left = await fillUntil(cache, passwords, fresh ? performance.now() + SLICE_MS : 0);
  await storeVerdicts(vault, cache, passwords, left === 0);
  return built(vault, cache, oldAfterDays, now).report;
}

/**
 * Badges for the table if the analysis for these entries is done, else null: the table's first
 * page after an unlock does not wait for it (the page asks again once the report has come).
 */
export async function problemsIfReady(oldAfterDays: number, now: number): Promise<((id: string) => readonly Problem[]) | null> {
  const vault = await unlocked(now);
  const last = lastAnalysed.get(vault);
  const cache = caches.get(vault);
  if (!last || !cache || last.entries !== vault.entries || last.oldAfterDays !== oldAfterDays || last.day !== Math.floor(now / 86_400_000)) return null;
  const { problems } = built(vault, cache, oldAfterDays, now);
  return (id) => problems.get(id) ?? [];
}

/** Badges for the table: the report's problems with whatever strength is known now (no scoring). */
export async function problemsNow(oldAfterDays: number, now: number): Promise<(id: string) => readonly Problem[]> {
  const vault = await unlocked(now);
  const { problems } = built(vault, await strengthOf(vault), oldAfterDays, now);
  return (id) => problems.get(id) ?? [];
}
