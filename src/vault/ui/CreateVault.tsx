// Runs in: the options page. First run: choose the master password. Typed twice, scored with
// zxcvbn-ts as the user types, refused until it is long and strong enough, and the user is told
// plainly that nobody can recover it.
import { useEffect, useState } from 'preact/hooks';
import type { VaultState } from '../../shared/protocol/shapes';
import type { Strength } from '../../shared/passwords/strength';
import { score } from '../../pages/options/strength';
import { t } from '../../shared/platform/i18n';
import { send } from '../../shared/platform/messaging';
import { PasswordField } from '../../shared/components/PasswordField';
import { StrengthMeter } from '../../shared/components/StrengthMeter';
import { createBlocker } from './create-blocker';

interface CreateVaultProps { onCreated(state: VaultState): void }

export function CreateVault({ onCreated }: CreateVaultProps) {
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [strength, setStrength] = useState<{ of: string; value: Strength } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!password) return setStrength(null);
    let current = true;
    void score(password, ['latchkey']).then((value) => {
      if (current) setStrength({ of: password, value });
    });
    return () => {
      current = false;
    };
  }, [password]);

  const known = strength?.of === password ? strength.value : null;
  const blocker = createBlocker(password, confirm, known?.score ?? null);

  async function submit(event: Event) {
    event.preventDefault();
    if (blocker || busy) return;
    setBusy(true);
    setError(null);
    const reply = await send('vault/create', { password });
    setBusy(false);
    if (!reply.ok) return setError(t('errorGeneric', reply.error.message));
    if (reply.value.failure) return setError(t('errorGeneric', reply.value.failure));
    onCreated(reply.value.state);
  }

  return (
    <form onSubmit={submit} data-testid="create-vault" aria-busy={busy}>
      <h2>{t('createHeading')}</h2>
      <p class="warning" data-testid="no-recovery"><strong>{t('createWarningTitle')}</strong> {t('createWarning')}</p>
      <PasswordField id="new-master" label={t('createPassword')} value={password} onInput={setPassword}
        autocomplete="new-password" describedBy="create-why" autoFocus />
      <StrengthMeter id="new-master-strength" strength={known} />
      <PasswordField id="confirm-master" label={t('createConfirm')} value={confirm} onInput={setConfirm}
        autocomplete="new-password" describedBy="create-why" />
      <p id="create-why" class="muted" aria-live="polite" data-testid="create-why">{blocker ? t(blocker) : t('createReady')}</p>
      {error && <p class="error" role="alert">{error}</p>}
      <div class="actions">
        <button type="submit" disabled={blocker !== null || busy} data-testid="create-submit">
          {busy ? t('createBusy') : t('createSubmit')}
        </button>
      </div>
    </form>
  );
}
