// Runs anywhere. The fix-it queue: the entries whose password should change, in the order to
// change them. By risk: a password attackers already hold or try first (exposed) and one that
// opens other shops too (reused) before a guessable one (weak, or against the site's own rules),
// and that before one merely old. Within a tier, shops that hold a saved card or address come
// first when that is known (the user says so in the entry editor; unknown counts as not), then the
// worst case of the tier, then the oldest password. A reused password stays one run of sites,
// fixed site by site: a group with such a shop leads its tier whole, that shop first in it.
// Pure and total, so the order is the same in every test.
import * as z from 'zod/mini';
import type { Problem } from './problems';

export const FixTier = z.enum(['exposed', 'reused', 'weak', 'old']);
export type FixTier = z.infer<typeof FixTier>;

const RANK: Record<FixTier, number> = { exposed: 0, reused: 1, weak: 2, old: 3 };

/** The problems a new password fixes, and the tier each puts an entry in. */
const TIER_OF: Partial<Record<Problem, FixTier>> = { exposed: 'exposed', reused: 'reused', weak: 'weak', 'breaks-rules': 'weak', old: 'old' };

/** The riskiest tier among an entry's problems, or null when changing its password fixes none. */
export function fixTier(problems: readonly Problem[]): FixTier | null {
  let best: FixTier | null = null;
  for (const problem of problems) {
    const tier = TIER_OF[problem];
    if (tier && (best === null || RANK[tier] < RANK[best])) best = tier;
  }
  return best;
}

export interface FixCandidate {
  id: string;
  host: string;
  problems: readonly Problem[];
  passwordChanged: number;
  /** Sites sharing this password (0: not reused). */
  reusedSites: number;
  /** Which reuse group it is in (entries of one group stay together, fixed site by site). */
  reusedGroup: string | null;
  /** Times the online check saw the password in breaches (0: not seen, or not checked). */
  breachCount: number;
  /** The shop holds a saved card or address; undefined while nothing says either way. */
  holdsPayment?: boolean;
}

export type Queued<T extends FixCandidate> = T & { tier: FixTier };

/** A queued candidate with what the order needs of its group. */
type Ranked<T extends FixCandidate> = Queued<T> & { leads: boolean };

const fixes = (c: FixCandidate) => c.problems.filter((p) => TIER_OF[p] !== undefined).length;

/** The worst case within a tier first: the most breached, the widest reuse, a weak password before one that only breaks the site's rules. */
function severity(c: Queued<FixCandidate>): number {
  if (c.tier === 'exposed') return c.breachCount;
  if (c.tier === 'reused') return c.reusedSites;
  if (c.tier === 'weak') return c.problems.includes('weak') ? 1 : 0;
  return 0;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const holds = (c: FixCandidate) => Number(c.holdsPayment === true);

function compare(a: Ranked<FixCandidate>, b: Ranked<FixCandidate>): number {
  return (
    RANK[a.tier] - RANK[b.tier] ||
    Number(b.leads) - Number(a.leads) ||
    severity(b) - severity(a) ||
    byText(a.reusedGroup ?? '', b.reusedGroup ?? '') ||
    holds(b) - holds(a) ||
    fixes(b) - fixes(a) ||
    a.passwordChanged - b.passwordChanged ||
    byText(a.host, b.host) ||
    byText(a.id, b.id)
  );
}

/** The candidates a password change would help, riskiest first. */
export function orderFixQueue<T extends FixCandidate>(candidates: Iterable<T>): Queued<T>[] {
  const queued: Queued<T>[] = [];
  const groupsHolding = new Set<string>();
  for (const candidate of candidates) {
    const tier = fixTier(candidate.problems);
    if (!tier) continue;
    queued.push({ ...candidate, tier });
    if (candidate.holdsPayment === true && candidate.reusedGroup !== null) groupsHolding.add(candidate.reusedGroup);
  }
  const ranked = queued.map((c): Ranked<T> => ({ ...c, leads: c.holdsPayment === true || (c.reusedGroup !== null && groupsHolding.has(c.reusedGroup)) }));
  return ranked.sort(compare).map(({ leads: _leads, ...c }) => c as Queued<T>);
}
