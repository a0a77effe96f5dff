// Runs in: the action popup. One saved login: host, username, a masked password (the real one
// never enters the DOM here) and what can be done with it.
import { entryHosts, type EntrySummary } from '../../core/vault/summary';
import { t } from '../../platform/i18n';
import type { EntryActions } from './entry-actions';

export const ENTRY_ROW_HEIGHT = 64;
export const MASK = '••••••••';

interface EntryRowProps { entry: EntrySummary; actions: EntryActions; onEdit(entry: EntrySummary): void }

export function EntryRow({ entry, actions, onEdit }: EntryRowProps) {
  const host = entryHosts(entry.site)[0] ?? '';
  const who = entry.username || t('entryNoUsername');
  const name = `${host} ${who}`;
  return (
    <div class="entry-row" data-testid="entry-row" data-entry-id={entry.id} style={{ height: `${ENTRY_ROW_HEIGHT}px` }}>
      <div class="entry-text">
        <span class="entry-host" data-testid="entry-host">{host}</span>
        <span class="entry-user" data-testid="entry-username">{who}</span>
        {/* Changed (or generated) and not yet confirmed by a login with it (Keep, issue #6). */}
        {entry.status === 'pending' && <span class="badge" data-testid="entry-pending" title={t('entryPendingHint')}>{t('statusPending')}</span>}
        <span class="entry-mask muted" aria-label={t('entryPasswordHidden')}>{MASK}</span>
      </div>
      <div class="entry-buttons">
        <button type="button" class="small" data-testid="fill" aria-label={t('fillLabel', name)} onClick={() => void actions.fill(entry)}>{t('fill')}</button>
        <button type="button" class="small secondary" data-testid="copy-username" aria-label={t('copyUsernameLabel', name)}
          disabled={!entry.username} onClick={() => void actions.copyUsername(entry)}>{t('copyUsername')}</button>
        <button type="button" class="small secondary" data-testid="copy-password" aria-label={t('copyPasswordLabel', name)}
          onClick={() => void actions.copyPassword(entry)}>{t('copyPassword')}</button>
        <button type="button" class="small secondary" data-testid="edit" aria-label={t('editLabel', name)} onClick={() => onEdit(entry)}>{t('edit')}</button>
      </div>
    </div>
  );
}
