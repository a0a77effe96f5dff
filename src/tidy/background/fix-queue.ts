// Runs in: background. The health page's fix-it queue (tidy/core/health/fix-queue.ts), a page at a
// time from the report as it stands, and its "Fix": the entry's change-password page opens with
// the guide started for the entry (the same way as the entry editor's "Change it with the
// guide"), and the moment is recorded so the queue can say "not changed yet" when the user comes
// back without a change. A change Keep sees rewrites the entry: the next ask no longer lists it.
import { orderFixQueue, type FixCandidate, type Queued } from '../core/health/fix-queue';
import { pendingFixStart, withFixStart } from '../core/health/fix-starts';
import type { BuiltReport } from '../core/health/report';
import type { FixItem, FixQueuePage } from '../core/health/report-schema';
import { isReviewed } from '../core/health/entry-checks';
import { ReplyFailure } from '../../shared/protocol/reply';
import type { Entry } from '../../vault/core/entry';
import { entryHosts } from '../../vault/core/summary';
import { openChange } from '../../guide/background/handlers';
import { fixStartsItem } from '../../shared/storage/items';
import { createSerialQueue } from '../../shared/serial-queue';
import { unlocked } from '../../vault/background/vault';
import { reportNow } from './health';

/** Other sites named on a reused item; the count says how many in all. */
const REUSED_NAMED = 3;

interface Candidate extends FixCandidate {
  entry: Entry;
  reusedWith: string[];
}

// The ordered queue of one built report (it changes whenever the report does).
const queues = new WeakMap<BuiltReport, Queued<Candidate>[]>();

function queueOf(entries: Iterable<Entry>, built: BuiltReport, breachCount: (password: string) => number): Queued<Candidate>[] {
  let queue = queues.get(built);
  if (queue) return queue;
  const reuse = new Map<string, { sites: number; group: string; hosts: string[] }>();
  for (const group of built.report.reused) {
    const key = group.entries[0]?.id ?? '';
    for (const ref of group.entries) reuse.set(ref.id, { sites: group.sites, group: key, hosts: group.entries.filter((e) => e.id !== ref.id).map((e) => e.host) });
  }
  const candidates: Candidate[] = [];
  for (const entry of entries) {
    const problems = built.problems.get(entry.id);
    if (!problems || isReviewed(entry)) continue;
    const reused = reuse.get(entry.id);
    candidates.push({
      entry,
      id: entry.id,
      host: entryHosts(entry.site)[0] ?? '',
      problems,
      passwordChanged: entry.passwordChanged,
      reusedSites: reused?.sites ?? 0,
      reusedGroup: reused?.group ?? null,
      // Sorted: the vault's read order is not stable, and the named sites must not shuffle between opens.
      reusedWith: [...new Set(reused?.hosts ?? [])].sort().slice(0, REUSED_NAMED),
      breachCount: breachCount(entry.password),
      holdsPayment: entry.holdsPayment === true,
    });
  }
  queue = orderFixQueue(candidates);
  queues.set(built, queue);
  return queue;
}

export async function fixQueuePage(oldAfterDays: number, offset: number, limit: number, now: number): Promise<FixQueuePage> {
  const [{ vault, analysed, online }, starts] = await Promise.all([reportNow(oldAfterDays, now), readStarts()]);
  const queue = queueOf(vault.entries.values(), analysed.built, (password) => online?.get(password) ?? 0);
  const items = queue.slice(offset, offset + limit).map(({ entry, id, host, tier, problems, reusedWith, reusedSites, reusedGroup, breachCount, passwordChanged, holdsPayment }): FixItem => ({
    id,
    host,
    username: entry.username,
    tier,
    problems: [...problems],
    reusedWith,
    reusedSites,
    reusedGroup,
    breachCount,
    passwordChanged,
    holdsPayment: holdsPayment === true,
    fixStartedAt: pendingFixStart(starts, id, passwordChanged),
  }));
  return { items, total: queue.length };
}

async function readStarts() {
  // Queue state only: an unreadable value is no starts.
  const { value, error } = await fixStartsItem.get();
  return error ? { started: {} } : value;
}

const serial = createSerialQueue();

/** "Fix": opens the entry's change page with the guide for it, and records the start. */
export async function startFix(entryId: string, now: number): Promise<{ opened: string | null; fixStartedAt: number | null }> {
  const entry = (await unlocked(now)).entries.get(entryId);
  const origin = entry?.site.origins[0];
  if (!entry || origin === undefined) throw new ReplyFailure('bad-request', 'no such entry');
  const { opened } = await openChange(origin, entryId);
  if (opened === null) return { opened, fixStartedAt: null };
  await serial('fixes', async () => fixStartsItem.set(withFixStart(await readStarts(), entryId, now)));
  return { opened, fixStartedAt: now };
}
