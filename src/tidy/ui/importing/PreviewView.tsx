// Runs in: the options page. What an import would do, before anything is written: the detected
// format, the counts, the conflicts to decide, the rows that will not be imported; then Import
// (one atomic write in the background) or Cancel (the background forgets the file).
import { useState } from 'preact/hooks';
import type { PreviewSummary } from '../../core/importing/summary';
import { t } from '../../../shared/platform/i18n';
import { ConflictList, type Winner } from './ConflictList';
import { formatName } from './import-text';
import { ProblemList } from './ProblemList';

interface PreviewViewProps {
  preview: PreviewSummary;
  busy: boolean;
  onCommit(choices: Record<string, Winner>): void;
  onCancel(): void;
}

const COUNTS = [
  ['new', 'importCountNew'],
  ['identical', 'importCountIdentical'],
  ['conflict', 'importCountConflict'],
  ['skipped', 'importCountSkipped'],
  ['error', 'importCountError'],
] as const;

export function PreviewView({ preview, busy, onCommit, onCancel }: PreviewViewProps) {
  const [choices, setChoices] = useState<ReadonlyMap<number, Winner>>(new Map());
  const rowsOf = (kind: string) => preview.rows.filter((row) => row.class === kind);
  const writes = preview.counts.new + preview.counts.conflict;
  const commit = () => onCommit(Object.fromEntries([...choices].map(([row, winner]) => [String(row), winner])));

  return (
    <div class="import-preview" data-testid="import-preview" data-preview-id={preview.previewId}>
      <p data-testid="import-format" data-format={preview.format} data-guessed={preview.guessed === true}>{t('importDetected', formatName(preview.format))}</p>
      {preview.guessed && <p class="warning" role="note" data-testid="import-guessed">{t('importGuessed')}</p>}
      <ul class="plain import-counts" aria-label={t('importCountsLabel')}>
        {COUNTS.map(([kind, key]) => (
          <li key={kind} data-testid={`import-count-${kind}`} data-count={preview.counts[kind]}>
            {t(key, String(preview.counts[kind]))}
          </li>
        ))}
      </ul>
      <ConflictList rows={rowsOf('conflict')} total={preview.counts.conflict} choices={choices} onChoose={(row, winner) => setChoices(new Map(choices).set(row, winner))} />
      <ProblemList kind="error" rows={rowsOf('error')} total={preview.counts.error} />
      <ProblemList kind="skipped" rows={rowsOf('skipped')} total={preview.counts.skipped} />
      <div class="actions">
        <button type="button" data-testid="import-commit" disabled={busy || writes === 0} onClick={commit}>
          {writes === 0 ? t('importNothingToDo') : t('importCommit', String(writes))}
        </button>
        <button type="button" class="secondary" data-testid="import-cancel" disabled={busy} onClick={onCancel}>{t('importCancel')}</button>
      </div>
    </div>
  );
}
