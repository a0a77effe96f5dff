// Runs in: the options page. Rows of an import that will not be imported: errors (something is
// wrong with the row) and skipped rows (not a web login), each with its row number and reason.
import type { PreviewRow } from '../../core/importing/summary';
import { t } from '../../../shared/platform/i18n';
import { rowProblemText } from './import-text';

/** `rows`: the first of this kind (the preview carries at most SHOWN_ROWS); `total`: how many the file has. */
interface ProblemListProps { kind: 'error' | 'skipped'; rows: readonly PreviewRow[]; total: number }

export function ProblemList({ kind, rows, total }: ProblemListProps) {
  if (rows.length === 0) return null;
  const id = `import-${kind}-heading`;
  return (
    <section aria-labelledby={id} data-testid={`import-${kind}-rows`}>
      <h3 id={id}>{t(kind === 'error' ? 'importErrorsHeading' : 'importSkippedHeading')}</h3>
      <ul class="plain import-list">
        {rows.map((row) => (
          <li key={row.row} data-testid={`import-${kind}-row`} data-row={row.row}>
            <strong>{t('importRowNumber', String(row.row))}</strong>: {rowProblemText(row.code, row.reason ?? '')}
          </li>
        ))}
      </ul>
      {total > rows.length && <p class="muted" data-testid={`import-${kind}-more`}>{t('importMoreRows', String(total - rows.length))}</p>}
    </section>
  );
}
