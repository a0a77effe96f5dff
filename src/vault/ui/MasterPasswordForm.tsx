// Runs in: the options page. Change the master password: the current one proves it is the user,
// the new one is typed twice and must pass the same checks as at creation (create-blocker.ts).
// The background re-encrypts everything in one write (vault/change-master).
import { useEffect, useState } from 'preact/hooks';
import type { Strength } from '../../shared/passwords/strength';
import { score } from '../../pages/options/strength';
import { t } from '../../shared/platform/i18n';
import { send } from '../../shared/platform/messaging';
import { PasswordField } from '../../shared/components/PasswordField';
import { StrengthMeter } from '../../shared/components/StrengthMeter';
import { createBlocker } from './create-blocker';
import { vaultFailureText } from './change-failure';

export function MasterPasswordForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [strength, setStrength] = useState<{ of: string; value: Strength } | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  useEffect(() => {
    if (!next) return setStrength(null);
    let live = true;
    void score(next, ['latchkey']).then((value) => {
      if (live) setStrength({ of: next, value });
    });
    return () => {
      live = false;
    };
  }, [next]);

  const known = strength?.of === next ? strength.value : null;
  const blocker = current === '' ? 'masterChangeNeedsCurrent' : createBlocker(next, confirm, known?.score ?? null);

  async function submit(event: Event) {
    event.preventDefault();
    if (blocker || busy) return;
    setBusy(true);
    setMessage(null);
    const reply = await send('vault/change-master', { current, next });
    setBusy(false);
    if (!reply.ok) return setMessage({ error: true, text: t('errorGeneric', reply.error.message) });
    if (reply.value.failure) return setMessage({ error: true, text: vaultFailureText(reply.value.failure) });
    setCurrent('');
    setNext('');
    setConfirm('');
    setMessage({ error: false, text: t('masterChanged') });
  }

  return (
    <form onSubmit={submit} data-testid="master-change" aria-busy={busy}>
      <fieldset>
        <legend>{t('masterChangeHeading')}</legend>
        <PasswordField id="master-current" label={t('masterCurrent')} value={current} onInput={setCurrent} autocomplete="current-password" />
        <PasswordField id="master-next" label={t('masterNext')} value={next} onInput={setNext} autocomplete="new-password" describedBy="master-why" />
        <StrengthMeter id="master-next-strength" strength={known} />
        <PasswordField id="master-confirm" label={t('createConfirm')} value={confirm} onInput={setConfirm} autocomplete="new-password" describedBy="master-why" />
        <p id="master-why" class="muted" aria-live="polite">{blocker ? t(blocker) : t('createReady')}</p>
        <div class="actions">
          <button type="submit" disabled={blocker !== null || busy} data-testid="master-change-submit">{t('masterChangeSubmit')}</button>
        </div>
        <p role={message?.error ? 'alert' : 'status'} data-testid="master-change-message" class={message?.error ? 'error' : 'ok'}>{message?.text ?? ''}</p>
      </fieldset>
    </form>
  );
}
