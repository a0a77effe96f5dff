// Runs in: the action popup. The vault for the current tab (create, unlock, or its entries), what
// Latchkey sees on the page, and the way to the options page.
import { useEffect, useState } from 'preact/hooks';
import type { TabState, VaultState } from '../../shared/protocol/shapes';
import { passwordMaxLength } from '../../detect/core/password-limit';
import { t } from '../../shared/platform/i18n';
import { send } from '../../shared/platform/messaging';
import { openOptionsPage } from '../../shared/platform/runtime';
import { UnlockForm } from '../../shared/components/UnlockForm';
import type { FirstScreen } from './first-screen';
import { markReady } from '../../shared/components/ready';
import { FillGenerated } from '../../fill/ui/FillGenerated';
import { GuideStart } from '../../guide/ui/GuideStart';
import { PageSummary } from '../../detect/ui/PageSummary';
import { hasLoginForm } from './primary-action';
import { TabOffers } from '../../keep/ui/TabOffers';
import { VaultView } from './VaultView';

interface PopupProps { first: FirstScreen }

// A visible form on the tab's page asks for a new password: the place for a generated one.
const hasNewPasswordField = (report: TabState['report']) =>
  report?.forms.some((f) => f.visible && f.fields.some((field) => field.role === 'new-password')) ?? false;

export function Popup({ first }: PopupProps) {
  const [loaded, setLoaded] = useState<FirstScreen>(first);

  // The popup is ready once its first state is on screen; an unlocked vault also waits for its list.
  useEffect(() => {
    if (loaded.vault?.status !== 'unlocked') markReady();
  }, [loaded]);

  async function setVault(next: VaultState | null) {
    const vault = next ?? (await send('vault/state', {}).then((reply) => (reply.ok ? reply.value : null)));
    // The first page belonged to the state the popup opened with; VaultView fetches afresh.
    setLoaded((current) => ({ ...current, vault, list: null }));
  }

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
      {vault?.status === 'locked' && <UnlockForm idPrefix="popup" onUnlocked={(state) => void setVault(state)} changedElsewhere={vault.changedElsewhere} />}
      {vault?.status === 'unlocked' && (
        <VaultView tabId={loaded.tabId} pageUrl={tab?.hello?.url ?? null} loginForm={hasLoginForm(tab?.report)} fieldMaxLength={passwordMaxLength(tab?.report)} unreadable={vault.unreadable}
          initial={loaded.list} clipboardClearSeconds={loaded.clipboardClearSeconds}
          onState={(state) => void setVault(state)} onReady={markReady} />
      )}
      {vault?.status === 'unlocked' && loaded.tabId !== null && tab?.hello && hasNewPasswordField(tab.report) && (
        <FillGenerated tabId={loaded.tabId} host={new URL(tab.hello.url).hostname} fieldMaxLength={passwordMaxLength(tab.report)}
          onSaved={() => void setVault(null)} />
      )}
      {status.ok && vault && vault.status !== 'absent' && (
        <TabOffers key={vault.status} tabId={loaded.tabId} onSaved={() => void setVault(null)} />
      )}
      {status.ok && loaded.tabId !== null && tab?.hello && (
        <GuideStart tabId={loaded.tabId} entryId={loaded.list && loaded.list.siteFirst > 0 ? loaded.list.items[0]?.id ?? null : null} />
      )}
      {status.ok && <PageSummary tab={tab} />}
      <footer>
        <a href="#" onClick={(e) => { e.preventDefault(); void openOptionsPage(); }}>{t('popupOpenOptions')}</a>
        {status.ok && <span class="muted" data-testid="version">{t('popupVersion', status.value.version)}</span>}
      </footer>
    </main>
  );
}
