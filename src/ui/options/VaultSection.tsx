// Runs in: the options page. The vault: create it on first run, unlock it, or show it is open.
import type { VaultState } from '../../core/protocol/messages';
import { t } from '../../platform/i18n';
import { send } from '../../platform/messaging';
import { UnlockForm } from '../components/UnlockForm';
import { CreateVault } from './CreateVault';

interface VaultSectionProps { state: VaultState; onChange(state: VaultState): void }

export function VaultSection({ state, onChange }: VaultSectionProps) {
  async function lock() {
    const reply = await send('vault/lock', {});
    if (reply.ok) onChange(reply.value);
  }

  return (
    <section class="vault" data-testid="vault-section" data-status={state.status} aria-labelledby="vault-heading">
      <h2 id="vault-heading" class="visually-hidden">{t('vaultHeading')}</h2>
      {state.status === 'absent' && <CreateVault onCreated={onChange} />}
      {state.status === 'locked' && (
        <fieldset>
          <legend>{t('vaultLocked')}</legend>
          <UnlockForm idPrefix="options" onUnlocked={onChange} />
        </fieldset>
      )}
      {state.status === 'unlocked' && (
        <fieldset data-testid="vault-unlocked">
          <legend>{t('vaultUnlocked')}</legend>
          <p role="status" data-testid="entry-count" data-count={state.entries ?? 0}>
            {t('vaultEntryCount', String(state.entries ?? 0))}
          </p>
          {state.unreadable > 0 && (
            <p class="error" data-testid="unreadable">{t('vaultUnreadable', String(state.unreadable))}</p>
          )}
          <button type="button" data-testid="lock-now" onClick={() => void lock()}>{t('lockNow')}</button>
        </fieldset>
      )}
    </section>
  );
}
