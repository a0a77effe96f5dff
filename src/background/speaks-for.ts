// Runs in: background. Whom a sender may speak for, decided from what the browser says of it
// (`runtime.MessageSender`, shared/protocol/sender.ts) and never from its payload (DESIGN.md rule 8).
// A payload that names another tab or another site is refused with an error, not quietly
// corrected: a page of ours that asks for another tab is broken or being used, and says so.
import { ReplyFailure } from '../shared/protocol/reply';
import type { Sender } from '../shared/protocol/sender';

/**
 * The tab a message is about: the tab a framed page of ours sits in (its payload may name that
 * tab or none), or the tab an extension page names.
 */
export function tabFor(requested: number | null, sender: Sender): number | null {
  if (sender.kind !== 'embedded') return requested;
  const own = sender.tabId ?? null;
  if (requested !== null && requested !== own) throw new ReplyFailure('forbidden', 'a framed page speaks only for its own tab');
  return own;
}

/**
 * A content script's page report describes the document the sender is. Its URL can differ from
 * the sender's by path, query and fragment (history.pushState moves the page's location, not the
 * sender's), never by origin: a report of another origin is a claim to speak for another site.
 */
export function checkReportOrigin(reportUrl: string, sender: Sender): void {
  let origin: string;
  try {
    origin = new URL(reportUrl).origin;
  } catch {
    throw new ReplyFailure('bad-request', 'the report names no page');
  }
  if (origin !== sender.origin) throw new ReplyFailure('forbidden', 'a report of another origin than its sender\'s');
}
