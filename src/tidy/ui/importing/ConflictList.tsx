// Runs in: the options page. The conflicts of an import preview: same site and username, another
// password. Each row is a labelled radio pair (keyboard: Tab to the group, arrows to choose);
// the loser is not lost, it goes to the entry's history (tidy/core/importing/merge.ts).
import type { PreviewRow } from '../../core/importing/summary';
import { t } from '../../../shared/platform/i18n';
import { winnerReasonText } from './import-text';

export type Winner = 'incoming' | 'existing';

interface ConflictListProps {
  rows: readonly PreviewRow[];
  choices: ReadonlyMap<number, Winner>;
  onChoose(row: number, winner: Winner): void;
}

/** Beyond this the rest keep their default (shown as a count): a page of 10,000 radio pairs helps nobody. */
export const SHOWN_ROWS = 200;

export function ConflictList({ rows, choices, onChoose }: ConflictListProps) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="import-conflicts-heading" data-testid="import-conflicts">
      <h3 id="import-conflicts-heading">{t('importConflictsHeading')}</h3>
      <p class="muted small-text">{t('importConflictsHelp')}</p>
      <ul class="plain import-list">
        {rows.slice(0, SHOWN_ROWS).map((row) => {
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
      {rows.length > SHOWN_ROWS && <p class="muted">{t('importMoreRows', String(rows.length - SHOWN_ROWS))}</p>}
    </section>
  );
}
