// Runs in: content script. Groups a root's inputs into forms: by their form owner when they have
// one (input.form also honours the form= attribute), else form-less inputs that sit close
// together in the tree share their nearest common container (SPA logins often have no <form>;
// Bitwarden and Firefox both build pseudo-forms the same way).
import type { FieldElement } from './field-snapshot';
import type { SnapshotLimits } from '../core/limits';

export interface FieldGroup {
  container: Element;
  fields: FieldElement[];
  isForm: boolean;
}

const FIELDS = 'input,select,textarea';
const COUNTED = 'input:not([type=hidden]),select,textarea';
// How far apart two inputs may be (in tree levels) and still count as one group.
const MAX_UP_FROM_FIELD = 16;
const MAX_UP_FROM_GROUP = 16;

function levelsUp(from: Element, to: Element): number {
  let n = 0;
  for (let e: Element | null = from; e && e !== to; e = e.parentElement) n++;
  return n;
}

function commonAncestor(a: Element, b: Element): Element | null {
  const seen = new Set<Element>();
  for (let e: Element | null = a; e; e = e.parentElement) seen.add(e);
  for (let e: Element | null = b; e; e = e.parentElement) if (seen.has(e)) return e;
  return null;
}

function isPageLevel(el: Element): boolean {
  return el.tagName === 'BODY' || el.tagName === 'HTML';
}

// Widen a group's container while the wider element holds no other inputs: buttons, headings and
// links of a form-less login usually sit a level or two above its inputs.
function widen(g: FieldGroup): void {
  for (let i = 0; i < 4; i++) {
    const p = g.container.parentElement;
    if (!p || isPageLevel(p) || p.querySelectorAll(COUNTED).length > g.fields.length) return;
    g.container = p;
  }
}

export function groupFields(root: Document | ShadowRoot, limits: SnapshotLimits): FieldGroup[] {
  // Consecutive form-less inputs mostly share their common ancestor: its subtree is searched for
  // a form once per call, not once per input (it can be most of the page).
  const holdsForm = new Map<Element, boolean>();
  const hasForm = (el: Element): boolean => {
    let found = holdsForm.get(el);
    if (found === undefined) { found = el.querySelector('form') !== null; holdsForm.set(el, found); }
    return found;
  };
  const forms = new Map<Element, FieldGroup>();
  const out: FieldGroup[] = [];
  let loose: FieldGroup | undefined;
  const all = root.querySelectorAll(FIELDS);
  const n = Math.min(all.length, limits.maxInputs);
  for (let i = 0; i < n; i++) {
    const el = all[i] as FieldElement;
    if (el.type === 'hidden') continue;
    const owner = el.form;
    if (owner) {
      let g = forms.get(owner);
      if (!g) { g = { container: owner, fields: [], isForm: true }; forms.set(owner, g); out.push(g); }
      if (g.fields.length < limits.maxFieldsPerForm) g.fields.push(el);
      continue;
    }
    const common = loose ? commonAncestor(loose.container, el) : null;
    if (loose && common && !isPageLevel(common) && levelsUp(el, common) <= MAX_UP_FROM_FIELD
      && levelsUp(loose.container, common) <= MAX_UP_FROM_GROUP && !hasForm(common)) {
      loose.container = common;
      if (loose.fields.length < limits.maxFieldsPerForm) loose.fields.push(el);
    } else {
      loose = { container: el.parentElement ?? el, fields: [el], isForm: false };
      out.push(loose);
    }
  }
  for (const g of out) if (!g.isForm) widen(g);
  return out.slice(0, limits.maxForms);
}
