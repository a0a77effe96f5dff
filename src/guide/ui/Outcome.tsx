// Runs in: the guide page, at the end of a flow. Says honestly what became of the new password
// (guide/background/outcome.ts): saved for the entry, saved but waiting for a sign-in to confirm
// it, an update offer waiting in the page, or not seen at all, with a link to the entry in the
// options page to update it by hand.
import type { GuideOutcome } from '../core/view-schema';
import { t } from '../../shared/platform/i18n';
import { send } from '../../shared/platform/messaging';

interface OutcomeProps {
  outcome: GuideOutcome;
  site: string;
  /** The user's own click (the page cannot click into our frame, but it must not script one either). */
  trusted(event: Event): boolean;
}

export function Outcome({ outcome, site, trusted }: OutcomeProps) {
  const open = (event: Event) => {
    event.preventDefault();
    if (trusted(event)) void send('guide/open-entry', { entryId: outcome.entryId });
  };
  return (
    <p class={`outcome ${outcome.kind}`} role="status" data-testid="guide-outcome" data-outcome={outcome.kind}>
      {(outcome.kind === 'saved' || outcome.kind === 'pending') && t('guideOutcomeSaved', site)}
      {outcome.kind === 'pending' && ` ${t('guideOutcomeConfirm')}`}
      {outcome.kind === 'offer' && t('guideOutcomeOffer', site)}
      {(outcome.kind === 'missed' || outcome.kind === 'locked') && (
        <>
          {t(outcome.kind === 'missed' ? 'guideOutcomeMissed' : 'guideOutcomeLocked')}{' '}
          <a href="#" data-testid="guide-open-entry" onClick={open}>{t('guideOutcomeUpdate')}</a>
        </>
      )}
    </p>
  );
}
