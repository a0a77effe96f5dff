// Runs in: the options page. The conflicts of an import preview: same site and username, another
// password. Each row is a labelled radio pair (keyboard: Tab to the group, arrows to choose);
// the loser is not lost, it goes to the entry's history (tidy/core/importing/merge.ts).
import type { PreviewRow } from '../../core/importing/summary';
import { t } from '../../../shared/platform/i18n';
import { winnerReasonText } from './import-text';

export type Winner = 'incoming' | 'existing';

interface ConflictListProps {
  /** The first conflicts (the preview carries at most SHOWN_ROWS). */
  rows: readonly PreviewRow[];
  /** How many conflicts the file has in all. */
  total: number;
  choices: ReadonlyMap<number, Winner>;
  onChoose(row: number, winner: Winner): void;
}

// Beyond the rows shown the rest keep their default, shown as a count.
export function ConflictList({ rows, total, choices, onChoose }: ConflictListProps) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="import-conflicts-heading" data-testid="import-conflicts">
      <h3 id="import-conflicts-heading">{t('importConflictsHeading')}</h3>
      <p class="muted small-text">{t('importConflictsHelp')}</p>
      <ul class="plain import-list">
        {rows.map((row) => {
          const chosen = choices.get(row.row) ?? row.defaultWinner ?? 'incoming';
          const name = `conflict-${row.row}`;
          return (
            <li key={row.row} data-testid={name}>
              <fieldset class="conflict">
                <legend>
                  <span class="entry-host">{row.site}</span> <span>{row.username || t('importNoUsername')}</span>{' '}
                  <span class="muted small-text">{t('importRowNumber', String(row.row))}</span>
                </legend>
                <p class="muted small-text">{winnerReasonText(row.reason)}</p>
                <label>
                  <input type="radio" name={name} value="existing" checked={chosen === 'existing'} data-testid={`${name}-existing`}
                    onChange={() => onChoose(row.row, 'existing')} /> {t('importKeepSaved')}
                </label>{' '}
                <label>
                  <input type="radio" name={name} value="incoming" checked={chosen === 'incoming'} data-testid={`${name}-incoming`}
                    onChange={() => onChoose(row.row, 'incoming')} /> {t('importUseImported')}
                </label>
              </fieldset>
            </li>
          );
        })}
      </ul>
      {total > rows.length && <p class="muted" data-testid="import-conflicts-more">{t('importMoreRows', String(total - rows.length))}</p>}
    </section>
  );
}
