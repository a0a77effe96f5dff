// Runs anywhere. Assigns field roles over a whole form: per-field facts first, then structure.
// Structure follows Chrome's form_parser: with no autocomplete, one password is a current password;
// two are new + confirm when empty or equal, otherwise current + new; three are current, new,
// confirm. Words ("old", "repeat") override the default, as in Firefox's LoginManager heuristics.
import { matches } from './keyword-match';
import { PASSWORD_WORDS, ROLE_WORDS } from './keywords';
import { fieldFacts, PERSON_NAME, type FieldFacts } from './field-facts';
import type { FieldRole, FormClass } from './model';
import type { FormSnapshot } from './snapshot-types';

export interface FormRoles {
  facts: FieldFacts[];
  /** Fields that count (visible ones if any field is visible: Chrome ignores non-interactable fields). */
  active: FieldFacts[];
  reasons: string[];
}

// Four to eight single-character boxes in a row are a split one-time code (AliExpress, banks).
function markSplitCode(active: FieldFacts[], reasons: string[]): void {
  const boxes = active.filter((f) => (f.kind === 'text' || f.kind === 'otp' || f.kind === 'identity')
    && f.field.maxLength === 1 && f.field.type !== 'email');
  if (boxes.length < 4 || boxes.length > 8) return;
  for (const b of boxes) { b.kind = 'otp'; b.role = 'one-time-code'; b.reason = 'one of split code boxes'; }
  reasons.push(`${boxes.length} single-character boxes: split one-time code`);
}

function hint(f: FieldFacts, acUseless: boolean): FieldRole | undefined {
  if (!acUseless && (f.role === 'current-password' || f.role === 'new-password')) return f.role;
  if (matches(ROLE_WORDS['confirm-password'], f.words)) return 'confirm-password';
  if (matches(ROLE_WORDS['current-password'], f.words)) return 'current-password';
  if (matches(ROLE_WORDS['new-password'], f.words)) return 'new-password';
  return undefined;
}

function assign(f: FieldFacts, role: FieldRole, reason: string, confidence: number): void {
  f.role = role; f.reason = reason; f.confidence = confidence;
}

const EQUAL_VALUES = 'equal typed passwords: new + confirm';

function passwordRoles(pw: FieldFacts[], equal: boolean | undefined, reasons: string[]): void {
  // Two or more fields all declaring the same autocomplete token carry no information (sites
  // stamp new-password everywhere to stop autofill): let words and order decide instead.
  const acUseless = pw.length >= 2 && pw.every((f) => f.role && f.role === pw[0]?.role);
  if (acUseless) { reasons.push('same autocomplete on every password: ignored'); for (const f of pw) f.role = undefined; }
  const hints = pw.map((f) => hint(f, acUseless));
  pw.forEach((f, i) => { const h = hints[i]; if (h) assign(f, h, `${f.reason}; worded or declared ${h}`, Math.max(f.confidence, 0.8)); });
  // A confirmation implies a new password: with two fields, the other one is the new password
  // even when its id or placeholder says "current" or "old" (sign-up forms built from a
  // change-password template, "Don't reuse an old password"). Only the page's own
  // autocomplete=current-password keeps it current. (The hint above has already set the role, so
  // the declaration is read from the field itself.)
  const first = pw[0];
  if (pw.length === 2 && hints[1] === 'confirm-password' && hints[0] === 'current-password' && first
    && !first.field.autocomplete.includes('current-password')) {
    assign(first, 'new-password', 'paired with a confirmation: new password', 0.7); hints[0] = 'new-password';
  }
  const unresolved = pw.filter((_, i) => !hints[i]);
  if (unresolved.length === 0) {
    // Two "new" fields: the second is the confirmation (Chrome pairs new + confirm by order).
    const news = pw.filter((f) => f.role === 'new-password');
    if (news.length >= 2) news.slice(1).forEach((f) => assign(f, 'confirm-password', 'second new-password field: confirmation', 0.85));
    return;
  }
  if (pw.length === 1) {
    const f = pw[0];
    if (f) assign(f, 'current-password', 'single password field: current password', 0.7);
    return;
  }
  const hasCurrent = pw.some((f) => f.role === 'current-password');
  const hasNew = pw.some((f) => f.role === 'new-password');
  if (pw.length === 2 && !hasCurrent && !hasNew && equal === false && pw.every((f) => f.field.valueLength > 0)) {
    reasons.push('two different passwords: current + new');
    unresolved.forEach((f, i) => assign(f, i === 0 ? 'current-password' : 'new-password', 'structure: current then new', 0.6));
    return;
  }
  if (hasNew) {
    // A confirmation follows the password it confirms: a field before the first new password is
    // the password of another step (the sign-in beside a sign-up, the current password).
    const firstNew = pw.findIndex((f) => f.role === 'new-password');
    for (const f of unresolved) {
      if (pw.indexOf(f) < firstNew) assign(f, 'current-password', 'before the new password: not its confirmation', 0.6);
      else assign(f, 'confirm-password', 'structure: after the new password', 0.6);
    }
    if (equal) reasons.push(EQUAL_VALUES);
    return;
  }
  // Default order for unresolved fields: current (only if 3+ fields), then new, then confirm.
  const order: FieldRole[] = pw.length >= 3 && !hasCurrent ? ['current-password', 'new-password', 'confirm-password'] : ['new-password', 'confirm-password'];
  unresolved.forEach((f, i) => assign(f, order[Math.min(i, order.length - 1)] ?? 'confirm-password', 'structure: password field order', 0.6));
  if (equal) reasons.push(EQUAL_VALUES);
}

