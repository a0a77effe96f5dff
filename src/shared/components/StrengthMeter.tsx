// Runs in: extension pages. zxcvbn-ts's 0-4 score as a labelled meter with its feedback. The
// feedback sentences come from zxcvbn-ts in English (shared/passwords/strength-translations.ts).
import type { Strength } from '../passwords/strength';
import { t } from '../platform/i18n';

interface StrengthMeterProps { id: string; strength: Strength | null }

const LABELS = ['strength_0', 'strength_1', 'strength_2', 'strength_3', 'strength_4'] as const;

export function StrengthMeter({ id, strength }: StrengthMeterProps) {
  const value = strength?.score ?? 0;
  const words = strength ? t(LABELS[value]) : t('strengthEmpty');
  return (
    <div class="strength" data-testid="strength" data-score={strength ? value : ''}>
      <label for={id}>{t('strengthLabel')}</label>{' '}
      <meter id={id} min={0} max={4} low={2} high={3} optimum={4} value={value} aria-valuetext={words} />{' '}
      <span aria-live="polite">{words}</span>
      {strength?.warning && <p class="muted" data-testid="strength-warning">{strength.warning}</p>}
      {strength && strength.suggestions.length > 0 && (
        <ul class="muted">{strength.suggestions.map((s) => <li key={s}>{s}</li>)}</ul>
      )}
    </div>
  );
}
