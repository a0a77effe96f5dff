// Runs in: the guide page, on the step where the site asks for a new password. Checks what the
// user tries against the site's rules as they type (nothing leaves this page), and generates a
// password that meets them. The rules come as Apple-syntax text and are parsed here. The generated
// one is filled into the page's new and confirm fields by Keep's `fill/generated` (the background
// sends our content script a fill command for this tab, never through the page; Keep saves it at
// once, pending, for the entry the guide was started for). Filling is a decisive click: it goes
// through the decision gate (inpage/ui/decide/use-decision-gate.ts) as the Keep prompt's Save does, and
// where the page cannot be trusted to show the panel, the guide window takes it instead.
import { useMemo, useRef, useState } from 'preact/hooks';
import { fitsRules, ruleChecklist } from '../core/checklist';
import type { GuideView } from '../core/view-schema';
import { generatePassword, rulesFromClasses } from '../../shared/passwords/rules/generate';
import { parsePasswordRules } from '../../shared/passwords/rules/parse';
import { t } from '../../shared/platform/i18n';
import { send } from '../../shared/platform/messaging';
import { fillReasonText } from '../../fill/ui/fill-reason';
import { useDecisionGate, type Place } from '../../inpage/ui/decide/use-decision-gate';
import { Invite } from '../../keep/ui/prompt/Invite';
import { checkLabel } from './check-label';

interface NewPasswordProps extends Pick<GuideView, 'rules' | 'fieldMaxLength'> {
  /** The tab to fill (null: our frame's own tab). */
  tabId: number | null;
  place: Place;
  /** Where the panel's frame sits in the page (use-placement.ts): a move restarts the look. */
  at?: string | null;
}

export function NewPassword({ rules, fieldMaxLength, tabId, place, at = null }: NewPasswordProps) {
  const parsed = useMemo(() => {
    const result = rules ? parsePasswordRules(rules.text) : null;
    return result?.ok ? result.value : null;
  }, [rules]);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [failure, setFailure] = useState('');
  const [note, setNote] = useState<{ text: string; filled: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState(false);
  const section = useRef<HTMLElement>(null);
  const gate = useDecisionGate(section, place, true, at);
  const items = ruleChecklist(password, confirm, parsed);

  async function generate(event: Event) {
    if (busy) return;
    setBusy(true);
    const counts = await gate.confirm(event);
    setBusy(false);
    if (!counts) return setRefused(place.kind === 'framed');
    // No known rules: every class, 20 characters (the generator's default), within the field.
    const made = generatePassword(parsed ?? rulesFromClasses(['upper', 'lower', 'digit', 'special']), { fieldMaxLength: fieldMaxLength ?? undefined });
    if (!made.ok) return setFailure(t('guideGenerateFailed', made.error.detail));
    setFailure('');
    setPassword(made.value);
    setConfirm(made.value);
    const reply = await send('fill/generated', { tabId, password: made.value });
    if (!reply.ok) return setNote({ text: reply.error.message, filled: false });
    const { filled, reason, saved } = reply.value;
    if (!filled) return setNote({ text: fillReasonText(reason), filled: false });
    setNote({ text: saved ? t('fillStrongSaved', saved.username || t('entryNoUsername')) : t('fillStrongNotSaved'), filled: true });
  }

  return (
    <section ref={section} class="new-password" data-testid="guide-new-password" data-fits={String(password !== '' && fitsRules(items))}>
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
      {!gate.decides || refused
        ? <Invite card="guide" refused={refused} gate={gate} onOpened={() => setRefused(false)} />
        : <button type="button" data-testid="guide-generate" disabled={busy} onClick={(e) => void generate(e)}>{t('guideUseStrong')}</button>}
      {failure && <p class="error" role="alert">{failure}</p>}
      {note && <p role="status" data-testid="guide-fill-note" data-filled={String(note.filled)} class={note.filled ? 'muted' : 'error'}>{note.text}</p>}
    </section>
  );
}

