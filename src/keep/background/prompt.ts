// Runs in: background. When to ask a tab's content script for the in-page prompt: the tab has an
// offer the user has not answered, from the site the tab shows now. Asked again on each report of
// that page, so a prompt survives a navigation within the site (and a reload) until answered;
// "Not now" marks the offer dismissed and it stays in the popup only.
import { sameSite } from '../core/same-site';
import { askTabToPrompt } from '../../shared/platform/prompt-command';
import { readKeep } from './store';

export async function promptIfOffered(tabId: number, pageUrl: string, now: number): Promise<void> {
  const { offers } = await readKeep(now);
  const open = offers.some((o) => o.capture.tabId === tabId && !o.dismissed && o.accepted === null && sameSite(o.capture.url, pageUrl));
  if (open) await askTabToPrompt(tabId);
}
