// Runs in: the options page. The health section: the score as a ring, the exposed-password checks,
// then the fix-it queue (what to change first, with "Fix" opening the shop's change page and the
// guide), then everything the report found: counts per problem linking to the table, duplicate
// groups (merge with preview) and reused passwords. While the background is still checking
// passwords the counts grow and a progress line says so.
import type { Problem } from '../../core/health/problems';
import type { HealthReport } from '../../core/health/report-schema';
import type { Settings } from '../../../settings/core/settings';
import { t } from '../../../shared/platform/i18n';
import { DuplicateGroups } from './DuplicateGroups';
import { ExposureCheck } from './ExposureCheck';
import { FixQueue } from './FixQueue';
import { ProblemCounts } from './ProblemCounts';
import { ReusedGroups } from './ReusedGroups';
import { ScoreRing } from './ScoreRing';

interface HealthSectionProps {
  report: HealthReport | null;
  oldAfterDays: number;
  onOldAfterDays(days: number): void;
  onShowProblem(problem: Problem): void;
  onShowIds(ids: string[]): void;
  onMerge(groups: string[][]): void;
  /** Something this section did changed what the report says: ask again. */
  onChanged(): void;
  onError(message: string): void;
  settings: Settings | null;
  onSettings(settings: Settings): void;
  /** Changes with every change to the vault. */
  changes: string;
}

const AGES = [90, 180, 365, 730, 1095] as const;

export function HealthSection({ report, oldAfterDays, onOldAfterDays, onShowProblem, onShowIds, onMerge, onChanged, onError, settings, onSettings, changes }: HealthSectionProps) {
  const checking = report !== null && report.strength.unchecked > 0;
  return (
    <section aria-labelledby="main-heading" data-testid="health" data-complete={report !== null && !checking}>
      <h1 id="main-heading" tabIndex={-1}>{t('healthHeading')}</h1>
      {!report && <p class="muted">{t('optionsLoading')}</p>}
      {report && (
        <>
          <div class="health-top">
            <ScoreRing score={report.score} caption={t('healthTotals', [String(report.total), String(report.reviewed)])} />
            <div class="health-top-text">
              <p class="muted small-text" role="status" data-testid="health-progress">
                {checking ? t('healthChecking', [String(report.strength.distinct - report.strength.unchecked), String(report.strength.distinct)]) : ''}
              </p>
              <ExposureCheck settings={settings} onSettings={onSettings} changes={changes} onFound={onChanged} onError={onError} />
            </div>
          </div>
          <FixQueue report={report} oldAfterDays={oldAfterDays} onError={onError} />
          <h2>{t('healthAllHeading')}</h2>
          <div class="field inline">
            <label for="old-after">{t('healthOldAfter')}</label>
            <select id="old-after" data-testid="old-after" value={String(oldAfterDays)} onChange={(e) => onOldAfterDays(Number(e.currentTarget.value))}>
              {AGES.map((days) => <option key={days} value={String(days)}>{t('healthDays', String(days))}</option>)}
            </select>
          </div>
          <ProblemCounts report={report} onShow={onShowProblem} />
          <DuplicateGroups groups={report.duplicates} onMerge={onMerge} onShow={onShowIds} />
          <ReusedGroups groups={report.reused} onShow={onShowIds} />
        </>
      )}
    </section>
  );
}
