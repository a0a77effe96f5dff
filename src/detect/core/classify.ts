// Runs anywhere. Public entry of the pure classifier: roles, then class, then the page's choice.
import { decideClass } from './form-class';
import { formWords, type PageContext } from './form-words';
import type { FieldReport, FormReport, PageReport } from './model';
import { pickPageClass, type Candidate } from './page-class';
import { alignRoles, formRoles } from './roles';
import { namedClasses } from './form-words';
import { pageSignals } from './signals';
import type { FormSnapshot, PageSnapshot } from './snapshot-types';
import { CLASS_WEIGHTS, type ClassWeights } from './weights';

// Enough for the guide to recognise a step by its heading; the report is sent on every change.
const MAX_HEADINGS = 4;

function classifyWithCount(form: FormSnapshot, page: PageContext | undefined, k: ClassWeights): Candidate {
  const { facts, active, reasons } = formRoles(form);
  const decision = decideClass(active, formWords(form, page, k), facts, k);
  alignRoles(active, decision.class, reasons);
  const fields = facts.flatMap((f): FieldReport[] => {
    if (!f.role) return [];
    const field: FieldReport = { index: f.index, role: f.role, confidence: f.confidence };
    if (f.field.maxLength > 0) field.maxLength = f.field.maxLength;
    return [field];
  });
  const report: FormReport = {
    key: form.key, class: decision.class, confidence: decision.confidence,
    reasons: [...reasons, decision.reason], fields, visible: form.visible, host: form.host,
  };
  return { report, form, activeFields: active.filter((f) => f.kind !== 'check').length };
}

const headingKey = (h: string) => h.trim().toLowerCase();

// A form headed by the page's own title or h1 is what the page is for ("Request a new password"
// below a header sign-in). A heading that sits above several forms (the page's h1 over a sign-in
// and a sign-up side by side) says nothing about either, so it counts for one form only.
function titledForms(page: PageSnapshot): boolean[] {
  const names = new Set([page.title, ...page.headings].map(headingKey).filter(Boolean));
  const own = page.forms.map((f) => new Set(f.headings.map(headingKey).filter((h) => names.has(h))));
  return own.map((hs, i) => [...hs].some((h) => own.every((other, j) => j === i || !other.has(h))));
}

export function classifyForm(form: FormSnapshot, page?: PageContext): FormReport {
  return classifyWithCount(form, page, CLASS_WEIGHTS).report;
}

/** `weights` other than the shipped ones are for the evaluation's tuning (eval-loso.mjs). */
export function classifyPage(page: PageSnapshot, weights: ClassWeights = CLASS_WEIGHTS): Omit<PageReport, 'ms'> {
  const ctx: PageContext = { title: page.title, headings: page.headings };
  const titled = titledForms(page);
  const cands = page.forms.map((f, i) => ({ ...classifyWithCount(f, ctx, weights), titled: titled[i] ?? false }));
  const { cls } = pickPageClass(cands, namedClasses(ctx));
  return {
    url: page.url, pageClass: cls, forms: cands.map((c) => c.report), signals: pageSignals(page),
    title: page.title, headings: page.headings.slice(0, MAX_HEADINGS),
  };
}
