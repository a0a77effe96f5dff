// Runs anywhere. The longest password the page's own form accepts, from the maxlength of the
// field a generated password goes into. Sites often truncate silently at maxlength, so a longer
// generated password would be saved one way and set another.
import type { FieldRole, PageReport } from './model';

// The field a new password is typed into first; a login form's password field caps it too.
const ROLES_IN_ORDER: readonly FieldRole[] = ['new-password', 'confirm-password', 'current-password'];

export function passwordMaxLength(report: PageReport | null | undefined): number | undefined {
  if (!report) return undefined;
  const forms = report.forms.filter((f) => f.visible);
  // The form the page is about first (its class is the page's), then the other visible ones.
  forms.sort((a, b) => Number(b.class === report.pageClass) - Number(a.class === report.pageClass));
  for (const role of ROLES_IN_ORDER) {
    for (const form of forms) {
      const limits = form.fields.filter((f) => f.role === role && f.maxLength !== undefined).map((f) => f.maxLength ?? 0);
      if (limits.length > 0) return Math.min(...limits);
    }
  }
  return undefined;
}
