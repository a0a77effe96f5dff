// Runs in: the action popup. The entries that belong on the tab's page (`forTab` of entries/list,
// which the background caps at 20: past that the search list is the place).
import type { EntrySummary } from '../../core/vault/summary';
import { t } from '../../platform/i18n';
import type { EntryActions } from './entry-actions';
import { EntryRow } from './EntryRow';

interface ForThisSiteProps { entries: readonly EntrySummary[]; actions: EntryActions; onEdit(entry: EntrySummary): void }

export function ForThisSite({ entries, actions, onEdit }: ForThisSiteProps) {
  return (
    <section aria-labelledby="for-site-heading" data-testid="for-site" data-count={entries.length}>
      <h2 id="for-site-heading">{t('forSiteHeading')}</h2>
      {entries.length === 0 ? (
        <p class="muted">{t('forSiteNone')}</p>
      ) : (
        <ul class="plain">
          {entries.map((entry) => (
            <li key={entry.id}><EntryRow entry={entry} actions={actions} onEdit={onEdit} /></li>
          ))}
        </ul>
      )}
    </section>
  );
}
