// Runs in: content script. Finds the username and password inputs of the page's login form,
// using the page's own classification (the background's, detect/content/classified.ts) of the
// forms exactly as they are now: the most prominent visible `login` form of the top document (and
// its open shadow roots; never iframes: we fill the top frame only).
import type { FieldRole } from '../../detect/core/model';
import type { Classification } from '../../detect/content/classified';
import { groupFields } from '../../detect/content/field-groups';
import type { FieldElement } from '../../detect/content/field-snapshot';
import { DEFAULT_LIMITS } from '../../detect/core/limits';
import { collectRoots } from '../../detect/content/roots';
import { groupKey } from '../../detect/content/snapshot';

export interface LoginFields {
  username: HTMLInputElement | null;
  password: HTMLInputElement | null;
  /** New and confirm fields, for a generated password (Keep). */
  fresh: HTMLInputElement[];
}

const USERNAME_ROLES: readonly FieldRole[] = ['username', 'email', 'phone'];

function usable(el: FieldElement | undefined): el is HTMLInputElement {
  return el instanceof HTMLInputElement && !el.disabled && !el.readOnly;
}

/**
 * The login form's fields; with `fresh`, those of the form with a new-password field instead.
 * `page` is the document read and classified just now, in the same task (the elements are found
 * by the same grouping, by form key). Only fields a person can see are ever filled.
 */
export function findLoginFields(doc: Document, page: Classification, fresh = false): LoginFields | null {
  let best: LoginFields | null = null;
  let bestArea = -1;
  collectRoots(doc, DEFAULT_LIMITS).forEach(({ root, host }, rootIndex) => {
    if (host === 'same-origin-frame') return;
    groupFields(root, DEFAULT_LIMITS).forEach((group, i) => {
      const at = page.snapshot.forms.findIndex((f) => f.key === groupKey(host, rootIndex, group, i));
      const snapshot = page.snapshot.forms[at];
      const report = page.forms[at];
      if (!snapshot || !report || !snapshot.visible || snapshot.area <= bestArea) return;
      // Hidden fields are never filled (DESIGN.md rule 3): only visible ones count.
      const elements = (roles: readonly FieldRole[]) =>
        report.fields.flatMap((f) => {
          const el = group.fields[f.index];
          return roles.includes(f.role) && snapshot.fields[f.index]?.visible && usable(el) ? [el] : [];
        });
      const fields = { username: elements(USERNAME_ROLES)[0] ?? null, password: elements(['current-password'])[0] ?? null, fresh: elements(['new-password', 'confirm-password']) };
      if (fresh ? fields.fresh.length > 0 : report.class === 'login' && (fields.username || fields.password)) {
        best = fields;
        bestArea = snapshot.area;
      }
    });
  });
  return best;
}
