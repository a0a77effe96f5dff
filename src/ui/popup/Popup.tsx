// Runs in: the action popup. The vault for the current tab (create, unlock, or its entries), what
// Latchkey sees on the page, and the way to the options page.
import { useEffect, useState } from 'preact/hooks';
import type { Status, TabState, VaultState } from '../../core/protocol/messages';
import type { Reply } from '../../core/protocol/reply';
import { t } from '../../platform/i18n';
import { send } from '../../platform/messaging';
import { openOptionsPage } from '../../platform/runtime';
import { UnlockForm } from '../components/UnlockForm';
import { markReady } from '../ready';
import { PageSummary } from './PageSummary';
import { VaultView } from './VaultView';

interface PopupProps { tabId: Promise<number | null> }

interface Loaded { status: Reply<Status>; tabId: number | null; tab: TabState | null; vault: VaultState | null }

export function Popup({ tabId }: PopupProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    void (async () => {
      const [status, vault, id] = await Promise.all([send('status', {}), send('vault/state', {}), tabId]);
      const tab = id === null ? null : await send('tab/state', { tabId: id });
      setLoaded({ status, tabId: id, tab: tab?.ok ? tab.value : null, vault: vault.ok ? vault.value : null });
    })();
  }, [tabId]);

  // The popup is ready once its first state is on screen; an unlocked vault also waits for its list.
  useEffect(() => {
    if (loaded && loaded.vault?.status !== 'unlocked') markReady();
  }, [loaded]);

  async function setVault(next: VaultState | null) {
    const vault = next ?? (await send('vault/state', {}).then((reply) => (reply.ok ? reply.value : null)));
    setLoaded((current) => current && { ...current, vault });
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
        <VaultView tabId={loaded.tabId} pageUrl={tab?.hello?.url ?? null} unreadable={vault.unreadable}
          onState={(state) => void setVault(state)} onReady={markReady} />
      )}
      {status.ok && <PageSummary tab={tab} />}
      <footer>
        <a href="#" onClick={(e) => { e.preventDefault(); void openOptionsPage(); }}>{t('popupOpenOptions')}</a>
        {status.ok && <span class="muted" data-testid="version">{t('popupVersion', status.value.version)}</span>}
      </footer>
    </main>
  );
}
