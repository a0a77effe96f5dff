// Runs in: content script. Turns a document into plain data: every form and form-less group of
// inputs (in the document, open shadow roots and same-origin frames), with the words around them.
// The only module under detect/ that reads the DOM for classification; everything after it is
// pure (src/core/detect). Work is capped by SnapshotLimits so huge pages stay fast.
import type { FormHost } from '../../core/detect/model';
import type { FormSnapshot, PageSnapshot } from '../../core/detect/snapshot-types';
import { boundedText } from './bounded-text';
import { groupFields, type FieldGroup } from './field-groups';
import { snapshotField } from './field-snapshot';
import { buttonTexts, nearbyHeadings, nearbyLinks } from './form-context';
import { DEFAULT_LIMITS, type SnapshotLimits } from './limits';
import { pageTexts } from './page-texts';
import { collectRoots } from './roots';
import { visibilityFor, type VisibilityCheck } from './visibility';

export interface SnapshotOptions {
  limits?: Partial<SnapshotLimits>;
  /** Replace the visibility check (tests; the default is accurate in browsers). */
  visibility?: VisibilityCheck;
  /** Cached snapshot of an unchanged container (watch.ts), or undefined to read it afresh. */
  reuse?: (container: Element) => FormSnapshot | undefined;
  remember?: (container: Element, snap: FormSnapshot) => void;
}

function passwordsEqual(g: FieldGroup): boolean | undefined {
  const values = g.fields.filter((f) => f.type === 'password' && f.value.length > 0).map((f) => f.value);
  return values.length >= 2 ? values.every((v) => v === values[0]) : undefined;
}

function attr(el: Element, name: string): string {
  return (el.getAttribute(name) ?? '').slice(0, 120);
}

export function snapshotGroup(g: FieldGroup, key: string, host: FormHost, visible: VisibilityCheck, limits: SnapshotLimits): FormSnapshot {
  const fields = g.fields.map((f) => snapshotField(f, visible));
  const shown = fields.some((f) => f.visible && f.type !== 'checkbox' && f.type !== 'radio');
  const box = shown ? visible(g.container) : { area: 0, top: 0 };
  return {
    key, host, isFormElement: g.isForm, visible: shown, area: box.area, top: box.top, order: 0,
    id: attr(g.container, 'id'), name: attr(g.container, 'name'),
    className: typeof g.container.className === 'string' ? g.container.className.slice(0, 120) : '',
    action: g.isForm ? attr(g.container, 'action') : '',
    fields, buttons: buttonTexts(g.container), headings: nearbyHeadings(g.container),
    links: nearbyLinks(g.container), text: boundedText(g.container, limits.maxText, limits.maxNodes / 100),
    passwordsEqual: passwordsEqual(g), truncated: g.fields.length >= limits.maxFieldsPerForm,
  };
}

function groupKey(host: FormHost, rootIndex: number, g: FieldGroup, index: number): string {
  const name = g.container.getAttribute('id') || g.container.getAttribute('name') || String(index);
  return `${host}:${rootIndex}:${g.isForm ? 'form' : 'group'}:${name}`;
}

export function snapshotPage(doc: Document, opts: SnapshotOptions = {}): PageSnapshot {
  const limits: SnapshotLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const forms: FormSnapshot[] = [];
  collectRoots(doc, limits).forEach(({ root, doc: owner, host }, rootIndex) => {
    const visible = opts.visibility ?? visibilityFor(owner);
    groupFields(root, limits).forEach((g, i) => {
      if (forms.length >= limits.maxForms) return;
      let snap = opts.reuse?.(g.container);
      if (!snap) {
        snap = snapshotGroup(g, groupKey(host, rootIndex, g, i), host, visible, limits);
        opts.remember?.(g.container, snap);
      }
      forms.push({ ...snap, order: forms.length });
    });
  });
  const texts = pageTexts(doc, limits, opts.visibility ?? visibilityFor(doc));
  return { url: doc.location?.href ?? '', title: (doc.title ?? '').slice(0, 120), forms, ...texts };
}
