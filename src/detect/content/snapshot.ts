// Runs in: content script. Turns a document into plain data: every form and form-less group of
// inputs (in the document, open shadow roots and same-origin frames), with the words around them.
// The only module under detect/ that reads the DOM for classification; everything after it is
// pure (src/detect/core). Work is capped by SnapshotLimits so huge pages stay fast.
import type { FormHost } from '../core/model';
import type { FormSnapshot, PageSnapshot } from '../core/snapshot-types';
import { groupFields, type FieldGroup } from './field-groups';
import { indexLabels, type LabelIndex } from './field-label';
import { snapshotField } from './field-snapshot';
import { headingsAbove, linksAround, scanContainer } from './form-context';
import { DEFAULT_LIMITS, type SnapshotLimits } from '../core/limits';
import { pageTexts } from './page-texts';
import { collectRoots } from './roots';
import { visibleTexts } from './visible-texts';
import { visibilityCheck, type VisibilityCheck } from './visibility';

export interface SnapshotOptions {
  limits?: Partial<SnapshotLimits>;
  /** The visibility check (default: the browser's layout, visibilityCheck(); unit tests without layout pass their own). */
  visibility?: VisibilityCheck;
  /** Cached snapshot of an unchanged container (watch.ts), or undefined to read it afresh. */
  reuse?: (container: Element) => FormSnapshot | undefined;
  remember?: (container: Element, snap: FormSnapshot) => void;
  /** Called with every form container found, cached or not (watch.ts tracks where forms are). */
  onContainer?: (container: Element) => void;
  /** Read the page's visible texts too (only while a guide follows the tab: visible-texts.ts). */
  texts?: boolean;
}

function passwordsEqual(g: FieldGroup): boolean | undefined {
  const values = g.fields.filter((f) => f.type === 'password' && f.value.length > 0).map((f) => f.value);
  return values.length >= 2 ? values.every((v) => v === values[0]) : undefined;
}

// Long enough for action URLs whose telling part comes late (".../resetpassword/sendMail").
function attr(el: Element, name: string): string {
  return (el.getAttribute(name) ?? '').slice(0, 300);
}

export interface GroupContext {
  host: FormHost;
  visible: VisibilityCheck;
  labels: LabelIndex;
  limits: SnapshotLimits;
}

// Types a credential can be typed into. A group without any (add-to-cart quantity boxes, filters,
// a lone search box) is `none` whatever its words say, so its context is not worth reading.
const CREDENTIAL_TYPES = new Set(['text', 'email', 'tel', 'password', 'number', '']);
const NO_CONTEXT = { buttons: [], headings: [], links: [], text: '' };

function mayBeCredential(g: FieldGroup): boolean {
  return g.fields.some((f) => f.tagName === 'INPUT' && CREDENTIAL_TYPES.has(f.type) && f.name !== 'q' && f.name !== 's');
}

export function snapshotGroup(g: FieldGroup, key: string, ctx: GroupContext): FormSnapshot {
  const { host, visible, limits } = ctx;
  const fields = g.fields.map((f) => snapshotField(f, visible, ctx.labels));
  const shown = fields.some((f) => f.visible && f.type !== 'checkbox' && f.type !== 'radio');
  const box = shown ? visible(g.container) : { area: 0, top: 0 };
  const rich = mayBeCredential(g);
  const inner = rich ? scanContainer(g.container, limits.maxNodes / 50, limits.maxText) : NO_CONTEXT;
  const links = inner.links.length > 0 || !rich ? inner.links : linksAround(g.container);
  return {
    key, host, isFormElement: g.isForm, visible: shown, area: box.area, top: box.top, order: 0,
    id: attr(g.container, 'id'), name: attr(g.container, 'name'),
    className: typeof g.container.className === 'string' ? g.container.className.slice(0, 120) : '',
    action: g.isForm ? attr(g.container, 'action') : '',
    fields, buttons: inner.buttons, headings: rich ? [...inner.headings.slice(0, 2), ...headingsAbove(g.container)] : [],
    links, text: inner.text,
    passwordsEqual: passwordsEqual(g), truncated: g.fields.length >= limits.maxFieldsPerForm,
  };
}

/** The form's key in the page report; capture finds the submitted form's report by it. */
export function groupKey(host: FormHost, rootIndex: number, g: FieldGroup, index: number): string {
  const name = g.container.getAttribute('id') || g.container.getAttribute('name') || String(index);
  return `${host}:${rootIndex}:${g.isForm ? 'form' : 'group'}:${name}`;
}

export function snapshotPage(doc: Document, opts: SnapshotOptions = {}): PageSnapshot {
  const limits: SnapshotLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const forms: FormSnapshot[] = [];
  const roots = collectRoots(doc, limits);
  const visible = opts.visibility ?? visibilityCheck();
  roots.forEach(({ root, host }, rootIndex) => {
    const groups = groupFields(root, limits);
    if (groups.length === 0) return;
    const ctx: GroupContext = { host, limits, visible, labels: indexLabels(root) };
    groups.forEach((g, i) => {
      if (forms.length >= limits.maxForms) return;
      opts.onContainer?.(g.container);
      let snap = opts.reuse?.(g.container);
      if (!snap) {
        snap = snapshotGroup(g, groupKey(host, rootIndex, g, i), ctx);
        opts.remember?.(g.container, snap);
      }
      forms.push({ ...snap, order: forms.length });
    });
  });
  const main = roots[0];
  const texts = main
    ? pageTexts(doc, main.scan, limits, visible)
    : { links: [], messages: [], captchaHints: [], headings: [] };
  const read = opts.texts && main ? { texts: visibleTexts(doc, main.scan, visible) } : {};
  return { url: doc.location?.href ?? '', title: (doc.title ?? '').slice(0, 120), forms, ...texts, ...read };
}
