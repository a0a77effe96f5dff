// Runs in: the options page, the first run's last step: the first health check of what was just
// imported, as the health section shows it (the score, then what to fix first), and the way on.
import type { HealthReport } from '../../../tidy/core/health/report-schema';
import { t } from '../../../shared/platform/i18n';
import { FixQueue } from '../../../tidy/ui/health/FixQueue';
import { ScoreRing } from '../../../tidy/ui/health/ScoreRing';
import type { Go } from '../shell/use-route';
import { WelcomeSteps } from './WelcomeSteps';

interface FirstCheckProps { report: HealthReport | null; oldAfterDays: number; go: Go; onError(message: string): void }

export function FirstCheck({ report, oldAfterDays, go, onError }: FirstCheckProps) {
  const complete = report !== null && report.strength.unchecked === 0;
  return (
    <section aria-labelledby="main-heading" data-testid="welcome" data-step="check" data-complete={complete}>
      <h1 id="main-heading" tabIndex={-1}>{t('welcomeTitle')}</h1>
      <WelcomeSteps step="check" />
      <h2>{t('welcomeCheckHeading')}</h2>
      {!report && <p class="muted">{t('optionsLoading')}</p>}
      {report && report.total === 0 && <p data-testid="welcome-empty">{t('welcomeCheckEmpty')}</p>}
      {report && report.total > 0 && (
        <>
          <ScoreRing score={report.score} caption={t('healthTotals', [String(report.total), String(report.reviewed)])} />
          <p class="muted small-text" role="status">
            {complete ? '' : t('healthChecking', [String(report.strength.distinct - report.strength.unchecked), String(report.strength.distinct)])}
          </p>
          <FixQueue report={report} oldAfterDays={oldAfterDays} onError={onError} />
        </>
      )}
      <div class="actions">
        <button type="button" data-testid="welcome-done" onClick={() => go({ section: 'passwords', entryId: null, problem: null })}>{t('welcomeDone')}</button>
        <button type="button" class="secondary" data-testid="welcome-health" onClick={() => go({ section: 'health' })}>{t('welcomeOpenHealth')}</button>
      </div>
    </section>
  );
}
