// Runs in: the options page. The never-save list: sites Keep never captures or prompts on. The
// background checks and normalises what is typed (any URL or host: listed as its registrable
// domain, as "Never for this site" lists it); each add or remove is saved at once.
import { useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import { t } from '../../shared/platform/i18n';
import { send } from '../../shared/platform/messaging';

interface NeverSaveListProps { sites: readonly string[]; onChange(settings: Settings): void }

export function NeverSaveList({ sites, onChange }: NeverSaveListProps) {
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  async function edit(action: 'add' | 'remove', site: string) {
    const reply = await send('settings/never-save', { action, site });
    if (!reply.ok) return setMessage({ error: true, text: t('errorGeneric', reply.error.message) });
    if (reply.value.failure === 'invalid') return setMessage({ error: true, text: t('neverSaveInvalid') });
    if (reply.value.failure === 'listed') return setMessage({ error: true, text: t('neverSaveListed') });
    onChange(reply.value.settings);
    if (action === 'add') setTyped('');
    setMessage({ error: false, text: action === 'add' ? t('neverSaveAdded') : t('neverSaveRemoved', site) });
  }

  return (
    <fieldset data-testid="never-save">
      <legend>{t('neverSaveHeading')}</legend>
      <p class="muted small-text">{t('neverSaveHelp')}</p>
      {sites.length === 0 && <p class="muted" data-testid="never-save-empty">{t('neverSaveEmpty')}</p>}
      <ul class="plain" aria-label={t('neverSaveHeading')}>
        {sites.map((site) => (
          <li key={site} class="history-item" data-testid="never-save-site" data-site={site}>
            <span>{site}</span>
            <button type="button" class="small secondary" aria-label={t('neverSaveRemove', site)} data-testid="never-save-remove"
              onClick={() => void edit('remove', site)}>{t('neverSaveRemoveShort')}</button>
          </li>
        ))}
      </ul>
      <form class="row" onSubmit={(e) => { e.preventDefault(); void edit('add', typed); }}>
        <label for="never-save-add">{t('neverSaveAddLabel')}</label>
        <input id="never-save-add" type="text" inputMode="url" autocomplete="off" spellcheck={false} value={typed}
          aria-describedby="never-save-message" onInput={(e) => setTyped(e.currentTarget.value)} />
        <button type="submit" class="small" data-testid="never-save-submit" disabled={typed.trim() === ''}>{t('neverSaveAdd')}</button>
      </form>
      <p id="never-save-message" role={message?.error ? 'alert' : 'status'} data-testid="never-save-message" class={message?.error ? 'error' : 'ok'}>{message?.text ?? ''}</p>
    </fieldset>
  );
}
