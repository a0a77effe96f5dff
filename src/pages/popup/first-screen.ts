// Runs in: the action popup. Everything the first screen needs, from the one 'popup/open' answer
// that first-request.ts asked for before this code loaded (background/popup-open.ts says why one
// message), checked against its schema like every reply.
import { PopupOpen, type EntryList, type Status, type TabState, type VaultState } from '../../shared/protocol/shapes';
import { fail, readReply, type Reply } from '../../shared/protocol/reply';
import { DEFAULT_SETTINGS, type Language, type Theme } from '../../settings/core/settings';
import type { FirstRequest } from './first-request';

export interface FirstScreen {
  /** The background's status, or why it could not be asked (shown as "background down"). */
  status: Reply<Status>;
  tabId: number | null;
  tab: TabState | null;
  vault: VaultState | null;
  /** First page of entries (null when locked). */
  list: EntryList | null;
  clipboardClearSeconds: number;
  /** The language chosen in the settings (shared/platform/i18n.ts loadStrings). */
  language: Language;
  /** The theme chosen in the settings (shared/components/apply-theme.ts). */
  theme: Theme;
}

export async function loadFirstScreen(request: Promise<FirstRequest>): Promise<FirstScreen> {
  const { tabId, reply: sent } = await request;
  const reply = sent.sent ? readReply('popup/open', sent.raw, PopupOpen) : fail('unavailable', sent.error);
  if (!reply.ok) {
    return { status: reply, tabId, tab: null, vault: null, list: null, clipboardClearSeconds: DEFAULT_SETTINGS.clipboardClearSeconds, language: DEFAULT_SETTINGS.language, theme: DEFAULT_SETTINGS.theme };
  }
  const { status, tab, vault, list, clipboardClearSeconds, language, theme } = reply.value;
  return { status: { ok: true, value: status }, tabId, tab, vault, list, clipboardClearSeconds, language, theme };
}
