// Runs in: the options page. How the master password becomes the key: Argon2id memory and passes,
// or PBKDF2 iterations. Values below the floors (vault/core/crypto/kdf-params.ts) cannot be applied
// here, and the background refuses them again. Applying re-derives the key and re-encrypts every
// record in one write, like a master password change, so it asks for the master password.
import { useEffect, useState } from 'preact/hooks';
import { kdfChoiceProblem, type KdfChoice } from '../core/crypto/kdf-choice';
import { ARGON2ID_DEFAULT, ARGON2ID_FLOOR, PBKDF2_DEFAULT, PBKDF2_FLOOR } from '../core/crypto/kdf-params';
import { t } from '../../shared/platform/i18n';
import { send } from '../../shared/platform/messaging';
import { PasswordField } from '../../shared/components/PasswordField';
import { vaultFailureText } from './change-failure';

const MIB = 1024;

export function KdfForm() {
  const [choice, setChoice] = useState<KdfChoice | null>(null);
  const [current, setCurrent] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  useEffect(() => {
    void send('vault/kdf', {}).then((reply) => {
      if (reply.ok) setChoice(reply.value.kdf);
    });
  }, []);
  if (!choice) return null;

  const problem = kdfChoiceProblem(choice);
  const setAlg = (alg: KdfChoice['alg']) =>
    setChoice(alg === 'argon2id' ? { alg, memoryKiB: ARGON2ID_DEFAULT.memoryKiB, iterations: ARGON2ID_DEFAULT.iterations } : { alg, iterations: PBKDF2_DEFAULT.iterations });

  async function submit(event: Event) {
    event.preventDefault();
    if (!choice || problem || busy || current === '') return;
    setBusy(true);
    setMessage(null);
    const reply = await send('vault/change-kdf', { current, kdf: choice });
    setBusy(false);
    if (!reply.ok) return setMessage({ error: true, text: t('errorGeneric', reply.error.message) });
    if (reply.value.failure) return setMessage({ error: true, text: vaultFailureText(reply.value.failure) });
    setCurrent('');
    setMessage({ error: false, text: t('kdfChanged') });
  }

  return (
    <form onSubmit={submit} data-testid="kdf-form" aria-busy={busy}>
      <fieldset>
        <legend>{t('kdfHeading')}</legend>
        <p class="muted small-text">{t('kdfHelp')}</p>
        <div class="row">
          <label for="kdf-alg">{t('kdfAlgorithm')}</label>
          <select id="kdf-alg" data-testid="kdf-alg" value={choice.alg} onChange={(e) => setAlg(e.currentTarget.value === 'pbkdf2-sha256' ? 'pbkdf2-sha256' : 'argon2id')}>
            <option value="argon2id">Argon2id</option>
            <option value="pbkdf2-sha256">PBKDF2-SHA256</option>
          </select>
        </div>
        {choice.alg === 'argon2id' ? (
          <>
            <div class="row">
              <label for="kdf-memory">{t('kdfMemory', String(ARGON2ID_FLOOR.memoryKiB / MIB))}</label>
              <input id="kdf-memory" data-testid="kdf-memory" type="number" min={ARGON2ID_FLOOR.memoryKiB / MIB} max={1024} step={1} required
                value={Math.round(choice.memoryKiB / MIB)} aria-describedby="kdf-why"
                onInput={(e) => setChoice({ ...choice, memoryKiB: Math.round(Number(e.currentTarget.value) * MIB) })} />
            </div>
            <div class="row">
              <label for="kdf-passes">{t('kdfPasses', String(ARGON2ID_FLOOR.iterations))}</label>
              <input id="kdf-passes" data-testid="kdf-passes" type="number" min={ARGON2ID_FLOOR.iterations} max={64} step={1} required
                value={choice.iterations} aria-describedby="kdf-why"
                onInput={(e) => setChoice({ ...choice, iterations: Math.round(Number(e.currentTarget.value)) })} />
            </div>
          </>
        ) : (
          <div class="row">
            <label for="kdf-iterations">{t('kdfIterations', String(PBKDF2_FLOOR.iterations))}</label>
            <input id="kdf-iterations" data-testid="kdf-iterations" type="number" min={PBKDF2_FLOOR.iterations} max={10_000_000} step={1000} required
              value={choice.iterations} aria-describedby="kdf-why"
              onInput={(e) => setChoice({ ...choice, iterations: Math.round(Number(e.currentTarget.value)) })} />
          </div>
        )}
        <p id="kdf-why" class={problem ? 'error' : 'muted'} data-testid="kdf-why" aria-live="polite">
          {problem === 'too-weak' ? t('kdfTooWeak') : problem ? t('kdfTooCostly') : t('kdfSlower')}
        </p>
        <PasswordField id="kdf-current" label={t('masterCurrent')} value={current} onInput={setCurrent} autocomplete="current-password" />
        <div class="actions">
          <button type="submit" data-testid="kdf-submit" disabled={problem !== null || busy || current === ''}>{t('kdfApply')}</button>
        </div>
        <p role={message?.error ? 'alert' : 'status'} data-testid="kdf-message" class={message?.error ? 'error' : 'ok'}>{message?.text ?? ''}</p>
      </fieldset>
    </form>
  );
}
