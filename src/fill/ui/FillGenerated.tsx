// Runs in: the action popup, vault unlocked, the tab showing a form with a new-password field
// (sign-up, change, reset). Generates a strong password for the site (its own rules when known,
// never longer than the field), fills it into the page and has the background save it at once,
// pending (Keep): a prompt lost later never loses the password. The password is never
// shown here.
import { useState } from 'preact/hooks';
import { t } from '../../shared/platform/i18n';
import { send } from '../../shared/platform/messaging';
import { fillReasonText } from './fill-reason';

interface FillGeneratedProps {
  tabId: number;
  host: string;
  fieldMaxLength?: number;
  onSaved(): void;
}

export function FillGenerated({ tabId, host, fieldMaxLength, onSaved }: FillGeneratedProps) {
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);

  async function fillStrong() {
    const { generateFor } = await import('../../pages/popup/generate-for');
    const made = generateFor(host, { length: 20, classes: ['upper', 'lower', 'digit', 'special'], fieldMaxLength });
    if (!made.ok) return setNote({ text: t('generateFailed', made.detail), error: true });
    const reply = await send('fill/generated', { tabId, password: made.password });
    if (!reply.ok) return setNote({ text: t('errorGeneric', reply.error.message), error: true });
    const { filled, reason, saved } = reply.value;
    if (!filled) return setNote({ text: fillReasonText(reason), error: true });
    setNote({ text: saved ? t('fillStrongSaved', saved.username || t('entryNoUsername')) : t('fillStrongNotSaved'), error: false });
    if (saved) onSaved();
  }

  return (
    <section class="fill-generated" data-testid="fill-generated">
      <button type="button" data-testid="fill-strong" aria-label={t('fillStrongLabel', host)} onClick={() => void fillStrong()}>{t('fillStrong')}</button>
      <p role="status" aria-live="polite" data-testid="fill-strong-note" class={note?.error ? 'error' : 'muted'}>{note?.text ?? ''}</p>
    </section>
  );
}
