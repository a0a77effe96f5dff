// Runs in: the options page. One item of the fix-it queue: the shop and account, why its password
// should change, and "Fix", which opens the shop's change-password page with the guide for it.
// After a "Fix" that did not end in a new password, it says "not changed yet".
import type { FixItem } from '../../core/health/report-schema';
import { t } from '../../../shared/platform/i18n';
import { routeHash } from '../../../pages/options/shell/routes';
import { formatDate } from '../../../pages/options/format-date';
import { problemBadge } from './problem-labels';

function why(item: FixItem): string {
  switch (item.tier) {
    case 'exposed':
      return item.breachCount > 0 ? t('fixWhyBreached', item.breachCount.toLocaleString()) : t('fixWhyCommon');
    case 'reused':
      return t('fixWhyReused', [String(item.reusedSites), item.reusedWith.join(', ')]);
    case 'weak':
      return item.problems.includes('weak') ? t('fixWhyWeak') : t('fixWhyRules');
    case 'old':
      return t('fixWhyOld', formatDate(item.passwordChanged));
  }
}

interface FixItemRowProps { item: FixItem; onFix(item: FixItem): void }

export function FixItemRow({ item, onFix }: FixItemRowProps) {
  const who = item.username || t('entryNoUsername');
  const also = item.problems.filter((p) => p !== item.tier && p !== 'pending');
  return (
    <li class={`fix-item tier-${item.tier}`} data-testid="fix-item" data-entry-id={item.id} data-tier={item.tier}
      data-fix-state={item.fixStartedAt !== null ? 'not-changed' : ''} data-holds-payment={item.holdsPayment}>
      <div class="fix-what">
        <p class="fix-site"><strong>{item.host}</strong> <span class="muted">{who}</span></p>
        <p class="fix-why">{why(item)}</p>
        {(also.length > 0 || item.holdsPayment) && (
          <ul class="badges" aria-label={t('healthBadgesLabel')}>
            {item.holdsPayment && <li class="badge badge-payment" data-testid="fix-holds-payment">{t('fixHoldsPayment')}</li>}
            {also.map((problem) => <li key={problem} class={`badge badge-${problem}`}>{problemBadge(problem)}</li>)}
          </ul>
        )}
        {item.fixStartedAt !== null && (
          <p class="fix-pending" data-testid="fix-not-changed">
            <span class="badge">{t('fixNotChanged')}</span> <span class="muted small-text">{t('fixStartedAt', formatDate(item.fixStartedAt))}</span>
          </p>
        )}
      </div>
      <div class="fix-actions">
        <button type="button" data-testid="fix-start" aria-label={t('fixLabel', [item.host, who])} onClick={() => onFix(item)}>{t('fixButton')}</button>
        <a href={routeHash({ section: 'passwords', entryId: item.id, problem: null })} data-testid="fix-edit" aria-label={t('editLabel', `${item.host} ${who}`)}>{t('edit')}</a>
      </div>
    </li>
  );
}
