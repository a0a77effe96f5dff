// Runs in: the action popup. The vault for the current tab (create, unlock, or its entries), what
// Latchkey sees on the page, and the way to the options page.
import { useEffect, useState } from 'preact/hooks';
import type { EntryList, Status, TabState, VaultState } from '../../core/protocol/messages';
import { passwordMaxLength } from '../../core/detect/password-limit';
import { DEFAULT_SETTINGS } from '../../core/settings';
import type { Reply } from '../../core/protocol/reply';
import { t } from '../../platform/i18n';
import { send } from '../../platform/messaging';
import { openOptionsPage } from '../../platform/runtime';
import { UnlockForm } from '../components/UnlockForm';
import { markReady } from '../ready';
import { GuideStart } from './GuideStart';
import { PageSummary } from './PageSummary';
import { PAGE_SIZE } from './paged-search';
import { TabOffers } from './TabOffers';
import { VaultView } from './VaultView';

interface PopupProps { tabId: Promise<number | null> }

interface Loaded {
  status: Reply<Status>;
  tabId: number | null;
  tab: TabState | null;
  vault: VaultState | null;
  /** First page of entries, asked for together with everything else (null when locked). */
  list: EntryList | null;
  clipboardClearSeconds: number;
}

export function Popup({ tabId }: PopupProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    void (async () => {
      // Everything the first screen needs, in parallel: one round trip, not a chain of them.
      const id = await tabId;
      const [status, vault, tab, list, settings] = await Promise.all([
        send('status', {}),
        send('vault/state', {}),
        id === null ? null : send('tab/state', { tabId: id }),
        send('entries/list', { tabId: id, query: '', offset: 0, limit: PAGE_SIZE }),
        send('settings/get', {}),
      ]);
      setLoaded({
        status, tabId: id, tab: tab?.ok ? tab.value : null, vault: vault.ok ? vault.value : null, list: list.ok ? list.value : null,
        clipboardClearSeconds: settings.ok ? settings.value.clipboardClearSeconds : DEFAULT_SETTINGS.clipboardClearSeconds,
      });
    })();
  }, [tabId]);

  // The popup is ready once its first state is on screen; an unlocked vault also waits for its list.
  useEffect(() => {
    if (loaded && loaded.vault?.status !== 'unlocked') markReady();
  }, [loaded]);

  async function setVault(next: VaultState | null) {
    const vault = next ?? (await send('vault/state', {}).then((reply) => (reply.ok ? reply.value : null)));
    // The first page belonged to the state the popup opened with; VaultView fetches afresh.
    setLoaded((current) => current && { ...current, vault, list: null });
  }

  if (!loaded) return <main><p class="muted">{t('optionsLoading')}</p></main>;
  const { status, tab, vault } = loaded;
  return (
    <main data-testid="popup" data-vault={vault?.status ?? 'unknown'}>
      <h1>{t('popupHeading')}</h1>
      {!status.ok && <p class="error" role="alert">{t('popupBackgroundDown', status.error.message)}</p>}
      {vault?.status === 'absent' && (
        <section data-testid="vault-absent">
          <p>{t('popupNoVault')}</p>
          <button type="button" data-testid="create-vault" onClick={() => void openOptionsPage()}>{t('popupCreateVault')}</button>
        </section>
      )}
      {vault?.status === 'locked' && <UnlockForm idPrefix="popup" onUnlocked={(state) => void setVault(state)} />}
      {vault?.status === 'unlocked' && (
        <VaultView tabId={loaded.tabId} pageUrl={tab?.hello?.url ?? null} fieldMaxLength={passwordMaxLength(tab?.report)} unreadable={vault.unreadable}
          initial={loaded.list} clipboardClearSeconds={loaded.clipboardClearSeconds}
          onState={(state) => void setVault(state)} onReady={markReady} />
      )}
      {status.ok && vault && vault.status !== 'absent' && (
        <TabOffers key={vault.status} tabId={loaded.tabId} onSaved={() => void setVault(null)} />
      )}
      {status.ok && loaded.tabId !== null && tab?.hello && (
        <GuideStart tabId={loaded.tabId} entryId={loaded.list?.forTab[0]?.id ?? null} />
      )}
      {status.ok && <PageSummary tab={tab} />}
      <footer>
        <a href="#" onClick={(e) => { e.preventDefault(); void openOptionsPage(); }}>{t('popupOpenOptions')}</a>
        {status.ok && <span class="muted" data-testid="version">{t('popupVersion', status.value.version)}</span>}
      </footer>
    </main>
  );
}
