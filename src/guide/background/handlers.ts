// Runs in: background. The guide messages of the handler map, and the hook the page
// report calls so the guide follows the user: every top-frame report of a guided site (any tab)
// moves the site's guide to the step the page shows.
import { passwordMaxLength } from '../../detect/core/password-limit';
import type { PageReport } from '../../detect/core/model';
import { followPage, guideForUrl, placeFor, setPlace, setStatus, startGuide, startOnPage } from '../core/follow';
import { guidedSite } from '../core/site-key';
import type { GuideState, GuideStore } from '../core/state';
import { guideView, recipeById } from '../core/view';
import type { GuideView } from '../core/view-schema';
import type { Handlers } from '../../shared/protocol/dispatch';
import { ReplyFailure } from '../../shared/protocol/reply';
import type { Sender } from '../../shared/protocol/sender';
import { log } from '../../shared/platform/log';
import { sendTabCommand } from '../../shared/platform/commands';
import { openInTab, openNewTab, optionsPageUrl } from '../../shared/platform/navigate';
import { tabFor } from '../../background/speaks-for';
import { readTab } from '../../detect/background/tab-state';
import { changePageUrl } from './change-page';
import { guideOutcome } from './outcome';
import { readGuides, updateGuides } from './store';
import { troubleFor } from './trouble';

type GuideHandlers = Pick<Handlers, 'guide/start' | 'guide/open-change' | 'guide/trouble' | 'guide/state' | 'guide/collapse' | 'guide/dismiss' | 'guide/resume' | 'guide/place' | 'guide/open-entry'>;

/** The tab's page as the background knows it: the top frame's hello URL and latest report. */
async function pageOf(tabId: number) {
  const tab = await readTab(tabId);
  return { url: tab.report?.url ?? tab.hello?.url ?? null, report: tab.report };
}

/**
 * The guide as our pages see it for a tab showing `report` (null: no page known there, as for the
 * options page's "Change it with the guide"), with what became of the password at the flow's end.
 */
async function viewFor(guide: GuideState | null, report: PageReport | null, store: GuideStore | null): Promise<GuideView | null> {
  if (!guide) return null;
  const view = guideView(guide);
  const outcome = view?.current?.last ? await guideOutcome(guide, Date.now()) : null;
  return guideView(guide, {
    fieldMaxLength: passwordMaxLength(report) ?? null,
    page: report ? { url: report.url, report } : null,
    outcome,
    place: store ? placeFor(store, guide) : null,
  });
}

async function stateFor(tabId: number | null): Promise<{ guide: GuideView | null }> {
  if (tabId === null) return { guide: null };
  const { url, report } = await pageOf(tabId);
  if (url === null) return { guide: null };
  const store = await readGuides(Date.now());
  return { guide: await viewFor(guideForUrl(store, url), report, store) };
}

// A framed panel may change only the guide of the site its own tab shows.
async function mayChange(guideId: string, sender: Sender): Promise<void> {
  if (sender.kind !== 'embedded') return;
  const { url } = await pageOf(sender.tabId ?? -1);
  const own = url === null ? null : guideForUrl(await readGuides(Date.now()), url);
  if (own?.id !== guideId) throw new ReplyFailure('forbidden', 'not the guide of this tab');
}

async function changeStatus(guideId: string, status: GuideState['status'], sender: Sender): Promise<{ guide: GuideView | null }> {
  await mayChange(guideId, sender);
  const guide = await updateGuides(Date.now(), (store) => {
    const { store: next, guide: changed } = setStatus(store, guideId, status, Date.now());
    return { store: next, result: changed };
  });
  const report = sender.kind === 'embedded' ? (await pageOf(sender.tabId ?? -1)).report : null;
  return { guide: await viewFor(guide, report, await readGuides(Date.now())) };
}

