// Runs in: content script. The credential form a submit came from: its detected class and the
// elements behind its field roles. Classes and roles come from the page's classification (the
// background's, of the forms exactly as they are: detect/content/classified.ts); the elements from
// the same grouping the snapshot uses.
import type { FieldRole, FormClass } from '../../detect/core/model';
import type { Classification } from '../../detect/content/classified';
import { groupFields, type FieldGroup } from '../../detect/content/field-groups';
import type { FieldElement } from '../../detect/content/field-snapshot';
import { DEFAULT_LIMITS } from '../../detect/core/limits';
import { collectRoots } from '../../detect/content/roots';
import { groupKey } from '../../detect/content/snapshot';

export interface SubmittedForm {
  /** FormReport.key of the form in the page report. */
  key: string;
  formClass: FormClass;
  container: Element;
  fields: { el: FieldElement; role: FieldRole }[];
}

// How far above a form-less group its button may sit (SPA markup nests buttons in their own
// wrappers), short of the page itself: a click on a cookie banner is no submit of the login form.
const BUTTON_REACH = 3;

function near(container: Element, target: Node): boolean {
  let el: Element | null = container;
  for (let i = 0; i <= BUTTON_REACH && el && el.tagName !== 'BODY' && el.tagName !== 'HTML'; i++, el = el.parentElement) {
    if (el.contains(target)) return true;
  }
  return false;
}

const holds = (g: FieldGroup, n: Node | null): boolean => n !== null && (g.container.contains(n) || g.fields.includes(n as FieldElement));

/** The fields of every group of the document that holds `target` or `fallback` (what a submit may send). */
export function candidateFields(doc: Document, target: Node, fallback: Element | null): FieldElement[] {
  return collectRoots(doc, DEFAULT_LIMITS).flatMap(({ root, host }) => (host === 'same-origin-frame' ? []
    : groupFields(root, DEFAULT_LIMITS).filter((g) => holds(g, target) || holds(g, fallback)).flatMap((g) => g.fields)));
}

/**
 * The detected form that holds `target` (a form, a field or a button), or, when none does, the one
 * holding `fallback` (the field typed in last) if `target` sits just above it: a form-less login's
 * button often sits outside the group of its inputs. Same-origin frames are skipped: their
 * submits never reach this document. `page` is the document read and classified just now.
 */
export function submittedForm(doc: Document, target: Node, fallback: Element | null, page: Classification): SubmittedForm | null {
  let found: SubmittedForm | null = null;
  let byFallback: SubmittedForm | null = null;
  collectRoots(doc, DEFAULT_LIMITS).forEach(({ root, host }, rootIndex) => {
    if (host === 'same-origin-frame' || found) return;
    groupFields(root, DEFAULT_LIMITS).forEach((g, i) => {
      if (found || !(holds(g, target) || holds(g, fallback))) return;
      const form = page.forms[page.snapshot.forms.findIndex((f) => f.key === groupKey(host, rootIndex, g, i))];
      if (!form || form.class === 'none') return;
      const fields = form.fields.flatMap((f) => (g.fields[f.index] ? [{ el: g.fields[f.index] as FieldElement, role: f.role }] : []));
      const candidate = { key: form.key, formClass: form.class, container: g.container, fields };
      if (holds(g, target)) found = candidate;
      else if (near(g.container, target)) byFallback ??= candidate;
    });
  });
  return found ?? byFallback;
}
