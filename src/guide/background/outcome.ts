// Runs in: background. What became of the new password at the end of a guided flow, for the panel
// to say so honestly: Keep kept it for the guide's entry (or, with no entry chosen, for an entry of
// the site) since the guide started, pending until a sign-in confirms it; or an update offer is
// waiting for the user; or Latchkey saw nothing and the user should update the entry by hand.
import { guidedSite } from '../core/site-key';
import type { GuideState } from '../core/state';
import type { GuideOutcome } from '../core/view-schema';
import type { Entry } from '../../vault/core/entry';
import { entriesIfUnlocked } from '../../keep/background/vault-access';
import { readKeep } from '../../keep/background/store';

const ofSite = (entry: Entry, siteKey: string) => entry.site.origins.some((o) => guidedSite(o)?.siteKey === siteKey);

export async function guideOutcome(guide: GuideState, now: number): Promise<GuideOutcome> {
  const entries = await entriesIfUnlocked(now);
  if (!entries) return { kind: 'locked', entryId: guide.entryId };
  const candidates = guide.entryId !== null
    ? [entries.get(guide.entryId)].filter((e) => e !== undefined)
    : [...entries.values()].filter((e) => ofSite(e, guide.siteKey));
  const changed = candidates.find((e) => e.passwordChanged >= guide.startedAt);
  if (changed) return { kind: changed.status === 'pending' ? 'pending' : 'saved', entryId: changed.id };
  const { offers } = await readKeep(now);
  const waiting = offers.some((o) => !o.dismissed && o.accepted === null && guidedSite(o.capture.url)?.siteKey === guide.siteKey);
  return { kind: waiting ? 'offer' : 'missed', entryId: guide.entryId ?? candidates[0]?.id ?? null };
}
