// Runs in: the action popup. Generate a password for the entry's site, with a length control.
import { useState } from 'preact/hooks';
import { t } from '../../platform/i18n';

interface GeneratorControlsProps { host: string; onGenerated(password: string): void }

export function GeneratorControls({ host, onGenerated }: GeneratorControlsProps) {
  const [length, setLength] = useState(20);
  const [note, setNote] = useState('');

  async function generate() {
    const { generateFor } = await import('./generate-for');
    const result = generateFor(host, length);
    if (!result.ok) return setNote(t('generateFailed', result.detail));
    setNote(result.domain ? t('generatedForSite', result.domain) : t('generated'));
    onGenerated(result.password);
  }

  return (
    <div class="generator">
      <label for="generate-length">{t('generateLength')}</label>
      <input id="generate-length" type="number" min={8} max={128} value={length} class="narrow"
        onInput={(e) => setLength(Math.min(128, Math.max(8, Number(e.currentTarget.value) || 20)))} />
      <button type="button" class="secondary small" data-testid="generate" onClick={() => void generate()}>{t('generate')}</button>
      <span class="muted small-text" aria-live="polite" data-testid="generate-note">{note}</span>
    </div>
  );
}
