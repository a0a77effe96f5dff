// Runs in: the options page. The health report: a score and counts at the top, each problem
// linking to its fix, then duplicate groups (merge with preview) and reused passwords. While the
// background is still scoring passwords the weak count grows and a progress line says so.
import type { Problem } from '../../../core/health/problems';
import type { HealthReport } from '../../../core/health/report-schema';
import { t } from '../../../platform/i18n';
import { DuplicateGroups } from './DuplicateGroups';
import { ProblemCounts } from './ProblemCounts';
import { ReusedGroups } from './ReusedGroups';

interface HealthSectionProps {
  report: HealthReport | null;
  oldAfterDays: number;
  onOldAfterDays(days: number): void;
  onShowProblem(problem: Problem): void;
  onShowIds(ids: string[]): void;
  onMerge(groups: string[][]): void;
}

const AGES = [90, 180, 365, 730, 1095] as const;

export function HealthSection({ report, oldAfterDays, onOldAfterDays, onShowProblem, onShowIds, onMerge }: HealthSectionProps) {
  const checking = report !== null && report.strength.unchecked > 0;
  return (
    <section aria-labelledby="health-heading" data-testid="health" data-complete={report !== null && !checking}>
      <h2 id="health-heading">{t('healthHeading')}</h2>
      {!report && <p class="muted">{t('optionsLoading')}</p>}
      {report && (
        <>
          <p class="health-score">
            <label for="health-score">{t('healthScore')}</label>{' '}
            <meter id="health-score" min={0} max={100} low={50} high={80} optimum={100} value={report.score} />{' '}
            <strong data-testid="health-score" data-score={report.score}>{report.score}</strong>
            <span class="muted"> / 100 · {t('healthTotals', [String(report.total), String(report.reviewed)])}</span>
          </p>
          <p class="muted small-text" role="status" data-testid="health-progress">
            {checking ? t('healthChecking', [String(report.strength.distinct - report.strength.unchecked), String(report.strength.distinct)]) : ''}
          </p>
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
