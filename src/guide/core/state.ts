// Runs anywhere. What the background keeps for the guide in storage.session: one guide per site,
// following the user by site (not by tab), so the reset link opened from the mailbox in a new tab
// hours later picks up at the right step. Time limits and bounds are applied on every write.
import * as z from 'zod/mini';
import { Problem } from './recipes/says/kinds';
import { Place } from './placement';
import { GuideFlow, GuideStatus } from './view-schema';

export { GuideStatus };

export const StepRef = z.object({
  /** The site's recipe, or `generic` when only the generic recognition held (site changed). */
  recipeId: z.string(),
  stepId: z.string(),
});
export type StepRef = z.infer<typeof StepRef>;

export const GuideState = z.object({
  id: z.string(),
  recipeId: z.string(),
  flow: GuideFlow,
  /** The page host the guide started on (after test-host aliasing), for rules and change URLs. */
  host: z.string(),
  /** Which pages the guide follows (guide/core/site-key.ts): the recipe, or the registrable domain. */
  siteKey: z.string(),
  /** The entry the user started the guide for; null when the site has none saved. */
  entryId: z.nullable(z.string()),
  /** The step of the last recognised page; null before any page was recognised. */
  step: z.nullable(StepRef),
  /** The site's step ids reached so far, in order (the list marks them done). */
  reached: z.array(z.string()),
  status: GuideStatus,
  /** A problem the site's latest page states (the code was wrong...): the panel says what to do. */
  notice: z.optional(Problem),
  startedAt: z.number(),
  updatedAt: z.number(),
});
export type GuideState = z.infer<typeof GuideState>;

/** Where the user dragged the panel on a site (for any later guide there). */
export const SitePlace = z.object({ siteKey: z.string(), place: Place, at: z.number() });
export type SitePlace = z.infer<typeof SitePlace>;

/** A login the site refused in a tab: its in-page card offers the reset guide once. */
export const Trouble = z.object({ tabId: z.number(), url: z.string(), at: z.number() });
export type Trouble = z.infer<typeof Trouble>;

export const GuideStore = z.object({ guides: z.array(GuideState), troubles: z.optional(z.array(Trouble)), places: z.optional(z.array(SitePlace)) });
export type GuideStore = z.infer<typeof GuideStore>;

export const EMPTY_GUIDES: GuideStore = { guides: [] };

/** A reset email read the next morning still finds its guide; a guide untouched for a day is gone. */
export const GUIDE_TTL_MS = 24 * 60 * 60 * 1000;
/** storage.session is small and a guide is per site: a handful is plenty. */
export const MAX_GUIDES = 10;

/** The card is for the failure just seen: a minute later it is no longer news. */
export const TROUBLE_TTL_MS = 60 * 1000;

/** Panel spots remembered for this many sites (storage.session: gone with the browser session). */
export const MAX_PLACES = 30;

export function pruneGuides(store: GuideStore, now: number): GuideStore {
  const fresh = store.guides.filter((g) => g.updatedAt <= now && now - g.updatedAt < GUIDE_TTL_MS);
  const troubles = (store.troubles ?? []).filter((t) => t.at <= now && now - t.at < TROUBLE_TTL_MS).slice(-MAX_GUIDES);
  const places = (store.places ?? []).slice(-MAX_PLACES);
  return {
    guides: fresh.slice(-MAX_GUIDES),
    ...(troubles.length > 0 ? { troubles } : {}),
    ...(places.length > 0 ? { places } : {}),
  };
}
