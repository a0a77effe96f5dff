// Runs in: the options page. How many entries have each problem, each linking to its fix: the
// table filtered to those entries, where each one can be edited.
import { PROBLEMS, type Problem } from '../../core/health/problems';
import type { HealthReport } from '../../core/health/report-schema';
import { t } from '../../../shared/platform/i18n';
import { problemBadge, problemFix } from './problem-labels';

interface ProblemCountsProps { report: HealthReport; onShow(problem: Problem): void }

export function ProblemCounts({ report, onShow }: ProblemCountsProps) {
  return (
    <ul class="plain problem-counts" data-testid="problem-counts">
      {PROBLEMS.map((problem) => {
        const count = report.counts[problem];
        return (
          <li key={problem} class="problem-count" data-testid={`count-${problem}`} data-count={count}>
            <strong>{count}</strong>{' '}
            <span>{problemBadge(problem)}</span>{' '}
            <span class="muted small-text">{problemFix(problem)}</span>{' '}
            {count > 0 && (
              <button type="button" class="small secondary" data-testid={`show-${problem}`} aria-label={t('healthShowLabel', problemBadge(problem))}
                onClick={() => onShow(problem)}>{t('healthShow')}</button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
