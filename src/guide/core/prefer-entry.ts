// Runs anywhere. The hand-off from the guide to Keep: after a reset or change on a guided site,
// the update offer is for the entry the user started the guide for (DESIGN.md: "the entry to
// update is the one the user started the recovery for"), when that entry is one Keep would offer
// anyway. Keep's own links (the username typed on the forgot step) still decide first; this only
// turns a picker into the one entry, and never offers an entry Keep did not find for the page.
import type { Decision } from '../../keep/core/decision';

export function preferGuideEntry(decision: Decision, guideEntryId: string | null): Decision {
  if (guideEntryId === null || decision.kind !== 'update' || !decision.pending) return decision;
  if (decision.candidates.length < 2 || !decision.candidates.includes(guideEntryId)) return decision;
  return { ...decision, candidates: [guideEntryId], reason: `${decision.reason}; the entry the guide was started for` };
}
