// Runs in: the options page, first run. The browser account already holds a synced vault (the
// user turned sync on on another computer): say so, and let the user either unlock it here with
// its master password, or start a new, separate vault on this computer, which does not sync.
// Nothing is taken without the user's word (sync/background/adopt.ts).
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { VaultState } from '../../shared/protocol/shapes';
import { t } from '../../shared/platform/i18n';
import { send } from '../../shared/platform/messaging';
import { PasswordField } from '../../shared/components/PasswordField';
import { unlockFailureText } from '../../vault/ui/vault-failure';

interface SyncedVaultChoiceProps {
  onUnlocked(state: VaultState): void;
  /** What a new vault here looks like (the create form), shown once the user chooses it or when there is nothing synced. */
  children: ComponentChildren;
}

export function SyncedVaultChoice({ onUnlocked, children }: SyncedVaultChoiceProps) {
  const [offer, setOffer] = useState<boolean | null>(null);
  const [separate, setSeparate] = useState(false);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void send('sync/offer', {}).then((reply) => setOffer(reply.ok && reply.value.exists));
  }, []);

  async function unlock(event: Event) {
    event.preventDefault();
    if (busy || !password) return;
    setBusy(true);
    setError(null);
    const reply = await send('sync/adopt', { password });
    setBusy(false);
    if (!reply.ok) return setError(t('errorGeneric', reply.error.message));
    if (reply.value.failure) return setError(unlockFailureText(reply.value.failure));
    onUnlocked(reply.value.state);
  }

  if (offer === null) return null;
  if (!offer) return <>{children}</>;
  if (separate) {
    return (
      <>
        <p class="warning" data-testid="synced-separate-note">{t('syncedSeparateNote')}</p>
        <div class="actions">
          <button type="button" class="secondary" data-testid="synced-back" onClick={() => setSeparate(false)}>{t('syncedBack')}</button>
        </div>
        {children}
      </>
    );
  }
  return (
    <section aria-labelledby="synced-heading" data-testid="synced-vault-choice">
      <h2 id="synced-heading">{t('syncedHeading')}</h2>
      <p id="synced-what">{t('syncedWhat')}</p>
      <form onSubmit={unlock} data-testid="synced-unlock" aria-busy={busy}>
        <PasswordField id="synced-master" label={t('syncedPassword')} value={password} onInput={setPassword}
          autocomplete="current-password" describedBy="synced-what synced-error" autoFocus />
        <p id="synced-error" class="error" role="alert" data-testid="synced-error">{error ?? ''}</p>
        <div class="actions">
          <button type="submit" disabled={busy || !password} data-testid="synced-unlock-submit">{busy ? t('unlockBusy') : t('syncedUnlock')}</button>
        </div>
      </form>
      <h2>{t('syncedSeparateHeading')}</h2>
      <p id="synced-separate-what">{t('syncedSeparateWhat')}</p>
      <div class="actions">
        <button type="button" class="secondary" aria-describedby="synced-separate-what" data-testid="synced-separate" onClick={() => setSeparate(true)}>
          {t('syncedSeparate')}
        </button>
      </div>
    </section>
  );
}