async function start(tabId: number, flow: GuideState['flow'], entryId: string | null) {
  const { url, report } = await pageOf(tabId);
  if (url === null) return { guide: null, opened: null };
  const now = Date.now();
  const guide = await updateGuides(now, (store) => {
    const started = startGuide(store, { id: crypto.randomUUID(), pageUrl: url, flow, entryId, now });
    const store2 = started.guide && report ? startOnPage(started.store, started.guide.id, { url, report }, now) : started.store;
    return { store: store2, result: store2.guides.find((g) => g.id === started.guide?.id) ?? null };
  });
  if (!guide) return { guide: null, opened: null };
  let opened: string | null = null;
  const recipe = recipeById(guide.recipeId);
  // A change starts on the site's change page, unless the user is on a step of it already.
  if (flow === 'change' && recipe && guide.step === null) {
    opened = await changePageUrl(guide.host, recipe, new URL(url).origin);
    if (!(await openInTab(tabId, opened))) opened = null;
  }
  // The change page's report asks again once it loads; the page shown now gets the panel at once.
  if (opened === null) await sendTabCommand(tabId, { kind: 'guide-panel' });
  return { guide: await viewFor(guide, report, null), opened };
}

// The options page's entry point (the entry editor, the fix-it queue): no tab shows the site yet.
// The guide follows the site, so it starts from the entry's origin and the new tab's first report
// shows the panel on its step.
export async function openChange(origin: string, entryId: string | null) {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    throw new ReplyFailure('bad-request', 'not a web address');
  }
  // Only a shop's own pages are opened: never javascript:, file: or an extension page.
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ReplyFailure('bad-request', 'not a web address');
  const now = Date.now();
  const guide = await updateGuides(now, (store) => {
    const started = startGuide(store, { id: crypto.randomUUID(), pageUrl: url.href, flow: 'change', entryId, now });
    return { store: started.store, result: started.guide };
  });
  const recipe = guide && recipeById(guide.recipeId);
  if (!guide || !recipe) return { guide: null, opened: null };
  const opened = await changePageUrl(guide.host, recipe, url.origin);
  return { guide: await viewFor(guide, null, null), opened: (await openNewTab(opened)) === null ? null : opened };
}

export const guideHandlers: GuideHandlers = {
  // Our framed card (after a failed login) starts only the recover guide, only for its own tab.
  'guide/start': ({ tabId, flow, entryId }, sender) => {
    const tab = tabFor(tabId, sender);
    if (tab === null) throw new ReplyFailure('bad-request', 'no tab named');
    return sender.kind === 'embedded' ? start(tab, 'recover', null) : start(tab, flow, entryId);
  },
  'guide/open-change': ({ origin, entryId }) => openChange(origin, entryId),
  'guide/trouble': (_request, sender) => troubleFor(sender.tabId, Date.now()),
  'guide/state': ({ tabId }, sender) => stateFor(tabFor(tabId, sender)),
  'guide/collapse': ({ guideId, collapsed }, sender) => changeStatus(guideId, collapsed ? 'collapsed' : 'open', sender),
  'guide/dismiss': ({ guideId }, sender) => changeStatus(guideId, 'dismissed', sender),
  // The framed panel, dragged by the user: remembered for the guide's site.
  'guide/place': async ({ guideId, place }, sender) => {
    await mayChange(guideId, sender);
    await updateGuides(Date.now(), (store) => ({ store: setPlace(store, guideId, place, Date.now()), result: undefined }));
    return {};
  },
  'guide/open-entry': async ({ entryId }) => {
    await openNewTab(optionsPageUrl(entryId));
    return {};
  },
  'guide/resume': async ({ guideId, tabId }, sender) => {
    const reply = await changeStatus(guideId, 'open', sender);
    if (reply.guide && tabId !== null) await sendTabCommand(tabId, { kind: 'guide-panel' });
    return reply;
  },
};

export const guideHooks = {
  /** Whether a guide follows pages at `url` (open or folded): its content script then reads texts. */
  follows: async (url: string): Promise<boolean> => {
    if (!guidedSite(url)) return false;
    const guide = guideForUrl(await readGuides(Date.now()), url);
    return guide !== null && guide.status !== 'dismissed';
  },
  /**
   * Never fails the report it rides on; pages of unguided sites cost one session read. A page of
   * a site whose guide is open (or collapsed) gets the in-page panel.
   */
  reported: async (tabId: number, report: PageReport): Promise<void> => {
    try {
      if (!guidedSite(report.url)) return;
      const now = Date.now();
      const guide = await updateGuides(now, (store) => {
        const next = followPage(store, { url: report.url, report, title: report.title, headings: report.headings }, now);
        return { store: next, result: guideForUrl(next, report.url) };
      });
      if (guide && guide.status !== 'dismissed') await sendTabCommand(tabId, { kind: 'guide-panel' });
    } catch (error) {
      log.warn(`guide: following a report failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  },
};
