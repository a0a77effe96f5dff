// Runs in: the guide page. A problem the site's page states, with what to do about it: the code was
// wrong, the link or code expired, or the site paused attempts (core/recipes/says).
import type { Problem } from '../core/recipes/says/kinds';
import { t } from '../../shared/platform/i18n';

const TEXT: Record<Problem, string> = {
  'code-wrong': 'guideNoticeCodeWrong',
  expired: 'guideNoticeExpired',
  'too-many-attempts': 'guideNoticeTooMany',
};

export function Notice({ problem }: { problem: Problem }) {
  return <p class="notice" role="alert" data-testid="guide-notice" data-notice={problem}>{t(TEXT[problem])}</p>;
}
