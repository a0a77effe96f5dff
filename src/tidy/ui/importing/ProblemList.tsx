// Runs in: the options page. Rows of an import that will not be imported: errors (something is
// wrong with the row) and skipped rows (not a web login), each with its row number and reason.
import type { PreviewRow } from '../../core/importing/summary';
import { t } from '../../../shared/platform/i18n';
import { SHOWN_ROWS } from './ConflictList';
import { rowProblemText } from './import-text';

interface ProblemListProps { kind: 'error' | 'skipped'; rows: readonly PreviewRow[] }

export function ProblemList({ kind, rows }: ProblemListProps) {
  if (rows.length === 0) return null;
  const id = `import-${kind}-heading`;
  return (
    <section aria-labelledby={id} data-testid={`import-${kind}-rows`}>
      <h3 id={id}>{t(kind === 'error' ? 'importErrorsHeading' : 'importSkippedHeading')}</h3>
      <ul class="plain import-list">
        {rows.slice(0, SHOWN_ROWS).map((row) => (
          <li key={row.row} data-testid={`import-${kind}-row`} data-row={row.row}>
            <strong>{t('importRowNumber', String(row.row))}</strong>: {rowProblemText(row.code, row.reason ?? '')}
          </li>
        ))}
      </ul>
      {rows.length > SHOWN_ROWS && <p class="muted">{t('importMoreRows', String(rows.length - SHOWN_ROWS))}</p>}
    </section>
  );
}
