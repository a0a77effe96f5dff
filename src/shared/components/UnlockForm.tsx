// Runs in: the popup and the options page. Unlocks the vault with the master password (typed only
// in extension pages: DESIGN.md security rule 5). Failures come from VaultChange.failure.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { VaultState } from '../protocol/shapes';
import { t } from '../platform/i18n';
import { send } from '../platform/messaging';
import { unlockFailureText } from '../../vault/ui/vault-failure';

interface UnlockFormProps {
  idPrefix: string;
  onUnlocked(state: VaultState): void;
  /** The master password was changed on another computer (VaultState.changedElsewhere): say so first. */
  changedElsewhere?: boolean | undefined;
}

export function UnlockForm({ idPrefix, onUnlocked, changedElsewhere = false }: UnlockFormProps) {
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = `${idPrefix}-master`;

  useEffect(() => input.current?.focus(), []);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy || !password) return;
    setBusy(true);
    setError(null);
    const reply = await send('vault/unlock', { password });
    setBusy(false);
    if (!reply.ok) return setError(t('errorGeneric', reply.error.message));
    if (reply.value.failure) {
      setError(unlockFailureText(reply.value.failure));
      input.current?.select();
      return;
    }
    setPassword('');
    onUnlocked(reply.value.state);
  }

  return (
    <form onSubmit={submit} data-testid="unlock-form" aria-busy={busy}>
      {changedElsewhere && <p id={`${id}-changed`} class="warning" data-testid="unlock-changed-elsewhere">{t('unlockChangedElsewhere')}</p>}
      <div class="field">
        <label for={id}>{t('unlockLabel')}</label>
        <input id={id} ref={input} type="password" autocomplete="current-password" value={password}
          aria-invalid={error !== null} aria-describedby={[changedElsewhere ? `${id}-changed` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
          onInput={(e) => setPassword(e.currentTarget.value)} />
      </div>
      <p id={`${id}-error`} class="error" role="alert" data-testid="unlock-error">{error ?? ''}</p>
      <div class="actions">
        <button type="submit" disabled={busy || !password} data-testid="unlock-submit">
          {busy ? t('unlockBusy') : t('unlockSubmit')}
        </button>
      </div>
    </form>
  );
}
