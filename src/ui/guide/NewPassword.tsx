// Runs in: the guide page, on the step where the site asks for a new password. Checks what the
// user tries against the site's rules as they type (nothing leaves this page), and generates a
// password that meets them. The rules come as Apple-syntax text and are parsed here.
import { useMemo, useState } from 'preact/hooks';
import { fitsRules, ruleChecklist } from '../../core/guide/checklist';
import type { GuideView } from '../../core/guide/view-schema';
import { generatePassword, rulesFromClasses } from '../../core/rules/generate';
import { parsePasswordRules } from '../../core/rules/parse';
import { t } from '../../platform/i18n';
import { checkLabel } from './check-label';

export function NewPassword({ rules, fieldMaxLength }: Pick<GuideView, 'rules' | 'fieldMaxLength'>) {
  const parsed = useMemo(() => {
    const result = rules ? parsePasswordRules(rules.text) : null;
    return result?.ok ? result.value : null;
  }, [rules]);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [failure, setFailure] = useState('');
  const items = ruleChecklist(password, confirm, parsed);

  function generate() {
    // No known rules: every class, 20 characters (the generator's default), within the field.
    const made = generatePassword(parsed ?? rulesFromClasses(['upper', 'lower', 'digit', 'special']), { fieldMaxLength: fieldMaxLength ?? undefined });
    if (!made.ok) return setFailure(t('guideGenerateFailed', made.error.detail));
    setFailure('');
    setPassword(made.value);
    setConfirm(made.value);
  }

  return (
    <section class="new-password" data-testid="guide-new-password" data-fits={String(password !== '' && fitsRules(items))}>
      <label>
        {t('guideCandidate')}
        <input type="text" data-testid="guide-candidate" autocomplete="off" spellcheck={false} value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
      </label>
      <label>
        {t('guideConfirm')}
        <input type="text" data-testid="guide-confirm" autocomplete="off" spellcheck={false} value={confirm} onInput={(e) => setConfirm(e.currentTarget.value)} />
      </label>
      <ul class="checks" data-testid="guide-checks">
        {items.map((item, i) => (
          <li key={i} data-check={item.kind} data-met={String(item.met)}>{checkLabel(item, parsed?.allowed.chars ?? '')}</li>
        ))}
      </ul>
      {!parsed && <p class="muted">{t('guideNoRules')}</p>}
      {rules?.unconfirmed && <p class="muted">{t('guideRulesUnconfirmed')}</p>}
      <button type="button" data-testid="guide-generate" onClick={generate}>{t('guideUseStrong')}</button>
      {failure && <p class="error" role="alert">{failure}</p>}
    </section>
  );
}

