// Runs in: the action popup. Everything the first screen needs, asked for in parallel the moment
// the popup's script runs: one round trip, not a chain of them, and not held back by the first
// render (a Preact effect runs only after the next frame) or by the English strings loading.
import type { EntryList, Status, TabState, VaultState } from '../../core/protocol/messages';
import type { Reply } from '../../core/protocol/reply';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { send } from '../../platform/messaging';
import { PAGE_SIZE } from './paged-search';

export interface FirstScreen {
  status: Reply<Status>;
  tabId: number | null;
  tab: TabState | null;
  vault: VaultState | null;
  /** First page of entries, asked for together with everything else (null when locked). */
  list: EntryList | null;
  clipboardClearSeconds: number;
}

export async function loadFirstScreen(tabId: Promise<number | null>): Promise<FirstScreen> {
  const vaultReply = send('vault/state', {});
  const statusReply = send('status', {});
  const settingsReply = send('settings/get', {});
  const id = await tabId;
  const [status, vault, tab, list, settings] = await Promise.all([
    statusReply,
    vaultReply,
    id === null ? null : send('tab/state', { tabId: id }),
    send('entries/list', { tabId: id, query: '', offset: 0, limit: PAGE_SIZE }),
    settingsReply,
  ]);
  return {
    status, tabId: id, tab: tab?.ok ? tab.value : null, vault: vault.ok ? vault.value : null, list: list.ok ? list.value : null,
    clipboardClearSeconds: settings.ok ? settings.value.clipboardClearSeconds : DEFAULT_SETTINGS.clipboardClearSeconds,
  };
}
