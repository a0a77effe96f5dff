// Runs in: background. `fill/entry`: the popup asks (on a click) to fill an entry into a tab.
// The page URL comes from the tab's own content script hello (sender-derived, not from the
// popup), the entry must match it, and the content script re-checks origin, frame and form.
import type { FillOutcome } from '../../shared/protocol/commands';
import { matches } from '../../vault/core/match/matches';
import { markUsed } from '../../vault/core/entry';
import { ReplyFailure } from '../../shared/protocol/reply';
import { sendFill } from '../../shared/platform/commands';
import { readTab } from '../../detect/background/tab-state';
import { changeEntries } from '../../vault/background/entry-writes';
import { unlocked } from '../../vault/background/vault';

export async function fillEntry(tabId: number, entryId: string, now: number): Promise<FillOutcome> {
  const vault = await unlocked(now).catch((error: unknown) => {
    if (error instanceof ReplyFailure && error.code === 'locked') return null;
    throw error;
  });
  if (!vault) return { filled: false, reason: 'locked' };
  const entry = vault.entries.get(entryId);
  if (!entry) throw new ReplyFailure('bad-request', 'no such entry');
  const pageUrl = (await readTab(tabId)).hello?.url;
  if (!pageUrl) return { filled: false, reason: 'no-page' };
  const match = matches(entry.site, pageUrl);
  if (!match.ok) return { filled: false, reason: match.reason === 'insecure-page' ? 'insecure-page' : 'not-matching' };
  const outcome = await sendFill(tabId, { kind: 'fill', username: entry.username, password: entry.password, pageUrl });
  // "Last used" is set on the entry as it is when the write's turn comes, not the copy read above.
  if (outcome.filled) {
    await changeEntries(now, (current) => {
      const filled = current.get(entryId);
      return { put: filled ? [markUsed(filled, now)] : [], result: undefined };
    });
  }
  return outcome;
}
