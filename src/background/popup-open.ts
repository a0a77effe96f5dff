// Runs in: background. The popup's first screen in one answer (protocol 'popup/open'). Asked as
// five messages, each went through the browser process separately while it was busy opening the
// popup, and their storage reads queued behind one another.
// Here the vault's header and key, the tab and the settings are read side by side, and the tab
// and settings usually from memory.
import type { PopupOpen, Status } from '../shared/protocol/shapes';
import { readSettings } from '../settings/background/settings';
import { readTab } from '../detect/background/tab-state';
import { entryList } from '../vault/background/search';
import { openVault } from '../vault/background/vault';

export async function openPopup(tabId: number | null, limit: number, status: Status, now: number): Promise<PopupOpen> {
  const [opened, tab, settings] = await Promise.all([openVault(now), tabId === null ? null : readTab(tabId), readSettings()]);
  return {
    status,
    vault: opened.state,
    tab,
    list: opened.vault ? entryList(opened.vault.entries, tab?.hello?.url ?? null, '', 0, limit) : null,
    clipboardClearSeconds: settings.clipboardClearSeconds,
    language: settings.language,
    theme: settings.theme,
  };
}
