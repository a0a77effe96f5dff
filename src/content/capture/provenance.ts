// Runs in: content script. Where each field's value came from: typed by the user (a trusted input
// event: keys, paste, the browser's own autofill) or filled by us. Only those values may be
// captured (issue #6): a value a page script wrote, or changed after the user, is not the user's.
import type { ValueSource } from '../../core/keep/capture';

export interface Provenance {
  /** Our fill put `value` into `el` (content/fill). */
  filled(el: Element, value: string, source?: ValueSource): void;
  /** The source of the field's current value, or null when neither the user nor we set it. */
  sourceOf(el: Element & { value: string }): ValueSource | null;
  /** The field the user typed into or we filled last, if it is still in the page. */
  lastTouched(): Element | null;
}

export function trackProvenance(doc: Document, signal: AbortSignal): Provenance {
  const seen = new WeakMap<Element, { value: string; source: ValueSource }>();
  let last: WeakRef<Element> | null = null;
  const onInput = (e: Event): void => {
    // composedPath: the real input inside an open shadow root, not its retargeted host.
    const el = e.composedPath()[0];
    if (!e.isTrusted || !(el instanceof HTMLInputElement)) return;
    seen.set(el, { value: el.value, source: 'typed' });
    last = new WeakRef(el);
  };
  doc.addEventListener('input', onInput, { capture: true, signal });
  doc.addEventListener('change', onInput, { capture: true, signal });
  return {
    filled(el, value, source = 'filled') {
      seen.set(el, { value, source });
      last = new WeakRef(el);
    },
    sourceOf(el) {
      const record = seen.get(el);
      return record && record.value === el.value ? record.source : null;
    },
    lastTouched: () => {
      const el = last?.deref();
      return el?.isConnected ? el : null;
    },
  };
}
