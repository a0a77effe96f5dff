// Runs anywhere (used by the content script). The hand-written guard for a PointAt
// (point-at-schema.ts), for the content script, which receives the guide's targets from our framed
// guide page (shared/protocol/frame-channel.ts) and carries no zod. A unit test holds it to the
// schema on valid and invalid samples.
import { arrayGuard, objectGuard, stringGuard, unionGuard, type Guard } from '../../../shared/protocol/guard';
import type { FieldRole, PageSignalKind } from '../../../detect/core/model';
import type { PointAt } from './point-at-schema';

// The enums' values restated without zod (the test checks they are the schema's, in full).
export const FIELD_ROLES = ['username', 'email', 'phone', 'current-password', 'new-password', 'confirm-password', 'one-time-code'] as const satisfies readonly FieldRole[];
export const SIGNAL_KINDS = ['forgot-password-link', 'change-password-link', 'captcha', 'success-message', 'error-message'] as const satisfies readonly PageSignalKind[];

/** What the schema and the guard both refuse as a selector: markup, not CSS. */
export const looksLikeMarkup = (s: string): boolean => /[<>]\s*$|^\s*</.test(s);

const nonEmpty = stringGuard((s) => s.length > 0);

export const isPointAt: Guard<PointAt> = unionGuard<PointAt>('by', {
  role: objectGuard({ by: ['role'], role: FIELD_ROLES }, true),
  text: objectGuard({ by: ['text'], element: ['link', 'button', 'any'], texts: arrayGuard(nonEmpty, 1) }, true),
  signal: objectGuard({ by: ['signal'], signal: SIGNAL_KINDS }, true),
  css: objectGuard({ by: ['css'], selector: stringGuard((s) => s.length > 0 && !looksLikeMarkup(s)) }, true),
});
