// Runs in: content script. Finds the username and password inputs of the page's login form,
// using the same detection as the page report: the most prominent visible `login` form of the
// top document (and its open shadow roots; never iframes: we fill the top frame only). The
// keyword lists of the page's script came with the first detection scan (detect/content/
// keyword-loader.ts), before the popup could ask for a fill.
import { classifyForm } from '../../detect/core/classify';
import type { FieldRole, FormReport } from '../../detect/core/model';
import { groupFields } from '../../detect/content/field-groups';
import { indexLabels } from '../../detect/content/field-label';
import type { FieldElement } from '../../detect/content/field-snapshot';
import { DEFAULT_LIMITS } from '../../detect/core/limits';
import { collectRoots } from '../../detect/content/roots';
import { snapshotGroup } from '../../detect/content/snapshot';
import { visibilityCheck, type VisibilityCheck } from '../../detect/content/visibility';

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
 * Only fields a person can see (`visible`: the browser's layout by default) are ever filled.
 */
export function findLoginFields(doc: Document, fresh = false, visible: VisibilityCheck = visibilityCheck()): LoginFields | null {
  let best: LoginFields | null = null;
  let bestArea = -1;
  for (const { root, host } of collectRoots(doc, DEFAULT_LIMITS)) {
    if (host === 'same-origin-frame') continue;
    const labels = indexLabels(root);
    const groups = groupFields(root, DEFAULT_LIMITS);
    for (const [i, group] of groups.entries()) {
      const snapshot = snapshotGroup(group, `fill:${i}`, { host, visible, labels, limits: DEFAULT_LIMITS });
      if (!snapshot.visible || snapshot.area <= bestArea) continue;
      const report: FormReport = classifyForm(snapshot);
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
    }
  }
  return best;
}
