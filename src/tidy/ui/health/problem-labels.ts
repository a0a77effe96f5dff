// Runs in: the options page. Words for each health problem: total maps over the Problem union, so
// a new problem without words does not compile.
import type { Problem } from '../../core/health/problems';
import { t } from '../../../shared/platform/i18n';

const BADGE: Record<Problem, string> = {
  exposed: 'problemBadge_exposed',
  weak: 'problemBadge_weak',
  'breaks-rules': 'problemBadge_breaks_rules',
  reused: 'problemBadge_reused',
  duplicate: 'problemBadge_duplicate',
  old: 'problemBadge_old',
  'no-username': 'problemBadge_no_username',
  'http-only': 'problemBadge_http_only',
  pending: 'problemBadge_pending',
  conflict: 'problemBadge_conflict',
};

const FIX: Record<Problem, string> = {
  exposed: 'problemFix_exposed',
  weak: 'problemFix_weak',
  'breaks-rules': 'problemFix_breaks_rules',
  reused: 'problemFix_reused',
  duplicate: 'problemFix_duplicate',
  old: 'problemFix_old',
  'no-username': 'problemFix_no_username',
  'http-only': 'problemFix_http_only',
  pending: 'problemFix_pending',
  conflict: 'problemFix_conflict',
};

/** A word or two for a badge ("Weak"). */
export const problemBadge = (problem: Problem): string => t(BADGE[problem]);
/** What the problem means and how to fix it, one sentence. */
export const problemFix = (problem: Problem): string => t(FIX[problem]);
