// Small synthetic snapshots for classifier tests: every field and form fact at a neutral default.
import type { FieldSnapshot, FormSnapshot, PageSnapshot } from '../../../src/detect/core/snapshot-types';

export function field(over: Partial<FieldSnapshot>): FieldSnapshot {
  return {
    tag: 'input', type: 'text', name: '', id: '', autocomplete: [], placeholder: '', ariaLabel: '', label: '',
    className: '', maxLength: -1, minLength: -1, inputMode: '', pattern: '', valueLength: 0, visible: true,
    readOnly: false, disabled: false, ...over,
  };
}

export function form(fields: FieldSnapshot[], over: Partial<FormSnapshot> = {}): FormSnapshot {
  return {
    key: 'f', host: 'document', isFormElement: true, visible: true, area: 0, order: 0, top: 0, id: '', name: '',
    className: '', action: '', fields, buttons: [], headings: [], links: [], text: '', truncated: false, ...over,
  };
}

export function page(forms: FormSnapshot[], over: Partial<PageSnapshot> = {}): PageSnapshot {
  return {
    url: 'https://shop.example/', title: '', headings: [], links: [], messages: [], captchaHints: [],
    forms: forms.map((f, i) => ({ ...f, key: `f${i}`, order: i })), ...over,
  };
}

/** Fields of a hidden form are hidden too. */
export function hidden(f: FormSnapshot): FormSnapshot {
  return { ...f, visible: false, fields: f.fields.map((x) => ({ ...x, visible: false })) };
}
