// Runs anywhere. The page's class is the class of its most prominent credential form.
// Rule: among visible forms whose class is not `none`, take the highest score, where the score is
// the class tier (forms with password fields outrank code and recovery forms, which a page shows
// beside its login only as side flows), then the number of active fields (the main form of a page
// is bigger than a header dropdown), then area, then document order. Hidden credential forms count
// only when no credential form is shown: a sign-in dropdown or modal waiting behind a header link
// beside a visible search or newsletter box is still the page's way in (all three corpus sources
// label such pages by the hidden form), but a shown form always outranks a hidden one. No
// credential form at all: `none`.
import type { FormClass, FormReport } from './model';
import type { FormSnapshot } from './snapshot-types';

const TIER: Record<FormClass, number> = {
  'change-password': 3,
  'set-new-password': 3,
  signup: 3,
  login: 3,
  'verification-code': 2,
  'forgot-password': 1,
  none: 0,
};

export interface Candidate {
  report: FormReport;
  form: FormSnapshot;
  activeFields: number;
  /** The form's own heading is the page's title or h1: the page is about this form. */
  titled?: boolean;
}

// Recovery steps shown together: the earliest is what the page is for. A page that asks for the
// email to send a reset link and also holds the new-password (or code) form shows the later step
// only after the first succeeds; both render when its reveal is done by script or CSS not yet
// applied (and the later form is empty).
// Enough to rank the later step below the forgot form at equal naming (tiers differ by 200, fields by up to 48).
const LATER_RECOVERY_STEP = 300;
const laterStep = (cls: FormClass) => cls === 'set-new-password' || cls === 'verification-code';

// A class the page's title or h1 names ("Reset Password", "Create account") outranks the tiers:
// the title says what the page is for, the other forms are side dishes (header login, newsletter).
// So does the one form headed by the title or h1 itself, in a language no word list knows.
function score(c: Candidate, named: ReadonlySet<FormClass>, recoveryStart: boolean): number {
  const fields = Math.min(c.activeFields, 12);
  const area = Math.min(c.form.area / 1e5, 1);
  const later = recoveryStart && laterStep(c.report.class) ? LATER_RECOVERY_STEP : 0;
  return (named.has(c.report.class) || c.titled ? 250 : 0) + TIER[c.report.class] * 100 - later + fields * 4 + area * 3
    + c.report.confidence - c.form.order * 0.01;
}

export function pickPageClass(cands: Candidate[], named: ReadonlySet<FormClass> = new Set()): { cls: FormClass; key?: string } {
  const credential = cands.filter((c) => c.report.class !== 'none');
  const shown = credential.filter((c) => c.report.visible);
  const pool = shown.length > 0 ? shown : credential;
  const recoveryStart = pool.some((c) => c.report.class === 'forgot-password');
  let best: Candidate | undefined;
  for (const c of pool) if (!best || score(c, named, recoveryStart) > score(best, named, recoveryStart)) best = c;
  return best ? { cls: best.report.class, key: best.report.key } : { cls: 'none' };
}
