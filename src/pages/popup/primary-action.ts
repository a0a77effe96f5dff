// Runs in: the action popup. Which action a row offers first. Fill only makes sense where it can
// work: the tab shows a login form (the tab's page report, which the popup already has) and the
// entry belongs on that page (the list puts those first); anywhere else the useful act is to copy
// the password.
import type { PageReport } from '../../detect/core/model';

export type PrimaryAction = 'fill' | 'copy-password';

/** A visible login form in the top document, where a fill can land (fill/content/login-fields.ts). */
export function hasLoginForm(report: PageReport | null | undefined): boolean {
  return report?.forms.some((form) => form.visible && form.class === 'login' && form.host !== 'same-origin-frame') ?? false;
}

export function primaryActionFor(loginForm: boolean, forThisSite: boolean): PrimaryAction {
  return loginForm && forThisSite ? 'fill' : 'copy-password';
}
