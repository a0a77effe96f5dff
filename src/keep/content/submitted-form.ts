// Runs in: content script. The credential forms a submit may have come from, as the snapshot names
// them (the same grouping and keys), and, once the background has classified the page and said
// which one it was (keep/core/submit-request.ts), the elements behind that form's roles.
import type { FieldRole } from '../../detect/core/model';
import { groupFields, type FieldGroup } from '../../detect/content/field-groups';
import type { FieldElement } from '../../detect/content/field-snapshot';
import { DEFAULT_LIMITS } from '../../detect/core/limits';
import { collectRoots } from '../../detect/content/roots';
import type { SubmitReply, SubmitRequest } from '../core/submit-request';
import { groupKey } from '../../detect/content/snapshot';
import type { PageSnapshot } from '../../detect/core/snapshot-types';
import type { ReadField } from './submission';

/** A group of fields a submit may have sent, under the key the page's snapshot gives it. */
export interface Candidate {
  key: string;
  group: FieldGroup;
}

export interface SubmittedForm {
  /** FormReport.key of the form in the page report. */
  key: string;
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

/**
 * The groups a submit of `target` (a form, a field or a button) may have sent, most likely first:
 * the one that holds `target`, then the one holding `fallback` (the field typed in last) when
 * `target` sits just above it: a form-less login's button often sits outside the group of its
 * inputs. Which of them is a credential form the background decides. Same-origin frames are
 * skipped: their submits never reach this document.
 */
export function submitCandidates(doc: Document, target: Node, fallback: Element | null): Candidate[] {
  // Assigned in callbacks: typed by assertion, or the compiler keeps them null.
  let byTarget = null as Candidate | null;
  let byFallback = null as Candidate | null;
  collectRoots(doc, DEFAULT_LIMITS).forEach(({ root, host }, rootIndex) => {
    if (host === 'same-origin-frame') return;
    groupFields(root, DEFAULT_LIMITS).forEach((group, i) => {
      const candidate = { key: groupKey(host, rootIndex, group, i), group };
      if (holds(group, target)) byTarget ??= candidate;
      else if (holds(group, fallback) && near(group.container, target)) byFallback ??= candidate;
    });
  });
  return [byTarget, byFallback].filter((c) => c !== null);
}

/**
 * What `keep/submit` carries for these candidates: the page as `take` reads it now and each
 * candidate's values as `read` finds them, or null when none holds a value that may be captured.
 */
export function submitRequestOf(candidates: readonly Candidate[], read: ReadField, take: () => PageSnapshot): SubmitRequest | null {
  const forms = candidates.map(({ key, group }) => ({ formKey: key, values: group.fields.slice(0, DEFAULT_LIMITS.maxFieldsPerForm).map(read) }));
  if (!forms.some((f) => f.values.some((v) => v !== null))) return null;
  return { snapshot: take(), forms };
}

/** The elements of the form the background read the submit from (its reply's `form`). */
export function submittedForm(candidates: readonly Candidate[], form: NonNullable<SubmitReply['form']>): SubmittedForm | null {
  const { group } = candidates.find((c) => c.key === form.key) ?? {};
  if (!group) return null;
  const fields = form.fields.flatMap((f) => (group.fields[f.index] ? [{ el: group.fields[f.index] as FieldElement, role: f.role }] : []));
  return { key: form.key, container: group.container, fields };
}
