// Runs in: background. The Keep messages of the handler map, and the hooks the
// existing page messages call so a navigation and the next page's report count as evidence.
import type { Handlers } from '../../shared/protocol/dispatch';
import type { Sender } from '../../shared/protocol/sender';
import type { PageReport } from '../../detect/core/model';
import { log } from '../../shared/platform/log';
import { tabFor } from '../../background/speaks-for';
import { readTab } from '../../detect/background/tab-state';
import { acceptOffer, completeAccepted, dismissOffer, neverForSite } from './accept';
import { documentOf, noteNavigation, noteReport, observePage, type Observed } from './observe';
import { fillGenerated } from './generated';
import { listOffers, resolveOffers } from './offers';
import { promptIfOffered } from './prompt';
import { submitFromPage } from './submit';

type KeepHandlers = Pick<Handlers, 'keep/submit' | 'keep/observe' | 'keep/offers' | 'keep/accept' | 'keep/dismiss' | 'keep/never' | 'fill/generated'>;

// Our framed prompt speaks only for the tab it is framed in, and for the site that tab shows now;
// the popup names a tab (or none: every recent offer).
async function listFor(requested: number | null, sender: Sender) {
  const tabId = tabFor(requested, sender);
  if (sender.kind !== 'embedded') return listOffers(tabId, Date.now());
  const own = tabId ?? -1;
  return listOffers(own, Date.now(), (await readTab(own)).hello?.url ?? '');
}

const promptOnTab = async (tabId: number) => {
  await resolveOffers(Date.now());
  const shown = (await readTab(tabId)).hello?.url;
  if (shown) await promptIfOffered(tabId, shown, Date.now());
};

export const keepHandlers: KeepHandlers = {
  'keep/submit': async (request, sender) => {
    const { reply, offered } = await submitFromPage(request, sender, Date.now());
    // The next page came before its submit and already says it worked: that page shows the prompt.
    if (offered && sender.tabId !== undefined) await promptOnTab(sender.tabId);
    return reply;
  },
  'keep/observe': async (observation, sender) => {
    const { kept, offered } = await observePage(observation, sender, Date.now());
    if (offered) {
      await resolveOffers(Date.now());
      // An SPA answered in place: the same document shows the prompt.
      if (sender.tabId !== undefined) await promptIfOffered(sender.tabId, sender.url, Date.now());
    }
    return { kept };
  },
  'keep/offers': ({ tabId }, sender) => listFor(tabId, sender),
  'keep/accept': ({ offerId, choice }, sender) => acceptOffer(offerId, choice, sender, Date.now()),
  'keep/dismiss': ({ offerId, forget }, sender) => dismissOffer(offerId, forget, sender, Date.now()),
  'keep/never': ({ offerId }, sender) => neverForSite(offerId, sender, Date.now()),
  // Our framed page fills only the tab it is framed in; the popup names its tab.
  'fill/generated': async ({ tabId, password }, sender) => {
    const tab = tabFor(tabId, sender);
    if (tab === null) return { filled: false, reason: 'no-page', saved: null };
    return fillGenerated(tab, password, Date.now());
  },
};

// The hooks never fail the message they ride on: a hello or report is answered whatever Keep does.
const quietly = (what: string, task: Promise<unknown>) =>
  task.catch((error: unknown) => log.warn(`keep: ${what} failed: ${error instanceof Error ? error.message : String(error)}`));

// Offers are decided against the vault only when a submit has just been judged a success: reading
// the vault counts as activity for auto-lock, and an ordinary page load must not keep it open.
const resolveIfOffered = async (observed: Promise<Observed>) => {
  if ((await observed).offered) await resolveOffers(Date.now());
};

export const keepHooks = {
  /** A new top-frame document in the tab, its hello had at `at`. */
  navigated: (tabId: number, sender: Sender, at: number) =>
    quietly('navigation', resolveIfOffered(noteNavigation(tabId, { at, from: documentOf(sender) }, Date.now()))),
  /** A top-frame report of the page the sender loaded, whose hello the tab had at `helloAt`. */
  reported: (tabId: number, sender: Sender, report: PageReport, helloAt: number) =>
    quietly('report', resolveIfOffered(noteReport(tabId, report, { at: helloAt, from: documentOf(sender) }, Date.now())).then(() => promptIfOffered(tabId, sender.url, Date.now()))),
  unlocked: () => quietly('completing accepted offers', completeAccepted(Date.now())),
};
