// Runs in: background. Which saved entry the guide for a page's site was started for (Keep's
// update offer after a reset names it: guide/core/prefer-entry.ts).
import { guideForUrl } from '../core/follow';
import { readGuides } from './store';

export async function guideEntryFor(url: string, now: number): Promise<string | null> {
  return guideForUrl(await readGuides(now), url)?.entryId ?? null;
}
