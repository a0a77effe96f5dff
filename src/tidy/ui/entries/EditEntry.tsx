// Runs in: the options page. Edit one entry: name, site, username, password, notes, and its password
// history with restore; a sync conflict is said first, with its "mark as reviewed". The password is
// fetched once, on the click that opened the editor (as in the popup); saving a new one moves the
// old one into history (background, entries/save).
import { useEffect, useState } from 'preact/hooks';
import { entryHosts } from '../../../vault/core/summary';
import type { TableRow } from '../../../vault/core/table';
import { t } from '../../../shared/platform/i18n';
import { send } from '../../../shared/platform/messaging';
import { PasswordField } from '../../../shared/components/PasswordField';
import { siteOrigin } from '../../../pages/popup/site-origin';
import { ChangePasswordLink } from '../../../guide/ui/ChangePasswordLink';
import { PasswordHistory } from './PasswordHistory';
import { ConflictNotice } from './ConflictNotice';

interface EditEntryProps { row: TableRow; onSaved(): void; onClose(): void }

export function EditEntry({ row, onSaved, onClose }: EditEntryProps) {
  const [site, setSite] = useState(row.site.origins[0] ?? '');
  const [username, setUsername] = useState(row.username);
  const [password, setPassword] = useState('');
  const [notes, setNotes] = useState(row.notes);
  const [name, setName] = useState(row.name);
  const [holdsPayment, setHoldsPayment] = useState(row.holdsPayment);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  // Cleared here at once; the table's row follows when the page asks again.
  const [conflictAt, setConflictAt] = useState(row.conflictAt);

  useEffect(() => {
    void send('entries/password', { id: row.id }).then((reply) => (reply.ok ? setPassword(reply.value.password) : setError(reply.error.message)));
  }, [row.id, version]);

  async function submit(event: Event) {
    event.preventDefault();
    const origin = siteOrigin(site);
    if (!origin) return setError(t('entrySiteInvalid'));
    if (!password) return setError(t('entryPasswordMissing'));
    const reply = await send('entries/save', { id: row.id, site: { ...row.site, origins: [origin, ...row.site.origins.slice(1)] }, username, password, notes, name, holdsPayment });
    if (!reply.ok) return setError(t('errorGeneric', reply.error.message));
    onSaved();
    setVersion((v) => v + 1);
  }

  function restored() {
    onSaved();
    setVersion((v) => v + 1);
  }

  return (
    <form class="edit-entry" data-testid="edit-entry" data-entry-id={row.id} aria-labelledby="edit-heading" onSubmit={submit}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); onClose(); } }}>
      <h3 id="edit-heading">{t('entryEditHeading')}</h3>
      {conflictAt !== null && (
        <ConflictNotice id={row.id} conflictAt={conflictAt} onError={setError} onReviewed={() => {
          setConflictAt(null);
          onSaved();
        }} />
      )}
      <div class="field">
        <label for="edit-site">{t('entrySite')}</label>
        <input id="edit-site" type="text" inputMode="url" value={site} autocomplete="off" required autoFocus onInput={(e) => setSite(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="edit-name">{t('entryName')}</label>
        <input id="edit-name" type="text" value={name} autocomplete="off" data-testid="edit-name" onInput={(e) => setName(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="edit-username">{t('entryUsername')}</label>
        <input id="edit-username" type="text" value={username} autocomplete="off" spellcheck={false} onInput={(e) => setUsername(e.currentTarget.value)} />
      </div>
      <PasswordField id="edit-password" label={t('entryPassword')} value={password} onInput={setPassword} autocomplete="new-password" />
      <div class="field">
        <label for="edit-notes">{t('entryNotes')}</label>
        <textarea id="edit-notes" data-testid="edit-notes" rows={3} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
      </div>
      <div class="field inline">
        <input id="edit-holds-payment" type="checkbox" checked={holdsPayment} data-testid="edit-holds-payment" aria-describedby="edit-holds-payment-help"
          onChange={(e) => setHoldsPayment(e.currentTarget.checked)} />
        <label for="edit-holds-payment">{t('entryHoldsPayment')}</label>
      </div>
      <p id="edit-holds-payment-help" class="muted small-text">{t('entryHoldsPaymentHelp')}</p>
      {row.site.origins[0] && <ChangePasswordLink origin={row.site.origins[0]} host={entryHosts(row.site)[0] ?? ''} entryId={row.id} />}
      <p class="error" role="alert" data-testid="edit-error">{error ?? ''}</p>
      <div class="actions">
        <button type="submit" data-testid="edit-save">{t('entrySave')}</button>
        <button type="button" class="secondary" data-testid="edit-close" onClick={onClose}>{t('close')}</button>
      </div>
      <PasswordHistory id={row.id} version={version} onRestored={restored} onError={setError} />
    </form>
  );
}
