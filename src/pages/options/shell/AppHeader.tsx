// Runs in: the options page. The app's header: the product's name and icon, and the vault's state
// on every section (locked or unlocked, how many passwords, records that could not be read), with
// the lock button.
import type { VaultState } from '../../../shared/protocol/shapes';
import { t } from '../../../shared/platform/i18n';

interface AppHeaderProps { vault: VaultState | null; onLock(): void }

export function AppHeader({ vault, onLock }: AppHeaderProps) {
  return (
    <header class="app-header">
      <p class="brand">
        <img src="/icons/icon-32.png" alt="" width={24} height={24} />
        <span>{t('extName')}</span>
      </p>
      {vault && vault.status !== 'absent' && (
        <div class="vault-state" data-testid="vault-section" data-status={vault.status}>
          {vault.status === 'unlocked' ? (
            <>
              <p role="status" data-testid="vault-unlocked">
                <span class="state-dot unlocked" aria-hidden="true" />
                {t('vaultStateUnlocked')} · <span data-testid="entry-count" data-count={vault.entries ?? 0}>{t('vaultEntryCount', String(vault.entries ?? 0))}</span>
              </p>
              {vault.unreadable > 0 && <p class="error" data-testid="unreadable">{t('vaultUnreadable', String(vault.unreadable))}</p>}
              <button type="button" class="small" data-testid="lock-now" onClick={onLock}>{t('lockNow')}</button>
            </>
          ) : (
            <p role="status" data-testid="vault-locked"><span class="state-dot" aria-hidden="true" />{t('vaultStateLocked')}</p>
          )}
        </div>
      )}
    </header>
  );
}
