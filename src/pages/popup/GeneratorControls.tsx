// Runs in: the action popup. Generate a password for the entry's site: length and character
// classes, unless the site has its own rules (then they decide), and never longer than the
// password field of the page the popup was opened on.
import { useEffect, useState } from 'preact/hooks';
import type { GeneratorClass } from '../../shared/passwords/rules/generate';
import { t } from '../../shared/platform/i18n';

interface GeneratorControlsProps {
  host: string;
  /** maxlength of the detected password field on the tab's page, if any. */
  fieldMaxLength?: number;
  onGenerated(password: string): void;
}

const CLASSES: readonly { name: GeneratorClass; label: string }[] = [
  { name: 'upper', label: 'generateUpper' },
  { name: 'lower', label: 'generateLower' },
  { name: 'digit', label: 'generateDigits' },
  { name: 'special', label: 'generateSymbols' },
];

const loadGenerator = () => import('./generate-for');

export function GeneratorControls({ host, fieldMaxLength, onGenerated }: GeneratorControlsProps) {
  const [length, setLength] = useState(20);
  const [classes, setClasses] = useState<readonly GeneratorClass[]>(['upper', 'lower', 'digit', 'special']);
  const [rulesDomain, setRulesDomain] = useState<string | null>(null);
  const [note, setNote] = useState('');

  useEffect(() => {
    let current = true;
    void loadGenerator().then((m) => { if (current) setRulesDomain(m.rulesDomain(host)); });
    return () => { current = false; };
  }, [host]);

  function toggle(name: GeneratorClass, on: boolean) {
    // At least one class stays ticked: an empty choice cannot generate anything.
    const next = on ? [...classes, name] : classes.filter((c) => c !== name);
    if (next.length > 0) setClasses(next);
  }

  async function generate() {
    const { generateFor } = await loadGenerator();
    const result = generateFor(host, { length, classes, fieldMaxLength });
    if (!result.ok) return setNote(t('generateFailed', result.detail));
    if (result.cappedByField) setNote(t('generatedFieldLimit', String(result.password.length)));
    else setNote(result.domain ? t('generatedForSite', result.domain) : t('generated'));
    onGenerated(result.password);
  }

  return (
    <div class="generator" data-testid="generator">
      <label for="generate-length">{t('generateLength')}</label>
      <input id="generate-length" type="number" min={8} max={128} value={length} class="narrow"
        onInput={(e) => setLength(Math.min(128, Math.max(8, Number(e.currentTarget.value) || 20)))} />
      <button type="button" class="secondary small" data-testid="generate" onClick={() => void generate()}>{t('generate')}</button>
      <fieldset class="generator-classes" disabled={rulesDomain !== null}>
        <legend>{t('generateCharacters')}</legend>
        {CLASSES.map(({ name, label }) => (
          <label key={name} class="inline">
            <input type="checkbox" checked={classes.includes(name)} data-testid={`generate-${name}`}
              onChange={(e) => toggle(name, e.currentTarget.checked)} />
            {t(label)}
          </label>
        ))}
        {rulesDomain && <p class="muted small-text" data-testid="generate-site-rules">{t('generateSiteRulesDecide', rulesDomain)}</p>}
      </fieldset>
      <span class="muted small-text" aria-live="polite" data-testid="generate-note">{note}</span>
    </div>
  );
}
