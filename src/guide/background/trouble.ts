// Runs in: background. The guide's entry point after a failed login: Keep judges the attempt
// (keep/background/observe.ts, or submit.ts when the next page's evidence came first, calls
// troubleAfterFailedLogin), the tab is asked for its in-page card (the Keep prompt page,
// src/guide/ui/Trouble.tsx), which takes the trouble once (`guide/trouble`) and, on the user's
// vouched-for click, starts the recover guide for its own tab (`guide/start`).
import { parseSiteUrl } from '../../vault/core/match/site';
import { noteTrouble, samePage, takeTrouble } from '../core/trouble';
import { sendTabCommand } from '../../shared/platform/commands';
import { log } from '../../shared/platform/log';
import { readTab } from '../../detect/background/tab-state';
import { updateGuides } from './store';

/**
 * Notes the trouble for `seenOn`, the page that showed the failure (the form back with its error),
 * and asks the tab for its card while the tab still shows that page. Keep's judgment can finish
 * after the user has moved on (a loaded machine, a quick click): the card is for that page only,
 * never for the next one. Never fails Keep's evidence it rides on.
 */
export async function troubleAfterFailedLogin(tabId: number, seenOn: string, now: number): Promise<void> {
  try {
    const shown = (await readTab(tabId)).hello?.url;
    if (shown === undefined || !samePage(shown, seenOn)) return;
    const noted = await updateGuides(now, (store) => {
      const next = noteTrouble(store, { tabId, url: seenOn, at: now });
      return { store: next ?? store, result: next !== null };
    });
    if (noted) await sendTabCommand(tabId, { kind: 'keep-prompt' });
  } catch (error) {
    log.warn(`guide: noting a failed login failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `guide/trouble` for our framed card: the host of its own tab's fresh trouble, or null. */
export async function troubleFor(tabId: number | undefined, now: number): Promise<{ host: string | null }> {
  if (tabId === undefined) return { host: null };
  const url = (await readTab(tabId)).hello?.url ?? '';
  const trouble = await updateGuides(now, (store) => {
    const taken = takeTrouble(store, tabId, url, now);
    return { store: taken.store, result: taken.trouble };
  });
  return { host: trouble ? (parseSiteUrl(trouble.url)?.host ?? null) : null };
}
