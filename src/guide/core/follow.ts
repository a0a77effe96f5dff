// Runs anywhere. The guide's state changes, as pure functions over the stored guides: start one
// for a site (replacing an older one for the same site), follow a page report to the step it
// shows, and collapse, dismiss or resume. The background applies them in one serial queue.
import { saysOf, type PageView } from './recipes/page-view';
import { recogniseStep } from './recipes/recognise';
import { Problem } from './recipes/says/kinds';
import type { FlowName } from './recipes/schema';
import type { Place } from './placement';
import { guidedSite, recipeUrl } from './site-key';
import { recipeById } from './view';
import { pruneGuides, type GuideState, type GuideStatus, type GuideStore } from './state';

export interface StartRequest {
  id: string;
  pageUrl: string;
  flow: FlowName;
  entryId: string | null;
  now: number;
}

export function startGuide(store: GuideStore, start: StartRequest): { store: GuideStore; guide: GuideState | null } {
  const site = guidedSite(start.pageUrl);
  if (!site || !site.recipe.flows[start.flow]) return { store, guide: null };
  const guide: GuideState = {
    id: start.id, recipeId: site.recipe.id, flow: start.flow, host: site.host, siteKey: site.siteKey,
    entryId: start.entryId, step: null, reached: [], status: 'open', startedAt: start.now, updatedAt: start.now,
  };
  const others = store.guides.filter((g) => g.siteKey !== site.siteKey);
  return { store: pruneGuides({ ...store, guides: [...others, guide] }, start.now), guide };
}

/**
 * The page the user starts a guide on may already be one of its steps (the sign-in form): the
 * guide starts there. Never at its last step: a sign-in page is where a change flow ends too, and
 * a guide that started over would follow nothing.
 */
export function startOnPage(store: GuideStore, guideId: string, page: PageView, now: number): GuideStore {
  const followed = followPage(store, page, now);
  const guide = followed.guides.find((g) => g.id === guideId);
  const step = guide?.step ? recipeById(guide.step.recipeId)?.flows[guide.flow]?.steps.find((s) => s.id === guide.step?.stepId) : undefined;
  return step && (step.next ?? []).length === 0 ? store : followed;
}

/** The guide that follows a page at this URL, if any (newest first: one per site anyway). */
export function guideForUrl(store: GuideStore, url: string): GuideState | null {
  const site = guidedSite(url);
  if (!site) return null;
  return store.guides.findLast((g) => g.siteKey === site.siteKey) ?? null;
}

/** The most pressing problem the page states (too many attempts, expired, wrong code), if any. */
function problemOn(page: PageView): Problem | undefined {
  const said = new Set(saysOf(page).map((s) => s.kind));
  return Problem.options.find((p) => said.has(p));
}

/**
 * A page report for a guided site moves its guide to the step the page shows, and notes the
 * problem the page states (or that it states none any more).
 */
export function followPage(store: GuideStore, page: PageView, now: number): GuideStore {
  const guide = guideForUrl(store, page.url);
  const site = guidedSite(page.url);
  if (!guide || !site) return store;
  const previousStepId = guide.step?.recipeId === guide.recipeId ? guide.step.stepId : undefined;
  // The guide's own recipe, not the page's: a Shopify store on its own domain is Shopify's only on
  // the paths that show it (/account/login), and its account page after the reset is a step too.
  const recipe = recipeById(guide.recipeId) ?? site.recipe;
  const view = { ...page, url: recipeUrl(page.url, site.host), previousStepId };
  // A flow that reached its last step is over: the sign-in page the site sends the user to next
  // is not the start again (the panel says what happens next, then closes).
  const at = guide.step?.recipeId === guide.recipeId ? recipe.flows[guide.flow]?.steps.find((s) => s.id === guide.step?.stepId) : undefined;
  const over = at !== undefined && (at.next ?? []).length === 0;
  const found = over ? null : recogniseStep(recipe, guide.flow, view);
  const notice = problemOn(view);
  // A page of the site that shows no step (the home page) leaves the guide where it was.
  const step = found ? { recipeId: found.recipeId, stepId: found.stepId } : guide.step;
  const moved = step?.recipeId !== guide.step?.recipeId || step?.stepId !== guide.step?.stepId;
  if (!moved && notice === guide.notice) return store;
  const own = found?.recipeId === guide.recipeId;
  const reached = found && own && !guide.reached.includes(found.stepId) ? [...guide.reached, found.stepId] : guide.reached;
  const next: GuideState = { ...guide, step, reached, updatedAt: now };
  if (notice) next.notice = notice;
  else delete next.notice;
  return replace(store, next, now);
}

/** Remembers where the user put the panel on the guide's site. */
export function setPlace(store: GuideStore, guideId: string, place: Place, now: number): GuideStore {
  const guide = store.guides.find((g) => g.id === guideId);
  if (!guide) return store;
  const places = [...(store.places ?? []).filter((p) => p.siteKey !== guide.siteKey), { siteKey: guide.siteKey, place, at: now }];
  return pruneGuides({ ...store, places }, now);
}

export function placeFor(store: GuideStore, guide: GuideState): Place | null {
  return store.places?.find((p) => p.siteKey === guide.siteKey)?.place ?? null;
}

export function setStatus(store: GuideStore, guideId: string, status: GuideStatus, now: number): { store: GuideStore; guide: GuideState | null } {
  const guide = store.guides.find((g) => g.id === guideId);
  if (!guide) return { store, guide: null };
  const next = { ...guide, status, updatedAt: now };
  return { store: replace(store, next, now), guide: next };
}

function replace(store: GuideStore, guide: GuideState, now: number): GuideStore {
  return pruneGuides({ ...store, guides: store.guides.map((g) => (g.id === guide.id ? guide : g)) }, now);
}
