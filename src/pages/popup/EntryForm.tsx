// Runs in: the action popup. Add or edit one entry. Escape closes it; Enter in a field saves.
// Editing fetches the current password once, on the click that opened the form.
import { useEffect, useState } from 'preact/hooks';
import type { MatchMode } from '../../vault/core/match/entry-site';
import type { EntrySummary } from '../../vault/core/summary';
import { t } from '../../shared/platform/i18n';
import { send } from '../../shared/platform/messaging';
import { PasswordField } from '../../shared/components/PasswordField';
import { DeleteEntry } from './DeleteEntry';
import { GeneratorControls } from './GeneratorControls';
import { originHost, siteOrigin } from './site-origin';

interface EntryFormProps {
  entry: EntrySummary | null;
  /** The tab's page URL, to prefill a new entry's site. */
  pageUrl: string | null;
  /** maxlength of the password field detected on the tab's page, for the generator. */
  fieldMaxLength?: number;
  onDone(message: string): void;
  onCancel(): void;
}

const MODES: readonly MatchMode[] = ['site', 'host', 'origin'];

export function EntryForm({ entry, pageUrl, fieldMaxLength, onDone, onCancel }: EntryFormProps) {
  const [site, setSite] = useState(entry?.site.origins[0] ?? (pageUrl ? siteOrigin(pageUrl) ?? '' : ''));
  const [match, setMatch] = useState<MatchMode>(entry?.site.match ?? 'site');
  const [username, setUsername] = useState(entry?.username ?? '');
  const [password, setPassword] = useState('');
  const [notes, setNotes] = useState(entry?.notes ?? '');
  const [error, setError] = useState<string | null>(null);

  // A new entry starts with the match mode chosen in the settings (asked only when adding).
  useEffect(() => {
    if (entry) return;
    void send('settings/get', {}).then((reply) => {
      if (reply.ok) setMatch((chosen) => (chosen === 'site' ? reply.value.matchDefault : chosen));
    });
  }, [entry]);

  useEffect(() => {
    if (!entry) return;
    void send('entries/password', { id: entry.id }).then((reply) => {
      if (reply.ok) setPassword(reply.value.password);
      else setError(t('errorGeneric', reply.error.message));
    });
  }, [entry]);

  async function submit(event: Event) {
    event.preventDefault();
    const origin = siteOrigin(site);
    if (!origin) return setError(t('entrySiteInvalid'));
    if (!password) return setError(t('entryPasswordMissing'));
    // Other origins an imported entry carries are kept; the first is the one shown and edited.
    const origins = [origin, ...(entry?.site.origins.slice(1) ?? [])];
    const reply = await send('entries/save', { id: entry?.id, site: { origins, match }, username, password, notes });
    if (!reply.ok) return setError(t('errorGeneric', reply.error.message));
    onDone(entry ? t('entryUpdated') : t('entryAdded'));
  }

  return (
    <form class="entry-form" data-testid="entry-form" onSubmit={submit} aria-labelledby="entry-form-heading"
      onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); onCancel(); } }}>
      <h2 id="entry-form-heading">{entry ? t('entryEditHeading') : t('entryAddHeading')}</h2>
      <div class="field">
        <label for="entry-site">{t('entrySite')}</label>
        <input id="entry-site" type="text" inputMode="url" value={site} autocomplete="off" required autoFocus
          onInput={(e) => setSite(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="entry-match">{t('entryMatch')}</label>
        <select id="entry-match" value={match} onChange={(e) => setMatch(MODES.find((m) => m === e.currentTarget.value) ?? 'site')}>
          {MODES.map((mode) => <option key={mode} value={mode}>{t(`matchMode_${mode}`)}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="entry-username">{t('entryUsername')}</label>
        <input id="entry-username" type="text" value={username} autocomplete="off" spellcheck={false}
          onInput={(e) => setUsername(e.currentTarget.value)} />
      </div>
      <PasswordField id="entry-password" label={t('entryPassword')} value={password} onInput={setPassword} autocomplete="new-password" />
      <GeneratorControls host={originHost(siteOrigin(site))} fieldMaxLength={fieldMaxLength} onGenerated={setPassword} />
      <div class="field">
        <label for="entry-notes">{t('entryNotes')}</label>
        <textarea id="entry-notes" rows={2} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
      </div>
      <p class="error" role="alert" data-testid="entry-error">{error ?? ''}</p>
      <div class="actions">
        <button type="submit" data-testid="entry-save">{t('entrySave')}</button>
        <button type="button" class="secondary" data-testid="entry-cancel" onClick={onCancel}>{t('cancel')}</button>
        {entry && <DeleteEntry entry={entry} onDeleted={() => onDone(t('entryDeleted'))} onError={setError} />}
      </div>
    </form>
  );
}
