// Runs in: the options page's health section. Exposed passwords: the offline check always runs
// (the common-passwords list, on this computer); the online check runs while the user has it on,
// showing how far it got, or why it stopped (a failed answer marks nothing exposed).
import { BREACH_HOST_PERMISSION, type BreachFailure } from '../../core/health/breach';
import type { Settings } from '../../../settings/core/settings';
import { t } from '../../../shared/platform/i18n';
import { requestHostPermission } from '../../../shared/platform/permissions';
import { BreachToggle } from './BreachToggle';
import { useBreachCheck } from './use-breach-check';

const FAILURE: Record<BreachFailure, string> = {
  off: 'breachOff',
  'no-permission': 'breachNoPermission',
  timeout: 'breachTimeout',
  'rate-limited': 'breachRateLimited',
  garbage: 'breachGarbage',
  unavailable: 'breachUnavailable',
};

interface ExposureCheckProps {
  settings: Settings | null;
  onSettings(settings: Settings): void;
  /** Changes with every change to the vault: new passwords to check. */
  changes: string;
  /** The online check found a different number of breached passwords: the report must be asked again. */
  onFound(): void;
  onError(message: string): void;
}

export function ExposureCheck({ settings, onSettings, changes, onFound, onError }: ExposureCheckProps) {
  const online = settings?.onlineBreachCheck ?? false;
  const { status, retry } = useBreachCheck(online, changes, onFound, onError);
  const failure = status?.failure ?? null;
  return (
    <section aria-labelledby="exposure-heading" data-testid="exposure">
      <h2 id="exposure-heading">{t('exposureHeading')}</h2>
      <p class="small-text">{t('exposureOffline')}</p>
      {online && status && (
        <div data-testid="breach-status" data-checked={status.checked} data-unchecked={status.unchecked} data-found={status.found} data-failure={failure ?? ''}>
          <p class="small-text" role="status">
            {status.unchecked > 0 && failure === null
              ? t('breachProgress', [String(status.checked), String(status.checked + status.unchecked)])
              : t('breachDone', [String(status.checked), String(status.found)])}
          </p>
          {failure !== null && failure !== 'off' && (
            <p class="error" role="alert" data-testid="breach-failure">
              {t(FAILURE[failure])} {t('breachNothingMarked')}{' '}
              {failure === 'no-permission' ? (
                <button type="button" class="small secondary" data-testid="breach-allow"
                  onClick={() => requestHostPermission(BREACH_HOST_PERMISSION).then((granted) => granted && retry(), () => undefined)}>{t('breachAllowAgain')}</button>
              ) : (
                <button type="button" class="small secondary" data-testid="breach-retry" onClick={retry}>{t('breachRetry')}</button>
              )}
            </p>
          )}
        </div>
      )}
      {settings && <BreachToggle on={online} onSettings={onSettings} idPrefix="health" />}
    </section>
  );
}
