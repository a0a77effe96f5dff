// Runs in: content script. One field as plain data. Never reads the value itself into the
// snapshot, nor its length: only whether it is filled (the snapshot goes to the background).
import type { FieldSnapshot } from '../core/snapshot-types';
import { fieldLabel, type LabelIndex } from './field-label';
import type { VisibilityCheck } from './visibility';

export type FieldElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const ATTR_MAX = 80;

function attr(el: Element, name: string): string {
  return (el.getAttribute(name) ?? '').slice(0, ATTR_MAX);
}

function num(el: Element, name: string): number {
  const v = el.getAttribute(name);
  const n = v === null ? NaN : parseInt(v, 10);
  return Number.isFinite(n) ? n : -1;
}

export function snapshotField(el: FieldElement, visible: VisibilityCheck, labels: LabelIndex): FieldSnapshot {
  const tag = el.tagName.toLowerCase();
  const type = tag === 'input' ? (el.getAttribute('type') ?? 'text').toLowerCase() || 'text' : tag;
  const className = typeof el.className === 'string' ? el.className.slice(0, ATTR_MAX) : '';
  return {
    tag, type, className,
    name: attr(el, 'name'),
    id: attr(el, 'id'),
    autocomplete: attr(el, 'autocomplete').toLowerCase().split(/\s+/).filter(Boolean),
    placeholder: attr(el, 'placeholder'),
    ariaLabel: attr(el, 'aria-label'),
    label: fieldLabel(el, labels),
    maxLength: num(el, 'maxlength'),
    minLength: num(el, 'minlength'),
    inputMode: attr(el, 'inputmode').toLowerCase(),
    pattern: attr(el, 'pattern'),
    valueLength: tag === 'select' || el.value === '' ? 0 : 1,
    visible: visible(el).visible,
    readOnly: el.hasAttribute('readonly'),
    disabled: el.hasAttribute('disabled'),
  };
}