// Chrome's fallback: the last text field before the first password is the username.
function usernameBeforePassword(active: FieldFacts[]): void {
  const first = active.findIndex((f) => f.kind === 'password');
  if (first <= 0 || active.slice(0, first).some((f) => f.kind === 'identity')) return;
  for (let i = first - 1; i >= 0; i--) {
    const f = active[i];
    if (f && f.kind === 'text' && f.field.tag === 'input' && f.reason !== PERSON_NAME) {
      f.kind = 'identity'; assign(f, 'username', 'text field right before the password', 0.55);
      return;
    }
  }
}

// Pages built as one <form> (ASP.NET wraps the whole page in one) put a header sign-in and the
// page's own sign-in in the same form: an identity field after a password starts another
// credential group. When every group has exactly one password, each is the password of its own
// sign-in, not a new password and its confirmation.
function loneGroupPasswords(active: FieldFacts[]): FieldFacts[][] | undefined {
  const groups: FieldFacts[][] = [];
  let current: FieldFacts[] = [];
  for (const f of active) {
    if (f.kind === 'identity' && current.some((x) => x.kind === 'password')) { groups.push(current); current = []; }
    if (f.kind === 'password') current.push(f);
  }
  if (current.length > 0) groups.push(current); // identity fields after the last password (a newsletter box) hold none
  return groups.length >= 2 && groups.every((g) => g.length === 1) ? groups : undefined;
}

/** The password tokens every real password input declares (computed once per form: linear). */
function stampedTokens(real: readonly FieldFacts[]): string[] {
  return (real[0]?.field.autocomplete ?? []).filter((t) => t.endsWith('password') && real.every((r) => r.field.autocomplete.includes(t)));
}

export function formRoles(form: FormSnapshot): FormRoles {
  const reasons: string[] = [];
  const facts = form.fields.map(fieldFacts);
  const visible = facts.filter((f) => f.field.visible && f.kind !== 'ignored');
  // A consent box left showing while the form's fields wait hidden (a modal's markup) does not
  // make the form a shown one with nothing to fill: judge it on its hidden fields.
  const shown = visible.some((f) => f.kind !== 'check');
  const active = shown ? visible : facts.filter((f) => f.kind !== 'ignored');
  if (!shown && active.length > 0) reasons.push('no visible fields: judged on hidden ones');
  // Text fields count as passwords only to cover show-password toggles. When the form has real
  // password inputs, a text field named or labelled "password" is something else: a borrowed
  // label, a "password reminder question", a hidden plain-text twin of the real field.
  // Nor does a password token the page stamped on its real password inputs too make a text box
  // one ("captcha" and "smscode" with autocomplete=new-password): only its own words can.
  const real = active.filter((f) => f.field.type === 'password');
  if (real.length > 0) {
    const stamped = stampedTokens(real);
    for (const f of active) if (f.kind === 'password' && f.field.type !== 'password'
      && (!f.field.autocomplete.some((t) => t.endsWith('password'))
        || (f.field.autocomplete.some((t) => stamped.includes(t)) && !matches(PASSWORD_WORDS, f.words)))) {
      f.kind = 'text'; f.role = undefined; f.reason = 'worded as password beside real ones';
    }
  }
  markSplitCode(active, reasons);
  const groups = loneGroupPasswords(active);
  if (groups) {
    reasons.push(`${groups.length} identity + password groups in one form: one password each`);
    for (const g of groups) passwordRoles(g, undefined, reasons);
  } else passwordRoles(active.filter((f) => f.kind === 'password'), form.passwordsEqual, reasons);
  usernameBeforePassword(active);
  return { facts, active, reasons };
}

/**
 * Roles that follow from the form's class. A lone password is a current password by structure,
 * but in a sign-up or reset form it is the new one (Chrome labels it so once it knows the form);
 * a login form's lone password is the current one even when the site stamps new-password on it to
 * stop autofill. Fill and capture act on these roles, so they must agree with the class.
 */
export function alignRoles(active: FieldFacts[], cls: FormClass, reasons: string[]): void {
  const pw = active.filter((f) => f.kind === 'password');
  if (pw.length !== 1) return;
  const f = pw[0];
  if (!f) return;
  const fresh = cls === 'signup' || cls === 'set-new-password';
  if (fresh && f.role === 'current-password' && !f.field.autocomplete.includes('current-password')) {
    assign(f, 'new-password', `the only password of a ${cls} form: new password`, 0.75);
    reasons.push('lone password of a new account or reset: new');
  } else if (cls === 'login' && f.role === 'new-password') {
    assign(f, 'current-password', 'lone password of a login: current', 0.75);
    reasons.push('lone password of a login: current');
  }
}
